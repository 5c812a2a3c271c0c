#pragma once
// Prim's minimum spanning tree (a forest on a disconnected graph) with a lazy-deletion 4-ary heap.
// Written once over a tracer: NullTracer gives the plain fast version, RecordingTracer the steps.
#include <cstdint>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"
#include "core/graph/QuaternaryHeap.h"

namespace stepwise::graph {

struct PrimResult {
    std::vector<EdgeId> treeEdges;  // in the order they joined the tree
    double totalWeight = 0;
    std::vector<ArcId> parent;    // arc from the tree into each vertex, none for a root
    std::vector<VertexId> order;  // the order vertices joined the tree
    std::size_t components = 0;   // trees grown (connected components)
};

/// Grows a tree from `root`, then from every vertex (in id order) still outside, so a disconnected
/// graph gets a minimum spanning forest. A vertex's key (GraphState::distance, RelaxRule::WeightOnly)
/// is the lightest edge seen from the tree. Events per tree: Start(root); per vertex Settle then
/// MarkEdge(Chosen) for its tree edge; Relax/Examine for arcs to vertices outside the tree; at the end
/// Note(Info, components).
/// Preconditions: the graph is undirected; root < vertexCount() (or the graph is empty).
template <class Tracer>
PrimResult prim(const Graph& g, VertexId root, Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    PrimResult r;
    r.parent.assign(n, none);
    r.order.reserve(n);
    if (n > 0) r.treeEdges.reserve(n - 1);
    std::vector<double> key(n, unreached);
    std::vector<std::uint8_t> inTree(n, 0);  // bytes: a plain load per test, no bit masking
    const auto heads = g.heads();
    const auto weights = g.weights();
    const auto offsets = g.offsets();
    QuaternaryHeap heap;

    for (std::size_t k = 0; k <= n && n > 0; ++k) {
        const VertexId start = k == 0 ? root : static_cast<VertexId>(k - 1);
        if (inTree[start]) continue;
        ++r.components;
        key[start] = 0;
        heap.push(0.0, start);
        if constexpr (Tracer::enabled) tracer.emit(event::Start{start});
        while (!heap.empty()) {
            const auto [d, u] = heap.pop();
            if (inTree[u] || d > key[u]) continue;  // stale: a lighter edge reached u after this push
            inTree[u] = 1;
            r.order.push_back(u);
            if constexpr (Tracer::enabled) tracer.emit(event::Settle{u, VertexStatus::Frontier});
            if (r.parent[u] != none) {
                const EdgeId e = g.edgeOf(r.parent[u]);
                r.treeEdges.push_back(e);
                r.totalWeight += weights[r.parent[u]];
                if constexpr (Tracer::enabled)
                    tracer.emit(event::MarkEdge{e, EdgeMark::None, EdgeMark::Chosen});
            }
            for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
                const VertexId v = heads[a];
                if (inTree[v]) continue;
                if (weights[a] < key[v]) {
                    if constexpr (Tracer::enabled) {
                        const auto old = key[v] == unreached ? trace::noValue : tracer.keep(key[v]);
                        tracer.emit(event::Relax{a, r.parent[v], old});
                    }
                    key[v] = weights[a];
                    r.parent[v] = a;
                    heap.push(weights[a], v);
                } else if constexpr (Tracer::enabled) {
                    tracer.emit(event::Examine{a});
                }
            }
        }
    }
    if constexpr (Tracer::enabled)
        tracer.emit(event::Note{event::NoteKind::Info, static_cast<std::uint32_t>(r.components), 0});
    return r;
}

}  // namespace stepwise::graph
