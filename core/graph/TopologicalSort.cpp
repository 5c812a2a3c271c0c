#include "core/graph/TopologicalSort.h"

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {

void requireDirected(const Graph& g) {
    if (!g.directed()) throw InputError("topological sort needs a directed graph");
}

std::vector<ArcId> cycleAmongRemaining(const Graph& g, const std::vector<std::uint32_t>& remaining) {
    const std::size_t n = g.vertexCount();
    // Every remaining vertex has an arc from another remaining one: walking those arcs backwards
    // must come back to a vertex already walked, and the loop in between is a cycle.
    std::vector<ArcId> predecessor(n, none);
    VertexId start = none;
    for (ArcId a = 0; a < g.arcCount(); ++a)
        if (remaining[g.tail(a)] > 0 && remaining[g.head(a)] > 0) {
            predecessor[g.head(a)] = a;
            start = g.head(a);
        }
    std::vector<std::uint32_t> step(n, none);
    std::vector<VertexId> walk;
    VertexId x = start;
    while (step[x] == none) {
        step[x] = static_cast<std::uint32_t>(walk.size());
        walk.push_back(x);
        x = g.tail(predecessor[x]);
    }
    // walk[step[x]..] entered backwards: x ← walk[last] ← … ← walk[step[x]] = x; reverse for arc order.
    std::vector<ArcId> arcs;
    for (std::size_t i = walk.size(); i-- > step[x];) arcs.push_back(predecessor[walk[i]]);
    return arcs;
}

GraphState kahnInitialState(const Graph& g) {
    GraphState s = GraphState::initial(g, FrontierOrder::Fifo);
    s.distance.assign(g.vertexCount(), 0.0);
    for (VertexId v : g.heads()) s.distance[v] += 1;
    return s;
}

namespace {

std::string countText(std::size_t k, const char* one, const char* many) {
    return std::to_string(k) + " " + (k == 1 ? one : many);
}

/// The cycle events both methods share.
std::string explainCycle(const GraphState& s, const GraphEvent& e) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::SetStatus>(&e)) return g.name(x->v) + " lies on the cycle";
    if (auto* x = std::get_if<event::MarkEdge>(&e)) {
        const Edge& edge = g.edge(x->edge);
        return g.name(edge.from) + "→" + g.name(edge.to) + " is an edge of the cycle";
    }
    return {};
}

std::string placedList(const Graph& g, const std::vector<VertexId>& vertices, bool reversed) {
    constexpr std::size_t kShown = 10;
    std::string text;
    const std::size_t n = vertices.size();
    for (std::size_t i = 0; i < n && i < kShown; ++i) {
        const VertexId v = reversed ? vertices[n - 1 - i] : vertices[i];
        text += (i ? " " : "") + g.name(v);
    }
    if (n > kShown) text += " …";
    return text;
}

enum KahnLine { kCount, kEnqueue, kLoop, kDequeue, kDecrement, kLeftOver };

std::string explainKahn(const GraphState& s, const GraphEvent& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Push>(&e))
        return g.name(x->v) + " has in-degree 0 (no unplaced vertex points to it): it joins the queue";
    if (auto* x = std::get_if<event::Settle>(&e))
        return "dequeue " + g.name(x->v) + ": it is number " + std::to_string(s.order.size()) +
               " in the topological order (" + placedList(g, s.order, false) + ")";
    if (auto* x = std::get_if<event::Decrement>(&e)) {
        const VertexId v = g.head(x->arc);
        return "remove " + arcLabel(g, x->arc) + ": " + g.name(v) + "'s in-degree drops to " +
               formatNumber(s.distance[v]);
    }
    if (auto* x = std::get_if<event::Note>(&e); x && x->kind == event::NoteKind::CycleFound)
        return "the queue is empty with " + std::to_string(s.order.size()) + " of " +
               std::to_string(g.vertexCount()) +
               " vertices placed: every vertex left has an edge from another one left, so following those "
               "edges "
               "backwards finds a cycle of " +
               countText(x->b, "vertex", "vertices") + ", closed by " + arcLabel(g, x->a) +
               ". No topological order exists";
    if (auto text = explainCycle(s, e); !text.empty()) return text;
    return {};
}

int kahnLine(const GraphEvent& e) {
    if (std::holds_alternative<event::Push>(e)) return kEnqueue;
    if (std::holds_alternative<event::Settle>(e)) return kDequeue;
    if (std::holds_alternative<event::Decrement>(e)) return kDecrement;
    if (std::holds_alternative<event::SetStatus>(e) || std::holds_alternative<event::MarkEdge>(e) ||
        std::holds_alternative<event::Note>(e))
        return kLeftOver;
    return kLoop;
}

enum DfsLine { kWhite, kRoots, kVisit, kForEach, kNeighbour, kFinish };

