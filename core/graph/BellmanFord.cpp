#include "core/graph/BellmanFord.h"

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {
namespace {

enum Line { kInit, kPass, kForEach, kCompare, kUpdate, kStop, kCycle };

/// " + 3" or " − 3": "2 − 3 = -1" reads better than "2 + -3 = -1".
std::string plusWeight(double w) {
    return w < 0 ? " − " + formatNumber(-w) : " + " + formatNumber(w);
}

std::string cycleText(const GraphState& s, VertexId first, std::uint32_t length, double& weight) {
    const Graph& g = *s.graph;
    // Parents point backwards along the cycle; collect them, then read in arc order.
    std::vector<VertexId> back;
    weight = 0;
    VertexId v = first;
    for (std::uint32_t i = 0; i < length; ++i) {
        back.push_back(v);
        weight += g.weight(s.parent[v]);
        v = g.tail(s.parent[v]);
    }
    const char* arrow = g.directed() ? "→" : "–";
    std::string text = g.name(first);
    for (auto it = back.rbegin(); it != back.rend(); ++it) text += arrow + g.name(*it);
    return text;
}

std::string explainBellmanFord(const GraphState& s, const GraphEvent& e, const GraphTrace& t) {
    const Graph& g = *s.graph;
    const std::size_t n = g.vertexCount();
    const std::string passes = formatNumber(static_cast<double>(n == 0 ? 0 : n - 1));
    if (auto* x = std::get_if<event::Start>(&e))
        return "start at " + g.name(x->v) +
               ": its distance is 0, every other distance is ∞; at most n − 1 = " + passes +
               " passes over the edges follow";
    if (auto* x = std::get_if<event::Relax>(&e)) {
        const VertexId u = g.tail(x->arc), v = g.head(x->arc);
        const double old = t.value(x->oldDistance, unreached);
        return "relax " + arcLabel(g, x->arc) + ": " + formatNumber(s.distance[u]) +
               plusWeight(g.weight(x->arc)) + " = " + formatNumber(s.distance[v]) + " < " +
               formatNumber(old) + ", " + g.name(v) + "'s distance becomes " + formatNumber(s.distance[v]);
    }
    if (auto* x = std::get_if<event::Examine>(&e)) {
        const VertexId u = g.tail(x->arc), v = g.head(x->arc);
        return "relax " + arcLabel(g, x->arc) + ": " + formatNumber(s.distance[u]) +
               plusWeight(g.weight(x->arc)) + " = " + formatNumber(s.distance[u] + g.weight(x->arc)) + " ≥ " +
               formatNumber(s.distance[v]) + ", no change";
    }
    if (auto* x = std::get_if<event::Settle>(&e))
        return g.name(x->v) + "'s distance " + formatNumber(s.distance[x->v]) + " is final";
    if (auto* x = std::get_if<event::SetStatus>(&e))
        return g.name(x->v) + " lies on the negative cycle (found by following parents n = " +
               formatNumber(static_cast<double>(n)) + " times back from the vertex pass n improved)";
    if (auto* x = std::get_if<event::MarkEdge>(&e)) {
        const Edge& edge = g.edge(x->edge);
        return "edge " + g.name(edge.from) + (g.directed() ? "→" : "–") + g.name(edge.to) + " (weight " +
               formatNumber(edge.weight) + ") is on the negative cycle";
    }
    if (auto* x = std::get_if<event::Note>(&e)) {
        switch (x->kind) {
            case event::NoteKind::Pass:
                if (x->a == n)
                    return "pass " + formatNumber(x->a) +
                           " = n: every shortest path of up to n − 1 edges is found, "
                           "so any improvement now proves a negative cycle";
                return "pass " + formatNumber(x->a) + " of at most " + passes +
                       ": relax every edge leaving a vertex with a distance";
            case event::NoteKind::NoChange:
                if (x->a == n)
                    return "pass " + formatNumber(x->a) +
                           " changed nothing: no negative cycle is reachable, every distance is final";
                return "pass " + formatNumber(x->a) + " changed nothing: every distance is final, stop early";
            case event::NoteKind::NegativeCycle: {
                double weight = 0;
                const std::string cycle = cycleText(s, x->a, x->b, weight);
                return "negative cycle " + cycle + " of total weight " + formatNumber(weight) +
                       ": each trip around it lowers the distances again, so shortest paths through it do "
                       "not exist";
            }
            default:
                break;
        }
    }
    return {};
}

int bellmanFordLine(const GraphEvent& e) {
    if (std::holds_alternative<event::Start>(e)) return kInit;
    if (std::holds_alternative<event::Relax>(e)) return kUpdate;
    if (std::holds_alternative<event::Examine>(e)) return kCompare;
    if (std::holds_alternative<event::Settle>(e)) return kStop;
    if (auto* x = std::get_if<event::Note>(&e)) {
        if (x->kind == event::NoteKind::Pass) return kPass;
        if (x->kind == event::NoteKind::NoChange) return kStop;
        return kCycle;
    }
    if (std::holds_alternative<event::SetStatus>(e) || std::holds_alternative<event::MarkEdge>(e))
        return kCycle;
    return kForEach;
}

}  // namespace

GraphAlgorithm bellmanFordAlgorithm() {
    GraphAlgorithm a;
    a.id = "bellman-ford";
    a.title = "Bellman-Ford shortest paths";
    a.summary = "shortest paths from one source with negative weights; finds a reachable negative cycle";
    a.pseudocode = {
        "dist[v] ← ∞ for every v;  dist[s] ← 0",
        "for pass ← 1 to n:   (pass n only checks for a negative cycle)",
        "    for each edge u→v of weight w with dist[u] < ∞:",
        "        if dist[u] + w < dist[v]:",
        "            dist[v] ← dist[u] + w;  parent[v] ← u",
        "    if nothing changed in this pass: stop, every distance is final",
        "pass n improved v: follow parent n times from v, then walk the loop: a negative cycle",
    };
    a.lineOf = bellmanFordLine;
    a.explain = explainBellmanFord;
    a.run = [](const Graph& g, const GraphQuery& q, bool record, std::size_t limit) {
        if (q.source == none || q.source >= g.vertexCount())
            throw InputError("bellman-ford needs a source vertex of the graph (--source NAME)");
        GraphRun run;
        BellmanFordResult r;
        if (record) {
            trace::RecordingTracer<GraphEvent> tracer(limit);
            r = bellmanFord(g, q.source, tracer);
            run.truncated = tracer.truncated();
            run.trace = tracer.take();
            run.initial = GraphState::initial(g, FrontierOrder::ByDistance);
            run.recorded = true;
        } else {
            trace::CountingTracer<GraphEvent> tracer;
            r = bellmanFord(g, q.source, tracer);
            run.counted = tracer.count();
        }
        run.result.distance = std::move(r.distance);
        run.result.parent = std::move(r.parent);
        run.result.order = std::move(r.order);
        run.result.cycle = std::move(r.cycle);
        return run;
    };
    return a;
}

}  // namespace stepwise::graph
