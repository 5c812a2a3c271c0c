#include "core/layout/TreeLayout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/layout/LayoutGeometry.h"
#include "tests/core/layout/RandomGraphs.h"

namespace stepwise::layout {
namespace {

Subgraph undirectedWhole(const graph::Graph& g) {
    Subgraph s;
    for (graph::VertexId v = 0; v < g.vertexCount(); ++v) s.vertices.push_back(v);
    for (const auto& e : g.edges())
        if (e.from != e.to) s.edges.emplace_back(std::min(e.from, e.to), std::max(e.from, e.to));
    std::sort(s.edges.begin(), s.edges.end());
    s.edges.erase(std::unique(s.edges.begin(), s.edges.end()), s.edges.end());
    return s;
}

std::uint32_t eccentricity(const Subgraph& s, std::uint32_t v) {
    const auto d = hopDistances(undirectedAdjacency(s), v);
    return *std::max_element(d.begin(), d.end());
}

}  // namespace

TEST(TreeLayout, RecognisesTreesExactly) {
    Random rng(31);
    for (int round = 0; round < 100; ++round) {
        const std::size_t n = 1 + rng.below(30);
        const std::size_t extra = rng.chance(0.5) ? 0 : rng.below(4);
        const Subgraph s = undirectedWhole(testgraphs::randomConnected(rng, n, extra));
        // Connected by construction, so a tree exactly when it has n - 1 distinct edges.
        EXPECT_EQ(isTree(s), s.edges.size() + 1 == n);
    }
    Subgraph twoPieces;
    twoPieces.vertices = {0, 1, 2, 3};
    twoPieces.edges = {{0, 1}, {1, 2}, {0, 2}};  // a triangle and a lone vertex: n - 1 edges, no tree
    EXPECT_FALSE(isTree(twoPieces));
}

TEST(TreeLayout, CentreHasTheSmallestEccentricity) {
    Random rng(32);
    for (int round = 0; round < 60; ++round) {
        const Subgraph s = undirectedWhole(testgraphs::randomConnected(rng, 1 + rng.below(80), 0));
        std::uint32_t best = UINT32_MAX;
        for (std::uint32_t v = 0; v < s.size(); ++v) best = std::min(best, eccentricity(s, v));
        EXPECT_EQ(eccentricity(s, treeCentre(s)), best);
    }
}

TEST(TreeLayout, ChildrenSitOneLevelBelowAndCentredUnderTheirParent) {
    Random rng(33);
    for (int round = 0; round < 40; ++round) {
        const std::size_t n = 3 + rng.below(300);
        const Subgraph s = undirectedWhole(testgraphs::randomConnected(rng, n, 0));
        const auto root = treeCentre(s);
        const auto pos = treeLayout(s, root);
        EXPECT_DOUBLE_EQ(pos[root].y, 0.0);
        std::vector<double> lo(n, INFINITY), hi(n, -INFINITY);
        for (const auto& [a, b] : s.edges) {
            EXPECT_DOUBLE_EQ(std::abs(pos[a].y - pos[b].y), kSpacing);
            const auto parent = pos[a].y < pos[b].y ? a : b, child = a == parent ? b : a;
            lo[parent] = std::min(lo[parent], pos[child].x);
            hi[parent] = std::max(hi[parent], pos[child].x);
        }
        for (std::size_t v = 0; v < n; ++v)
            if (std::isfinite(lo[v])) {
                EXPECT_NEAR(pos[v].x, (lo[v] + hi[v]) / 2, 1e-6);
            }
        EXPECT_GE(minimumDistance(pos), 0.8 * kSpacing - 1e-6);
    }
}

}  // namespace stepwise::layout
