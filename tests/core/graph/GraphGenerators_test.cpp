#include "core/graph/GraphGenerators.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>
#include <vector>

#include "core/common/InputError.h"
#include "tests/core/graph/GraphIoTestSupport.h"

namespace stepwise::graph {
namespace {

using iotest::sameGraph;

std::pair<VertexId, VertexId> key(const Graph& g, const Edge& e) {
    if (g.directed()) return {e.from, e.to};
    return {std::min(e.from, e.to), std::max(e.from, e.to)};
}

/// Reference check: Kahn's algorithm removes every vertex exactly when the graph has no cycle.
bool acyclic(const Graph& g) {
    std::vector<std::size_t> indegree(g.vertexCount(), 0);
    for (const Edge& e : g.edges()) ++indegree[e.to];
    std::vector<VertexId> ready;
    for (VertexId v = 0; v < g.vertexCount(); ++v)
        if (indegree[v] == 0) ready.push_back(v);
    std::size_t removed = 0;
    while (!ready.empty()) {
        const VertexId u = ready.back();
        ready.pop_back();
        ++removed;
        for (ArcId a = g.firstArc(u); a < g.endArc(u); ++a)
            if (--indegree[g.head(a)] == 0) ready.push_back(g.head(a));
    }
    return removed == g.vertexCount();
}

TEST(GraphGenerators, NamesAreLettersForSmallGraphsAndNumberedOtherwise) {
    EXPECT_EQ(generatedName(0, 5), "A");
    EXPECT_EQ(generatedName(25, 26), "Z");
    EXPECT_EQ(generatedName(26, 27), "v26");
    EXPECT_EQ(generatedName(0, 27), "v0");
    EXPECT_EQ(generatedName(26, 100, Naming::Letters), "AA");
    EXPECT_EQ(generatedName(27, 100, Naming::Letters), "AB");
    EXPECT_EQ(generatedName(701, 1000, Naming::Letters), "ZZ");
    EXPECT_EQ(generatedName(702, 1000, Naming::Letters), "AAA");
    EXPECT_EQ(generatedName(3, 5, Naming::Numbered), "v3");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < 2000; ++i)
        EXPECT_TRUE(seen.insert(generatedName(i, 2000, Naming::Letters)).second);
}

TEST(GraphGenerators, SameSeedGivesTheSameGraphAndAnotherSeedAnother) {
    const RandomGraphOptions gnm{.vertices = 40, .edges = 120, .directed = false};
    EXPECT_TRUE(sameGraph(randomGnm(gnm, 5), randomGnm(gnm, 5)));
    EXPECT_FALSE(sameGraph(randomGnm(gnm, 5), randomGnm(gnm, 6)));
    const DagOptions dag{.vertices = 30, .edges = 60};
    EXPECT_TRUE(sameGraph(randomDag(dag, 1), randomDag(dag, 1)));
    EXPECT_FALSE(sameGraph(randomDag(dag, 1), randomDag(dag, 2)));
    const GeometricOptions geo{.vertices = 50, .radius = 20, .nearest = 2};
    EXPECT_TRUE(sameGraph(randomGeometric(geo, 3), randomGeometric(geo, 3)));
    EXPECT_FALSE(sameGraph(randomGeometric(geo, 3), randomGeometric(geo, 4)));
    const GridOptions grid{.width = 6, .height = 4, .minWeight = 1, .maxWeight = 9};
    EXPECT_TRUE(sameGraph(gridGraph(grid, 8), gridGraph(grid, 8)));
    EXPECT_FALSE(sameGraph(gridGraph(grid, 8), gridGraph(grid, 9)));
}

TEST(GraphGenerators, GnmHasTheRequestedCountsNoSelfLoopsAndNoRepeats) {
    Random rng(11);
    for (int round = 0; round < 200; ++round) {
        RandomGraphOptions o;
        o.vertices = static_cast<std::size_t>(rng.between(2, 30));
        o.directed = rng.chance(0.5);
        const auto maxEdges = o.vertices * (o.vertices - 1) / (o.directed ? 1 : 2);
        o.edges = static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(maxEdges)));
        o.minWeight = rng.between(-5, 5);
        o.maxWeight = o.minWeight + rng.between(0, 10);
        const Graph g = randomGnm(o, rng.next());
        ASSERT_EQ(g.vertexCount(), o.vertices);
        ASSERT_EQ(g.edgeCount(), o.edges);
        EXPECT_EQ(g.directed(), o.directed);
        std::set<std::pair<VertexId, VertexId>> pairs;
        for (const Edge& e : g.edges()) {
            EXPECT_NE(e.from, e.to);
            EXPECT_TRUE(pairs.insert(key(g, e)).second) << "repeated edge in round " << round;
            EXPECT_GE(e.weight, static_cast<double>(o.minWeight));
            EXPECT_LE(e.weight, static_cast<double>(o.maxWeight));
            EXPECT_EQ(e.weight, std::floor(e.weight));
        }
    }
}