std::string explainDfsSort(const GraphState& s, const GraphEvent& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Enter>(&e)) {
        if (x->arc == none) return g.name(x->v) + " is white: start a DFS at it (it turns grey)";
        return "follow " + arcLabel(g, x->arc) + ": " + g.name(x->v) + " is white, visit it (it turns grey)";
    }
    if (auto* x = std::get_if<event::Examine>(&e))
        return arcLabel(g, x->arc) + ": " + g.name(g.head(x->arc)) +
               " is already black and placed after everything still open, nothing to do";
    if (auto* x = std::get_if<event::Finish>(&e))
        return "every edge of " + g.name(x->v) + " is done: it turns black and goes in front of the order (" +
               placedList(g, s.order, true) + ")";
    if (auto* x = std::get_if<event::Note>(&e); x && x->kind == event::NoteKind::CycleFound)
        return arcLabel(g, x->a) + " leads back to " + g.name(g.head(x->a)) +
               ", still grey on the DFS path: a back edge closes a cycle of " +
               countText(x->b, "vertex", "vertices") + ", so no topological order exists; stop";
    if (auto text = explainCycle(s, e); !text.empty()) return text;
    return {};
}

int dfsSortLine(const GraphEvent& e) {
    if (auto* x = std::get_if<event::Enter>(&e)) return x->arc == none ? kRoots : kVisit;
    if (std::holds_alternative<event::Finish>(e)) return kFinish;
    if (std::holds_alternative<event::Examine>(e) || std::holds_alternative<event::SetStatus>(e) ||
        std::holds_alternative<event::MarkEdge>(e) || std::holds_alternative<event::Note>(e))
        return kNeighbour;
    return kWhite;
}

template <class Run>
GraphRun runTopological(const Graph& g, bool record, std::size_t limit, Run algorithm,
                        GraphState (*initial)(const Graph&)) {
    requireDirected(g);
    GraphRun run;
    TopologicalOrder r;
    if (record) {
        trace::RecordingTracer<GraphEvent> tracer(limit);
        r = algorithm(g, tracer);
        run.truncated = tracer.truncated();
        run.trace = tracer.take();
        run.initial = initial(g);
        run.recorded = true;
    } else {
        trace::CountingTracer<GraphEvent> tracer;
        r = algorithm(g, tracer);
        run.counted = tracer.count();
    }
    run.result.order = std::move(r.order);
    run.result.cycle = std::move(r.cycle);
    return run;
}

GraphState dfsInitialState(const Graph& g) {
    return GraphState::initial(g, FrontierOrder::Lifo);
}

}  // namespace

GraphAlgorithm kahnTopologicalSortAlgorithm() {
    GraphAlgorithm a;
    a.id = "topological-sort:kahn";
    a.title = "Topological sort (Kahn)";
    a.summary =
        "an order with every edge pointing forward, by repeatedly removing in-degree-0 vertices; "
        "reports a cycle when there is none";
    a.needsSource = false;
    a.pseudocode = {
        "in[v] ← number of edges into v, for every v;  Q ← empty queue",
        "whenever in[v] = 0 (at the start in input order, or after a decrement): enqueue(Q, v)",
        "while Q is not empty:",
        "    u ← dequeue(Q);  append u to the order",
        "    for each edge u→v:  in[v] ← in[v] − 1",
        "if the order is shorter than n: the vertices left contain a cycle, there is no order",
    };
    a.lineOf = kahnLine;
    a.explain = explainKahn;
    a.run = [](const Graph& g, const GraphQuery&, bool record, std::size_t limit) {
        return runTopological(
            g, record, limit,
            [](const Graph& graph, auto& tracer) { return kahnTopologicalSort(graph, tracer); },
            kahnInitialState);
    };
    return a;
}

GraphAlgorithm dfsTopologicalSortAlgorithm() {
    GraphAlgorithm a;
    a.id = "topological-sort:dfs";
    a.title = "Topological sort (DFS finish times)";
    a.summary =
        "an order with every edge pointing forward: reverse DFS finish order; stops at the first back "
        "edge and reports its cycle";
    a.needsSource = false;
    a.pseudocode = {
        "every vertex is white;  order ← empty",
        "for each vertex s in input order: if s is white: visit(s)",
        "visit(u):  u turns grey",
        "    for each edge u→v:",
        "        v white: visit(v);  v grey: back edge, a cycle, stop;  v black: nothing to do",
        "    u turns black;  put u in front of the order",
    };
    a.lineOf = dfsSortLine;
    a.explain = explainDfsSort;
    a.run = [](const Graph& g, const GraphQuery&, bool record, std::size_t limit) {
        return runTopological(
            g, record, limit,
            [](const Graph& graph, auto& tracer) { return dfsTopologicalSort(graph, tracer); },
            dfsInitialState);
    };
    return a;
}

}  // namespace stepwise::graph
