#include "ui/rooms/DpRoom.h"

#include <algorithm>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <type_traits>

#include "core/dp/DpItemRun.h"
#include "ui/panels/dp/DpInputEditor.h"
#include "ui/panels/dp/DpResultPanel.h"
#include "ui/views/dp/DpCellDelegate.h"
#include "ui/models/DpTableModel.h"
#include "ui/views/dp/DpTableView.h"

namespace stepwise::ui {

using dp::CellId;
using dp::DpEvent;

namespace {

QStringList toQStrings(const std::vector<std::string>& v) {
    QStringList out;
    out.reserve(static_cast<qsizetype>(v.size()));
    for (const auto& s : v) out << QString::fromStdString(s);
    return out;
}

CellId cellOf(const DpEvent& e) {
    return std::visit([](const auto& x) { return x.cell; }, e);
}

/// A small sample cell for the legend, painted with the table's own colours and shapes.
QPixmap legendSwatch(const QString& kind, const QPalette& palette, qreal dpr) {
    const QSize size(26, 18);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    const DpCellColours c = DpCellColours::forPalette(palette);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0.5, 0.5, size.width() - 1, size.height() - 1);
    if (kind == "current") {
        p.fillRect(r, c.currentFill);
        p.setPen(QPen(c.currentLine, 3));
        p.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5));
    } else if (kind == "dependency") {
        p.fillRect(r, c.dependencyFill);
        p.setPen(QPen(c.dependencyLine, 1.5, Qt::DashLine));
        p.drawRect(r.adjusted(1, 1, -1, -1));
    } else {
        p.fillRect(r, c.pathFill);
        p.setPen(QPen(c.pathLine, 1.5));
        p.drawEllipse(r.center(), 8, 7);
    }
    return pixmap;
}

}  // namespace

DpRoom::DpRoom(QWidget* parent) : RoomScaffold(tr("Dynamic programming"), itemsOf(catalogue::Area::DynamicProgramming), parent) {
    setObjectName("dpRoom");
    editor_ = new DpInputEditor(this);
    model_ = new DpTableModel(this);
    view_ = new DpTableView(this);
    view_->setTableModel(model_);
    result_ = new DpResultPanel(this);

    caption_ = new QLabel(this);
    caption_->setObjectName("dpCaption");
    caption_->setTextFormat(Qt::PlainText);
    QFont captionFont = caption_->font();
    captionFont.setBold(true);
    caption_->setFont(captionFont);

    // The legend says in words what each look means, so nothing depends on colour alone.
    auto* legend = new QHBoxLayout;
    legend->setSpacing(4);
    for (const auto& [kind, text] : {std::pair<QString, QString>{"current", tr("current cell")},
                                     {"dependency", tr("read from (arrow)")},
                                     {"path", tr("traceback")}}) {
        auto* swatch = new QLabel(this);
        swatch->setObjectName("dpLegend-" + kind);
        swatch->setProperty("legendKind", kind);
        auto* label = new QLabel(text, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        legend->addWidget(swatch);
        legend->addWidget(label);
        legend->addSpacing(8);
    }

    auto makeButton = [this](const QString& text, const QString& tip, const QString& name) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(name);
        b->setAutoRaise(true);
        return b;
    };
    auto* zoomOutButton = makeButton(QStringLiteral("−"), tr("Zoom out (Ctrl+−, Ctrl+wheel)"), "dpZoomOut");
    auto* zoomInButton = makeButton(QStringLiteral("+"), tr("Zoom in (Ctrl++, Ctrl+wheel)"), "dpZoomIn");
    auto* fitButton = makeButton(tr("Fit"), tr("Fit the table to the window (Ctrl+0)"), "dpZoomFit");
    zoomLabel_ = new QLabel(this);
    zoomLabel_->setObjectName("dpZoomLabel");
    zoomLabel_->setMinimumWidth(zoomLabel_->fontMetrics().horizontalAdvance("400%") + 4);
    zoomLabel_->setAlignment(Qt::AlignCenter);

    // The caption may be long (two long strings): it elides rather than widening the middle column.
    caption_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(4, 0, 0, 2);
    top->addWidget(caption_, 1);
    top->addWidget(zoomOutButton);
    top->addWidget(zoomLabel_);
    top->addWidget(zoomInButton);
    top->addWidget(fitButton);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addLayout(top);
    centreLayout->addWidget(view_, 1);
    legend->setContentsMargins(4, 3, 0, 0);
    legend->addStretch(1);
    centreLayout->addLayout(legend);

    Layout layout;
    layout.columns = {250, 680, 470};
    layout.side = {230, 200, 370};
    layout.editorMinimumWidth = 220;  // with the others, the window fits 1366 px (issue 8)
    layout.sideMinimumWidth = 290;
    buildLayout(editor_, centre, {result_}, layout);

    connect(editor_, &DpInputEditor::runRequested, this, &DpRoom::runRecorded);
    connect(editor_, &DpInputEditor::untracedRunRequested, this, &DpRoom::runUntraced);
    connect(editor_, &DpInputEditor::problemChosen, this, &DpRoom::selectItem);
    connect(zoomInButton, &QToolButton::clicked, view_, &DpTableView::zoomIn);
    connect(zoomOutButton, &QToolButton::clicked, view_, &DpTableView::zoomOut);
    connect(fitButton, &QToolButton::clicked, view_, &DpTableView::fitAll);
    connect(view_, &DpTableView::zoomChanged, this, &DpRoom::updateCaption);

    updateCaption();
    updateLegend();
    selectItem("edit-distance");
}

