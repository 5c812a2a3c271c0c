#pragma once
// Breadth-first search from one source: hop distances, the BFS tree and the visit order.
// Written once over a tracer: NullTracer gives the plain fast version, RecordingTracer the steps.
#include <cstdint>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"

namespace stepwise::graph {

struct BfsResult {
    std::vector<std::uint32_t> hops;  // arcs on a shortest path from the source, or `none` when unreachable
    std::vector<ArcId> parent;        // arc into the vertex on the BFS tree, or none
    std::vector<VertexId> order;      // visit (dequeue) order, which is also the discovery order
};

/// BFS from `source`, arcs of a vertex in id order. Events: Start{source}; per dequeued vertex u
/// Settle{u, Frontier}, then per arc of u Discover{arc} when its head is new, otherwise Examine{arc}.
/// Replays against GraphState::initial(g, FrontierOrder::Fifo); state.distance = hops.
/// Precondition: source < vertexCount().
template <class Tracer>
BfsResult bfs(const Graph& g, VertexId source, Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    BfsResult r;
    r.hops.assign(n, none);
    r.parent.assign(n, none);
    r.order.reserve(n);  // the order doubles as the queue: [next, size) is waiting
    const auto heads = g.heads();
    const auto offsets = g.offsets();

    r.hops[source] = 0;
    r.order.push_back(source);
    if constexpr (Tracer::enabled) tracer.emit(event::Start{source});
    for (std::size_t next = 0; next < r.order.size(); ++next) {
        const VertexId u = r.order[next];
        if constexpr (Tracer::enabled) tracer.emit(event::Settle{u, VertexStatus::Frontier});
        const std::uint32_t hops = r.hops[u] + 1;
        for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
            const VertexId v = heads[a];
            if (r.hops[v] == none) {
                r.hops[v] = hops;
                r.parent[v] = a;
                r.order.push_back(v);
                if constexpr (Tracer::enabled) tracer.emit(event::Discover{a});
            } else if constexpr (Tracer::enabled) {
                tracer.emit(event::Examine{a});
            }
        }
    }
    return r;
}

/// Hops as GraphResult distances: `unreached` (∞) where hops is none.
std::vector<double> hopDistances(const std::vector<std::uint32_t>& hops);

}  // namespace stepwise::graph
