// The rest of export (issue 11): charts as drawings and data, the steps of chosen kinds, every
// cache of a compared run, the bundled font in graph and tree drawings, and formatsOf() that
// promises only what exports.
#include <gtest/gtest.h>

#include <algorithm>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <variant>

#include "core/cache/CacheItemRun.h"
#include "core/catalogue/Catalogue.h"
#include "core/graph/GraphItemRun.h"
#include "core/run/Run.h"
#include "ui/app/MainWindow.h"
#include "ui/app/StartupOptions.h"
#include "ui/export/ChartExport.h"
#include "ui/export/ExportDialog.h"
#include "ui/export/ExportLook.h"
#include "ui/export/StepExport.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/CacheRoom.h"
#include "ui/rooms/Room.h"
#include "ui/views/cache/CacheSlotsView.h"

namespace stepwise::ui {
namespace {

Room* openItem(MainWindow& window, const QString& id) {
    StartupOptions open;
    open.open = id;
    window.applyStartup(open);
    return window.roomFor(id);
}

QString slurp(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int pdfPageObjects(const QString& file) {
    return static_cast<int>(slurp(file).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))));
}

/// The font families an SVG's text is drawn in (on each <text>; groups carry
/// the painter's default font, which draws nothing).
QSet<QString> svgFamilies(const QString& file) {
    QSet<QString> families;
    const QRegularExpression family(QStringLiteral("<text [^>]*font-family=\"([^\"]+)\""));
    for (auto it = family.globalMatch(slurp(file)); it.hasNext();) families.insert(it.next().captured(1));
    return families;
}

TEST(ExportCharts, TheCacheRoomListsItsChartsAndEachExportsItsDataAndDrawing) {
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    Room* room = openItem(window, "cache");
    ASSERT_NE(room, nullptr);
    const QList<ChartExport> charts = room->charts();
    ASSERT_EQ(charts.size(), 2);
    EXPECT_EQ(charts[0].name, "hit-ratio");
    EXPECT_EQ(charts[1].name, "miss-ratio");
    QTemporaryDir dir;
    QString error;
    for (const ChartExport& c : charts) {
        StepExport png;
        png.chart = c.name;
        png.range = {room->currentRun()->stepCount(), room->currentRun()->stepCount(), 1};
        const QString file = dir.filePath(c.name + ".png");
        ASSERT_TRUE(exportRoom(*room, png, file, &error)) << error.toStdString();
        const QImage image(file);
        ASSERT_FALSE(image.isNull());
        EXPECT_NEAR(image.width(), 2 * (c.view->naturalSize().width() + 48), 3) << "the chart, not the slots";
    }
    // The hit-ratio data at a middle step ends at the requests served there.
    const std::size_t middle = room->currentRun()->stepCount() / 2;
    room->playback()->seek(middle);
    StepExport csv;
    csv.chart = "hit-ratio";
    csv.format = ExportFormat::Csv;
    csv.range = {middle, middle, 1};
    ASSERT_TRUE(exportRoom(*room, csv, dir.filePath("hit.csv"), &error)) << error.toStdString();
    const QStringList rows = slurp(dir.filePath("hit.csv")).split("\r\n", Qt::SkipEmptyParts);
    ASSERT_GE(rows.size(), 2);
    EXPECT_EQ(rows.front(), "requests,LRU,LFU");
    room->currentRun()->seek(middle);
    const auto* c = room->currentRun()->as<cache::CacheItemRun>();
    EXPECT_LE(rows.back().section(',', 0, 0).toULongLong(), c->requestsServed());
    EXPECT_EQ(static_cast<std::size_t>(rows.size() - 1), c->samplesUpTo(c->requestsServed()));
    EXPECT_EQ(room->playback()->step(), middle) << "the room is back at its step";
    // An unknown chart names the room's charts; nothing is written.
    csv.chart = "latency";
    EXPECT_FALSE(exportRoom(*room, csv, dir.filePath("x.csv"), &error));
    EXPECT_EQ(error, "cache has no chart 'latency' (its charts: hit-ratio, miss-ratio)");
    EXPECT_FALSE(QFile::exists(dir.filePath("x.csv")));
}

TEST(ExportCharts, TheBalancerRoomListsItsCountsChart) {
    MainWindow window;
    Room* room = openItem(window, "balancer");
    ASSERT_NE(room, nullptr);
    ASSERT_EQ(room->charts().size(), 1);
    EXPECT_EQ(room->charts().front().name, "counts");
    const std::string csv = room->charts().front().csv();
    EXPECT_EQ(csv.substr(0, csv.find('\r')), "backend,weight,picks,active");
    Room* graph = openItem(window, "dijkstra");
    EXPECT_TRUE(graph->charts().isEmpty());
}

