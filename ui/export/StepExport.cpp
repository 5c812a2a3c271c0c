#include "ui/export/StepExport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/balance/BalancerChartCsv.h"
#include "core/balance/BalancerItemRun.h"
#include "core/cache/CacheChartCsv.h"
#include "core/cache/CacheItemRun.h"
#include "core/dp/DpItemRun.h"
#include "core/dp/DpTableText.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/StepDot.h"
#include "core/catalogue/Options.h"
#include "core/catalogue/StepKinds.h"
#include "core/common/Ordinal.h"
#include "core/common/Sampling.h"
#include "core/run/Run.h"
#include "ui/export/ChartExport.h"
#include "ui/export/ExportImage.h"
#include "ui/export/ExportLook.h"
#include "ui/export/GifWriter.h"
#include "ui/export/PdfDate.h"
#include "ui/export/SceneCacheOff.h"
#include "ui/export/StudySheet.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/Room.h"
#include "ui/views/common/StepView.h"

namespace stepwise::ui {
namespace {

constexpr qreal kMargin = 24;  // around a single drawing, in drawing units
constexpr int kDpi = 96;       // vector output in 96-dpi pixels, as the views lay out on screen

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

/// Puts the room (its player, views and run) at a step and back where it was at the end.
class Stepper {
  public:
    Stepper(Room& room, run::Run& run) : room_(room), run_(run) {
        if (auto* player = room_.playback()) {
            wasPlaying_ = player->isPlaying();
            player->pause();
            start_ = player->step();
        }
    }
    ~Stepper() {
        show(start_);
        if (wasPlaying_ && room_.playback()) room_.playback()->play();
    }
    Stepper(const Stepper&) = delete;
    Stepper& operator=(const Stepper&) = delete;
    void show(std::size_t k) {
        if (auto* player = room_.playback()) player->seek(k);
        run_.seek(k);
    }

  private:
    Room& room_;
    run::Run& run_;
    std::size_t start_ = 0;
    bool wasPlaying_ = false;
};

QColor backgroundOf(Theme theme) {
    return theme == Theme::Dark ? darkPalette().color(QPalette::Base) : QColor(Qt::white);
}

QSizeF pageOf(const StepView& view) {
    const QSizeF natural = view.naturalSize();
    return natural.isEmpty() ? QSizeF() : natural + QSizeF(2 * kMargin, 2 * kMargin);
}

void paintFramed(StepView& view, QPainter& painter, const QRectF& page, const QColor& background) {
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(page, background);
    view.paint(painter, page.adjusted(kMargin, kMargin, -kMargin, -kMargin));
}

QImage renderImage(StepView& view, const QSizeF& page, qreal scale, const QColor& background) {
    QImage image = blankExportImage(exportPixels(page, scale), background);
    if (image.isNull()) return {};
    image.setDevicePixelRatio(1);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintFramed(view, painter, QRectF(QPointF(), page), background);
    return image;
}

/// A GIF frame's caption under the drawing: two lines of the sentence.
constexpr qreal kCaptionHeight = 44;

/// A GIF frame: the drawing over a caption line with the step and its sentence.
QImage renderFrame(StepView& view, const run::Run& run, const QSizeF& page, qreal scale, const QColor& background,
                   Theme theme) {
    const QSizeF whole(page.width(), page.height() + kCaptionHeight);
    QImage image = blankExportImage(exportPixels(whole, scale), background);
    if (image.isNull()) return {};
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintFramed(view, painter, QRectF(QPointF(), page), background);
    painter.fillRect(QRectF(0, page.height(), whole.width(), kCaptionHeight), background);
    painter.setPen(theme == Theme::Dark ? QColor(0xe6, 0xe8, 0xeb) : QColor(0x1d, 0x21, 0x27));
    const QFont font = exportFont(9);
    painter.setFont(font);
    const QString caption = QStringLiteral("step %1 of %2: %3")
                                .arg(run.step())
                                .arg(run.stepCount())
                                .arg(QString::fromStdString(run.sentence()));
    const QRectF box(kMargin, page.height(), whole.width() - 2 * kMargin, kCaptionHeight - 6);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption);
    return image;
}

bool writeText(const std::string& text, const QString& file, QString* error) {
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    if (out.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) || !out.commit())
        return fail(error, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    return true;
}

bool writeAll(QSaveFile& out, const QByteArray& bytes, const QString& file, QString* error) {
    return out.write(bytes) == bytes.size() || fail(error, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
}

bool commit(QSaveFile& out, const QString& file, QString* error) {
    return out.commit() || fail(error, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
}

}  // namespace

QString formatName(ExportFormat format) {
    switch (format) {
        case ExportFormat::Png: return QStringLiteral("png");
        case ExportFormat::Svg: return QStringLiteral("svg");
        case ExportFormat::Pdf: return QStringLiteral("pdf");
        case ExportFormat::Gif: return QStringLiteral("gif");
        case ExportFormat::Dot: return QStringLiteral("dot");
        case ExportFormat::Csv: return QStringLiteral("csv");
        case ExportFormat::Markdown: return QStringLiteral("md");
    }
    return {};
}

std::optional<ExportFormat> formatFromName(const QString& name) {
    const QString n = name.toLower();
    for (auto f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Gif, ExportFormat::Dot,
                   ExportFormat::Csv, ExportFormat::Markdown})
        if (formatName(f) == n) return f;
    if (n == QLatin1String("markdown")) return ExportFormat::Markdown;
    return std::nullopt;
}

std::optional<ExportFormat> formatForFile(const QString& file) {
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("gv")) return ExportFormat::Dot;
    if (suffix == QLatin1String("markdown")) return ExportFormat::Markdown;
    return suffix.isEmpty() ? std::nullopt : formatFromName(suffix);
}

