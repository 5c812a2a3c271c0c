#include "ui/rooms/GraphRoom.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>
#include <type_traits>

#include "core/catalogue/Catalogue.h"
#include "core/common/BuiltinExamples.h"
#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/GraphFile.h"
#include "core/graph/GraphItemRun.h"
#include "core/run/Run.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/FrontierPanel.h"
#include "ui/panels/GraphInputEditor.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/panels/ResultPanel.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"

namespace stepwise::ui {

using graph::Graph;
using graph::GraphEvent;
using graph::VertexId;

namespace {

const Graph& emptyGraph() {
    static const Graph g;
    return g;
}

/// "editor, line 3: expected ..." / "maps/x.graph, line 3: ..." / the plain message without a place.
QString describe(const InputError& e) {
    QString where = QString::fromStdString(e.file());
    if (e.line() > 0)
        where += (where.isEmpty() ? QString() : QString(", ")) + GraphRoom::tr("line %1").arg(e.line());
    const QString message = QString::fromStdString(e.message());
    return where.isEmpty() ? message : where + ": " + message;
}

/// The catalogue item of an algorithm: "scc" for "scc:tarjan" (methods are the item's options).
QString itemOf(const QString& algorithmId) {
    return algorithmId.section(':', 0, 0);
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

GraphRoom::GraphRoom(QWidget* parent) : Room(parent) {
    setObjectName("graphRoom");
    editor_ = new GraphInputEditor(this);
    view_ = new GraphView(this);
    view_->setObjectName("graphView");
    controller_ = new PlaybackController(this);
    playbackBar_ = new PlaybackBar(controller_, this);
    pseudocode_ = new PseudocodePanel(this);
    explanation_ = new ExplanationPanel(this);
    frontier_ = new FrontierPanel(this);
    result_ = new ResultPanel(this);

    QList<QPair<QString, QString>> algorithms;
    for (const auto& a : graph::graphCatalogue())
        algorithms.append({QString::fromStdString(a.id), QString::fromStdString(a.title)});
    editor_->setAlgorithms(algorithms);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(view_, 1);
    centreLayout->addWidget(playbackBar_);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName("graphRoomRight");
    right->setChildrenCollapsible(false);
    right->addWidget(pseudocode_);
    right->addWidget(explanation_);
    right->addWidget(frontier_);
    right->addWidget(result_);
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 0);
    right->setStretchFactor(2, 1);
    right->setStretchFactor(3, 1);
    right->setSizes({290, 120, 190, 200});

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName("graphRoomSplitter");
    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(editor_);
    splitter_->addWidget(centre);
    splitter_->addWidget(right);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setStretchFactor(2, 0);
    splitter_->setSizes({270, 660, 470});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(splitter_);

    connect(editor_, &GraphInputEditor::runRequested, this, &GraphRoom::runRecorded);
    connect(editor_, &GraphInputEditor::untracedRunRequested, this, &GraphRoom::runUntraced);
    connect(controller_, &PlaybackController::stepChanged, this, &GraphRoom::showStep);
    connect(view_, &GraphView::vertexClicked, this, &GraphRoom::onVertexClicked);

    loadExample();
}

GraphRoom::~GraphRoom() {
    ++layoutTicket_;
    if (layoutThread_) layoutThread_->wait();
}

StepView* GraphRoom::stepView() const {
    return view_;
}

QString GraphRoom::areaTitle() const {
    return tr("Graph search");
}

QList<RoomItem> GraphRoom::items() const {
    QList<RoomItem> list;
    for (const auto& item : catalogue::catalogue())
        if (item.area == catalogue::Area::Graph)
            list.append({QString::fromStdString(item.id), QString::fromStdString(item.title),
                         QString::fromStdString(item.summary)});
    return list;
}

QString GraphRoom::currentItem() const {
    return itemOf(editor_->algorithmId());
}

void GraphRoom::selectItem(const QString& id) {
    // A catalogue id ("scc") runs its default method; an algorithm id ("scc:kosaraju") that one.
    QString algorithm = id;
    if (const auto* item = catalogue::findItem(id.toStdString())) {
        if (item->area != catalogue::Area::Graph || id == currentItem()) return;
        // Over an example nobody edited, an item shows its own example (topological sort needs a
        // directed graph, A* positions): the same run as `stepwise-cli run ID`. A user's graph stays.
        if (showsUneditedExample()) {
            loadItemExample(*item);
            return;
        }
        for (const auto& spec : item->options)
            if (spec.name == "method" && !spec.defaultValue.empty())
                algorithm = id + ":" + QString::fromStdString(spec.defaultValue);
    }
    if (!graph::findGraphAlgorithm(algorithm.toStdString()) || algorithm == editor_->algorithmId()) return;
    editor_->setAlgorithmId(algorithm);
    runRecorded();
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
        editor_->showError(error);
        return;
    }
    runRecorded();
}

void GraphRoom::loadExample() {
    // The window opens on Dijkstra (the README's first picture); its example comes from the catalogue.
    if (const auto* item = catalogue::findItem("dijkstra")) loadItemExample(*item);
}

void GraphRoom::loadItemExample(const catalogue::CatalogueItem& item) {
    const catalogue::Options o = item.presetOptions();
    const std::string graphName = o.text("graph");
    const auto* example =
        graphName.starts_with("example:") ? findBuiltinExample(graphName.substr(8)) : nullptr;
    if (!example) return;  // every graph item's example is a built-in graph (tested in core)
    const QString name = QString::fromStdString(std::string(example->name));
    editor_->setGraphText(
        QString::fromUtf8(example->text.data(), static_cast<qsizetype>(example->text.size())),
        tr("example: %1").arg(name), name);
    exampleName_ = name;
    QString algorithm = QString::fromStdString(item.id);
    if (o.has("method")) algorithm += ":" + QString::fromStdString(o.text("method"));
    editor_->setAlgorithmId(algorithm);
    editor_->setSourceName(QString::fromStdString(o.text("source")));
    editor_->setTargetName(QString::fromStdString(o.text("target")));
    runRecorded();
}

bool GraphRoom::showsUneditedExample() const {
    if (exampleName_.isEmpty()) return false;
    const auto* example = findBuiltinExample(exampleName_.toStdString());
    return example && editor_->graphText() == QString::fromUtf8(example->text.data(),
                                                                static_cast<qsizetype>(example->text.size()));
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
    run(true);
}
void GraphRoom::runUntraced() {
    run(false);
}

void GraphRoom::run(bool traced) {
    QElapsedTimer clock;
    clock.start();
    auto next = std::make_unique<GraphSession>();
    next->text = editor_->graphText();
    const bool newGraph = !(session_ && session_->text == next->text);
    if (!newGraph) {
        next->graph = session_->graph;
        next->layout = session_->layout;
    } else {
        try {
            next->graph = std::make_shared<const Graph>(
                graph::parseGraph(next->text.toStdString(), editor_->fileName().toStdString()));
        } catch (const InputError& e) {
            editor_->showError(describe(e));
            return;
        }
    }
    const Graph& g = *next->graph;
    if (g.vertexCount() == 0) {
        editor_->showError(tr("%1: the graph has no vertices; write one edge per line: FROM TO [WEIGHT]")
                               .arg(editor_->fileName()));
        return;
    }

    const auto* algorithm = graph::findGraphAlgorithm(editor_->algorithmId().toStdString());
    if (!algorithm) algorithm = &graph::graphCatalogue().front();
    next->algorithm = algorithm;

    // A name picked from the previous graph's list that the new graph lacks is stale, not a typo:
    // fall back to the first vertex (source) or no target instead of complaining.
    auto staleName = [&](const QString& name) {
        return newGraph && session_ && session_->graph->find(name.toStdString()).has_value();
    };
    const QString sourceName = editor_->sourceName();
    if (algorithm->needsSource) {
        if (sourceName.isEmpty() || (staleName(sourceName) && !g.find(sourceName.toStdString())))
            next->query.source = 0;
        else if (auto v = g.find(sourceName.toStdString()))
            next->query.source = *v;
        else {
            editor_->showError(
                tr("unknown source vertex \"%1\": the graph has no vertex of that name").arg(sourceName));
            return;
        }
    } else if (auto v = g.find(sourceName.toStdString())) {
        next->query.source = *v;  // harmless to pass; some algorithms start from it when given
    }
    const QString targetName = editor_->targetName();
    if (!targetName.isEmpty() && !(staleName(targetName) && !g.find(targetName.toStdString()))) {
        if (auto v = g.find(targetName.toStdString()))
            next->query.target = *v;
        else {
            editor_->showError(
                tr("unknown target vertex \"%1\": the graph has no vertex of that name").arg(targetName));
            return;
        }
    }
    if (algorithm->needsTarget && next->query.target == graph::none)
        next->query.target = static_cast<VertexId>(g.vertexCount() - 1);

    if (traced && g.vertexCount() > vertexLimit_) {
        editor_->offerUntracedRun(
            tr("This graph has %1 vertices, more than the GUI can draw and step through "
               "(limit %2). Run without the trace? Only the result will be shown.")
                .arg(g.vertexCount())
                .arg(vertexLimit_));
        return;
    }

    graph::GraphRun run;
    try {
        run = algorithm->run(g, next->query, traced, eventLimit_);
    } catch (const InputError& e) {
        editor_->showError(describe(e));
        return;
    } catch (const std::exception& e) {
        editor_->showError(
            tr("internal error while running %1: %2").arg(QString::fromStdString(algorithm->id), e.what()));
        return;
    }
    if (run.truncated) {
        editor_->offerUntracedRun(tr("This run has more than %1 steps, more than the GUI can step through "
                                     "(limit %1). Run without the trace? Only the result will be shown.")
                                      .arg(eventLimit_));
        return;
    }
    next->result = std::move(run.result);
    if (run.recorded)
        next->timeline.emplace(std::move(run.initial), std::move(run.trace));
    else
        next->still = graph::GraphState::initial(g, graph::FrontierOrder::Fifo);

    next->drawn = g.vertexCount() <= vertexLimit_;
    if (newGraph && next->drawn && g.vertexCount() > backgroundLayoutThreshold && !syncLayout_) {
        layOutInBackground(std::move(next), traced);
        return;
    }
    if (newGraph && next->drawn)
        next->layout = std::make_shared<const layout::GraphLayout>(layout::layoutGraph(g, 1));
    install(std::move(next), newGraph);
    announce(traced, clock.elapsed());
}

void GraphRoom::layOutInBackground(std::unique_ptr<GraphSession> next, bool traced) {
    // A force layout of thousands of vertices takes seconds: compute it off the GUI thread and keep
    // showing the current session meanwhile. A newer run or install makes this one stale (ticket).
    const std::uint64_t ticket = ++layoutTicket_;
    const std::size_t vertices = next->graph->vertexCount();
    auto pending = std::shared_ptr<GraphSession>(std::move(next));
    auto positions = std::make_shared<layout::GraphLayout>();
    QThread* thread =
        QThread::create([pending, positions] { *positions = layout::layoutGraph(*pending->graph, 1); });
    layoutThread_ = thread;
    auto* clock = new QElapsedTimer;
    clock->start();
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, ticket, pending, positions, traced, clock] {
        const qint64 ms = clock->elapsed();
        delete clock;
        if (ticket != layoutTicket_) return;
        auto session = std::make_unique<GraphSession>(std::move(*pending));
        session->layout = std::make_shared<const layout::GraphLayout>(std::move(*positions));
        install(std::move(session), true);
        announce(traced, ms);
    });
    editor_->showInfo(tr("Laying out %1 vertices…").arg(vertices));
    Q_EMIT statusMessage(tr("Laying out %1 vertices…").arg(vertices));
    thread->start(QThread::LowPriority);
}