TEST(GraphGenerators, GnmWithAllPairsIsTheCompleteGraph) {
    const Graph g = randomGnm({.vertices = 7, .edges = 21, .directed = false}, 1);
    for (VertexId v = 0; v < 7; ++v) EXPECT_EQ(g.outDegree(v), 6u);
    const Graph d = randomGnm({.vertices = 5, .edges = 20, .directed = true}, 1);
    for (VertexId v = 0; v < 5; ++v) EXPECT_EQ(d.outDegree(v), 4u);
}

TEST(GraphGenerators, GnmWithMultiEdgesMayRepeatPairsBeyondTheSimpleLimit) {
    const Graph g = randomGnm({.vertices = 3, .edges = 50, .directed = true, .multiEdges = true}, 4);
    EXPECT_EQ(g.edgeCount(), 50u);
    for (const Edge& e : g.edges()) EXPECT_NE(e.from, e.to);
}

TEST(GraphGenerators, ImpossibleOptionsAreRejected) {
    EXPECT_THROW(randomGnm({.vertices = 4, .edges = 7, .directed = false}, 1), InputError);
    EXPECT_THROW(randomGnm({.vertices = 1, .edges = 1, .multiEdges = true}, 1), InputError);
    EXPECT_THROW(randomGnm({.vertices = 4, .edges = 2, .minWeight = 5, .maxWeight = 4}, 1), InputError);
    EXPECT_THROW(randomDag({.vertices = 4, .edges = 7}, 1), InputError);
    EXPECT_THROW(gridGraph({.width = 2, .height = 2, .spacing = 0}), InputError);
    EXPECT_THROW(randomGeometric({.vertices = 3, .nearest = 3}, 1), InputError);
    EXPECT_THROW(randomGeometric({.vertices = 3, .radius = -1}, 1), InputError);
    EXPECT_EQ(randomGnm({.vertices = 0, .edges = 0}, 1).vertexCount(), 0u);
}

TEST(GraphGenerators, DagIsAcyclicWithTheRequestedCounts) {
    Random rng(12);
    bool someEdgeGoesToALowerId = false;
    for (int round = 0; round < 200; ++round) {
        DagOptions o;
        o.vertices = static_cast<std::size_t>(rng.between(2, 30));
        o.edges = static_cast<std::size_t>(
            rng.between(0, static_cast<std::int64_t>(o.vertices * (o.vertices - 1) / 2)));
        const Graph g = randomDag(o, rng.next());
        ASSERT_EQ(g.vertexCount(), o.vertices);
        ASSERT_EQ(g.edgeCount(), o.edges);
        EXPECT_TRUE(g.directed());
        EXPECT_TRUE(acyclic(g)) << "round " << round;
        std::set<std::pair<VertexId, VertexId>> pairs;
        for (const Edge& e : g.edges()) {
            EXPECT_TRUE(pairs.insert({std::min(e.from, e.to), std::max(e.from, e.to)}).second);
            someEdgeGoesToALowerId = someEdgeGoesToALowerId || e.to < e.from;
        }
    }
    EXPECT_TRUE(someEdgeGoesToALowerId) << "the ranks should be a random permutation, not the ids";
}

