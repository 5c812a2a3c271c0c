#include "ui/rooms/GraphRoom.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <algorithm>
#include <type_traits>

#include "core/catalogue/Catalogue.h"
#include "core/common/BuiltinExamples.h"
#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/GraphFile.h"
#include "core/graph/FrontierTerms.h"
#include "core/graph/GraphText.h"
#include "core/graph/GraphTextEdit.h"
#include "core/graph/InputFit.h"
#include "core/graph/ResultSoFar.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/FrontierPanel.h"
#include "ui/panels/GraphInputEditor.h"
#include "ui/panels/ResultPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/practice/PredictStrip.h"
#include "ui/rooms/GraphBuildJob.h"
#include "ui/rooms/WorkProgress.h"
#include "ui/views/graph/GraphLegend.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"
#include "ui/views/graph/VertexItem.h"

namespace stepwise::ui {

using graph::Graph;
using graph::GraphEvent;
using graph::VertexId;

namespace {

const Graph& emptyGraph() {
    static const Graph g;
    return g;
}

QString itemOf(const QString& algorithmId) {
    return algorithmId.section(':', 0, 0);
}
QString methodOf(const QString& algorithmId) {
    return algorithmId.section(':', 1);
}

QString qname(const Graph& g, VertexId v) {
    return QString::fromStdString(g.name(v));
}

QStringList vertexNames(const Graph& g) {
    QStringList names;
    names.reserve(static_cast<qsizetype>(g.vertexCount()));
    for (VertexId v = 0; v < g.vertexCount(); ++v) names << qname(g, v);
    return names;
}

QString count(std::size_t n) {
    return QLocale().toString(static_cast<qulonglong>(n));
}

const BuiltinExample* exampleOf(const catalogue::Options& o) {
    const std::string graphName = o.text("graph");
    return graphName.starts_with("example:") ? findBuiltinExample(graphName.substr(8)) : nullptr;
}

QString textOf(const BuiltinExample& example) {
    return QString::fromUtf8(example.text.data(), static_cast<qsizetype>(example.text.size()));
}

struct Focus {
    VertexId vertex = graph::none;
    graph::ArcId arc = graph::none;
    graph::EdgeId edge = graph::none;
};

/// What the view should emphasise for an event: the vertex or the arc/edge it changed.
Focus focusOf(const GraphEvent& e) {
    return std::visit(
        [](const auto& x) -> Focus {
            using T = std::decay_t<decltype(x)>;
            namespace ev = graph::event;
            if constexpr (std::is_same_v<T, ev::Relax> || std::is_same_v<T, ev::Examine> ||
                          std::is_same_v<T, ev::Discover> || std::is_same_v<T, ev::Decrement>)
                return {graph::none, x.arc, graph::none};
            else if constexpr (std::is_same_v<T, ev::MarkEdge>)
                return {graph::none, graph::none, x.edge};
            else if constexpr (std::is_same_v<T, ev::Note>)
                return {};
            else
                return {x.v, graph::none, graph::none};
        },
        e);
}

}  // namespace

GraphRoom::GraphRoom(QWidget* parent)
    : RoomScaffold(tr("Graph search"), itemsOf(catalogue::Area::Graph), parent) {
    setObjectName("graphRoom");
    editor_ = new GraphInputEditor(this);
    view_ = new GraphView(this);
    view_->setObjectName("graphView");
    frontier_ = new FrontierPanel(this);
    result_ = new ResultPanel(this);
    progressTimer_ = new QTimer(this);
    progressTimer_->setInterval(100);

    QList<QPair<QString, QString>> algorithms;
    for (const auto& a : graph::graphCatalogue())
        algorithms.append({QString::fromStdString(a.id), QString::fromStdString(a.title)});
    editor_->setAlgorithms(algorithms);

    Layout layout;
    layout.columns = {270, 660, 470};
    layout.side = {290, 120, 190, 200};
    legend_ = new GraphLegend(this);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    // Edit mode: a checkable button over the drawing, and what the mouse does while it is on.
    auto* editBar = new QHBoxLayout;
    editBar->setContentsMargins(6, 4, 6, 4);
    editButton_ = new QToolButton(centre);
    editButton_->setObjectName("graphEditButton");
    editButton_->setText(tr("Edit with the mouse"));
    editButton_->setCheckable(true);
    editButton_->setToolTip(tr("Draw the graph with the mouse; the text follows (Ctrl+Shift+G)"));
    editHint_ = new QLabel(tr("Double-click: new vertex · drag: move · Shift+drag to a vertex: connect · "
                              "double-click an edge or its weight: retype it · Delete: remove"),
                           centre);
    editHint_->setWordWrap(true);
    editHint_->setVisible(false);
    editBar->addWidget(editButton_, 0, Qt::AlignTop);
    editBar->addWidget(editHint_, 1);
    editBar->addStretch();  // the button stays on the left while the hint is hidden
    centreLayout->addLayout(editBar);
    auto* editShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+G")), this);
    editShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    editShortcut->setWhatsThis(tr("Turn editing the graph with the mouse on or off"));
    connect(editShortcut, &QShortcut::activated, editButton_, &QToolButton::toggle);
    connect(editButton_, &QToolButton::toggled, this, &GraphRoom::setEditing);
    askWeight_ = [this](const QString& current, const QString& edge) -> std::optional<QString> {
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Edge weight"),
                                                    tr("Weight of %1 (a number such as 4, 2.5 or -1):").arg(edge),
                                                    QLineEdit::Normal, current, &ok);
        return ok ? std::optional<QString>(typed) : std::nullopt;
    };
    centreLayout->addWidget(view_, 1);
    centreLayout->addWidget(legend_);
    buildLayout(editor_, centre, {frontier_, result_}, layout);

