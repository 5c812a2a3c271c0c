#include "ui/rooms/StructuresRoom.h"

#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <span>

#include "core/common/InputError.h"
#include "core/structures/StructureRuns.h"
#include "core/trace/Timeline.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/panels/structures/OperationEditor.h"
#include "ui/panels/structures/OutcomePanel.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/tree/StructurePictures.h"
#include "ui/views/tree/TreeScene.h"
#include "ui/views/tree/TreeView.h"

namespace stepwise::ui {

using namespace structures;

/// One recorded run of one item, stepped by the room; hides which structure it is.
class StructureSession {
  public:
    virtual ~StructureSession() = default;
    virtual std::size_t stepCount() const = 0;
    virtual void seek(std::size_t step) = 0;
    /// The picture at the current step (marks for the current operation so far).
    virtual TreePicture picture() const = 0;
    /// The sentence for the step just taken, and its pseudo-code line; precondition: step > 0.
    virtual QString sentence() const = 0;
    virtual int line() const = 0;
    virtual const std::vector<Outcome>& outcomes() const = 0;
    virtual const std::vector<std::size_t>& operationStart() const = 0;
    virtual const std::vector<std::string>& pseudocode() const = 0;
    virtual std::size_t step() const = 0;
    /// Where a fresh run is first shown: a segment tree's build is done by then.
    std::size_t firstStep() const { return buildSteps; }

    /// The operation the current step belongs to (-1 before any), found from operationStart.
    int operationAt(std::size_t step) const {
        if (step == 0) return -1;
        const auto& starts = operationStart();
        const auto it = std::upper_bound(starts.begin(), starts.end(), step - 1);
        return static_cast<int>(it - starts.begin()) - 1;
    }
    std::size_t operationEnd(int op) const {
        const auto& starts = operationStart();
        return static_cast<std::size_t>(op + 1) < starts.size() ? starts[static_cast<std::size_t>(op + 1)]
                                                                : stepCount();
    }

    std::size_t buildSteps = 0;
};

namespace {

template <class Area>
class RunSession final : public StructureSession {
  public:
    using Draw = TreePicture (*)(const typename Area::State&, std::span<const typename Area::Event>);

    RunSession(StructureRun<Area> run, Draw draw)
        : timeline_(std::move(run.initial), std::move(run.trace)), draw_(draw) {
        run_ = std::move(run);  // initial and trace moved into the timeline; the rest stays here
    }

    std::size_t stepCount() const override { return timeline_.stepCount(); }
    std::size_t step() const override { return timeline_.step(); }
    void seek(std::size_t step) override { timeline_.seek(step); }

    TreePicture picture() const override {
        const std::size_t step = timeline_.step();
        const int op = operationAt(step);
        const std::size_t begin = op >= 0 ? run_.operationStart[static_cast<std::size_t>(op)] : 0;
        const auto& events = timeline_.trace().events;
        return draw_(timeline_.state(), std::span(events.data() + begin, step - begin));
    }
    QString sentence() const override {
        return run_.explain ? QString::fromStdString(run_.explain(timeline_.state(), timeline_.lastEvent()))
                            : QString();
    }
    int line() const override { return run_.lineOf ? run_.lineOf(timeline_.lastEvent()) : -1; }
    const std::vector<Outcome>& outcomes() const override { return run_.outcomes; }
    const std::vector<std::size_t>& operationStart() const override { return run_.operationStart; }
    const std::vector<std::string>& pseudocode() const override { return run_.pseudocode; }

