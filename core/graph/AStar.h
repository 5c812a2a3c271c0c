#pragma once
// A* from a source to one target: Dijkstra's search ordered by f = g + h, where h is the straight-line
// distance to the target when the graph has positions (zero otherwise, which is plain Dijkstra).
// Written once over a tracer: NullTracer gives the plain fast version, RecordingTracer the steps.
#include <cstdint>
#include <vector>

#include "core/graph/Dijkstra.h"
#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"
#include "core/graph/QuaternaryHeap.h"

namespace stepwise::graph {

/// h(v) = Euclidean distance from v's position to the target's, or all zeros when the graph has no
/// positions. Precondition: target < vertexCount().
std::vector<double> euclideanHeuristic(const Graph& g, VertexId target);

/// Throws InputError naming the first arc u→v with h(u) > w + h(v) (beyond rounding): A* closes a vertex
/// for good, which is only right for a consistent heuristic, so an inconsistent one is refused rather
/// than giving a silently wrong distance.
void requireConsistentHeuristic(const Graph& g, const std::vector<double>& h);

/// Shortest path from `source` to `target`; vertices are closed in order of f = g + h and never re-opened;
/// stops once the target is closed. `distance` holds g for every vertex reached so far.
/// Events: Start, Settle, Relax/Examine per arc to an open vertex, then Note(TargetReached, target) or,
/// when the queue runs dry first, Note(Unreachable, target).
/// Preconditions: source, target < vertexCount(); weights >= 0; h consistent with h(target) = 0.
template <class Tracer>
ShortestPaths aStar(const Graph& g, VertexId source, VertexId target, const std::vector<double>& h,
                    Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    ShortestPaths sp;
    sp.distance.assign(n, unreached);
    sp.parent.assign(n, none);
    std::vector<std::uint8_t> closed(n, 0);  // bytes: a plain load per test, no bit masking
    const auto heads = g.heads();
    const auto weights = g.weights();
    const auto offsets = g.offsets();

    QuaternaryHeap heap;
    sp.distance[source] = 0;
    heap.push(0.0 + h[source], source);  // the same sum GraphState keys the frontier with
    if constexpr (Tracer::enabled) tracer.emit(event::Start{source});

    while (!heap.empty()) {
        const auto [f, u] = heap.pop();
        if (closed[u] || f > sp.distance[u] + h[u]) continue;  // stale: u was improved after this push
        closed[u] = 1;
        sp.order.push_back(u);
        if constexpr (Tracer::enabled) tracer.emit(event::Settle{u, VertexStatus::Frontier});
        if (u == target) {
            if constexpr (Tracer::enabled) tracer.emit(event::Note{event::NoteKind::TargetReached, u, 0});
            return sp;
        }
        const double du = sp.distance[u];
        for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
            const VertexId v = heads[a];
            if (closed[v]) continue;
            const double candidate = du + weights[a];
            if (candidate < sp.distance[v]) {
                if constexpr (Tracer::enabled) {
                    const auto old =
                        sp.distance[v] == unreached ? trace::noValue : tracer.keep(sp.distance[v]);
                    tracer.emit(event::Relax{a, sp.parent[v], old});
                }
                sp.distance[v] = candidate;
                sp.parent[v] = a;
                heap.push(candidate + h[v], v);
            } else if constexpr (Tracer::enabled) {
                tracer.emit(event::Examine{a});
            }
        }
    }
    if constexpr (Tracer::enabled) tracer.emit(event::Note{event::NoteKind::Unreachable, target, 0});
    return sp;
}

}  // namespace stepwise::graph
