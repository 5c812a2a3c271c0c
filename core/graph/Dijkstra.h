#pragma once
// Dijkstra's single-source shortest paths with a lazy-deletion radix heap (its popped keys never
// decrease, which is all a radix heap needs).
// Written once over a tracer: NullTracer gives the plain fast version, RecordingTracer the steps.
#include <cstdint>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"
#include "core/graph/RadixHeap.h"

namespace stepwise::graph {

struct ShortestPaths {
    std::vector<double> distance;  // `unreached` when there is no path
    std::vector<ArcId> parent;     // arc into the vertex on its shortest-path tree, or none
    std::vector<VertexId> order;   // settle order
};

/// Throws InputError naming the first edge with a negative weight and its input line (the caller
/// adds the file), suggesting Bellman-Ford.
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
    // Bytes, not vector<bool>: one plain load per test instead of a shift and mask.
    std::vector<std::uint8_t> settled(n, 0);
    double* const distance = sp.distance.data();
    ArcId* const parent = sp.parent.data();
    const VertexId* const heads = g.heads().data();
    const double* const weights = g.weights().data();
    const ArcId* const offsets = g.offsets().data();

    RadixHeap heap;
    heap.push(0.0, source);
    distance[source] = 0;
    if constexpr (Tracer::enabled) tracer.emit(event::Start{source});

    while (!heap.empty()) {
        const auto [d, u] = heap.pop();
        if (settled[u]) continue;  // a stale entry: u was improved after this push and is settled already
        settled[u] = 1;
        sp.order.push_back(u);
        if constexpr (Tracer::enabled) tracer.emit(event::Settle{u, VertexStatus::Frontier});
        if (u == target) {
            if constexpr (Tracer::enabled) tracer.emit(event::Note{event::NoteKind::TargetReached, u, 0});
            break;
        }
        const ArcId begin = offsets[u], end = offsets[u + 1];
        // Ask for every neighbour's distance before testing the first: the misses then overlap
        // instead of queueing behind each mispredicted comparison.
        for (ArcId a = begin; a < end; ++a) __builtin_prefetch(distance + heads[a]);
        for (ArcId a = begin; a < end; ++a) {
            const VertexId v = heads[a];
            // The trace stays silent on arcs into settled vertices. Untraced, the distance test below
            // skips them by itself (d + w >= d >= distance[v] when weights are non-negative), which
            // saves a load per arc.
            if constexpr (Tracer::enabled)
                if (settled[v]) continue;
            const double candidate = d + weights[a];
            if (candidate < distance[v]) {
                if constexpr (Tracer::enabled) {
                    // The replaced distance came through parent[v], whose tail is settled and keeps its
                    // distance, so undoing recomputes it exactly; only the source (no parent) would
                    // need the pool, and non-negative weights never improve it.
                    const auto old = distance[v] == unreached ? trace::noValue
                                     : parent[v] != none      ? event::viaOldParent
                                                              : tracer.keep(distance[v]);
                    tracer.emit(event::Relax{a, parent[v], old});
                }
                distance[v] = candidate;
                parent[v] = a;
                heap.push(candidate, v);
            } else if constexpr (Tracer::enabled) {
                tracer.emit(event::Examine{a});
            }
        }
    }
    return sp;
}

}  // namespace stepwise::graph