TEST(GraphGenerators, DenseDagIsATournamentOfOneRanking) {
    const Graph g = randomDag({.vertices = 9, .edges = 36}, 3);
    EXPECT_TRUE(acyclic(g));
    std::vector<std::size_t> out;
    for (VertexId v = 0; v < 9; ++v) out.push_back(g.outDegree(v));
    std::sort(out.begin(), out.end());
    for (std::size_t i = 0; i < 9; ++i) EXPECT_EQ(out[i], i);  // ranks 8..0 have 0..8 successors
}

TEST(GraphGenerators, GridHasFourNeighbourDegreesAndPositions) {
    for (std::size_t w = 1; w <= 6; ++w)
        for (std::size_t h = 1; h <= 5; ++h) {
            const Graph g = gridGraph({.width = w, .height = h, .spacing = 10});
            ASSERT_EQ(g.vertexCount(), w * h);
            EXPECT_EQ(g.edgeCount(), (w - 1) * h + (h - 1) * w);
            ASSERT_TRUE(g.hasPositions());
            for (std::size_t r = 0; r < h; ++r)
                for (std::size_t c = 0; c < w; ++c) {
                    const auto v = static_cast<VertexId>(r * w + c);
                    const std::size_t expected = (c > 0) + (c + 1 < w) + (r > 0) + (r + 1 < h);
                    EXPECT_EQ(g.outDegree(v), expected) << w << "x" << h << " at " << c << "," << r;
                    EXPECT_EQ(g.position(v).x, 10.0 * static_cast<double>(c));
                    EXPECT_EQ(g.position(v).y, 10.0 * static_cast<double>(r));
                }
            for (ArcId a = 0; a < g.arcCount(); ++a) {
                const Point p = g.position(g.tail(a)), q = g.position(g.head(a));
                EXPECT_EQ(std::abs(p.x - q.x) + std::abs(p.y - q.y), 10.0);
                EXPECT_EQ(g.weight(a), 1.0);
            }
        }
}

TEST(GraphGenerators, DirectedGridHasAnArcEachWay) {
    const Graph g = gridGraph({.width = 4, .height = 3, .directed = true, .minWeight = 2, .maxWeight = 5}, 7);
    EXPECT_TRUE(g.directed());
    EXPECT_EQ(g.edgeCount(), 2u * (3 * 3 + 2 * 4));
    std::set<std::pair<VertexId, VertexId>> arcs;
    for (const Edge& e : g.edges()) {
        arcs.insert({e.from, e.to});
        EXPECT_GE(e.weight, 2);
        EXPECT_LE(e.weight, 5);
    }
    for (const Edge& e : g.edges()) EXPECT_TRUE(arcs.count({e.to, e.from}));
}

TEST(GraphGenerators, GeometricWeightsAreDistancesRoundedUpToCents) {
    Random rng(13);
    for (int round = 0; round < 50; ++round) {
        GeometricOptions o;
        o.vertices = static_cast<std::size_t>(rng.between(2, 80));
        o.radius = rng.chance(0.5) ? rng.uniform(0, 40) : 0;
        o.nearest = static_cast<std::size_t>(rng.between(
            o.radius > 0 ? 0 : 1, std::min<std::int64_t>(5, static_cast<std::int64_t>(o.vertices) - 1)));
        o.directed = rng.chance(0.3);
        const Graph g = randomGeometric(o, rng.next());
        ASSERT_TRUE(g.hasPositions());
        for (VertexId v = 0; v < g.vertexCount(); ++v) {
            EXPECT_GE(g.position(v).x, 0);
            EXPECT_LT(g.position(v).x, 100);
            EXPECT_GE(g.position(v).y, 0);
            EXPECT_LT(g.position(v).y, 100);
        }
        for (const Edge& e : g.edges()) {
            const Point p = g.position(e.from), q = g.position(e.to);
            const double d = std::hypot(p.x - q.x, p.y - q.y);
            EXPECT_GE(e.weight, d);
            EXPECT_GE(e.weight, std::sqrt((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)));
            EXPECT_LT(e.weight, d + 0.01 + 1e-9);
            EXPECT_NEAR(e.weight * 100, std::round(e.weight * 100), 1e-6);
        }
    }
}

