#pragma once
// Bellman-Ford single-source shortest paths with negative weights and negative-cycle detection.
// Written once over a tracer: NullTracer gives the plain fast version, RecordingTracer the steps.
#include <algorithm>
#include <optional>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"

namespace stepwise::graph {

struct BellmanFordResult {
    std::vector<double> distance;  // `unreached` when there is no path; meaningless once a cycle is found
    std::vector<ArcId> parent;     // arc that last improved the vertex, or none
    std::vector<VertexId> order;   // vertices whose distance is final, settled at the end (none on a cycle)
    /// A negative cycle reachable from the source, vertices in arc order (v0→v1→…→v0), when one exists.
    std::optional<std::vector<VertexId>> cycle;
};

/// Shortest paths from `source` allowing negative weights. Runs passes over every arc leaving a reached
/// vertex (vertices and arcs in id order); stops early after a pass that changes nothing. If pass n still
/// improves a vertex x, a negative cycle is reachable: following parents n times from x lands on it.
/// Events: Start, Note(Pass, k) per pass, Relax/Examine per arc, Note(NoChange, k) on early exit, then
/// either Settle for every reached vertex (distances final) or SetStatus(Highlighted) per cycle vertex,
/// MarkEdge(Cycle) per cycle edge and Note(NegativeCycle, first vertex, length).
/// Precondition: source < vertexCount().
template <class Tracer>
BellmanFordResult bellmanFord(const Graph& g, VertexId source, Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    BellmanFordResult r;
    r.distance.assign(n, unreached);
    r.parent.assign(n, none);
    const auto heads = g.heads();
    const auto weights = g.weights();
    const auto offsets = g.offsets();

    r.distance[source] = 0;
    if constexpr (Tracer::enabled) tracer.emit(event::Start{source});

    // Passes 1..n-1 find every shortest path of at most n-1 arcs; pass n only checks for a cycle.
    VertexId improvedInLastPass = none;
    for (std::uint32_t pass = 1; pass <= n; ++pass) {
        if constexpr (Tracer::enabled) tracer.emit(event::Note{event::NoteKind::Pass, pass, 0});
        bool changed = false;
        for (VertexId u = 0; u < n && !(pass == n && changed); ++u) {
            if (r.distance[u] == unreached) continue;
            for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
                const VertexId v = heads[a];
                // Reads the live distance: an earlier arc of this pass may have lowered u itself (a
                // self-loop or a cycle through u), and the traced state computes with the live value too.
                const double candidate = r.distance[u] + weights[a];
                if (candidate < r.distance[v]) {
                    if constexpr (Tracer::enabled) {
                        const auto old =
                            r.distance[v] == unreached ? trace::noValue : tracer.keep(r.distance[v]);
                        tracer.emit(event::Relax{a, r.parent[v], old});
                    }
                    r.distance[v] = candidate;
                    r.parent[v] = a;
                    changed = true;
                    improvedInLastPass = v;
                    if (pass == n) break;  // one improvement in pass n proves the cycle
                } else if constexpr (Tracer::enabled) {
                    tracer.emit(event::Examine{a});
                }
            }
        }
        if (!changed) {
            if constexpr (Tracer::enabled) tracer.emit(event::Note{event::NoteKind::NoChange, pass, 0});
            improvedInLastPass = none;
            break;
        }
        if (pass < n) improvedInLastPass = none;
    }

    if (improvedInLastPass == none) {
        r.order.reserve(n);
        for (VertexId v = 0; v < n; ++v) {
            if (r.distance[v] == unreached) continue;
            r.order.push_back(v);
            if constexpr (Tracer::enabled) tracer.emit(event::Settle{v, VertexStatus::Frontier});
        }
        return r;
    }

    // Along parents every vertex satisfies dist[v] >= dist[parent] + w; a parent chain from the vertex
    // improved in pass n back to the source would be a path of < n arcs no longer than dist[v], which
    // pass n-1 already accounted for. So the chain runs into a cycle within n steps.
    VertexId onCycle = improvedInLastPass;
    for (std::size_t i = 0; i < n; ++i) onCycle = g.tail(r.parent[onCycle]);
    std::vector<VertexId> cycle{onCycle};
    for (VertexId v = g.tail(r.parent[onCycle]); v != onCycle; v = g.tail(r.parent[v])) cycle.push_back(v);
    std::reverse(cycle.begin(), cycle.end());  // parents walk backwards; report in arc order
    if constexpr (Tracer::enabled) {
        for (const VertexId v : cycle)
            tracer.emit(event::SetStatus{v, VertexStatus::Frontier, VertexStatus::Highlighted});
        // An undirected negative edge is a cycle of two arcs over one edge: mark each edge once.
        std::vector<bool> marked(g.edgeCount(), false);
        for (const VertexId v : cycle) {
            const EdgeId e = g.edgeOf(r.parent[v]);
            if (marked[e]) continue;
            marked[e] = true;
            tracer.emit(event::MarkEdge{e, EdgeMark::None, EdgeMark::Cycle});
        }
        tracer.emit(event::Note{event::NoteKind::NegativeCycle, cycle.front(),
                                static_cast<std::uint32_t>(cycle.size())});
    }
    r.cycle = std::move(cycle);
    return r;
}

}  // namespace stepwise::graph
