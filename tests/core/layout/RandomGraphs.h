#pragma once
// Seeded random graphs for the layout tests (a local builder; core/graph may grow generators later).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/graph/Graph.h"
#include "core/trace/Random.h"

namespace stepwise::layout::testgraphs {

inline std::vector<graph::VertexId> addVertices(graph::GraphBuilder& b, std::size_t n, std::size_t first = 0) {
    std::vector<graph::VertexId> ids;
    for (std::size_t i = 0; i < n; ++i) ids.push_back(b.vertex("v" + std::to_string(first + i)));
    return ids;
}

/// n vertices and m edges between uniformly chosen distinct endpoints (repeats allowed).
inline graph::Graph randomGraph(Random& rng, std::size_t n, std::size_t m, bool directed) {
    graph::GraphBuilder b(directed);
    const auto ids = addVertices(b, n);
    for (std::size_t e = 0; n > 1 && e < m; ++e) {
        const auto u = rng.below(n);
        auto v = rng.below(n - 1);
        if (v >= u) ++v;
        b.addEdge(ids[u], ids[v]);
    }
    return b.build();
}

/// A random tree on n vertices (each vertex after the first hangs off an earlier one) plus `extra`
/// random edges: connected, with cycles when extra > 0.
inline void addConnected(graph::GraphBuilder& b, Random& rng, const std::vector<graph::VertexId>& ids,
                         std::size_t extra) {
    const std::size_t n = ids.size();
    for (std::size_t i = 1; i < n; ++i) b.addEdge(ids[rng.below(i)], ids[i]);
    for (std::size_t e = 0; n > 1 && e < extra; ++e) {
        const auto u = rng.below(n);
        auto v = rng.below(n - 1);
        if (v >= u) ++v;
        b.addEdge(ids[u], ids[v]);
    }
}

inline graph::Graph randomConnected(Random& rng, std::size_t n, std::size_t extra, bool directed = false) {
    graph::GraphBuilder b(directed);
    addConnected(b, rng, addVertices(b, n), extra);
    return b.build();
}

/// A random DAG: vertices in a random hidden order, each edge from earlier to later in it, mostly
/// to near successors (as task graphs are) and sometimes far.
inline graph::Graph randomDag(Random& rng, std::size_t n, std::size_t m) {
    graph::GraphBuilder b(true);
    auto ids = addVertices(b, n);
    for (std::size_t i = n; i > 1; --i) std::swap(ids[i - 1], ids[rng.below(i)]);
    for (std::size_t e = 0; n > 1 && e < m; ++e) {
        const auto i = rng.below(n - 1);
        const std::size_t reach = rng.chance(0.8) ? std::min<std::size_t>(6, n - 1 - i) : n - 1 - i;
        const auto j = i + 1 + rng.below(reach);
        b.addEdge(ids[i], ids[j]);
    }
    return b.build();
}

/// Several random pieces (connected or single vertices) in one graph.
inline graph::Graph randomPieces(Random& rng, std::size_t pieces, std::size_t maxPieceSize, bool directed) {
    graph::GraphBuilder b(directed);
    std::size_t next = 0;
    for (std::size_t p = 0; p < pieces; ++p) {
        const std::size_t size = 1 + rng.below(maxPieceSize);
        const auto ids = addVertices(b, size, next);
        next += size;
        if (directed)  // edges from earlier to later keep each piece acyclic
            for (std::size_t i = 1; i < size; ++i) b.addEdge(ids[rng.below(i)], ids[i]);
        else
            addConnected(b, rng, ids, rng.below(size));
    }
    return b.build();
}

/// Components as lists of vertex ids, by breadth-first search (a reference independent of the layout).
inline std::vector<std::vector<graph::VertexId>> components(const graph::Graph& g) {
    const std::size_t n = g.vertexCount();
    std::vector<std::vector<graph::VertexId>> adj(n);
    for (const auto& e : g.edges()) {
        adj[e.from].push_back(e.to);
        adj[e.to].push_back(e.from);
    }
    std::vector<bool> seen(n, false);
    std::vector<std::vector<graph::VertexId>> result;
    for (graph::VertexId s = 0; s < n; ++s) {
        if (seen[s]) continue;
        std::vector<graph::VertexId> part{s};
        seen[s] = true;
        for (std::size_t h = 0; h < part.size(); ++h)
            for (const auto w : adj[part[h]])
                if (!seen[w]) seen[w] = true, part.push_back(w);
        result.push_back(std::move(part));
    }
    return result;
}

}  // namespace stepwise::layout::testgraphs