DpRoom::~DpRoom() {
    model_->setTable(nullptr, {}, {});  // the model must not outlive the state it points into
}

StepView* DpRoom::stepView() const { return view_; }

const dp::DpItemRun* DpRoom::dpRun() const { return run() ? run()->as<dp::DpItemRun>() : nullptr; }

void DpRoom::zoomIn() { view_->zoomIn(); }
void DpRoom::zoomOut() { view_->zoomOut(); }
void DpRoom::fitAll() { view_->fitAll(); }

void DpRoom::runRecorded() { applyEditor(); }

void DpRoom::runUntraced() {
    untracedNext_ = true;
    applyEditor();
    untracedNext_ = false;
}

catalogue::Options DpRoom::editorOptions() const { return editor_->options(); }

void DpRoom::setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) {
    const QString id = QString::fromStdString(item.id);
    editor_->setProblemId(id);
    editor_->setOptions(id, options);
}

std::unique_ptr<run::Run> DpRoom::buildRun(const catalogue::CatalogueItem& item, const catalogue::Options& options) {
    QElapsedTimer clock;
    clock.start();
    catalogue::RunLimits limits;
    limits.cellLimit = untracedNext_ ? 0 : cellLimit_;  // 0: the value alone, no table to record
    if (untracedNext_) QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<run::Run> next;
    try {
        next = item.start(options, limits);
    } catch (...) {
        if (untracedNext_) QApplication::restoreOverrideCursor();
        throw;
    }
    if (untracedNext_) QApplication::restoreOverrideCursor();
    const auto* typed = next->as<dp::DpItemRun>();
    if (!untracedNext_ && typed && !typed->dpRun().result.tableKept) {
        const std::uint64_t cells = std::uint64_t(typed->dpRun().rows) * typed->dpRun().cols;
        editor_->offerUntracedRun(tr("This input makes a table of %1 cells, more than the GUI can step through "
                                     "(limit %2). Compute without the trace? Only the value and result will be shown.")
                                      .arg(QLocale().toString(static_cast<qulonglong>(cells)),
                                           QLocale().toString(static_cast<qulonglong>(cellLimit_))));
        return nullptr;
    }
    if (untracedNext_) editor_->showInfo(tr("Computed without the trace: the value and result are on the right."));
    else editor_->clearMessage();
    if (typed)
        Q_EMIT statusMessage(tr("%1: %2 × %3 table, %4 steps (%5 ms)")
                                 .arg(QString::fromStdString(item.title))
                                 .arg(typed->dpRun().rows)
                                 .arg(typed->dpRun().cols)
                                 .arg(next->stepCount())
                                 .arg(clock.elapsed()));
    return next;
}