    connect(editor_, &GraphInputEditor::runRequested, this, [this] {
        // A method picked in the editor's list is another item, or another method of this one.
        const QString algorithm = editor_->algorithmId();
        if (itemOf(algorithm) != currentItem()) selectItem(algorithm);
        else runRecorded();
    });
    connect(editor_, &GraphInputEditor::inputFailed, this, [this](const QString& m) { showBanner(m, true); });
    connect(view_, &GraphView::vertexClicked, this, &GraphRoom::onVertexClicked);
    GraphScene* scene = view_->graphScene();
    connect(scene, &GraphScene::addVertexRequested, this, &GraphRoom::editAddVertex);
    connect(scene, &GraphScene::connectRequested, this, &GraphRoom::editConnect);
    connect(scene, &GraphScene::weightRequested, this, &GraphRoom::editWeight);
    connect(scene, &GraphScene::removeVertexRequested, this, &GraphRoom::editRemoveVertex);
    connect(scene, &GraphScene::removeEdgeRequested, this, &GraphRoom::editRemoveEdge);
    connect(scene, &GraphScene::vertexMoved, this, &GraphRoom::editMoveVertex);
    connect(workProgress(), &WorkProgress::cancelled, this, &GraphRoom::cancelWork);
    connect(progressTimer_, &QTimer::timeout, this, [this] {
        if (job_) workProgress()->setFraction(job_->fraction());
    });

    // The window opens on Dijkstra (the README's first picture); its example comes from the catalogue.
    selectItem("dijkstra");
}

GraphRoom::~GraphRoom() {
    if (job_) job_->cancel();
    // The view points into the run's graph: let it go first.
    view_->setGraph(&emptyGraph(), layout::GraphLayout{});
}

StepView* GraphRoom::stepView() const {
    return view_;
}

const graph::GraphItemRun* GraphRoom::graphRun() const {
    return run() ? run()->as<graph::GraphItemRun>() : nullptr;
}

const graph::GraphState& GraphRoom::state() const {
    const auto* r = graphRun();
    return r && r->recorded() ? r->state() : *still_;
}

void GraphRoom::selectItem(const QString& id) {
    // A catalogue id ("scc") runs its last or default method; an algorithm id ("scc:kosaraju") that one.
    const QString item = itemOf(id);
    if (!catalogue::findItem(item.toStdString())) return;
    if (item == currentItem()) {
        if (!methodOf(id).isEmpty() && id != editor_->algorithmId()) {
            editor_->setAlgorithmId(id);
            runRecorded();
        }
        return;
    }
    pendingMethod_ = methodOf(id);
    RoomScaffold::selectItem(item);
    pendingMethod_.clear();
}

bool GraphRoom::applyPreset(const QString& name) {
    // A preset brings its own graph, whatever the editor holds.
    presetGraphNext_ = true;
    const bool ok = RoomScaffold::applyPreset(name);
    presetGraphNext_ = false;
    return ok;
}

QGraphicsScene* GraphRoom::exportScene() const {
    return view_->graphScene();
}
void GraphRoom::zoomIn() {
    view_->zoomIn();
}
void GraphRoom::zoomOut() {
    view_->zoomOut();
}
void GraphRoom::fitAll() {
    view_->fitAll();
}

QString GraphRoom::fileFilter() const {
    return tr("Graphs (*.graph *.txt *.dot *.gv);;All files (*)");
}

void GraphRoom::openFile(const QString& path) {
    QString error;
    if (!editor_->loadFile(path, &error)) {
        showBanner(error, true);
        return;
    }
    exampleName_.clear();
    runRecorded();
}