  private:
    trace::Timeline<Area> timeline_;
    StructureRun<Area> run_;
    Draw draw_;
};

QString describe(const InputError& e) {
    QString where = QString::fromStdString(e.file());
    if (e.line() > 0)
        where += (where.isEmpty() ? QString() : QString(", ")) + StructuresRoom::tr("line %1").arg(e.line());
    const QString message = QString::fromStdString(e.message());
    return where.isEmpty() ? message : where + ": " + message;
}

/// "5, 1 4" → {5, 1, 4}; commas and spaces both separate.
std::vector<std::int64_t> parseValues(const QString& text) {
    std::vector<std::int64_t> values;
    const QStringList words = text.split(QRegularExpression("[,\\s]+"), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        bool ok = false;
        const qlonglong v = w.toLongLong(&ok);
        if (!ok) throw InputError(("values: '" + w + "' is not a whole number").toStdString());
        values.push_back(v);
    }
    if (values.empty()) throw InputError("values: at least one value is needed (e.g. 5, 1, 4)");
    // The view draws every node; beyond this the tree is unreadable anyway.
    if (values.size() > 256)
        throw InputError("values: at most 256 in the GUI (got " + std::to_string(values.size()) + ")");
    return values;
}

SegmentKind kindFrom(const QString& name) {
    return name == "min" ? SegmentKind::Min : name == "max" ? SegmentKind::Max : SegmentKind::Sum;
}

const QList<RoomItem>& catalogue() {
    static const QList<RoomItem> list = {
        {"heap", StructuresRoom::tr("Binary heap"),
         StructuresRoom::tr(
             "Min-heap / indexed priority queue: push, pop, top, decrease-key; sift up and down")},
        {"trie", StructuresRoom::tr("Trie"),
         StructuresRoom::tr("Insert, search, list by prefix and delete words")},
        {"segment-tree", StructuresRoom::tr("Segment tree"),
         StructuresRoom::tr("Range sum/min/max queries, point updates, lazy range adds")},
        {"union-find", StructuresRoom::tr("Union-find"),
         StructuresRoom::tr("Disjoint sets with union by rank and path compression")},
    };
    return list;
}

}  // namespace

StructuresRoom::StructuresRoom(QWidget* parent) : Room(parent) {
    setObjectName("structuresRoom");
    editor_ = new OperationEditor(this);
    view_ = new TreeView(this);
    view_->setObjectName("treeView");
    controller_ = new PlaybackController(this);
    playbackBar_ = new PlaybackBar(controller_, this);
    pseudocode_ = new PseudocodePanel(this);
    explanation_ = new ExplanationPanel(this);
    outcomes_ = new OutcomePanel(this);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(view_, 1);
    centreLayout->addWidget(playbackBar_);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName("structuresRoomRight");
    right->setChildrenCollapsible(false);
    right->addWidget(pseudocode_);
    right->addWidget(explanation_);
    right->addWidget(outcomes_);
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 0);
    right->setStretchFactor(2, 1);
    right->setSizes({220, 130, 300});

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName("structuresRoomSplitter");
    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(editor_);
    splitter_->addWidget(centre);
    splitter_->addWidget(right);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setStretchFactor(2, 0);
    splitter_->setSizes({250, 700, 430});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(splitter_);

    connect(editor_, &OperationEditor::runRequested, this, &StructuresRoom::run);
    connect(controller_, &PlaybackController::stepChanged, this, &StructuresRoom::showStep);
    connect(outcomes_, &OutcomePanel::operationClicked, this, &StructuresRoom::jumpToOperation);

    selectItem("heap");
}

StructuresRoom::~StructuresRoom() = default;

QString StructuresRoom::areaTitle() const {
    return tr("Data structures");
}
QList<RoomItem> StructuresRoom::items() const {
    return catalogue();
}

QGraphicsScene* StructuresRoom::exportScene() const {
    return view_->treeScene();
}
void StructuresRoom::zoomIn() {
    view_->zoomIn();
}
void StructuresRoom::zoomOut() {
    view_->zoomOut();
}
void StructuresRoom::fitAll() {
    view_->fitAll();
}

std::vector<std::size_t> StructuresRoom::operationStarts() const {
    const auto it = sessions_.find(item_);
    return it == sessions_.end() ? std::vector<std::size_t>{} : it->second->operationStart();
}