QString formatNames(const QList<ExportFormat>& formats) {
    QStringList names;
    for (auto f : formats) names << formatName(f);
    return names.join(QStringLiteral(", "));
}

std::vector<std::size_t> StepRange::steps() const {
    std::vector<std::size_t> out;
    const std::size_t stride = std::max<std::size_t>(1, every);
    // Stops before the stride would pass `last` (or wrap round, for a huge one).
    for (std::size_t k = first; k <= last; k += stride) {
        out.push_back(k);
        if (last - k < stride) break;
    }
    if (!out.empty() && out.back() != last) out.push_back(last);
    return out;
}

QList<ExportFormat> formatsOf(const Room& room) {
    QList<ExportFormat> formats;
    const run::Run* run = room.currentRun();
    if (!run) return formats;
    // The drawings only where the room has a view to draw (a room without one still has its data).
    if (room.stepView()) formats << ExportFormat::Png << ExportFormat::Svg << ExportFormat::Pdf << ExportFormat::Gif;
    if (run->as<graph::GraphItemRun>()) formats << ExportFormat::Dot;
    if (run->as<dp::DpItemRun>()) formats << ExportFormat::Csv << ExportFormat::Markdown;
    // The charts' data: the hit ratio over requests, the picks per backend.
    if (run->as<cache::CacheItemRun>() || run->as<balance::BalancerItemRun>()) formats << ExportFormat::Csv;
    return formats;
}

QList<ExportFormat> chartFormats() {
    return {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv};
}

QString chartNames(const Room& room) {
    QStringList names;
    for (const ChartExport& c : room.charts()) names << c.name;
    return names.join(QStringLiteral(", "));
}

std::vector<std::size_t> chosenSteps(run::Run& run, const StepRange& range, const QStringList& kinds, QString* error) {
    if (kinds.isEmpty()) return range.steps();
    const QString item = QString::fromStdString(run.itemId());
    const std::vector<std::string> has = catalogue::stepKinds(run, 0, run.stepCount());
    QStringList hasNames;
    for (const auto& k : has) hasNames << QString::fromStdString(k);
    if (has.empty()) {
        fail(error, QStringLiteral("%1 does not name its steps' kinds: sample it with every k-th step instead").arg(item));
        return {};
    }
    std::vector<std::string> wanted;
    for (const QString& k : kinds) {
        if (!hasNames.contains(k)) {
            fail(error, QStringLiteral("%1 has no %2 steps (its kinds: %3)").arg(item, k, hasNames.join(QStringLiteral(", "))));
            return {};
        }
        wanted.push_back(k.toStdString());
    }
    const std::vector<std::size_t> all = catalogue::stepsOfKinds(run, range.first, range.last, wanted);
    // Sampled as a range is: every k-th of those steps, and the last of them.
    std::vector<std::size_t> out;
    if (!all.empty())
        for (std::size_t i : StepRange{0, all.size() - 1, range.every}.steps()) out.push_back(all[i]);
    if (out.empty())
        fail(error, QStringLiteral("no %1 step of %2 lies in steps %3..%4")
                        .arg(kinds.join(QStringLiteral(" or ")), item)
                        .arg(range.first)
                        .arg(range.last));
    return out;
}

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// The smallest `every` that brings the range (or its steps of `kinds`) within `limit` drawings.
std::size_t fittingEvery(run::Run& run, const StepRange& range, const QStringList& kinds, std::size_t limit) {
    StepRange whole = range;
    whole.every = 1;
    return stepwise::fittingEvery(chosenSteps(run, whole, kinds, nullptr).size(), limit);
}

