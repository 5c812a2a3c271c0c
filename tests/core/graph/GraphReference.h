#pragma once
// Brute-force references for the graph property tests: O(n³) and obviously right.
#include <cstdint>
#include <numeric>
#include <vector>

#include "core/graph/Graph.h"

namespace stepwise::graph::testing {

using Matrix = std::vector<std::vector<std::uint32_t>>;

/// Floyd–Warshall on unit weights: hops[u][v] is the fewest arcs from u to v (0 on the diagonal),
/// `none` when v is unreachable.
inline Matrix allPairsHops(const Graph& g) {
    const std::size_t n = g.vertexCount();
    Matrix d(n, std::vector<std::uint32_t>(n, none));
    for (std::size_t v = 0; v < n; ++v) d[v][v] = 0;
    for (ArcId a = 0; a < g.arcCount(); ++a)
        if (g.tail(a) != g.head(a)) d[g.tail(a)][g.head(a)] = 1;
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (d[i][k] != none && d[k][j] != none && d[i][k] + d[k][j] < d[i][j])
                    d[i][j] = d[i][k] + d[k][j];
    return d;
}

/// reach[u][v]: a path of at least one arc leads from u to v (so reach[v][v] means v is on a cycle).
inline std::vector<std::vector<bool>> transitiveClosure(const Graph& g) {
    const std::size_t n = g.vertexCount();
    std::vector<std::vector<bool>> r(n, std::vector<bool>(n, false));
    for (ArcId a = 0; a < g.arcCount(); ++a) r[g.tail(a)][g.head(a)] = true;
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t i = 0; i < n; ++i)
            if (r[i][k])
                for (std::size_t j = 0; j < n; ++j)
                    if (r[k][j]) r[i][j] = true;
    return r;
}

/// Mutual-reachability classes, each in increasing id, listed by their smallest vertex.
inline std::vector<std::vector<VertexId>> mutualReachabilityClasses(const Graph& g) {
    const auto r = transitiveClosure(g);
    const std::size_t n = g.vertexCount();
    std::vector<bool> placed(n, false);
    std::vector<std::vector<VertexId>> classes;
    for (VertexId u = 0; u < n; ++u) {
        if (placed[u]) continue;
        classes.push_back({u});
        placed[u] = true;
        for (VertexId v = u + 1; v < n; ++v)
            if (!placed[v] && r[u][v] && r[v][u]) {
                classes.back().push_back(v);
                placed[v] = true;
            }
    }
    return classes;
}

/// Connected components of the underlying undirected graph (naive union-find).
inline std::size_t connectedComponentCount(const Graph& g) {
    std::vector<VertexId> root(g.vertexCount());
    std::iota(root.begin(), root.end(), VertexId{0});
    auto find = [&](VertexId v) {
        while (root[v] != v) v = root[v];
        return v;
    };
    std::size_t count = g.vertexCount();
    for (const auto& e : g.edges()) {
        const VertexId a = find(e.from), b = find(e.to);
        if (a != b) {
            root[a] = b;
            --count;
        }
    }
    return count;
}

/// True when some arc leads from u to v.
inline bool hasArc(const Graph& g, VertexId u, VertexId v) {
    for (ArcId a = g.firstArc(u); a < g.endArc(u); ++a)
        if (g.head(a) == v) return true;
    return false;
}

}  // namespace stepwise::graph::testing
