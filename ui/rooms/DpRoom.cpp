#include "ui/rooms/DpRoom.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <type_traits>

#include "core/common/InputError.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/panels/dp/DpInputEditor.h"
#include "ui/panels/dp/DpResultPanel.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackController.h"
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

std::size_t saturatingProduct(std::uint64_t a, std::uint64_t b) {
    std::uint64_t p = 0;
    if (__builtin_mul_overflow(a, b, &p)) return std::numeric_limits<std::size_t>::max();
    return static_cast<std::size_t>(p);
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

DpRoom::DpRoom(QWidget* parent) : Room(parent) {
    setObjectName("dpRoom");
    editor_ = new DpInputEditor(this);
    model_ = new DpTableModel(this);
    view_ = new DpTableView(this);
    view_->setTableModel(model_);
    controller_ = new PlaybackController(this);
    playbackBar_ = new PlaybackBar(controller_, this);
    pseudocode_ = new PseudocodePanel(this);
    explanation_ = new ExplanationPanel(this);
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
    centreLayout->addWidget(playbackBar_);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName("dpRoomRight");
    right->setChildrenCollapsible(false);
    right->addWidget(pseudocode_);
    right->addWidget(explanation_);
    right->addWidget(result_);
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 0);
    right->setStretchFactor(2, 1);
    right->setSizes({230, 200, 370});
    right->setMinimumWidth(340);
    editor_->setMinimumWidth(250);

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName("dpRoomSplitter");
    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(editor_);
    splitter_->addWidget(centre);
    splitter_->addWidget(right);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setStretchFactor(2, 0);
    splitter_->setSizes({250, 680, 470});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(splitter_);

    connect(editor_, &DpInputEditor::runRequested, this, &DpRoom::runRecorded);
    connect(editor_, &DpInputEditor::untracedRunRequested, this, &DpRoom::runUntraced);
    connect(controller_, &PlaybackController::stepChanged, this, &DpRoom::showStep);
    connect(zoomInButton, &QToolButton::clicked, view_, &DpTableView::zoomIn);
    connect(zoomOutButton, &QToolButton::clicked, view_, &DpTableView::zoomOut);
    connect(fitButton, &QToolButton::clicked, view_, &DpTableView::fitAll);
    connect(view_, &DpTableView::zoomChanged, this, &DpRoom::updateCaption);

    updateCaption();
    updateLegend();
    editor_->setProblemId("edit-distance");
    runRecorded();
}

DpRoom::~DpRoom() {
    model_->setTable(nullptr, {}, {});  // the model must not outlive the state it points into
}

QString DpRoom::areaTitle() const { return tr("Dynamic programming"); }

QList<RoomItem> DpRoom::items() const {
    QList<RoomItem> list;
    for (const auto& p : dp::dpCatalogue())
        list.append({QString::fromStdString(p.id), QString::fromStdString(p.title), QString::fromStdString(p.summary)});
    return list;
}

QString DpRoom::currentItem() const { return session_ ? QString::fromStdString(session_->problem->id) : editor_->problemId(); }

void DpRoom::selectItem(const QString& id) {
    if (!dp::findDpProblem(id.toStdString()) || (id == currentItem() && editor_->problemId() == id)) return;
    editor_->setProblemId(id);
    runRecorded();
}

void DpRoom::zoomIn() { view_->zoomIn(); }
void DpRoom::zoomOut() { view_->zoomOut(); }
void DpRoom::fitAll() { view_->fitAll(); }

void DpRoom::runRecorded() { run(true); }
void DpRoom::runUntraced() { run(false); }

std::size_t DpRoom::tableCells(const QString& id, const dp::DpInput& in) {
    if (id == "lcs" || id == "edit-distance") return saturatingProduct(in.a.size() + 1, in.b.size() + 1);
    if (id == "knapsack")
        return in.capacity < 0 ? 0 : saturatingProduct(in.weights.size() + 1, static_cast<std::uint64_t>(in.capacity) + 1);
    if (id == "coin-change")
        return in.amount < 0 ? 0 : saturatingProduct(in.coins.size() + 1, static_cast<std::uint64_t>(in.amount) + 1);
    if (id == "lis") return in.values.size();
    return 0;
}