/// A chart of the room (request.chart) at range.last: png, svg, pdf of its view, csv of its data.
/// Returns the chart's view to draw, or nullptr when done (written or refused; `ok` says which).
StepView* chartToDraw(Room& room, const StepExport& request, const QString& file, QString* error, bool& ok) {
    ok = false;
    const QString item = room.currentRun() ? QString::fromStdString(room.currentRun()->itemId()) : QString();
    const QList<ChartExport> charts = room.charts();
    const auto it = std::find_if(charts.begin(), charts.end(), [&](const ChartExport& c) { return c.name == request.chart; });
    if (it == charts.end()) {
        fail(error, charts.isEmpty() ? QStringLiteral("%1 has no charts").arg(item)
                                     : QStringLiteral("%1 has no chart '%2' (its charts: %3)").arg(item, request.chart, chartNames(room)));
        return nullptr;
    }
    if (!chartFormats().contains(request.format)) {
        fail(error, QStringLiteral("the %1 chart has no %2 export (its formats: %3)")
                        .arg(request.chart, formatName(request.format), formatNames(chartFormats())));
        return nullptr;
    }
    if (request.format == ExportFormat::Csv) {
        ok = writeText(it->csv ? it->csv() : std::string(), file, error);
        return nullptr;
    }
    if (!it->view) {
        fail(error, QStringLiteral("the %1 chart has nothing to draw").arg(request.chart));
        return nullptr;
    }
    ok = true;
    return it->view;
}

}  // namespace

