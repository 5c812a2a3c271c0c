#include "core/graph/CycleDetection.h"

#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {
namespace {

enum Line { kInit, kRoots, kVisit, kForEach, kCheck, kFound, kFinish, kNone };

std::string explainCycle(const GraphState& s, const GraphEvent& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Enter>(&e)) {
        if (x->arc == none)
            return g.name(x->v) + " is unvisited: start a DFS at it (it turns grey, on the path)";
        return "follow " + arcLabel(g, x->arc) + ": " + g.name(x->v) +
               " is unvisited, it joins the current path";
    }
    if (auto* x = std::get_if<event::Examine>(&e)) {
        const VertexId u = g.tail(x->arc), v = g.head(x->arc);
        if (!g.directed() && s.parent[u] != none && g.edgeOf(s.parent[u]) == g.edgeOf(x->arc))
            return arcLabel(g, x->arc) + " is the edge " + g.name(u) + " came in by, not a cycle";
        return arcLabel(g, x->arc) + ": " + g.name(v) +
               " is finished (black), not on the current path: no cycle here";
    }
    if (auto* x = std::get_if<event::Finish>(&e))
        return "every edge of " + g.name(x->v) + " leads to no cycle: it is finished and leaves the path";
    if (auto* x = std::get_if<event::SetStatus>(&e)) return g.name(x->v) + " lies on the cycle";
    if (auto* x = std::get_if<event::MarkEdge>(&e)) {
        const Edge& edge = g.edge(x->edge);
        return g.name(edge.from) + (g.directed() ? "→" : "–") + g.name(edge.to) + " is an edge of the cycle";
    }
    if (auto* x = std::get_if<event::Note>(&e)) {
        if (x->kind == event::NoteKind::CycleFound) {
            const VertexId u = g.tail(x->a), v = g.head(x->a);
            if (u == v) return arcLabel(g, x->a) + " is a self-loop: a cycle of one edge, stop";
            return arcLabel(g, x->a) + " leads to " + g.name(v) + ", still grey on the current path" +
                   (g.directed() ? "" : " and not the edge " + g.name(u) + " came in by") +
                   ": the path from " + g.name(v) + " to " + g.name(u) + " plus this edge is a cycle of " +
                   std::to_string(x->b) + " edges, stop";
        }
        return "every vertex is finished without reaching a grey vertex again: the graph (" +
               std::to_string(x->a) + " vertices, " + std::to_string(x->b) + " edges) has no cycle";
    }
    return {};
}

int cycleLine(const GraphEvent& e) {
    if (auto* x = std::get_if<event::Enter>(&e)) return x->arc == none ? kRoots : kVisit;
    if (std::holds_alternative<event::Examine>(e)) return kCheck;
    if (std::holds_alternative<event::Finish>(e)) return kFinish;
    if (std::holds_alternative<event::SetStatus>(e) || std::holds_alternative<event::MarkEdge>(e))
        return kFound;
    if (auto* x = std::get_if<event::Note>(&e))
        return x->kind == event::NoteKind::CycleFound ? kFound : kNone;
    return kInit;
}

}  // namespace

GraphAlgorithm cycleDetectionAlgorithm() {
    GraphAlgorithm a;
    a.id = "cycle";
    a.title = "Cycle detection";
    a.summary =
        "finds a cycle by DFS (directed: a back edge; undirected: an edge other than the one to the "
        "parent, so self-loops and parallel edges count) or reports there is none";
    a.needsSource = false;
    a.pseudocode = {
        "every vertex is white",
        "for each vertex s in input order: if s is white: visit(s)",
        "visit(u):  u turns grey (it is on the current path)",
        "    for each edge u→v:",
        "        v white: visit(v);  v black, or (undirected) the edge u came in by: skip",
        "        v grey: the path from v to u plus u→v is a cycle: report it and stop",
        "    u turns black (it leaves the path)",
        "no grey vertex was reached again: there is no cycle",
    };
    a.lineOf = cycleLine;
    a.explain = explainCycle;
    a.run = [](const Graph& g, const GraphQuery&, bool record, std::size_t limit) {
        GraphRun run;
        CycleResult r;
        if (record) {
            trace::RecordingTracer<GraphEvent> tracer(limit);
            r = findCycle(g, tracer);
            run.truncated = tracer.truncated();
            run.trace = tracer.take();
            run.initial = GraphState::initial(g, FrontierOrder::Lifo);
            run.recorded = true;
        } else {
            trace::CountingTracer<GraphEvent> tracer;
            r = findCycle(g, tracer);
            run.counted = tracer.count();
        }
        run.result.cycle = std::move(r.cycle);
        return run;
    };
    return a;
}

}  // namespace stepwise::graph
