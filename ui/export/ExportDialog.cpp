#include "ui/export/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <cmath>

#include "core/catalogue/StepKinds.h"
#include "core/common/Ordinal.h"
#include "core/common/Sampling.h"
#include "core/run/Run.h"
#include "ui/export/ChartExport.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/Room.h"

namespace stepwise::ui {
namespace {

QString describe(ExportFormat f) {
    switch (f) {
        case ExportFormat::Png: return ExportDialog::tr("PNG image");
        case ExportFormat::Svg: return ExportDialog::tr("SVG drawing");
        case ExportFormat::Pdf: return ExportDialog::tr("PDF document");
        case ExportFormat::Gif: return ExportDialog::tr("Animated GIF");
        case ExportFormat::Dot: return ExportDialog::tr("Graphviz DOT");
        case ExportFormat::Csv: return ExportDialog::tr("CSV table");
        case ExportFormat::Markdown: return ExportDialog::tr("Markdown table");
    }
    return {};
}

int toInt(std::size_t v) {
    return static_cast<int>(std::min<std::size_t>(v, 1'000'000'000));
}

}  // namespace

ExportDialog::ExportDialog(Room& room, Mode mode, QWidget* parent) : QDialog(parent), room_(room), mode_(mode) {
    setObjectName("exportDialog");
    setWindowTitle(mode == Mode::View ? tr("Export view") : tr("Export steps"));
    const run::Run* run = room.currentRun();
    const std::size_t count = run ? run->stepCount() : 0;
    step_ = room.playback() ? room.playback()->step() : 0;

    auto* form = new QFormLayout(this);
    if (mode == Mode::View && !room.charts().isEmpty()) {
        // What to draw: the room's main view, or one of its charts.
        drawing_ = new QComboBox(this);
        drawing_->setObjectName("exportDrawing");
        drawing_->addItem(tr("The view"), QString());
        for (const ChartExport& c : room.charts()) drawing_->addItem(tr("Chart: %1").arg(c.title), c.name);
        form->addRow(tr("&Drawing"), drawing_);
        connect(drawing_, &QComboBox::currentIndexChanged, this, &ExportDialog::fillFormats);
    }
    format_ = new QComboBox(this);
    format_->setObjectName("exportFormat");
    fillFormats();
    form->addRow(tr("&Format"), format_);

    if (mode == Mode::Steps) {
        group_ = new QComboBox(this);
        group_->setObjectName("exportGroup");
        group_->addItem(tr("All steps (0 to %1)").arg(count), -1);
        if (run)
            for (std::size_t i = 0; i < run->groups().size(); ++i) {
                const auto& g = run->groups()[i];
                group_->addItem(tr("%1 (steps %2 to %3)").arg(QString::fromStdString(g.label)).arg(g.first).arg(g.last),
                                static_cast<int>(i));
            }
        form->addRow(tr("&Steps of"), group_);
        first_ = new QSpinBox(this);
        last_ = new QSpinBox(this);
        for (auto* box : {first_, last_}) box->setRange(0, toInt(count));
        first_->setObjectName("exportFirst");
        last_->setObjectName("exportLast");
        last_->setValue(toInt(count));
        form->addRow(tr("F&rom step"), first_);
        form->addRow(tr("&To step"), last_);
        every_ = new QSpinBox(this);
        every_->setObjectName("exportEvery");
        every_->setRange(1, std::max(1, toInt(count)));
        every_->setToolTip(tr("Sample a long run: every k-th step, and the last"));
        form->addRow(tr("&Every k-th step"), every_);
        kinds_ = new QListWidget(this);
        kinds_->setObjectName("exportKinds");
        kinds_->setToolTip(tr("Only the steps of the checked kinds (none checked: every step)"));
        kinds_->setFlow(QListView::LeftToRight);
        kinds_->setWrapping(true);
        kinds_->setMaximumHeight(kinds_->fontMetrics().height() * 4 + 8);
        if (room.currentRun())
            for (const std::string& k : catalogue::stepKinds(*room.currentRun(), 0, count)) {
                auto* item = new QListWidgetItem(QString::fromStdString(k), kinds_);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        kinds_->setEnabled(kinds_->count() > 0);
        form->addRow(tr("Only &kinds"), kinds_);
        connect(kinds_, &QListWidget::itemChanged, this, &ExportDialog::syncEnabled);
        speed_ = new QDoubleSpinBox(this);
        speed_->setObjectName("exportSpeed");
        speed_->setRange(0.5, 50);
        speed_->setValue(2);
        speed_->setSuffix(tr(" steps/s"));
        form->addRow(tr("GIF s&peed"), speed_);
        count_ = new QLabel(this);
        form->addRow(QString(), count_);
        connect(group_, &QComboBox::currentIndexChanged, this, &ExportDialog::pickGroup);
        for (auto* box : {first_, last_, every_})
            connect(box, &QSpinBox::valueChanged, this, &ExportDialog::syncEnabled);
    }

    scale_ = new QDoubleSpinBox(this);
    scale_->setObjectName("exportScale");
    scale_->setRange(0.25, 8);
    scale_->setSingleStep(0.5);
    scale_->setValue(mode == Mode::Steps ? 1 : 2);
    scale_->setSuffix(QStringLiteral(" ×"));
    form->addRow(tr("S&cale (PNG, GIF)"), scale_);
    theme_ = new QComboBox(this);
    theme_->setObjectName("exportTheme");
    theme_->addItem(tr("Light (prints well)"), static_cast<int>(Theme::Light));
    theme_->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    form->addRow(tr("&Colours"), theme_);
    font_ = new QComboBox(this);
    font_->setObjectName("exportFont");
    font_->addItem(tr("Bundled (DejaVu Sans, the same everywhere)"), true);
    font_->addItem(tr("The application's font"), false);
    form->addRow(tr("F&ont"), font_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::syncEnabled);
    syncEnabled();
}

void ExportDialog::fillFormats() {
    const bool chart = drawing_ && !drawing_->currentData().toString().isEmpty();
    format_->clear();
    for (ExportFormat f : chart ? chartFormats() : formatsOf(room_)) {
        const bool many = f == ExportFormat::Gif || f == ExportFormat::Pdf;
        if (mode_ == Mode::Steps && !many) continue;
        if (mode_ == Mode::View && f == ExportFormat::Gif) continue;
        const QString label = mode_ == Mode::Steps && f == ExportFormat::Pdf ? tr("PDF study sheet") : describe(f);
        format_->addItem(label, static_cast<int>(f));
    }
}

void ExportDialog::pickGroup(int index) {
    const run::Run* run = room_.currentRun();
    const int g = group_->itemData(index).toInt();
    if (!run) return;
    if (g < 0) {
        first_->setValue(0);
        last_->setValue(toInt(run->stepCount()));
    } else {
        const auto& group = run->groups()[static_cast<std::size_t>(g)];
        first_->setValue(toInt(group.first));
        last_->setValue(toInt(group.last));
    }
}

void ExportDialog::syncEnabled() {
    const auto f = static_cast<ExportFormat>(format_->currentData().toInt());
    scale_->setEnabled(f == ExportFormat::Png || f == ExportFormat::Gif);
    const bool text = f == ExportFormat::Dot || f == ExportFormat::Csv || f == ExportFormat::Markdown;
    theme_->setEnabled(!text);
    font_->setEnabled(!text);
    if (mode_ != Mode::Steps) return;
    speed_->setEnabled(f == ExportFormat::Gif);
    const StepExport r = request();
    std::size_t n = r.range.steps().size(), unsampled = r.range.last - r.range.first + 1;
    if (!r.kinds.isEmpty() && room_.currentRun()) {
        n = chosenSteps(*room_.currentRun(), r.range, r.kinds, nullptr).size();
        StepRange whole = r.range;
        whole.every = 1;
        unsampled = chosenSteps(*room_.currentRun(), whole, r.kinds, nullptr).size();
    }
    const bool gif = f == ExportFormat::Gif;
    const std::size_t limit = gif ? maxGifFrames : maxSheetPages;
    // Over the limit, OK waits for a sampling that fits, and the label names the one that does.
    if (n == 0) {
        count_->setText(tr("No step of the checked kinds lies in this range"));
    } else if (n > limit) {
        const std::size_t every = fittingEvery(unsampled, limit);
        count_->setText((gif ? tr("%1 frames: a GIF holds at most %2. Set Every to %3 (every %4 step) or "
                                  "choose a shorter range")
                             : tr("%1 pages: a study sheet has at most %2. Set Every to %3 (every %4 step) or "
                                  "choose a shorter range"))
                            .arg(n)
                            .arg(limit)
                            .arg(every)
                            .arg(QString::fromStdString(ordinal(every))));
    } else {
        count_->setText(gif ? tr("%1 frames").arg(n) : tr("%1 pages and the title page").arg(n));
    }
    count_->setWordWrap(true);
    ok_->setEnabled(n > 0 && n <= limit);
}

StepExport ExportDialog::request() const {
    StepExport r;
    r.format = static_cast<ExportFormat>(format_->currentData().toInt());
    r.scale = scale_->value();
    r.theme = static_cast<Theme>(theme_->currentData().toInt());
    r.bundledFont = font_->currentData().toBool();
    if (mode_ == Mode::View) {
        r.range = {step_, step_, 1};
        if (drawing_) r.chart = drawing_->currentData().toString();
        return r;
    }
    for (int i = 0; i < kinds_->count(); ++i)
        if (kinds_->item(i)->checkState() == Qt::Checked) r.kinds << kinds_->item(i)->text();
    r.sheet = r.format == ExportFormat::Pdf;
    const auto a = static_cast<std::size_t>(first_->value()), b = static_cast<std::size_t>(last_->value());
    r.range = {std::min(a, b), std::max(a, b), static_cast<std::size_t>(every_->value())};
    r.frameMs = static_cast<int>(std::lround(1000.0 / speed_->value()));
    return r;
}

QString ExportDialog::suggestedFileName() const {
    const StepExport r = request();
    const run::Run* run = room_.currentRun();
    const QString id = run ? QString::fromStdString(run->itemId()) : QStringLiteral("view");
    QString steps = mode_ == Mode::View ? QStringLiteral("step-%1").arg(r.range.last)
                                        : QStringLiteral("steps-%1-%2").arg(r.range.first).arg(r.range.last);
    if (!r.chart.isEmpty()) steps = r.chart + QLatin1Char('-') + steps;
    if (!r.kinds.isEmpty()) steps += QLatin1Char('-') + r.kinds.join(QLatin1Char('-'));
    return QStringLiteral("stepwise-%1-%2.%3").arg(id, steps, formatName(r.format));
}

QString runExportDialog(Room& room, ExportDialog::Mode mode, QWidget* parent) {
    if (formatsOf(room).isEmpty()) {
        QMessageBox::information(parent, ExportDialog::tr("Export"), ExportDialog::tr("This view has nothing to export."));
        return {};
    }
    ExportDialog dialog(room, mode, parent);
    if (dialog.exec() != QDialog::Accepted) return {};
    const StepExport request = dialog.request();
    const QString filter = QStringLiteral("%1 (*.%2)").arg(describe(request.format), formatName(request.format));
    QString path = QFileDialog::getSaveFileName(parent, dialog.windowTitle(), dialog.suggestedFileName(), filter);
    if (path.isEmpty()) return {};
    if (formatForFile(path) != request.format) path += QLatin1Char('.') + formatName(request.format);
    QString error;
    if (!exportRoom(room, request, path, &error)) {
        QMessageBox::warning(parent, ExportDialog::tr("Export failed"), error);
        return {};
    }
    return path;
}

}  // namespace stepwise::ui