void DpRoom::run(bool traced) {
    QElapsedTimer clock;
    clock.start();
    const QString id = editor_->problemId();
    const dp::DpProblem* problem = dp::findDpProblem(id.toStdString());
    if (!problem) return;
    QString error;
    auto input = editor_->input(&error);
    if (!input) {
        editor_->showError(error);
        return;
    }
    const std::size_t cells = tableCells(id, *input);
    if (traced && cells > cellLimit_) {
        editor_->offerUntracedRun(tr("This input makes a table of %1 cells, more than the GUI can step through "
                                     "(limit %2). Compute without the trace? Only the value and result will be shown.")
                                      .arg(QLocale().toString(static_cast<qulonglong>(cells)),
                                           QLocale().toString(static_cast<qulonglong>(cellLimit_))));
        return;
    }

    auto next = std::make_unique<DpSession>();
    next->problem = problem;
    next->input = *input;
    try {
        if (!traced) QApplication::setOverrideCursor(Qt::WaitCursor);
        next->run = problem->run(next->input, traced, cellLimit_);
        if (!traced) QApplication::restoreOverrideCursor();
    } catch (const InputError& e) {
        if (!traced) QApplication::restoreOverrideCursor();
        editor_->showError(QString::fromStdString(e.what()));
        return;
    } catch (const std::exception& e) {
        if (!traced) QApplication::restoreOverrideCursor();
        editor_->showError(tr("internal error while running %1: %2").arg(id, e.what()));
        return;
    }
    if (traced && (next->run.truncated || !next->run.result.tableKept)) {
        editor_->offerUntracedRun(tr("This run is larger than the GUI can step through (limit %1 cells). Compute "
                                     "without the trace? Only the value and result will be shown.")
                                      .arg(QLocale().toString(static_cast<qulonglong>(cellLimit_))));
        return;
    }
    if (next->run.recorded) next->timeline.emplace(std::move(next->run.initial), std::move(next->run.trace));
    install(std::move(next));
    if (!traced) editor_->showInfo(tr("Computed without the trace: the value and result are on the right."));
    Q_EMIT statusMessage(tr("%1: %2 × %3 table, %4 steps (%5 ms)")
                             .arg(QString::fromStdString(problem->title))
                             .arg(session_->state().rows)
                             .arg(session_->state().cols)
                             .arg(session_->stepCount())
                             .arg(clock.elapsed()));
}

void DpRoom::install(std::unique_ptr<DpSession> next) {
    const QString previousItem = session_ ? QString::fromStdString(session_->problem->id) : QString();
    // The model points into the session's state: give it the new one before the old session goes.
    std::unique_ptr<DpSession> old = std::move(session_);
    session_ = std::move(next);
    const DpSession& s = *session_;
    QString widest = "0";
    auto consider = [&](std::int64_t v) {
        const QString t = QString::fromStdString(dp::formatCell(v));
        if (t.size() > widest.size()) widest = t;
    };
    for (auto v : s.run.table) consider(v);
    if (s.run.table.empty())
        for (auto v : s.input.values) consider(v);  // LIS patience keeps the input's values in its piles
    if (s.timeline) model_->setTable(&s.timeline->state(), toQStrings(s.run.rowLabels), toQStrings(s.run.colLabels), widest);
    else model_->setTable(&s.still, {}, {});
    old.reset();

    editor_->clearMessage();
    pseudocode_->setLines(s.problem->pseudocode);
    result_->showResult(QString::fromStdString(s.problem->id), s.input, s.run.result,
                        s.timeline ? tr("At the end of the run:") : tr("Computed without the trace:"));
    updateCaption();
    controller_->reset(s.stepCount());  // shows step 0
    if (isVisible()) view_->fitAll();
    else fitPending_ = true;
    const QString item = QString::fromStdString(s.problem->id);
    if (item != previousItem) Q_EMIT currentItemChanged(item);
}