TEST(ExportCharts, TheQueueRoomListsItsChartsAndTheirDataEndsAtTheStep) {
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    Room* room = openItem(window, "queue");
    ASSERT_NE(room, nullptr);
    QStringList names;
    for (const ChartExport& c : room->charts()) names << c.name;
    EXPECT_EQ(names, QStringList({"depth", "throughput", "latency", "retries", "workers"}));
    const std::size_t middle = room->currentRun()->stepCount() / 2;
    room->playback()->seek(middle);
    QTemporaryDir dir;
    QString error;
    StepExport png;
    png.chart = "depth";
    png.range = {middle, middle, 1};
    ASSERT_TRUE(exportRoom(*room, png, dir.filePath("depth.png"), &error)) << error.toStdString();
    EXPECT_FALSE(QImage(dir.filePath("depth.png")).isNull());
    // The data at a middle step has fewer rows than at the end: it stops where the run is.
    const auto rowsAt = [&](std::size_t step) {
        room->playback()->seek(step);
        const std::string csv = room->charts().front().csv();
        return std::count(csv.begin(), csv.end(), '\n');
    };
    EXPECT_LT(rowsAt(middle), rowsAt(room->currentRun()->stepCount()));
}

TEST(ExportCharts, TheBreakerRoomsRatesChartHasTheRatesOfTheCallsSoFar) {
    MainWindow window;
    Room* room = openItem(window, "breaker");
    ASSERT_NE(room, nullptr);
    ASSERT_EQ(room->charts().size(), 1);
    EXPECT_EQ(room->charts().front().name, "rates");
    // The example's window: failure rate 50 % at 4 of 10 calls is recorded while CLOSED; at the end
    // the last row's rates are those of the breaker's own window then.
    room->playback()->seek(room->currentRun()->stepCount());
    const std::string csv = room->charts().front().csv();
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "time_ms,failure_rate_percent,slow_call_rate_percent,failure_threshold,slow_call_threshold");
    const std::size_t rowsAtEnd = std::count(csv.begin(), csv.end(), '\n');
    EXPECT_GT(rowsAtEnd, 1u);
    room->playback()->seek(1);
    const std::string early = room->charts().front().csv();
    EXPECT_LT(static_cast<std::size_t>(std::count(early.begin(), early.end(), '\n')), rowsAtEnd);
    Room* retry = openItem(window, "retry");
    EXPECT_TRUE(retry->charts().isEmpty());
}

TEST(ExportCharts, TheViewDialogOffersTheChartsWithTheirFormats) {
    MainWindow window;
    Room* room = openItem(window, "cache");
    ExportDialog d(*room, ExportDialog::Mode::View);
    ASSERT_NE(d.drawingBox(), nullptr);
    ASSERT_EQ(d.drawingBox()->count(), 3);  // the view and two charts
    d.drawingBox()->setCurrentIndex(2);
    EXPECT_EQ(d.request().chart, "miss-ratio");
    QStringList formats;
    for (int i = 0; i < d.formatBox()->count(); ++i)
        formats << formatName(static_cast<ExportFormat>(d.formatBox()->itemData(i).toInt()));
    EXPECT_EQ(formats, (QStringList{"png", "svg", "pdf", "csv"}));
    EXPECT_TRUE(d.suggestedFileName().startsWith("stepwise-cache-miss-ratio-step-"));
    Room* graph = openItem(window, "dijkstra");
    ExportDialog none(*graph, ExportDialog::Mode::View);
    EXPECT_EQ(none.drawingBox(), nullptr);
}

TEST(ExportKinds, AStudySheetOfChosenKindsHasAPagePerSuchStepAndTheDialogOffersThem) {
    MainWindow window;
    window.show();
    Room* room = openItem(window, "dijkstra");
    ASSERT_NE(room, nullptr);
    const auto* g = room->currentRun()->as<graph::GraphItemRun>();
    ASSERT_NE(g, nullptr);
    std::size_t relaxes = 0;
    for (const auto& e : g->timeline().trace().events) relaxes += std::holds_alternative<graph::event::Relax>(e);
    ASSERT_GT(relaxes, 2u);

    ExportDialog d(*room, ExportDialog::Mode::Steps);
    ASSERT_NE(d.kindsList(), nullptr);
    QStringList kinds;
    for (int i = 0; i < d.kindsList()->count(); ++i) kinds << d.kindsList()->item(i)->text();
    ASSERT_TRUE(kinds.contains("relax")) << kinds.join(',').toStdString();
    ASSERT_TRUE(kinds.contains("settle"));
    d.kindsList()->findItems("relax", Qt::MatchExactly).front()->setCheckState(Qt::Checked);
    const StepExport request = d.request();
    EXPECT_EQ(request.kinds, QStringList{"relax"});
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(exportRoom(*room, request, dir.filePath("relax.pdf"), &error)) << error.toStdString();
    EXPECT_EQ(pdfPageObjects(dir.filePath("relax.pdf")), static_cast<int>(relaxes) + 1);

    StepExport wrong = request;
    wrong.kinds = {"traceback"};
    EXPECT_FALSE(exportRoom(*room, wrong, dir.filePath("x.pdf"), &error));
    EXPECT_TRUE(error.startsWith("dijkstra has no traceback steps (its kinds: ")) << error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath("x.pdf")));
}