bool GraphRoom::applyOptions(const catalogue::Options& options, QString* error) {
    // Options name their graph as run's do; the run is built from the editor's graph, so that
    // graph is loaded first (before, `export bfs --graph FILE` drew the example).
    const std::string graph = options.text("graph");
    if (graph.starts_with("example:")) {
        const auto* example = findBuiltinExample(graph.substr(8));
        if (!example) {
            if (error) *error = tr("no built-in example named %1").arg(QString::fromStdString(graph.substr(8)));
            return false;
        }
        const QString name = QString::fromStdString(std::string(example->name));
        if (!showsUneditedExample() || exampleName_ != name) {
            editor_->setGraphText(textOf(*example), tr("example: %1").arg(name), name);
            exampleName_ = name;
        }
    } else if (!graph.empty() && (QString::fromStdString(graph) != editor_->fileName() || !exampleName_.isEmpty())) {
        QString why;
        if (!editor_->loadFile(QString::fromStdString(graph), &why)) {
            if (error) *error = why;
            return false;
        }
        exampleName_.clear();
    }
    // The options' own graph, source and target stay in the editor after the run (as a preset's).
    presetGraphNext_ = true;
    const bool ok = RoomScaffold::applyOptions(options, error);
    presetGraphNext_ = false;
    return ok;
}

void GraphRoom::setEndpointNames(const QString& source, const QString& target) {
    editor_->setSourceName(source);
    editor_->setTargetName(target);
    runRecorded();
}

void GraphRoom::setLimits(std::size_t vertexLimit, std::size_t eventLimit) {
    vertexLimit_ = vertexLimit;
    eventLimit_ = eventLimit;
}

void GraphRoom::runRecorded() {
    applyEditor();
}

void GraphRoom::runUntraced() {
    untracedNext_ = true;
    applyEditor();
    untracedNext_ = false;
}

void GraphRoom::runUntracedAs(const QString& algorithmId) {
    // The offer outlives a refused choice of item (the room went back to the previous one).
    untracedNext_ = true;
    if (itemOf(algorithmId) != currentItem())
        selectItem(algorithmId);
    else {
        editor_->setAlgorithmId(algorithmId);
        applyEditor();
    }
    untracedNext_ = false;
}

bool GraphRoom::isLayingOut() const {
    return job_ && !job_->isCancelled();
}

void GraphRoom::stopJob() {
    if (!job_) return;
    job_->cancel();
    job_ = nullptr;
    progressTimer_->stop();
    workProgress()->finish();
}

void GraphRoom::cancelWork() {
    if (!job_) return;
    stopJob();
    showBanner({}, false);
    Q_EMIT statusMessage(tr("Cancelled: the previous run is still shown"));
    returnToPreviousItem();  // a cancelled choice of item takes nothing away
}

catalogue::Options GraphRoom::editorOptions() const {
    catalogue::Options o;
    o.set("graph", showsUneditedExample() ? "example:" + exampleName_.toStdString() : editor_->fileName().toStdString());
    if (!editor_->sourceName().isEmpty()) o.set("source", editor_->sourceName().toStdString());
    if (!editor_->targetName().isEmpty()) o.set("target", editor_->targetName().toStdString());
    const QString method = methodOf(editor_->algorithmId());
    if (!method.isEmpty()) o.set("method", method.toStdString());
    return o;
}

void GraphRoom::setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& o) {
    QString algorithm = QString::fromStdString(item.id);
    const QString method = !pendingMethod_.isEmpty() ? pendingMethod_ : QString::fromStdString(o.text("method"));
    if (!method.isEmpty()) algorithm += ":" + method;
    editor_->setAlgorithmId(algorithm);
    // The graph is shared by every item: an item's own example replaces only an example nobody
    // edited (topological sort needs a directed graph), or any graph when a preset is chosen. What
    // an item saved when it was left names the graph of that moment, so only a preset's own
    // options are read here.
    const catalogue::Options own = presetGraphNext_ ? o : item.presetOptions();
    const auto* example = exampleOf(own);
    if (example && (presetGraphNext_ || editor_->graphText().isEmpty() || showsUneditedExample())) {
        if (editor_->graphText() != textOf(*example) || exampleName_.toStdString() != example->name) {
            const QString name = QString::fromStdString(std::string(example->name));
            editor_->setGraphText(textOf(*example), tr("example: %1").arg(name), name);
            exampleName_ = name;
        }
        editor_->setSourceName(QString::fromStdString(own.text("source")));
        editor_->setTargetName(QString::fromStdString(own.text("target")));
    }
}

void GraphRoom::loadExampleOf(const catalogue::CatalogueItem& item) {
    presetGraphNext_ = true;
    setEditorOptions(item, item.presetOptions());
    presetGraphNext_ = false;
}

