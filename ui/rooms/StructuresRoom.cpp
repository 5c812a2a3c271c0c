#include "ui/rooms/StructuresRoom.h"

#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>
#include <span>

#include "core/structures/StructureItemRun.h"
#include "core/structures/StructureRuns.h"
#include "ui/panels/structures/OperationEditor.h"
#include "ui/panels/structures/OutcomePanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/common/ViewLegend.h"
#include "ui/views/tree/StructurePictures.h"
#include "ui/views/tree/TreeLegend.h"
#include "ui/views/tree/TreeScene.h"
#include "ui/views/tree/TreeView.h"

namespace stepwise::ui {

using namespace structures;

namespace {

/// What the room reads off a structure run, whichever structure it is.
struct StructureLook {
    const std::vector<Outcome>* outcomes = nullptr;
    const std::vector<std::size_t>* starts = nullptr;
    std::function<TreePicture(std::size_t begin)> picture;  // marks for the events since `begin`
    TreeKind kind = TreeKind::Heap;
};

template <class Area>
std::optional<StructureLook> lookAs(const run::Run& r, TreeKind kind,
                                    TreePicture (*draw)(const typename Area::State&,
                                                        std::span<const typename Area::Event>)) {
    const auto* typed = r.as<StructureItemRun<Area>>();
    if (!typed) return std::nullopt;
    return StructureLook{&typed->outcomes(), &typed->operationStart(), [typed, draw](std::size_t begin) {
                             const auto& events = typed->timeline().trace().events;
                             return draw(typed->state(),
                                         std::span(events.data() + begin, typed->step() - begin));
                         }, kind};
}

StructureLook lookOf(const run::Run& r) {
    if (auto l = lookAs<HeapArea>(r, TreeKind::Heap, &heapPicture)) return *l;
    if (auto l = lookAs<TrieArea>(r, TreeKind::Trie, &triePicture)) return *l;
    if (auto l = lookAs<SegmentTreeArea>(r, TreeKind::SegmentTree, &segmentTreePicture)) return *l;
    if (auto l = lookAs<UnionFindArea>(r, TreeKind::UnionFind, &unionFindPicture)) return *l;
    return {};
}

/// The operation step `step` belongs to (-1 at step 0 and during a segment tree's build).
int operationAt(const std::vector<std::size_t>& starts, std::size_t step) {
    if (step == 0) return -1;
    const auto it = std::upper_bound(starts.begin(), starts.end(), step - 1);
    return static_cast<int>(it - starts.begin()) - 1;
}

std::size_t operationEnd(const std::vector<std::size_t>& starts, std::size_t steps, int op) {
    const auto next = static_cast<std::size_t>(op + 1);
    return next < starts.size() ? starts[next] : steps;
}

}  // namespace

StructuresRoom::StructuresRoom(QWidget* parent)
    : RoomScaffold(tr("Data structures"), itemsOf(catalogue::Area::Structures), parent) {
    setObjectName("structuresRoom");
    editor_ = new OperationEditor(this);
    view_ = new TreeView(this);
    view_->setObjectName("treeView");
    outcomes_ = new OutcomePanel(this);
    legend_ = new ViewLegend(3, this);
    legend_->setObjectName("structuresLegend");

    // The legend under the drawing says what each ring, glow and pill means for this structure.
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(view_, 1);
    centreLayout->addWidget(legend_);

    Layout layout;
    layout.columns = {250, 700, 430};
    layout.side = {220, 130, 300};
    buildLayout(editor_, centre, {outcomes_}, layout);

    connect(editor_, &OperationEditor::runRequested, this, [this] { applyEditor(); });
    connect(outcomes_, &OutcomePanel::operationClicked, this, &StructuresRoom::jumpToOperation);
    selectItem("heap");
}

StructuresRoom::~StructuresRoom() = default;

StepView* StructuresRoom::stepView() const {
    return view_;
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
    const StructureLook look = run() ? lookOf(*run()) : StructureLook{};
    return look.starts ? *look.starts : std::vector<std::size_t>{};
}

catalogue::Options StructuresRoom::editorOptions() const {
    const StructureInput in = editor_->input();
    const std::map<std::string, std::string> fields = {
        {"ops", in.operations.toStdString()},
        {"values", in.values.toStdString()},
        {"kind", in.kind.toStdString()},
        {"size", std::to_string(in.size)},
    };
    // Only what the item takes: the catalogue's option specs say which fields those are.
    catalogue::Options options;
    if (item())
        for (const auto& spec : item()->options)
            if (const auto it = fields.find(spec.name); it != fields.end())
                options.set(spec.name, it->second);
    return options;
}

void StructuresRoom::setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& o) {
    editor_->setItem(QString::fromStdString(item.id));
    StructureInput in;
    // The editor lists one operation per line and values with a space after each comma.
    in.operations = QString::fromStdString(o.text("ops")).split(QRegularExpression("\\s*,\\s*")).join("\n");
    in.values = QString::fromStdString(o.text("values")).split(QRegularExpression("\\s*,\\s*")).join(", ");
    in.kind = QString::fromStdString(o.text("kind", "sum"));
    in.size = static_cast<int>(o.integer("size", 8));
    editor_->setInput(in);
}

std::size_t StructuresRoom::firstStep(const run::Run& r) const {
    // A segment tree is first shown built: its build steps come before the first operation.
    const StructureLook look = lookOf(r);
    return look.starts && !look.starts->empty() ? look.starts->front() : 0;
}

void StructuresRoom::runInstalled(run::Run& r) {
    const StructureLook look = lookOf(r);
    outcomes_->setOutcomes(look.outcomes ? *look.outcomes : std::vector<Outcome>{});
    if (look.starts) legend_->setEntries(treeLegend(look.kind));
    view_->fitAll();
    Q_EMIT statusMessage(
        tr("%1 operations, %2 steps").arg(look.outcomes ? look.outcomes->size() : 0).arg(r.stepCount()));
}

void StructuresRoom::showStep(run::Run& r) {
    const StructureLook look = lookOf(r);
    if (!look.starts) return;
    const std::size_t step = r.step();
    const int op = operationAt(*look.starts, step);
    view_->setPicture(look.picture(op >= 0 ? (*look.starts)[static_cast<std::size_t>(op)] : 0));
    int done = 0;
    while (static_cast<std::size_t>(done) < look.outcomes->size() &&
           operationEnd(*look.starts, r.stepCount(), done) <= step)
        ++done;
    outcomes_->setProgress(op, done);
}

void StructuresRoom::jumpToOperation(int index) {
    const StructureLook look = run() ? lookOf(*run()) : StructureLook{};
    if (!look.starts || index < 0) return;
    playback()->pause();
    playback()->seek(operationEnd(*look.starts, run()->stepCount(), index));
}

}  // namespace stepwise::ui