bool GraphRoom::isLayingOut() const {
    return layoutThread_ && layoutThread_->isRunning();
}

void GraphRoom::announce(bool traced, qint64 ms) {
    if (!session_) return;
    if (!traced) editor_->showInfo(tr("Ran without the trace: the result is on the right."));
    const Graph& g = *session_->graph;
    Q_EMIT statusMessage(tr("%1 on %2 vertices and %3 edges: %4 steps (%5 ms)")
                             .arg(QString::fromStdString(session_->algorithm->title))
                             .arg(g.vertexCount())
                             .arg(g.edgeCount())
                             .arg(session_->stepCount())
                             .arg(ms));
}

void GraphRoom::install(std::unique_ptr<GraphSession> next, bool newGraph) {
    ++layoutTicket_;  // whatever layout is still running belongs to an older request
    const QString previousItem =
        session_ && session_->algorithm ? itemOf(QString::fromStdString(session_->algorithm->id)) : QString();
    const Graph& g = *next->graph;
    // The view points into the graph: give it the new one before the old session (and graph) goes.
    const bool redraw = newGraph || !session_ || session_->drawn != next->drawn;
    if (redraw) {
        if (next->drawn)
            view_->setGraph(&g, *next->layout);
        else
            view_->setGraph(&emptyGraph(), layout::GraphLayout{});
        if (newGraph) editor_->setVertexNames(vertexNames(g));
    }
    const bool drawn = next->drawn;
    narration_.reset();
    ++installs_;
    session_ = std::move(next);
    const GraphSession& s = *session_;

    editor_->clearMessage();
    editor_->setSourceName(s.query.source != graph::none ? qname(g, s.query.source) : QString());
    editor_->setTargetName(s.query.target != graph::none ? qname(g, s.query.target) : QString());
    syncAlgorithmNeeds();
    if (drawn) view_->setEndpoints(s.query.source, s.query.target);
    pseudocode_->setLines(s.algorithm->pseudocode);
    result_->showResult(g, s.query, s.result,
                        s.timeline ? tr("At the end of the run:") : tr("Computed without the trace:"));
    if (redraw && drawn) view_->fitAll();
    controller_->reset(s.stepCount());  // shows step 0
    const QString item = itemOf(QString::fromStdString(s.algorithm->id));
    if (item != previousItem) Q_EMIT currentItemChanged(item);
    Q_EMIT sessionInstalled();
}

