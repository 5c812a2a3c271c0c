#include "core/layout/ForceLayout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/layout/LayoutGeometry.h"
#include "tests/core/layout/RandomGraphs.h"

namespace stepwise::layout {
namespace {

Subgraph wholeGraph(const graph::Graph& g) {
    Subgraph s;
    for (graph::VertexId v = 0; v < g.vertexCount(); ++v) s.vertices.push_back(v);
    for (const auto& e : g.edges())
        if (e.from != e.to) s.edges.emplace_back(std::min(e.from, e.to), std::max(e.from, e.to));
    std::sort(s.edges.begin(), s.edges.end());
    s.edges.erase(std::unique(s.edges.begin(), s.edges.end()), s.edges.end());
    return s;
}

struct MeanDistances {
    double neighbours = 0;
    double others = 0;
};

MeanDistances meanDistances(const Subgraph& s, const std::vector<graph::Point>& pos) {
    std::set<std::pair<std::uint32_t, std::uint32_t>> adjacent(s.edges.begin(), s.edges.end());
    double near = 0, far = 0;
    std::size_t nearCount = 0, farCount = 0;
    for (std::uint32_t i = 0; i < s.size(); ++i)
        for (std::uint32_t j = i + 1; j < s.size(); ++j) {
            const double d = std::hypot(pos[i].x - pos[j].x, pos[i].y - pos[j].y);
            if (adjacent.count({i, j}))
                near += d, ++nearCount;
            else
                far += d, ++farCount;
        }
    return {near / static_cast<double>(nearCount), far / static_cast<double>(farCount)};
}

}  // namespace

TEST(ForceLayout, NeighboursAreMuchCloserThanNonNeighbours) {
    Random rng(41);
    for (int round = 0; round < 25; ++round) {
        const std::size_t n = 10 + rng.below(291);
        const Subgraph s = wholeGraph(testgraphs::randomConnected(rng, n, rng.below(n)));
        const auto pos = forceLayout(s, round);
        const auto mean = meanDistances(s, pos);
        EXPECT_LT(mean.neighbours, 0.5 * mean.others) << "n=" << n;
    }
}

TEST(ForceLayout, LargeGraphsKeepNeighboursClose) {
    // Past the exact-stress limit the forces path runs; it must keep the same quality.
    Random rng(42);
    const Subgraph s = wholeGraph(testgraphs::randomConnected(rng, 1500, 300));
    const auto pos = forceLayout(s, 3);
    const auto mean = meanDistances(s, pos);
    // Random chords join far parts of the tree, so some edges must be long: a looser bound.
    EXPECT_LT(mean.neighbours, 0.4 * mean.others);
    EXPECT_GE(minimumDistance(pos), 0.3 * kSpacing);
}

TEST(ForceLayout, MedianEdgeIsTheUsualSpacing) {
    Random rng(43);
    for (int round = 0; round < 10; ++round) {
        const std::size_t n = 5 + rng.below(100);
        const Subgraph s = wholeGraph(testgraphs::randomConnected(rng, n, rng.below(n)));
        // Scaled to kSpacing; separating a crowded spot afterwards may only stretch it a little.
        const double median = medianLength(forceLayout(s, round), s.edges);
        EXPECT_GE(median, 0.95 * kSpacing);
        EXPECT_LE(median, 1.35 * kSpacing);
    }
}

TEST(ForceLayout, ACycleIsDrawnAsARoundRing) {
    graph::GraphBuilder b(false);
    const auto ids = testgraphs::addVertices(b, 12);
    for (std::size_t i = 0; i < ids.size(); ++i) b.addEdge(ids[i], ids[(i + 1) % ids.size()]);
    const Subgraph s = wholeGraph(b.build());
    const auto pos = forceLayout(s, 9);
    double cx = 0, cy = 0;
    for (const auto& p : pos) cx += p.x / 12, cy += p.y / 12;
    double lo = INFINITY, hi = 0;
    for (const auto& p : pos) {
        const double r = std::hypot(p.x - cx, p.y - cy);
        lo = std::min(lo, r);
        hi = std::max(hi, r);
    }
    EXPECT_LT(hi, 1.1 * lo);
}

}  // namespace stepwise::layout
