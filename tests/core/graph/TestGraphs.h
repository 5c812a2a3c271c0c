#pragma once
// Seeded random graphs for property tests: small enough for brute-force references, with self-loops
// and parallel edges unless asked otherwise. (core/graph/GraphGenerators will do this for the app.)
#include <cstdint>
#include <string>
#include <vector>

#include "core/graph/Graph.h"
#include "core/trace/Random.h"

namespace stepwise::graph::testing {

struct RandomGraphShape {
    bool directed = true;
    std::size_t minVertices = 1;
    std::size_t maxVertices = 9;
    double maxEdgesPerVertex = 2.0;  // edge count is uniform in [0, maxEdgesPerVertex * n]
    bool selfLoops = true;
    bool parallelEdges = true;
    bool acyclic = false;  // directed only: every edge goes forward in a hidden random vertex order
};

inline std::string vertexName(std::size_t i) {
    return "v" + std::to_string(i);
}

/// A graph with vertices v0, v1, … (ids in that order) and random edges drawn from `rng`.
inline Graph randomGraph(Random& rng, const RandomGraphShape& shape) {
    const auto n = static_cast<std::size_t>(rng.between(static_cast<std::int64_t>(shape.minVertices),
                                                        static_cast<std::int64_t>(shape.maxVertices)));
    GraphBuilder b(shape.directed);
    for (std::size_t i = 0; i < n; ++i) b.vertex(vertexName(i));
    if (n == 0) return b.build();

    std::vector<VertexId> rank(n);  // the hidden order of an acyclic graph: a random permutation
    for (std::size_t i = 0; i < n; ++i) rank[i] = static_cast<VertexId>(i);
    for (std::size_t i = n; i > 1; --i) std::swap(rank[i - 1], rank[rng.below(i)]);

    const auto m =
        rng.below(static_cast<std::uint64_t>(shape.maxEdgesPerVertex * static_cast<double>(n)) + 1);
    std::vector<std::vector<bool>> used(n, std::vector<bool>(n, false));
    for (std::uint64_t k = 0, attempts = 0; k < m && attempts < 20 * m; ++attempts) {
        auto u = static_cast<VertexId>(rng.below(n)), v = static_cast<VertexId>(rng.below(n));
        if (u == v && (!shape.selfLoops || shape.acyclic)) continue;
        if (shape.acyclic && rank[u] > rank[v]) std::swap(u, v);
        if (!shape.parallelEdges && (used[u][v] || (!shape.directed && used[v][u]))) continue;
        used[u][v] = true;
        b.addEdge(u, v, 1.0);
        ++k;
    }
    return b.build();
}

/// A path v0 → v1 → … → v(n-1), closed into a cycle when asked: deep enough to break recursion.
inline Graph longPath(std::size_t n, bool directed, bool closed) {
    GraphBuilder b(directed);
    b.reserve(n, n);
    for (std::size_t i = 0; i < n; ++i) b.vertex(vertexName(i));
    for (std::size_t i = 0; i + 1 < n; ++i) b.addEdge(static_cast<VertexId>(i), static_cast<VertexId>(i + 1));
    if (closed && n > 1) b.addEdge(static_cast<VertexId>(n - 1), 0);
    return b.build();
}

}  // namespace stepwise::graph::testing