run::Run* GraphRoom::currentRun() const {
    if (!session_ || !session_->timeline || !session_->algorithm) return nullptr;
    if (!narration_) {
        catalogue::RunLimits limits;
        limits.eventLimit = eventLimit_;
        try {
            narration_ = graph::makeGraphRun(itemOf(QString::fromStdString(session_->algorithm->id)).toStdString(),
                                             session_->graph, *session_->algorithm, session_->query,
                                             editor_->fileName().toStdString(), limits);
        } catch (const std::exception&) {
            return nullptr;  // it ran once already, so this does not happen
        }
    }
    narration_->seek(controller_->step());
    return narration_.get();
}

catalogue::Options GraphRoom::currentOptions() const {
    catalogue::Options o;
    if (!session_ || !session_->algorithm) return o;
    const Graph& g = *session_->graph;
    o.set("graph", showsUneditedExample() ? "example:" + exampleName_.toStdString() : editor_->fileName().toStdString());
    const QString id = QString::fromStdString(session_->algorithm->id);
    if (id.contains(':')) o.set("method", id.section(':', 1).toStdString());
    if (session_->query.source != graph::none) o.set("source", g.name(session_->query.source));
    if (session_->query.target != graph::none) o.set("target", g.name(session_->query.target));
    return o;
}