void StructuresRoom::selectItem(const QString& id) {
    const bool known =
        std::any_of(catalogue().begin(), catalogue().end(), [&](const RoomItem& i) { return i.id == id; });
    if (!known || id == item_) return;
    // The item we leave keeps its text (even unrun) and its step for when the user comes back.
    if (!item_.isEmpty()) {
        steps_[item_] = controller_->step();
        inputs_[item_] = editor_->input();
    }
    item_ = id;
    editor_->setItem(id);
    editor_->clearMessage();
    const auto saved = inputs_.find(id);
    editor_->setInput(saved != inputs_.end() ? saved->second : defaultStructureInput(id));
    if (sessions_.count(id))
        install(nullptr, steps_[id]);
    else
        run();
    Q_EMIT currentItemChanged(id);
}

void StructuresRoom::run() {
    const StructureInput in = editor_->input();
    std::unique_ptr<StructureSession> next;
    try {
        const auto ops = parseOperations(in.operations.toStdString());
        if (item_ == "heap") {
            next = std::make_unique<RunSession<HeapArea>>(runHeap(ops), &heapPicture);
        } else if (item_ == "trie") {
            next = std::make_unique<RunSession<TrieArea>>(runTrie(ops), &triePicture);
        } else if (item_ == "segment-tree") {
            const auto values = parseValues(in.values);
            next = std::make_unique<RunSession<SegmentTreeArea>>(
                runSegmentTree(kindFrom(in.kind), values, ops), &segmentTreePicture);
            next->buildSteps =
                next->operationStart().empty() ? next->stepCount() : next->operationStart().front();
        } else if (item_ == "union-find") {
            next = std::make_unique<RunSession<UnionFindArea>>(
                runUnionFind(static_cast<std::uint32_t>(in.size), ops), &unionFindPicture);
        } else {
            return;
        }
    } catch (const InputError& e) {
        editor_->showError(describe(e));
        Q_EMIT statusMessage(tr("Bad input: the previous run is still shown"));
        return;
    }
    editor_->clearMessage();
    inputs_[item_] = in;
    const std::size_t first = next->firstStep();
    Q_EMIT statusMessage(tr("%1 operations, %2 steps").arg(next->outcomes().size()).arg(next->stepCount()));
    install(std::move(next), first);
}

void StructuresRoom::install(std::unique_ptr<StructureSession> session, std::size_t step) {
    if (session) sessions_[item_] = std::move(session);
    StructureSession& s = *sessions_.at(item_);
    pseudocode_->setLines(s.pseudocode());
    outcomes_->setOutcomes(s.outcomes());
    view_->fitAll();
    controller_->reset(s.stepCount());  // shows step 0
    if (step != 0) controller_->seek(step);
}

void StructuresRoom::showStep(std::size_t step) {
    const auto it = sessions_.find(item_);
    if (it == sessions_.end()) return;
    StructureSession& s = *it->second;
    s.seek(step);
    view_->setPicture(s.picture());
    const int op = s.operationAt(step);
    int done = 0;
    while (static_cast<std::size_t>(done) < s.outcomes().size() && s.operationEnd(done) <= step) ++done;
    outcomes_->setProgress(op, done);
    const std::size_t count = s.stepCount();
    if (step == 0) {
        pseudocode_->setCurrentLine(-1);
        explanation_->setExplanation(
            tr("Step 0 of %1").arg(count),
            count == 0 ? tr("These operations change nothing to step through.")
                       : tr("Nothing has happened yet. Press Space to play, or → to take one step."));
        return;
    }
    const int line = s.line();
    pseudocode_->setCurrentLine(line);
    QString where = tr("Step %1 of %2").arg(step).arg(count);
    if (op >= 0)
        where +=
            " · " + tr("operation %1: %2")
                        .arg(op + 1)
                        .arg(QString::fromStdString(s.outcomes()[static_cast<std::size_t>(op)].operation));
    else
        where += " · " + tr("building");
    explanation_->setExplanation(where, s.sentence());
}

void StructuresRoom::jumpToOperation(int index) {
    const auto it = sessions_.find(item_);
    if (it == sessions_.end() || index < 0) return;
    controller_->pause();
    controller_->seek(it->second->operationEnd(index));
}

}  // namespace stepwise::ui