bool GraphRoom::showsUneditedExample() const {
    if (exampleName_.isEmpty()) return false;
    const auto* example = findBuiltinExample(exampleName_.toStdString());
    return example && editor_->graphText() == textOf(*example);
}

std::shared_ptr<const Graph> GraphRoom::editorGraph() {
    const QString text = editor_->graphText();
    if (parsedGraph_ && text == parsedText_) return parsedGraph_;
    std::shared_ptr<const Graph> g;
    try {
        g = std::make_shared<const Graph>(graph::parseGraph(text.toStdString(), editor_->fileName().toStdString()));
    } catch (const InputError& e) {
        editor_->setErrorLine(e.line());  // the editor marks the line the error names
        throw;
    }
    editor_->setErrorLine(0);  // it parses: the mark of an earlier error goes
    if (g->vertexCount() == 0)
        throw InputError(tr("the graph has no vertices; write one edge per line: FROM TO [WEIGHT]").toStdString(),
                         editor_->fileName().toStdString());
    parsedText_ = text;
    parsedGraph_ = g;
    return g;
}

std::unique_ptr<run::Run> GraphRoom::buildRun(const catalogue::CatalogueItem& item, const catalogue::Options& o) {
    stopJob();  // a newer request replaces whatever is still being built
    const bool traced = !untracedNext_;
    std::shared_ptr<const Graph> graph = editorGraph();
    const Graph& g = *graph;
    const bool newGraph = graph != shownGraph_;

    const QString method = QString::fromStdString(o.text("method"));
    const std::string algorithmId = item.id + (method.isEmpty() ? std::string() : ":" + method.toStdString());
    const graph::GraphAlgorithm* algorithm = graph::findGraphAlgorithm(algorithmId);
    if (!algorithm) throw InputError("unknown method '" + method.toStdString() + "' of " + item.id);

    // A name picked from the previous graph's list that the new graph lacks is stale, not a typo:
    // fall back to the first vertex (source) or no target instead of complaining.
    auto stale = [&](const std::string& name) {
        return newGraph && shownGraph_ && shownGraph_->find(name) && !g.find(name);
    };
    graph::GraphQuery query;
    const std::string source = o.text("source");
    if (algorithm->needsSource) {
        if (source.empty() || stale(source))
            query.source = 0;
        else if (auto v = g.find(source))
            query.source = *v;
        else
            throw InputError(tr("unknown source vertex \"%1\": the graph has no vertex of that name")
                                 .arg(QString::fromStdString(source))
                                 .toStdString());
    } else if (graph::usesSource(algorithm->id) && !source.empty()) {
        if (auto v = g.find(source)) query.source = *v;  // an optional start (DFS, Prim); others take none
    }
    const std::string target = o.text("target");
    if (!target.empty() && !stale(target)) {
        if (auto v = g.find(target))
            query.target = *v;
        else
            throw InputError(tr("unknown target vertex \"%1\": the graph has no vertex of that name")
                                 .arg(QString::fromStdString(target))
                                 .toStdString());
    }
    if (algorithm->needsTarget && query.target == graph::none) query.target = static_cast<VertexId>(g.vertexCount() - 1);

    const QString title = QString::fromStdString(algorithm->title);
    if (traced && g.vertexCount() > vertexLimit_) {
        offer(tr("This graph has %1 vertices, more than the GUI can draw and step through (limit %2: %3). "
                 "Run %4 without the trace? Only the result will be shown.")
                  .arg(g.vertexCount())
                  .arg(vertexLimit_)
                  .arg(QString::fromUtf8(limits::drawnVerticesWhy), title),
              tr("Run without the trace"), [this, id = QString::fromStdString(algorithmId)] { runUntracedAs(id); });
        return nullptr;
    }
    catalogue::RunLimits runLimits;
    runLimits.eventLimit = eventLimit_;
    runLimits.record = traced;
    const std::string fileLabel = editor_->fileName().toStdString();
    auto build = [item = item.id, graph, algorithm = *algorithm, query, fileLabel, runLimits] {
        try {
            return graph::makeGraphRun(item, graph, algorithm, query, fileLabel, runLimits, runLimits.record);
        } catch (const InputError& e) {
            // The algorithm knows the line of a bad edge (a negative weight); the file is named here.
            if (e.file().empty() && e.line() > 0) throw InputError(e.message(), fileLabel, e.line());
            throw;
        }
    };
    if (g.vertexCount() > backgroundLayoutThreshold) {
        startInBackground(item, o, graph, build);
        return nullptr;
    }
    std::unique_ptr<graph::GraphItemRun> next;
    try {
        next = build();
    } catch (const InputError& e) {
        if (e.line() > 0) editor_->setErrorLine(e.line());  // a bad edge the algorithm found (a negative weight)
        offerOwnExample(item, describeInputError(e));
        return nullptr;
    }
    if (next->truncated()) {
        offer(tr("This run has more than %1 steps, more than the GUI can step through (limit %1: %2). "
                 "Run %3 without the trace? Only the result will be shown.")
                  .arg(eventLimit_)
                  .arg(QString::fromUtf8(limits::guiTraceEventsWhy), title),
              tr("Run without the trace"), [this, id = QString::fromStdString(algorithmId)] { runUntracedAs(id); });
        return nullptr;
    }
    return next;
}