TEST(GraphGenerators, GeometricConnectsExactlyThePairsWithinTheRadius) {
    Random rng(14);
    for (int round = 0; round < 40; ++round) {
        const GeometricOptions o{.vertices = static_cast<std::size_t>(rng.between(2, 120)),
                                 .radius = rng.uniform(1, 50),
                                 .nearest = 0};
        const Graph g = randomGeometric(o, rng.next());
        std::set<std::pair<VertexId, VertexId>> expected, actual;
        for (VertexId u = 0; u < g.vertexCount(); ++u)
            for (VertexId v = u + 1; v < g.vertexCount(); ++v) {
                const Point p = g.position(u), q = g.position(v);
                if (std::hypot(p.x - q.x, p.y - q.y) <= o.radius) expected.insert({u, v});
            }
        for (const Edge& e : g.edges()) EXPECT_TRUE(actual.insert(key(g, e)).second) << "repeated edge";
        EXPECT_EQ(actual, expected) << "round " << round;
    }
}

TEST(GraphGenerators, GeometricLinksEachVertexToItsNearestNeighbours) {
    Random rng(15);
    for (int round = 0; round < 40; ++round) {
        const auto n = static_cast<std::size_t>(rng.between(2, 150));
        const GeometricOptions o{.vertices = n,
                                 .nearest = static_cast<std::size_t>(rng.between(
                                     1, std::min<std::int64_t>(6, static_cast<std::int64_t>(n) - 1))),
                                 .directed = rng.chance(0.5)};
        const Graph g = randomGeometric(o, rng.next());
        std::set<std::pair<VertexId, VertexId>> actual, expected;
        for (const Edge& e : g.edges()) EXPECT_TRUE(actual.insert(key(g, e)).second) << "repeated edge";
        for (VertexId u = 0; u < n; ++u) {
            std::vector<std::pair<double, VertexId>> byDistance;
            for (VertexId v = 0; v < n; ++v)
                if (v != u)
                    byDistance.emplace_back(
                        std::hypot(g.position(u).x - g.position(v).x, g.position(u).y - g.position(v).y), v);
            std::sort(byDistance.begin(), byDistance.end());
            for (std::size_t i = 0; i < o.nearest; ++i) {
                const VertexId v = byDistance[i].second;
                expected.insert(o.directed ? std::pair{u, v} : std::pair{std::min(u, v), std::max(u, v)});
            }
        }
        EXPECT_EQ(actual, expected) << "round " << round;
    }
}

TEST(GraphGenerators, RoundingUpNeverFallsBelowTheDistance) {
    Random rng(16);
    for (int i = 0; i < 100000; ++i) {
        const double d = rng.uniform(0, 150);
        const double w = roundUpToCents(d);
        ASSERT_GE(w, d);
        ASSERT_LT(w, d + 0.0100001);
    }
    EXPECT_EQ(roundUpToCents(0.07), 0.07);  // 0.07 * 100 is 7.000000000000001 in binary
    EXPECT_EQ(roundUpToCents(3.0), 3.0);
}

TEST(GraphGenerators, ScalesToABenchmarkSizedGraph) {
    const Graph g = randomGnm({.vertices = 250'000, .edges = 1'000'000, .directed = true}, 42);
    EXPECT_EQ(g.vertexCount(), 250'000u);
    EXPECT_EQ(g.arcCount(), 1'000'000u);
    EXPECT_EQ(g.name(249'999), "v249999");
}

}  // namespace
}  // namespace stepwise::graph
