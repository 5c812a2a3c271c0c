#pragma once
// Kruskal's minimum spanning tree (a forest on a disconnected graph): edges by weight, union-find with
// union by rank and path compression. Written once over a tracer: NullTracer gives the plain fast
// version, RecordingTracer the steps.
#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"

namespace stepwise::graph {

struct KruskalResult {
    std::vector<EdgeId> treeEdges;  // in the order they were chosen (by weight, then id)
    double totalWeight = 0;
    std::size_t components = 0;  // trees in the forest: vertexCount() - treeEdges.size()
};

/// Considers edges by (weight, id); an edge whose ends have different union-find roots is chosen and
/// the roots are united (the lower rank under the higher; ties: the second under the first), otherwise
/// it is rejected. Stops after n - 1 choices. GraphState::group mirrors the union-find parent array
/// (the initial state must set group[v] = v). Events per edge: Note(Info, edge, 0), Assign(v, old, root)
/// for each vertex path compression re-points, then MarkEdge(Rejected) or MarkEdge(Chosen) followed by
/// Assign(root, root, newRoot) for the union; at the end Note(Info, none, components).
/// Precondition: the graph is undirected.
template <class Tracer>
KruskalResult kruskal(const Graph& g, Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    const std::size_t m = g.edgeCount();
    KruskalResult r;
    // (weight, id) pairs sort contiguously, with no lookup per comparison, into the (weight, id) order.
    std::vector<std::pair<double, EdgeId>> byWeight(m);
    for (EdgeId e = 0; e < m; ++e) byWeight[e] = {g.edge(e).weight, e};
    std::sort(byWeight.begin(), byWeight.end());
    std::vector<VertexId> parent(n);
    std::iota(parent.begin(), parent.end(), VertexId{0});
    std::vector<std::uint8_t> rank(n, 0);  // rank <= log2(n) < 256

    auto find = [&](VertexId x) {
        VertexId root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) {
            const VertexId next = parent[x];
            if constexpr (Tracer::enabled) tracer.emit(event::Assign{x, next, root});
            parent[x] = root;
            x = next;
        }
        return root;
    };

    if (n > 0) r.treeEdges.reserve(n - 1);
    for (const auto& [weight, e] : byWeight) {
        if (n == 0 || r.treeEdges.size() == n - 1) break;
        const Edge& edge = g.edge(e);
        if constexpr (Tracer::enabled) tracer.emit(event::Note{event::NoteKind::Info, e, 0});
        VertexId a = find(edge.from);
        VertexId b = find(edge.to);
        if (a == b) {
            if constexpr (Tracer::enabled)
                tracer.emit(event::MarkEdge{e, EdgeMark::None, EdgeMark::Rejected});
            continue;
        }
        if constexpr (Tracer::enabled) tracer.emit(event::MarkEdge{e, EdgeMark::None, EdgeMark::Chosen});
        r.treeEdges.push_back(e);
        r.totalWeight += weight;
        if (rank[a] < rank[b]) std::swap(a, b);
        if constexpr (Tracer::enabled) tracer.emit(event::Assign{b, b, a});
        parent[b] = a;
        if (rank[a] == rank[b]) ++rank[a];
    }
    r.components = n - r.treeEdges.size();
    if constexpr (Tracer::enabled)
        tracer.emit(event::Note{event::NoteKind::Info, none, static_cast<std::uint32_t>(r.components)});
    return r;
}

}  // namespace stepwise::graph