void GraphRoom::offerOwnExample(const catalogue::CatalogueItem& item, const QString& why) {
    const auto* example = exampleOf(item.presetOptions());
    const QString title = QString::fromStdString(item.title);
    if (!example || exampleName_.toStdString() == example->name) {
        showBanner(why, true);
        return;
    }
    const QString name = QString::fromStdString(std::string(example->name));
    offer(tr("%1 cannot run on this graph: %2").arg(title, why),
          tr("Open its example (%1)").arg(name),
          [this, id = QString::fromStdString(item.id), itemPtr = &item] {
              loadExampleOf(*itemPtr);
              if (currentItem() == id)
                  runRecorded();
              else
                  selectItem(id);
          },
          true);
}

void GraphRoom::startInBackground(const catalogue::CatalogueItem& forItem, const catalogue::Options& options,
                                  std::shared_ptr<const Graph> graph,
                                  std::function<std::unique_ptr<graph::GraphItemRun>()> build) {
    // A force layout of thousands of vertices takes seconds, a long traced run too: both go to a
    // worker thread, and the current run stays on screen until the new one is whole.
    const bool needsLayout = layoutGraph_ != graph && graph->vertexCount() <= vertexLimit_;
    const std::string itemId = forItem.id;
    const QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    const std::string algorithmId = editor_->algorithmId().toStdString();
    auto done = [this, itemId, algorithmId, options, graph, clock](GraphBuildJob::Outcome& out) {
        job_ = nullptr;
        progressTimer_->stop();
        workProgress()->finish();
        if (!item() || item()->id != itemId) return;
        try {
            if (out.error) std::rethrow_exception(out.error);
        } catch (const InputError& e) {
            if (e.line() > 0) editor_->setErrorLine(e.line());
            offerOwnExample(*item(), describeInputError(e));
            return;
        } catch (const std::exception& e) {
            showBanner(tr("internal error while running %1: %2").arg(QString::fromStdString(itemId), e.what()), true);
            returnToPreviousItem();
            return;
        }
        if (out.run->truncated()) {
            offer(tr("This run has more than %1 steps, more than the GUI can step through (limit %1: %2). "
                     "Run it without the trace? Only the result will be shown.")
                      .arg(eventLimit_)
                      .arg(QString::fromUtf8(limits::guiTraceEventsWhy)),
                  tr("Run without the trace"), [this, id = QString::fromStdString(algorithmId)] { runUntracedAs(id); });
            returnToPreviousItem();
            return;
        }
        if (out.layout) {
            layout_ = out.layout;
            layoutGraph_ = graph;
        }
        adopt(std::move(out.run), options);
        Q_EMIT statusMessage(tr("%1 (%2 ms)").arg(tr("Built in the background")).arg(clock.elapsed()));
    };
    job_ = new GraphBuildJob(std::move(build), needsLayout ? graph : nullptr, std::move(done), this);
    const QString what = needsLayout ? tr("Laying out %1 vertices…").arg(count(graph->vertexCount()))
                                          : tr("Running on %1 vertices…").arg(count(graph->vertexCount()));
    workProgress()->start(what);
    Q_EMIT statusMessage(what);
    progressTimer_->start();
    job_->start();
}