bool GraphRoom::applyOptions(const catalogue::Options& o, QString* error) {
    auto fail = [error](const QString& why) {
        if (error) *error = why;
        return false;
    };
    const std::string value = o.text("graph");
    if (value.starts_with("example:")) {
        const auto* example = findBuiltinExample(value.substr(8));
        if (!example) return fail(tr("unknown example %1").arg(QString::fromStdString(value)));
        const QString name = QString::fromStdString(std::string(example->name));
        editor_->setGraphText(QString::fromUtf8(example->text.data(), static_cast<qsizetype>(example->text.size())),
                              tr("example: %1").arg(name), name);
        exampleName_ = name;
    } else if (!value.empty()) {
        QString why;
        if (!editor_->loadFile(QString::fromStdString(value), &why)) return fail(why);
        exampleName_.clear();
    }
    QString algorithm = currentItem();
    if (const auto* item = catalogue::findItem(algorithm.toStdString()))
        for (const auto& spec : item->options)
            if (spec.name == "method") {
                const std::string method = o.text("method", spec.defaultValue);
                if (!method.empty()) algorithm += ":" + QString::fromStdString(method);
            }
    editor_->setAlgorithmId(algorithm);
    editor_->setSourceName(QString::fromStdString(o.text("source")));
    editor_->setTargetName(QString::fromStdString(o.text("target")));
    const std::uint64_t before = installs_;
    syncLayout_ = true;
    runRecorded();
    syncLayout_ = false;
    return installs_ != before || fail(editor_->messageText());
}

