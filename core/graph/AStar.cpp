#include "core/graph/AStar.h"

#include <algorithm>
#include <cmath>

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {

std::vector<double> euclideanHeuristic(const Graph& g, VertexId target) {
    std::vector<double> h(g.vertexCount(), 0.0);
    if (!g.hasPositions()) return h;
    const Point t = g.position(target);
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        const Point p = g.position(v);
        h[v] = std::hypot(p.x - t.x, p.y - t.y);
    }
    return h;
}

void requireConsistentHeuristic(const Graph& g, const std::vector<double>& h) {
    for (ArcId a = 0; a < g.arcCount(); ++a) {
        const VertexId u = g.tail(a), v = g.head(a);
        const double w = g.weight(a);
        // hypot rounds, so an edge exactly as long as its straight line must still pass.
        const double slack = 1e-9 * std::max(1.0, h[u]);
        if (h[u] > w + h[v] + slack)
            throw InputError("heuristic is not consistent on " + arcLabel(g, a) +
                             ": positions imply a straight line longer than the weight (h(" + g.name(u) +
                             ") = " + formatNumber(h[u]) + " > w + h(" + g.name(v) +
                             ") = " + formatNumber(w) + " + " + formatNumber(h[v]) +
                             "); give every edge a weight at least its length, or drop the positions");
    }
}

namespace {

enum Line { kInit, kLoop, kExtract, kTarget, kForEach, kCompare, kUpdate, kNoPath };

std::string fText(const GraphState& s, VertexId v) {
    const double h = s.heuristic.empty() ? 0.0 : s.heuristic[v];
    return "f = " + formatNumber(s.distance[v]) + " + " + formatNumber(h) + " = " +
           formatNumber(s.distance[v] + h);
}

std::string explainAStar(const GraphState& s, const GraphEvent& e, const GraphTrace& t) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Start>(&e)) {
        if (!g.hasPositions())
            return "start at " + g.name(x->v) +
                   ": g = 0; the graph has no positions, so h = 0 everywhere and A* behaves exactly like "
                   "Dijkstra";
        return "start at " + g.name(x->v) + ": g = 0, h = " + formatNumber(s.heuristic[x->v]) +
               " (straight-line distance to the target); the queue is ordered by f = g + h";
    }
    if (auto* x = std::get_if<event::Settle>(&e))
        return "take " + g.name(x->v) + " off the queue (" + fText(s, x->v) +
               ", the smallest f): it is closed and never re-opened";
    if (auto* x = std::get_if<event::Relax>(&e)) {
        const VertexId u = g.tail(x->arc), v = g.head(x->arc);
        const double old = t.value(x->oldDistance, unreached);
        return "relax " + arcLabel(g, x->arc) + ": " + formatNumber(s.distance[u]) + " + " +
               formatNumber(g.weight(x->arc)) + " = " + formatNumber(s.distance[v]) + " < " +
               formatNumber(old) + ", " + g.name(v) + "'s distance becomes " + formatNumber(s.distance[v]) +
               ", " + fText(s, v);
    }
    if (auto* x = std::get_if<event::Examine>(&e)) {
        const VertexId u = g.tail(x->arc), v = g.head(x->arc);
        return "relax " + arcLabel(g, x->arc) + ": " + formatNumber(s.distance[u]) + " + " +
               formatNumber(g.weight(x->arc)) + " = " + formatNumber(s.distance[u] + g.weight(x->arc)) +
               " ≥ " + formatNumber(s.distance[v]) + ", no change";
    }
    if (auto* x = std::get_if<event::Note>(&e)) {
        if (x->kind == event::NoteKind::TargetReached)
            return "the target " + g.name(x->a) + " is closed: its distance " +
                   formatNumber(s.distance[x->a]) + " is the shortest, stop";
        if (x->kind == event::NoteKind::Unreachable)
            return "the queue is empty and the target " + g.name(x->a) +
                   " was never reached: there is no path";
    }
    return {};
}

int aStarLine(const GraphEvent& e) {
    if (std::holds_alternative<event::Start>(e)) return kInit;
    if (std::holds_alternative<event::Settle>(e)) return kExtract;
    if (std::holds_alternative<event::Relax>(e)) return kUpdate;
    if (std::holds_alternative<event::Examine>(e)) return kCompare;
    if (auto* x = std::get_if<event::Note>(&e))
        return x->kind == event::NoteKind::Unreachable ? kNoPath : kTarget;
    return kLoop;
}

}  // namespace

GraphAlgorithm aStarAlgorithm() {
    GraphAlgorithm a;
    a.id = "astar";
    a.title = "A* search";
    a.summary =
        "shortest path to one target, guided by the straight-line distance when vertices have positions";
    a.needsTarget = true;
    a.pseudocode = {
        "g[v] ← ∞, h[v] ← straight-line distance to t (0 without positions);  g[s] ← 0;  Q ← {s}",
        "while Q is not empty:",
        "    u ← extract-min(Q) by f = g[u] + h[u];  close u",
        "    if u = t: stop, g[t] is the shortest distance",
        "    for each edge u→v of weight w, v not closed:",
        "        if g[u] + w < g[v]:",
        "            g[v] ← g[u] + w;  parent[v] ← u;  insert/decrease v in Q with f = g[v] + h[v]",
        "Q ran dry before t was closed: there is no path",
    };
    a.lineOf = aStarLine;
    a.explain = explainAStar;
    a.run = [](const Graph& g, const GraphQuery& q, bool record, std::size_t limit) {
        if (q.source == none || q.source >= g.vertexCount())
            throw InputError("astar needs a source vertex of the graph (--source NAME)");
        if (q.target == none || q.target >= g.vertexCount())
            throw InputError("astar needs a target vertex of the graph (--target NAME)");
        requireNonNegativeWeights(g, "A*");
        const std::vector<double> h = euclideanHeuristic(g, q.target);
        requireConsistentHeuristic(g, h);
        GraphRun run;
        ShortestPaths sp;
        if (record) {
            trace::RecordingTracer<GraphEvent> tracer(limit);
            sp = aStar(g, q.source, q.target, h, tracer);
            run.truncated = tracer.truncated();
            run.trace = tracer.take();
            run.initial = GraphState::initial(g, FrontierOrder::ByDistancePlusHeuristic);
            run.initial.heuristic = h;
            run.recorded = true;
        } else {
            trace::CountingTracer<GraphEvent> tracer;
            sp = aStar(g, q.source, q.target, h, tracer);
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