void DpRoom::runInstalled(run::Run& r) {
    const auto* typed = r.as<dp::DpItemRun>();
    if (!typed) return;
    const dp::DpRun& data = typed->dpRun();
    QString widest = "0";
    auto consider = [&](std::int64_t v) {
        const QString t = QString::fromStdString(dp::formatCell(v));
        if (t.size() > widest.size()) widest = t;
    };
    for (auto v : data.table) consider(v);
    if (data.table.empty())
        for (auto v : typed->input().values) consider(v);  // LIS patience keeps the input's values in its piles
    // The model points into the run's state: it gets the new one before the old run goes.
    if (data.recorded) model_->setTable(&typed->state(), toQStrings(data.rowLabels), toQStrings(data.colLabels), widest);
    else model_->setTable(&typed->state(), {}, {});
    result_->showResult(QString::fromStdString(typed->itemId()), typed->input(), data.result,
                        data.recorded ? tr("As it stands at this step:") : tr("Computed without the trace:"));
    updateCaption();
    if (isVisible()) view_->fitAll();
    else fitPending_ = true;
}

void DpRoom::updateCaption() {
    zoomLabel_->setText(QString("%1%").arg(std::lround(view_->zoom() * 100)));
    const dp::DpItemRun* r = dpRun();
    if (!r) {
        caption_->clear();
        return;
    }
    const dp::DpInput& in = r->input();
    const QString id = QString::fromStdString(r->itemId());
    QString what;
    auto quoted = [](const std::string& t) { return "“" + QString::fromStdString(t) + "”"; };
    if (id == "edit-distance") what = quoted(in.a) + " → " + quoted(in.b);
    else if (id == "lcs") what = quoted(in.a) + tr(" and ") + quoted(in.b);
    else if (id == "knapsack") what = tr("%1 items, capacity %2").arg(in.weights.size()).arg(in.capacity);
    else if (id == "lis") what = tr("%1 values").arg(in.values.size());
    else if (id == "coin-change") what = tr("%1 coins, amount %2").arg(in.coins.size()).arg(in.amount);
    const dp::DpRun& data = r->dpRun();
    const QString shape = data.recorded ? tr("%1 × %2 table").arg(data.rows).arg(data.cols)
                                        : tr("no table (computed without the trace)");
    caption_->setText(QString::fromStdString(r->title()) + ": " + what + "  ·  " + shape);
    caption_->setToolTip(caption_->text());
}

void DpRoom::showStep(run::Run& r) {
    const auto* typed = r.as<dp::DpItemRun>();
    if (!typed) return;
    const dp::DpState& state = typed->state();
    result_->setTracebackProgress(state.path.size());
    result_->setFillProgress(!typed->dpRun().recorded || typed->valueKnown(), std::min(r.step(), typed->fillSteps()),
                             typed->fillSteps());
    if (r.atStart()) {
        model_->setFocus(std::nullopt, {});
        return;
    }
    const DpEvent& e = typed->timeline().lastEvent();
    const CellId cell = cellOf(e);
    std::vector<CellId> reads;
    if (std::holds_alternative<dp::event::Trace>(e)) {
        // The traceback's arrow shows where it came from.
        if (state.path.size() >= 2) reads.push_back(state.path[state.path.size() - 2]);
    } else {
        reads = typed->dependencies(cell);
    }
    model_->setFocus(cell, std::move(reads));
    view_->followCurrent();
}

void DpRoom::showEvent(QShowEvent* event) {
    RoomScaffold::showEvent(event);
    if (!fitPending_) return;
    fitPending_ = false;
    // After the layout has given the view its size.
    QTimer::singleShot(0, view_, &DpTableView::fitAll);
}

void DpRoom::changeEvent(QEvent* event) {
    RoomScaffold::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) updateLegend();
}

void DpRoom::updateLegend() {
    for (auto* swatch : findChildren<QLabel*>()) {
        const QString kind = swatch->property("legendKind").toString();
        if (!kind.isEmpty()) swatch->setPixmap(legendSwatch(kind, palette(), devicePixelRatioF()));
    }
}

}  // namespace stepwise::ui