bool exportRoom(Room& room, const StepExport& request, const QString& file, QString* error) {
    run::Run* run = room.currentRun();
    StepView* view = room.stepView();
    if (!run || !view) return fail(error, QStringLiteral("this view has nothing to export"));
    const QString item = QString::fromStdString(run->itemId());
    const QList<ExportFormat> formats = formatsOf(room);
    const bool chart = !request.chart.isEmpty();
    if (!chart && !formats.contains(request.format))
        return fail(error, QStringLiteral("%1 has no %2 export (its formats: %3)")
                               .arg(item, formatName(request.format), formatNames(formats)));
    const StepRange& range = request.range;
    if (range.first > range.last)
        return fail(error, QStringLiteral("the range %1..%2 ends before it starts").arg(range.first).arg(range.last));
    if (range.last > run->stepCount())
        return fail(error, QStringLiteral("step %1 is past the last step of %2 (%3)")
                               .arg(range.last)
                               .arg(item)
                               .arg(run->stepCount()));
    const bool many = !chart && (request.format == ExportFormat::Gif || (request.format == ExportFormat::Pdf && request.sheet));
    if (!many && !request.kinds.isEmpty())
        return fail(error, QStringLiteral("only a study sheet or a GIF samples steps by kind"));
    const std::vector<std::size_t> steps = chosenSteps(*run, range, request.kinds, error);
    if (steps.empty()) return false;
    if (request.format == ExportFormat::Gif && steps.size() > maxGifFrames)
        return fail(error, QStringLiteral("%1 steps are too many for a GIF (at most %2 frames): choose a shorter "
                                          "range or sample it (every %3 step fits)")
                               .arg(steps.size())
                               .arg(maxGifFrames)
                               .arg(qs(ordinal(fittingEvery(*run, range, request.kinds, maxGifFrames)))));
    if (request.format == ExportFormat::Pdf && request.sheet && steps.size() > maxSheetPages)
        return fail(error, QStringLiteral("%1 steps are too many for a study sheet (at most %2 pages): choose a "
                                          "shorter range or sample it (every %3 step fits)")
                               .arg(steps.size())
                               .arg(maxSheetPages)
                               .arg(qs(ordinal(fittingEvery(*run, range, request.kinds, maxSheetPages)))));
    if (!(request.scale > 0) || request.scale > 16)
        return fail(error, QStringLiteral("scale %1 is out of range (expected more than 0, at most 16)").arg(request.scale));

    Stepper stepper(room, *run);
    const ExportLook look(&room, request.theme, request.bundledFont);
    const SceneCacheOff cacheOff(room.exportScene());
    const QColor background = backgroundOf(request.theme);
    if (!many) stepper.show(range.last);
    if (chart) {
        bool ok = false;
        view = chartToDraw(room, request, file, error, ok);
        if (!view) return ok;
    }

    switch (request.format) {
        case ExportFormat::Dot: {
            std::ostringstream out;
            graph::writeStepDot(out, *run->as<graph::GraphItemRun>(), run->itemId());
            return writeText(out.str(), file, error);
        }
        case ExportFormat::Csv: {
            std::ostringstream out;
            if (const auto* dpRun = run->as<dp::DpItemRun>()) dp::writeDpCsv(out, dp::dpTextTable(*dpRun));
            if (const auto* cacheRun = run->as<cache::CacheItemRun>()) cache::writeHitRatioCsv(out, *cacheRun);
            if (const auto* balancerRun = run->as<balance::BalancerItemRun>()) balance::writeCountsCsv(out, *balancerRun);
            return writeText(out.str(), file, error);
        }
        case ExportFormat::Markdown: {
            std::ostringstream out;
            dp::writeDpMarkdown(out, *run->as<dp::DpItemRun>());
            return writeText(out.str(), file, error);
        }
        default:
            break;
    }

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));

    if (request.format == ExportFormat::Pdf && request.sheet) {
        StudySheetInfo info;
        const catalogue::Options options = room.currentOptions();
        for (const auto& [name, value] : options.values())
            info.options.append({QString::fromStdString(name), QString::fromStdString(value)});
        info.steps = steps;
        info.every = range.every;
        info.kinds = request.kinds;
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        if (!writeStudySheet(pdf, *run, *view, [&stepper](std::size_t k) { stepper.show(k); }, info, error))
            return false;
        return writeAll(out, withSourceDate(pdf.data()), file, error) && commit(out, file, error);
    }
    if (request.format == ExportFormat::Gif) {
        // Every frame has the size of the largest drawing of the range, so nothing is cut off.
        QSizeF page;
        for (std::size_t k : steps) {
            stepper.show(k);
            page = page.expandedTo(pageOf(*view));
        }
        if (page.isEmpty()) return fail(error, QStringLiteral("nothing to export: the drawing is empty"));
        const QSize pixels = exportPixels(QSizeF(page.width(), page.height() + kCaptionHeight), request.scale);
        if (!withinPixelLimit(pixels)) return fail(error, tooLargeMessage(pixels));
        GifOptions options;
        options.frameMs = request.frameMs;
        const bool ok = writeGif(
            out, static_cast<int>(steps.size()),
            [&](int i) {
                stepper.show(steps[static_cast<std::size_t>(i)]);
                return renderFrame(*view, *run, page, request.scale, background, request.theme);
            },
            options, error);
        return ok && commit(out, file, error);
    }

    const QSizeF page = pageOf(*view);
    if (page.isEmpty()) return fail(error, QStringLiteral("nothing to export: the drawing is empty"));
    switch (request.format) {
        case ExportFormat::Png: {
            const QSize pixels = exportPixels(page, request.scale);
            if (!withinPixelLimit(pixels)) return fail(error, tooLargeMessage(pixels));
            const QImage image = renderImage(*view, page, request.scale, background);
            if (image.isNull()) return fail(error, QStringLiteral("not enough memory for the image"));
            if (!image.save(&out, "PNG")) return fail(error, QStringLiteral("cannot write %1").arg(file));
            return commit(out, file, error);
        }
        case ExportFormat::Svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&out);
            svg.setResolution(kDpi);
            svg.setSize(page.toSize());
            svg.setViewBox(QRectF(QPointF(), page));
            svg.setTitle(QString::fromStdString(run->title()));
            svg.setDescription(QStringLiteral("Exported by Stepwise: %1 at step %2").arg(item).arg(run->step()));
            QPainter painter;
            if (!painter.begin(&svg)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            paintFramed(*view, painter, QRectF(QPointF(), page), background);
            painter.end();
            return commit(out, file, error);
        }
        case ExportFormat::Pdf: {
            QBuffer bytes;
            bytes.open(QIODevice::WriteOnly);
            QPdfWriter pdf(&bytes);
            pdf.setTitle(QString::fromStdString(run->title()));
            pdf.setCreator(QStringLiteral("Stepwise"));
            pdf.setResolution(kDpi);
            pdf.setPageSize(QPageSize(page * 72.0 / kDpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter;
            if (!painter.begin(&pdf)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            const qreal k = pdf.width() / page.width();
            painter.scale(k, k);
            paintFramed(*view, painter, QRectF(QPointF(), page), background);
            painter.end();
            return writeAll(out, withSourceDate(bytes.data()), file, error) && commit(out, file, error);
        }
        default:
            return fail(error, QStringLiteral("unknown format"));
    }
}

}  // namespace stepwise::ui