TEST(ExportCompare, AComparedCacheRunExportsEveryCache) {
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    auto* room = qobject_cast<CacheRoom*>(openItem(window, "cache"));
    ASSERT_NE(room, nullptr);
    ASSERT_EQ(room->cacheRun()->sides(), 2u) << "the example compares LRU with LFU";
    QApplication::processEvents();
    const QSizeF one = room->slotsA()->naturalSize();
    const QSizeF both = room->stepView()->naturalSize();
    EXPECT_GE(both.height(), one.height() + room->slotsB()->naturalSize().height());
    QTemporaryDir dir;
    StepExport svg;
    svg.format = ExportFormat::Svg;
    const std::size_t last = room->currentRun()->stepCount();
    svg.range = {last, last, 1};
    QString error;
    ASSERT_TRUE(exportRoom(*room, svg, dir.filePath("both.svg"), &error)) << error.toStdString();
    const QString text = slurp(dir.filePath("both.svg"));
    EXPECT_TRUE(text.contains(">LRU") || text.contains("LRU ")) << "the first cache";
    EXPECT_TRUE(text.contains(">LFU") || text.contains("LFU ")) << "the compared cache";

    // One policy alone: one cache.
    catalogue::Options options = room->currentOptions();
    options.erase("compare");
    ASSERT_TRUE(room->applyOptions(options, &error)) << error.toStdString();
    ASSERT_EQ(room->cacheRun()->sides(), 1u);
    QApplication::processEvents();
    EXPECT_LT(room->stepView()->naturalSize().height(), 1.2 * room->slotsA()->naturalSize().height()) << "one cache";
}

TEST(ExportFont, GraphAndTreeDrawingsUseTheBundledFontUnlessAskedNotTo) {
    // An application font that is not DejaVu, as on a desktop with another default.
    const QFont was = QApplication::font();
    QFont other(QStringLiteral("Stepwise Test Sans"));
    other.setPointSize(10);
    QApplication::setFont(other);
    const QString bundled = exportFont().family();
    {
        MainWindow window;
        window.show();
        QTemporaryDir dir;
        for (const QString& id : {QStringLiteral("dijkstra"), QStringLiteral("heap")}) {
            Room* room = openItem(window, id);
            ASSERT_NE(room, nullptr);
            const std::size_t k = room->currentRun()->stepCount();
            StepExport svg;
            svg.format = ExportFormat::Svg;
            svg.range = {k, k, 1};
            QString error;
            ASSERT_TRUE(exportRoom(*room, svg, dir.filePath(id + "-bundled.svg"), &error)) << error.toStdString();
            const QSet<QString> families = svgFamilies(dir.filePath(id + "-bundled.svg"));
            EXPECT_TRUE(families.contains(bundled)) << id.toStdString();
            EXPECT_FALSE(families.contains("Stepwise Test Sans")) << id.toStdString() << ": the app font leaked in";
            svg.bundledFont = false;
            ASSERT_TRUE(exportRoom(*room, svg, dir.filePath(id + "-own.svg"), &error)) << error.toStdString();
            EXPECT_TRUE(svgFamilies(dir.filePath(id + "-own.svg")).contains("Stepwise Test Sans")) << id.toStdString();
        }
    }
    QApplication::setFont(was);
}

TEST(ExportFormats, EveryFormatListedExportsAndEveryOtherIsRefusedNamingTheList) {
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QTemporaryDir dir;
    const QList<ExportFormat> all{ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Gif,
                                  ExportFormat::Dot, ExportFormat::Csv, ExportFormat::Markdown};
    for (const auto& item : catalogue::catalogue()) {
        const QString id = QString::fromStdString(item.id);
        Room* room = window.roomFor(id);
        if (!room) continue;  // the CLI test covers items no room draws
        openItem(window, id);
        ASSERT_NE(room->currentRun(), nullptr) << item.id;
        const std::size_t k = std::min<std::size_t>(room->currentRun()->stepCount(), 3);
        const QList<ExportFormat> has = formatsOf(*room);
        EXPECT_TRUE(has.contains(ExportFormat::Png)) << item.id << ": every room's item draws";
        for (ExportFormat f : all) {
            StepExport r;
            r.format = f;
            r.range = {k, k, 1};
            r.scale = 1;
            const QString file = dir.filePath(id + "." + formatName(f));
            QString error;
            const bool ok = exportRoom(*room, r, file, &error);
            EXPECT_EQ(ok, has.contains(f)) << item.id << " " << formatName(f).toStdString() << ": " << error.toStdString();
            EXPECT_EQ(QFile::exists(file), ok) << item.id << " " << formatName(f).toStdString();
            if (ok) {
                EXPECT_GT(QFileInfo(file).size(), 0) << item.id << " " << formatName(f).toStdString();
            } else {
                EXPECT_TRUE(error.contains(formatNames(has))) << error.toStdString();
            }
        }
    }
}

}  // namespace
}  // namespace stepwise::ui
