#include "core/graph/Dfs.h"

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {
namespace {

enum Line { kInit, kRoots, kDiscover, kForEach, kClassify, kRecurse, kFinish };

/// The vertex on top of the DFS stack: the grey vertex entered last (LIFO keys sort it first).
VertexId stackTop(const GraphState& s) {
    return s.frontier.empty() ? none : s.frontier.begin()->second;
}

std::string time(std::uint32_t t) {
    return "time " + std::to_string(t);
}

std::string explainDfs(const GraphState& s, const GraphEvent& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Enter>(&e)) {
        if (x->arc == none)
            return "start a new DFS tree at " + g.name(x->v) + ": discovered at " + time(s.discovered[x->v]) +
                   ", it turns grey";
        return "go deeper along " + arcLabel(g, x->arc) + ": " + g.name(x->v) + " is discovered at " +
               time(s.discovered[x->v]) + " and turns grey";
    }
    if (auto* x = std::get_if<event::Finish>(&e))
        return g.name(x->v) + " has no unexplored edges left: finished at " + time(s.finished[x->v]) +
               ", it turns black (discovered at " + std::to_string(s.discovered[x->v]) + ")";
    if (auto* x = std::get_if<event::MarkEdge>(&e)) {
        const Edge& edge = g.edge(x->edge);
        const VertexId u = stackTop(s);
        const VertexId v = u == edge.from ? edge.to : edge.from;
        const std::string label = g.name(u) + (g.directed() ? "→" : "–") + g.name(v);
        switch (x->mark) {
            case EdgeMark::Tree:
                return label + " leads to " + g.name(v) + ", not seen yet: a tree edge";
            case EdgeMark::Back:
                if (u == v) return label + " is a self-loop: a back edge (a cycle of one edge)";
                return label + " leads to " + g.name(v) +
                       ", still grey on the stack (an ancestor): a back edge, " + "which closes a cycle";
            case EdgeMark::Forward:
                return label + " leads to " + g.name(v) + ", already black and discovered after " +
                       g.name(u) + " (" + std::to_string(s.discovered[v]) + " > " +
                       std::to_string(s.discovered[u]) + "): a forward edge to a descendant";
            case EdgeMark::Cross:
                return label + " leads to " + g.name(v) + ", finished at " + std::to_string(s.finished[v]) +
                       " before " + g.name(u) + " was discovered at " + std::to_string(s.discovered[u]) +
                       ": a cross edge";
            default:
                return label + " is classified";
        }
    }
    if (auto* x = std::get_if<event::Examine>(&e)) {
        const VertexId u = g.tail(x->arc), v = g.head(x->arc);
        return arcLabel(g, x->arc) + " was already classified from " + g.name(v) + "'s side" +
               (s.parent[u] != none && g.edgeOf(s.parent[u]) == g.edgeOf(x->arc)
                    ? " (the tree edge to the parent)"
                    : "") +
               ", skip it";
    }
    return {};
}

int dfsLine(const GraphEvent& e) {
    if (auto* x = std::get_if<event::Enter>(&e)) return x->arc == none ? kRoots : kDiscover;
    if (auto* x = std::get_if<event::MarkEdge>(&e)) return x->mark == EdgeMark::Tree ? kRecurse : kClassify;
    if (std::holds_alternative<event::Examine>(e)) return kForEach;
    if (std::holds_alternative<event::Finish>(e)) return kFinish;
    return kInit;
}

}  // namespace

GraphAlgorithm dfsAlgorithm() {
    GraphAlgorithm a;
    a.id = "dfs";
    a.title = "Depth-first search";
    a.summary =
        "discovery/finish times and edge kinds (tree, back, forward, cross); from --source first, "
        "then from every unseen vertex in input order";
    a.needsSource = false;
    a.pseudocode = {
        "time ← 0;  every vertex is white",
        "for each vertex s, the source first, then in input order: if s is white: visit(s)",
        "visit(u):  d[u] ← time++;  u turns grey",
        "    for each edge u→v (undirected: skip an edge already classified):",
        "        v grey → back edge;  v black → forward if d[u] < d[v], else cross",
        "        v white → tree edge;  visit(v)",
        "    f[u] ← time++;  u turns black;  append u to the finish order",
    };
    a.lineOf = dfsLine;
    a.explain = explainDfs;
    a.run = [](const Graph& g, const GraphQuery& q, bool record, std::size_t limit) {
        if (q.source != none && q.source >= g.vertexCount())
            throw InputError("dfs: the source is not a vertex");
        GraphRun run;
        DfsResult r;
        if (record) {
            trace::RecordingTracer<GraphEvent> tracer(limit);
            r = dfs(g, q.source, tracer);
            run.truncated = tracer.truncated();
            run.trace = tracer.take();
            run.initial = GraphState::initial(g, FrontierOrder::Lifo);
            run.recorded = true;
        } else {
            trace::CountingTracer<GraphEvent> tracer;
            r = dfs(g, q.source, tracer);
            run.counted = tracer.count();
        }
        run.result.discovered = std::move(r.discovered);
        run.result.finished = std::move(r.finished);
        run.result.edgeKinds = std::move(r.edgeKinds);
        run.result.order = std::move(r.order);
        run.result.parent = std::move(r.parent);
        return run;
    };
    return a;
}

}  // namespace stepwise::graph