void GraphRoom::syncAlgorithmNeeds() {
    if (const auto* a = graph::findGraphAlgorithm(editor_->algorithmId().toStdString()))
        editor_->setEndpointNeeds(a->needsSource, a->needsTarget);
}

void GraphRoom::showStep(std::size_t step) {
    if (!session_) return;
    GraphSession& s = *session_;
    if (!s.timeline) {
        if (s.drawn) view_->showState(s.state());
        frontier_->clear();
        pseudocode_->setCurrentLine(-1);
        explanation_->setExplanation(tr("No steps"),
                                     tr("This run was computed without the trace, so there are no "
                                        "steps to walk through. The result is below."));
        return;
    }
    s.timeline->seek(step);
    const graph::GraphState& state = s.timeline->state();
    if (s.drawn) view_->showState(state);
    frontier_->showState(state);
    const std::size_t count = s.timeline->stepCount();
    if (step == 0) {
        pseudocode_->setCurrentLine(-1);
        view_->setFocusVertex(graph::none);
        view_->setFocusArc(graph::none);
        explanation_->setExplanation(
            tr("Step 0 of %1").arg(count),
            count == 0 ? tr("This run has no steps.")
                       : QString::fromStdString(graph::startSentence(*s.algorithm, *s.graph, s.query)));
        return;
    }
    const GraphEvent& e = s.timeline->lastEvent();
    const int line = s.algorithm->lineOf ? s.algorithm->lineOf(e) : -1;
    pseudocode_->setCurrentLine(line);
    const std::string sentence =
        s.algorithm->explain ? s.algorithm->explain(state, e, s.timeline->trace()) : std::string();
    const QString where = line >= 0 ? tr("Step %1 of %2 · line %3").arg(step).arg(count).arg(line + 1)
                                    : tr("Step %1 of %2").arg(step).arg(count);
    explanation_->setExplanation(where, QString::fromStdString(sentence));
    if (s.drawn) {
        const Focus f = focusOf(e);
        view_->setFocusVertex(f.vertex);
        if (f.edge != graph::none)
            view_->graphScene()->setFocusEdge(f.edge);
        else
            view_->setFocusArc(f.arc);
    }
}

void GraphRoom::onVertexClicked(VertexId v) {
    if (!session_ || v >= session_->graph->vertexCount()) return;
    const QString name = qname(*session_->graph, v);
    editor_->setSourceName(name);
    Q_EMIT statusMessage(tr("Source: %1").arg(name));
    runRecorded();
}

}  // namespace stepwise::ui