void GraphRoom::runInstalled(run::Run& r) {
    const auto* typed = r.as<graph::GraphItemRun>();
    if (!typed) return;
    const Graph& g = *typed->graph();
    // The view points into the graph: give it the new one before the old run (and graph) goes.
    const bool newGraph = typed->graph() != shownGraph_ || view_->graphScene()->graph() != &g;
    const bool draw = g.vertexCount() <= vertexLimit_;
    const bool editing = !keepPositions_.isEmpty();  // a mouse edit: the view keeps its zoom
    if (newGraph || draw != drawn_) {
        if (draw && layoutGraph_ != typed->graph()) {
            // After a mouse edit the picture stays where it was: every vertex keeps its place.
            layout::GraphLayout kept;
            for (VertexId v = 0; v < g.vertexCount() && !keepPositions_.isEmpty(); ++v) {
                const auto at = keepPositions_.constFind(qname(g, v));
                if (at == keepPositions_.constEnd()) break;
                kept.positions.push_back({at->x(), at->y()});
            }
            layout_ = std::make_shared<const layout::GraphLayout>(
                kept.positions.size() == g.vertexCount() ? std::move(kept) : layout::layoutGraph(g, 1));
            layoutGraph_ = typed->graph();
        }
        keepPositions_.clear();
        if (draw && editing)
            view_->graphScene()->setGraph(&g, *layout_);
        else if (draw)
            view_->setGraph(&g, *layout_);
        else
            view_->setGraph(&emptyGraph(), layout::GraphLayout{});
        if (typed->graph() != shownGraph_) editor_->setVertexNames(vertexNames(g));
        shownGraph_ = typed->graph();
        drawn_ = draw;
        if (draw && !editing) view_->fitAll();
    }
    still_.reset();
    if (!typed->recorded()) still_ = graph::GraphState::initial(g, graph::FrontierOrder::Fifo);

    const graph::GraphQuery& q = typed->query();
    editor_->setAlgorithmId(QString::fromStdString(typed->algorithm().id));
    editor_->setSourceName(q.source != graph::none ? qname(g, q.source) : QString());
    editor_->setTargetName(q.target != graph::none ? qname(g, q.target) : QString());
    editor_->setEndpointNeeds(typed->algorithm().needsSource || graph::usesSource(typed->algorithm().id),
                              typed->algorithm().needsTarget);
    if (drawn_) view_->setEndpoints(q.source, q.target);
    const bool weighted =
        std::any_of(g.edges().begin(), g.edges().end(), [](const graph::Edge& e) { return e.weight != 1.0; });
    const graph::FrontierTerms terms = graph::frontierTerms(typed->algorithm().id);
    legend_->setMeaning(terms.shows == graph::PanelShows::Sets ? QString() : QString::fromStdString(terms.columnName),
                        weighted);
    legend_->setComponentsShown(terms.groupsAreComponents);
    view_->graphScene()->setComponentsShown(terms.groupsAreComponents);
    legend_->setVisible(drawn_);
    if (!typed->recorded()) result_->showResult(g, q, typed->finalResult(), tr("Computed without the trace:"));
    if (!typed->recorded() && bannerText().isEmpty())
        showBanner(tr("Ran without the trace: the result is on the right."), false);
    if (const std::string note = graph::fitNote(typed->algorithm().id, g); !note.empty() && bannerText().isEmpty())
        showBanner(QString::fromStdString(note), false);
    Q_EMIT statusMessage(tr("%1 on %2 vertices and %3 edges: %4 steps")
                             .arg(QString::fromStdString(typed->title()))
                             .arg(g.vertexCount())
                             .arg(g.edgeCount())
                             .arg(typed->stepCount()));
    Q_EMIT sessionInstalled();
}

void GraphRoom::showStep(run::Run& r) {
    const auto* typed = r.as<graph::GraphItemRun>();
    if (!typed) return;
    if (!typed->recorded()) {
        if (drawn_) view_->showState(*still_);
        frontier_->clear();
        explanation()->setExplanation(tr("No steps"),
                                      tr("This run was computed without the trace, so there are no "
                                         "steps to walk through. The result is on the right."));
        return;
    }
    const graph::GraphState& state = typed->state();
    if (drawn_) view_->showState(state);
    const graph::FrontierTerms terms = graph::frontierTerms(typed->algorithm().id);
    if (terms.shows == graph::PanelShows::Pass) {
        const graph::PassAtStep pass = graph::passAtStep(typed->timeline().trace(), r.step());
        frontier_->showState(state, terms, &pass);
    } else {
        frontier_->showState(state, terms);
    }
    // The result as it stands at this step; the final one at the end.
    const graph::GraphQuery& q = typed->query();
    if (r.atEnd())
        result_->showResult(*typed->graph(), q, typed->finalResult(), tr("At the end of the run:"));
    else
        result_->showResult(*typed->graph(), q, graph::resultSoFar(state, typed->finalResult()),
                            tr("So far, at step %1 of %2 (the final result at the end):").arg(r.step()).arg(r.stepCount()));
    if (!drawn_) return;
    if (r.atStart()) {
        view_->setFocusVertex(graph::none);
        view_->setFocusArc(graph::none);
        return;
    }
    const Focus f = focusOf(typed->timeline().lastEvent());
    view_->setFocusVertex(f.vertex);
    if (f.edge != graph::none)
        view_->graphScene()->setFocusEdge(f.edge);
    else
        view_->setFocusArc(f.arc);
}

void GraphRoom::onVertexClicked(VertexId v) {
    const auto* r = graphRun();
    if (!r || v >= r->graph()->vertexCount()) return;
    const QString name = qname(*r->graph(), v);
    if (predictStrip()->answerVertex(name)) return;  // a pending prediction takes the click
    editor_->setSourceName(name);
    Q_EMIT statusMessage(tr("Source: %1").arg(name));
    runRecorded();
}


