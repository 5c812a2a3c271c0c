#pragma once
// Dijkstra's single-source shortest paths with a lazy-deletion 4-ary heap.
// Written once over a tracer: NullTracer gives the plain fast version, RecordingTracer the steps.
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"
#include "core/graph/QuaternaryHeap.h"

namespace stepwise::graph {

struct ShortestPaths {
    std::vector<double> distance;  // `unreached` when there is no path
    std::vector<ArcId> parent;     // arc into the vertex on its shortest-path tree, or none
    std::vector<VertexId> order;   // settle order
};

/// Throws InputError naming the first arc with a negative weight (and suggesting Bellman-Ford).
void requireNonNegativeWeights(const Graph& g, const char* algorithm);

/// Shortest paths from `source`; stops after settling `target` when one is given.
/// Precondition: source < vertexCount(), weights >= 0 (see requireNonNegativeWeights).
template <class Tracer>
ShortestPaths dijkstra(const Graph& g, VertexId source, Tracer& tracer, VertexId target = none) {
    const std::size_t n = g.vertexCount();
    ShortestPaths sp;
    sp.distance.assign(n, unreached);
    sp.parent.assign(n, none);
    sp.order.reserve(n);
    std::vector<bool> settled(n, false);
    const auto heads = g.heads();
    const auto weights = g.weights();
    const auto offsets = g.offsets();

    QuaternaryHeap heap;
    heap.push(0.0, source);
    sp.distance[source] = 0;
    if constexpr (Tracer::enabled) tracer.emit(event::Start{source});

    while (!heap.empty()) {
        const auto [d, u] = heap.pop();
        if (settled[u] || d > sp.distance[u]) continue;  // a stale entry: u was improved after this push
        settled[u] = true;
        sp.order.push_back(u);
        if constexpr (Tracer::enabled) tracer.emit(event::Settle{u, VertexStatus::Frontier});
        if (u == target) {
            if constexpr (Tracer::enabled) tracer.emit(event::Note{event::NoteKind::TargetReached, u, 0});
            break;
        }
        for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
            const VertexId v = heads[a];
            if (settled[v]) continue;
            const double candidate = d + weights[a];
            if (candidate < sp.distance[v]) {
                if constexpr (Tracer::enabled) {
                    const auto old = sp.distance[v] == unreached ? trace::noValue : tracer.keep(sp.distance[v]);
                    tracer.emit(event::Relax{a, sp.parent[v], old});
                }
                sp.distance[v] = candidate;
                sp.parent[v] = a;
                heap.push(candidate, v);
            } else if constexpr (Tracer::enabled) {
                tracer.emit(event::Examine{a});
            }
        }
    }
    return sp;
}

}  // namespace stepwise::graph
