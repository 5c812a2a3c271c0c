#include "core/graph/Dijkstra.h"

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {

void requireNonNegativeWeights(const Graph& g, const char* algorithm) {
    for (EdgeId e = 0; e < g.edgeCount(); ++e) {
        const Edge& edge = g.edge(e);
        if (edge.weight < 0)
            throw InputError("edge " + g.name(edge.from) + (g.directed() ? "→" : "–") + g.name(edge.to) +
                                 " has negative weight " + formatNumber(edge.weight) + "; " + algorithm +
                                 " needs non-negative weights. Use bellman-ford for negative weights.",
                             {}, g.edgeLine(e));
    }
}

namespace {

enum Line { kInit, kLoop, kExtract, kTarget, kForEach, kCompare, kUpdate };

std::string explainDijkstra(const GraphState& s, const GraphEvent& e, const GraphTrace& t) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Start>(&e))
        return "start at " + g.name(x->v) + ": its distance is 0, every other distance is ∞";
    if (auto* x = std::get_if<event::Settle>(&e))
        return "take " + g.name(x->v) + " (distance " + formatNumber(s.distance[x->v]) +
               ") off the queue: no shorter path to it can exist, so it is settled";
    if (auto* x = std::get_if<event::Relax>(&e)) {
        const VertexId u = g.tail(x->arc), v = g.head(x->arc);
        const double old = x->oldDistance == event::viaOldParent
                               ? s.distance[g.tail(x->oldParent)] + g.weight(x->oldParent)
                               : t.value(x->oldDistance, unreached);
        return "relax " + arcLabel(g, x->arc) + ": " + formatNumber(s.distance[u]) + " + " +
               formatNumber(g.weight(x->arc)) + " = " + formatNumber(s.distance[v]) + " < " +
               formatNumber(old) + ", " + g.name(v) + "'s distance becomes " + formatNumber(s.distance[v]);
    }
    if (auto* x = std::get_if<event::Examine>(&e)) {
        const VertexId u = g.tail(x->arc), v = g.head(x->arc);
        return "relax " + arcLabel(g, x->arc) + ": " + formatNumber(s.distance[u]) + " + " +
               formatNumber(g.weight(x->arc)) + " = " + formatNumber(s.distance[u] + g.weight(x->arc)) +
               " ≥ " + formatNumber(s.distance[v]) + ", no change";
    }
    if (auto* x = std::get_if<event::Note>(&e); x && x->kind == event::NoteKind::TargetReached)
        return "the target " + g.name(x->a) + " is settled: its distance " + formatNumber(s.distance[x->a]) +
               " is final, stop";
    return {};
}

int dijkstraLine(const GraphEvent& e) {
    if (std::holds_alternative<event::Start>(e)) return kInit;
    if (std::holds_alternative<event::Settle>(e)) return kExtract;
    if (std::holds_alternative<event::Relax>(e)) return kUpdate;
    if (std::holds_alternative<event::Examine>(e)) return kCompare;
    if (std::holds_alternative<event::Note>(e)) return kTarget;
    return kLoop;
}

}  // namespace

GraphAlgorithm dijkstraAlgorithm() {
    GraphAlgorithm a;
    a.id = "dijkstra";
    a.title = "Dijkstra's shortest paths";
    a.summary = "shortest paths from one source on non-negative weights (radix-heap priority queue)";
    a.pseudocode = {
        "dist[v] ← ∞ for every v;  dist[s] ← 0;  Q ← {s}",
        "while Q is not empty:",
        "    u ← extract-min(Q);  settle u",
        "    if u = target: stop",
        "    for each edge u→v of weight w:",
        "        if dist[u] + w < dist[v]:",
        "            dist[v] ← dist[u] + w;  parent[v] ← u;  insert/decrease v in Q",
    };
    a.lineOf = dijkstraLine;
    a.explain = explainDijkstra;
    a.run = [](const Graph& g, const GraphQuery& q, bool record, std::size_t limit) {
        requireNonNegativeWeights(g, "Dijkstra");
        GraphRun run;
        ShortestPaths sp;
        if (record) {
            trace::RecordingTracer<GraphEvent> tracer(limit);
            sp = dijkstra(g, q.source, tracer, q.target);
            run.truncated = tracer.truncated();
            run.trace = tracer.take();
            run.initial = GraphState::initial(g, FrontierOrder::ByDistance);
            run.recorded = true;
        } else {
            trace::CountingTracer<GraphEvent> tracer;
            sp = dijkstra(g, q.source, tracer, q.target);
            run.counted = tracer.count();
        }
        run.result.distance = std::move(sp.distance);
        run.result.parent = std::move(sp.parent);
        run.result.order = std::move(sp.order);
        return run;
    };
    return a;
}

}  // namespace stepwise::graph