void DpRoom::updateCaption() {
    zoomLabel_->setText(QString("%1%").arg(std::lround(view_->zoom() * 100)));
    if (!session_) {
        caption_->clear();
        return;
    }
    const DpSession& s = *session_;
    const QString id = QString::fromStdString(s.problem->id);
    QString what;
    auto quoted = [](const std::string& t) { return "“" + QString::fromStdString(t) + "”"; };
    if (id == "edit-distance") what = quoted(s.input.a) + " → " + quoted(s.input.b);
    else if (id == "lcs") what = quoted(s.input.a) + tr(" and ") + quoted(s.input.b);
    else if (id == "knapsack") what = tr("%1 items, capacity %2").arg(s.input.weights.size()).arg(s.input.capacity);
    else if (id == "lis") what = tr("%1 values").arg(s.input.values.size());
    else if (id == "coin-change") what = tr("%1 coins, amount %2").arg(s.input.coins.size()).arg(s.input.amount);
    const dp::DpState& state = s.state();
    QString shape = s.timeline ? tr("%1 × %2 table").arg(state.rows).arg(state.cols) : tr("no table (computed without the trace)");
    caption_->setText(QString::fromStdString(s.problem->title) + ": " + what + "  ·  " + shape);
    caption_->setToolTip(caption_->text());
}

void DpRoom::showStep(std::size_t step) {
    if (!session_) return;
    DpSession& s = *session_;
    if (!s.timeline) {
        model_->setFocus(std::nullopt, {});
        pseudocode_->setCurrentLine(-1);
        explanation_->setExplanation(tr("No steps"), tr("This run was computed without the trace, so there is no "
                                                         "table to walk through. The value and result are below."));
        return;
    }
    s.timeline->seek(step);
    const dp::DpState& state = s.timeline->state();
    const std::size_t count = s.timeline->stepCount();
    result_->setTracebackProgress(state.path.size());
    if (step == 0) {
        model_->setFocus(std::nullopt, {});
        pseudocode_->setCurrentLine(-1);
        explanation_->setExplanation(tr("Step 0 of %1").arg(count),
                                     count == 0 ? tr("This run has no steps.")
                                                : tr("The table is empty. Press Space to play, or → to fill one cell."));
        return;
    }
    const DpEvent& e = s.timeline->lastEvent();
    const CellId cell = cellOf(e);
    std::vector<CellId> reads;
    if (std::holds_alternative<dp::event::Trace>(e)) {
        // The traceback's arrow shows where it came from.
        if (state.path.size() >= 2) reads.push_back(state.path[state.path.size() - 2]);
    } else if (s.run.dependencies) {
        reads = s.run.dependencies(cell);
    }
    model_->setFocus(cell, std::move(reads));
    view_->followCurrent();
    const int line = s.run.lineOf ? s.run.lineOf(e) : -1;
    pseudocode_->setCurrentLine(line);
    const QString where = line >= 0 ? tr("Step %1 of %2 · line %3").arg(step).arg(count).arg(line + 1)
                                    : tr("Step %1 of %2").arg(step).arg(count);
    explanation_->setExplanation(where, s.run.explain ? QString::fromStdString(s.run.explain(state, e)) : QString());
}

void DpRoom::showEvent(QShowEvent* event) {
    Room::showEvent(event);
    if (!fitPending_) return;
    fitPending_ = false;
    // After the layout has given the view its size.
    QTimer::singleShot(0, view_, &DpTableView::fitAll);
}

void DpRoom::changeEvent(QEvent* event) {
    Room::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) updateLegend();
}

void DpRoom::updateLegend() {
    for (auto* swatch : findChildren<QLabel*>()) {
        const QString kind = swatch->property("legendKind").toString();
        if (!kind.isEmpty()) swatch->setPixmap(legendSwatch(kind, palette(), devicePixelRatioF()));
    }
}

}  // namespace stepwise::ui