void GraphRoom::setEditing(bool editing) {
    if (editButton_->isChecked() != editing) editButton_->setChecked(editing);  // comes back here
    view_->graphScene()->setEditing(editing);
    editHint_->setVisible(editing);
    // Checked or not in words too: a pressed look alone is faint in some styles.
    editButton_->setText(editing ? tr("✓ Editing with the mouse") : tr("Edit with the mouse"));
    view_->setAccessibleDescription(editing ? tr("The graph, being edited: double-click to add a vertex, "
                                                 "Shift+drag to connect, double-click an edge to set its weight, "
                                                 "Delete to remove")
                                            : tr("The graph being searched. Click a vertex to choose it."));
    if (editing) view_->setFocus();
    if (editing && isDotText()) offerEdgeListText();  // said at once, not after the first gesture fails
    Q_EMIT statusMessage(editing ? tr("Editing the graph with the mouse") : tr("Editing with the mouse is off"));
}

bool GraphRoom::isEditing() const {
    return editButton_->isChecked();
}

QHash<QString, QPointF> GraphRoom::drawnPositions() const {
    QHash<QString, QPointF> at;
    const GraphScene* scene = view_->graphScene();
    const Graph* g = scene->graph();
    if (!g) return at;
    for (VertexId v = 0; v < g->vertexCount(); ++v)
        if (const VertexItem* item = scene->vertexItem(v)) at.insert(qname(*g, v), item->pos());
    return at;
}

graph::Point GraphRoom::textPosition(QPointF scenePos) const {
    // The given-positions layout scales and shifts the text's coordinates; undo that with the two
    // vertices farthest apart in the text (a graph of one vertex: shift only).
    const Graph* g = shownGraph_.get();
    if (!g || !g->hasPositions() || !layout_ || layout_->positions.size() != g->vertexCount() || g->vertexCount() == 0)
        return {scenePos.x(), scenePos.y()};
    VertexId far = 0;
    double farthest = 0;
    const graph::Point p0 = g->position(0);
    for (VertexId v = 1; v < g->vertexCount(); ++v) {
        const double d = std::hypot(g->position(v).x - p0.x, g->position(v).y - p0.y);
        if (d > farthest) {
            farthest = d;
            far = v;
        }
    }
    const graph::Point l0 = layout_->positions[0];
    double scale = 1;
    if (far != 0 && farthest > 0) {
        const graph::Point lf = layout_->positions[far];
        scale = std::hypot(lf.x - l0.x, lf.y - l0.y) / farthest;
        if (!(scale > 0)) scale = 1;
    }
    // Rounded to 0.01: the text stays readable.
    auto round = [](double x) { return std::round(x * 100) / 100; };
    return {round(p0.x + (scenePos.x() - l0.x) / scale), round(p0.y + (scenePos.y() - l0.y) / scale)};
}

void GraphRoom::applyTextEdit(const std::function<std::string(const std::string& text, const Graph& g)>& edit) {
    const QString before = editor_->graphText();
    if (!shownGraph_ || before != parsedText_ || parsedGraph_ != shownGraph_) {
        keepPositions_.clear();
        showBanner(tr("The text was changed since the graph was drawn: run it first (Ctrl+Return), then edit "
                      "with the mouse."),
                   true);
        return;
    }
    if (isDotText()) {
        offerEdgeListText();
        return;
    }
    std::string next;
    try {
        const std::string text = before.toStdString();
        next = edit(text, graph::parseGraphText(text, "editor"));
        if (next == text) {  // cancelled: nothing to re-run
            keepPositions_.clear();
            return;
        }
    } catch (const InputError& e) {
        keepPositions_.clear();
        showBanner(describeInputError(e), true);
        return;
    }
    if (keepPositions_.isEmpty()) keepPositions_ = drawnPositions();
    const QString fileName = editor_->fileName();
    editor_->setGraphText(QString::fromStdString(next), tr("edited with the mouse"), "editor");
    showBanner({}, false);
    if (!applyEditor() && !isLayingOut()) {
        // The run refused the new text (a negative weight for Dijkstra...): its banner says why, and
        // the text goes back to what is drawn.
        keepPositions_.clear();
        editor_->setGraphText(before, tr("edited with the mouse"), fileName);
        parsedText_ = before;  // the drawn graph is this text's again
        parsedGraph_ = shownGraph_;
    }
}

bool GraphRoom::isDotText() const {
    return graph::detectGraphFormat({}, editor_->graphText().toStdString()) == graph::GraphFormat::Dot;
}

void GraphRoom::offerEdgeListText() {
    keepPositions_.clear();
    // An offer, not an error: nothing went wrong, the text is just in the other format.
    offer(tr("This graph is DOT; the mouse edits edge-list text. Converted, it keeps its edges, weights and "
             "positions (DOT comments and other attributes go)."),
          tr("Convert to edge-list text"), [this] { convertToEdgeList(); });
}

void GraphRoom::convertToEdgeList() {
    std::string converted;
    try {
        converted = graph::toGraphText(graph::parseGraph(editor_->graphText().toStdString(), "editor"));
    } catch (const InputError& e) {
        showBanner(describeInputError(e), true);  // a name edge-list text cannot write, say
        return;
    }
    editor_->setGraphText(QString::fromStdString(converted), tr("converted from DOT"), "editor");
    showBanner({}, false);
    applyEditor();
}

void GraphRoom::editAddVertex(QPointF scenePos) {
    const graph::Point at = textPosition(scenePos);
    const bool positioned = shownGraph_ && shownGraph_->hasPositions();
    QString added;
    keepPositions_ = drawnPositions();
    applyTextEdit([&](const std::string& text, const Graph& g) {
        const std::string name = graph::nextFreeVertexName(g);
        added = QString::fromStdString(name);
        keepPositions_.insert(added, scenePos);
        return graph::addVertexToText(text, g, name, positioned ? std::optional<graph::Point>(at) : std::nullopt);
    });
}

namespace {

QString edgeName(const Graph& g, VertexId from, VertexId to) {
    return qname(g, from) + (g.directed() ? QStringLiteral(" → ") : QStringLiteral(" – ")) + qname(g, to);
}

}  // namespace

void GraphRoom::editConnect(VertexId from, VertexId to) {
    if (!shownGraph_ || from >= shownGraph_->vertexCount() || to >= shownGraph_->vertexCount()) return;
    applyTextEdit([&](const std::string& text, const Graph& g) {
        // Refused before asking (a second edge between the two): the weight would be typed for nothing.
        (void)graph::addEdgeToText(text, g, from, to, 1.0);
        // The new edge's weight, typed at once; Escape keeps the default 1.
        const std::optional<QString> typed = askWeight_ ? askWeight_(QStringLiteral("1"), edgeName(g, from, to))
                                                        : std::nullopt;
        const double weight = typed ? graph::parseTypedWeight(typed->toStdString()) : 1.0;
        return graph::addEdgeToText(text, g, from, to, weight);
    });
}

void GraphRoom::editWeight(graph::EdgeId e) {
    if (!shownGraph_ || e >= shownGraph_->edgeCount()) return;
    applyTextEdit([&](const std::string& text, const Graph& g) {
        const graph::Edge& edge = g.edge(e);
        const QString current = QString::fromStdString(graph::formatNumberExact(edge.weight));
        const std::optional<QString> typed = askWeight_ ? askWeight_(current, edgeName(g, edge.from, edge.to))
                                                        : std::nullopt;
        if (!typed) return text;  // Escape: as it was
        return graph::setEdgeWeightInText(text, g, e, graph::parseTypedWeight(typed->toStdString()));
    });
}

void GraphRoom::editRemoveVertex(VertexId v) {
    if (!shownGraph_ || v >= shownGraph_->vertexCount()) return;
    applyTextEdit([&](const std::string& text, const Graph& g) { return graph::removeVertexFromText(text, g, v); });
}

void GraphRoom::editRemoveEdge(graph::EdgeId e) {
    if (!shownGraph_ || e >= shownGraph_->edgeCount()) return;
    applyTextEdit([&](const std::string& text, const Graph& g) { return graph::removeEdgeFromText(text, g, e); });
}

void GraphRoom::editMoveVertex(VertexId v, QPointF scenePos) {
    if (!shownGraph_ || v >= shownGraph_->vertexCount() || !layout_ || layout_->positions.size() != shownGraph_->vertexCount())
        return;
    if (shownGraph_->hasPositions()) {
        // The text has positions: the move is an edit of the vertex's `@` line.
        const graph::Point at = textPosition(scenePos);
        keepPositions_ = drawnPositions();
        applyTextEdit([&](const std::string& text, const Graph& g) {
            return graph::setVertexPositionInText(text, g, v, at);
        });
        return;
    }
    // No positions in the text: only the drawing moves; its edges are redrawn where the vertex went.
    auto moved = std::make_shared<layout::GraphLayout>(*layout_);
    moved->positions[v] = {scenePos.x(), scenePos.y()};
    layout_ = moved;
    view_->graphScene()->setGraph(shownGraph_.get(), *layout_);
    if (run()) {
        const graph::GraphQuery& q = graphRun()->query();
        view_->setEndpoints(q.source, q.target);
        showStep(*run());
    }
}

}  // namespace stepwise::ui
