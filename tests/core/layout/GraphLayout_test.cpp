#include "core/layout/GraphLayout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/layout/LayoutGeometry.h"
#include "tests/core/layout/RandomGraphs.h"

namespace stepwise::layout {
namespace {

using graph::Graph;
using graph::GraphBuilder;
using graph::Point;

// A mix of every shape layoutGraph treats differently.
std::vector<Graph> varietyOfGraphs(Random& rng, std::size_t n) {
    std::vector<Graph> graphs;
    graphs.push_back(testgraphs::randomConnected(rng, n, n / 2));            // undirected, cycles
    graphs.push_back(testgraphs::randomConnected(rng, n, 0));                // undirected tree
    graphs.push_back(testgraphs::randomDag(rng, n, n + n / 2));              // DAG
    graphs.push_back(testgraphs::randomGraph(rng, n, 2 * n, true));          // directed, cyclic
    graphs.push_back(testgraphs::randomGraph(rng, n, n / 2, false));         // sparse, many pieces
    graphs.push_back(testgraphs::randomPieces(rng, 1 + n / 10, 15, false));  // pieces
    graphs.push_back(testgraphs::randomPieces(rng, 1 + n / 10, 15, true));   // DAG pieces
    return graphs;
}

bool samePositions(const GraphLayout& a, const GraphLayout& b) {
    if (a.positions.size() != b.positions.size()) return false;
    for (std::size_t i = 0; i < a.positions.size(); ++i)
        if (a.positions[i].x != b.positions[i].x || a.positions[i].y != b.positions[i].y) return false;
    return true;
}

}  // namespace

TEST(GraphLayout, SameSeedGivesTheSamePositions) {
    Random rng(11);
    for (const std::size_t n : {5, 40, 200})
        for (const auto& g : varietyOfGraphs(rng, n)) {
            const auto first = layoutGraph(g, 42);
            const auto second = layoutGraph(g, 42);
            EXPECT_EQ(first.kind, second.kind);
            EXPECT_TRUE(samePositions(first, second)) << "n=" << n;
        }
}

TEST(GraphLayout, ForceDirectedUsesTheSeed) {
    Random rng(12);
    const Graph g = testgraphs::randomConnected(rng, 60, 40);
    const auto a = layoutGraph(g, 1), b = layoutGraph(g, 2);
    ASSERT_EQ(a.kind, LayoutKind::ForceDirected);
    EXPECT_FALSE(samePositions(a, b));
}

TEST(GraphLayout, GivesOneFinitePositionPerVertex) {
    Random rng(13);
    for (const std::size_t n : {1, 2, 3, 10, 77, 300})
        for (const auto& g : varietyOfGraphs(rng, n)) {
            const auto layout = layoutGraph(g, 5);
            ASSERT_EQ(layout.positions.size(), g.vertexCount());
            for (const auto& p : layout.positions) EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
        }
    EXPECT_TRUE(layoutGraph(Graph{}).positions.empty());
}

TEST(GraphLayout, SelfLoopsAndRepeatedEdgesAreHarmless) {
    GraphBuilder b(true);
    const auto a = b.vertex("a"), c = b.vertex("c"), d = b.vertex("d");
    b.addEdge(a, a);
    b.addEdge(a, c);
    b.addEdge(a, c);
    b.addEdge(c, d);
    const auto layout = layoutGraph(b.build());
    EXPECT_EQ(layout.kind, LayoutKind::ForceDirected);  // a self-loop is a cycle
    EXPECT_GE(minimumDistance(layout.positions), 0.3 * kSpacing);
}

TEST(GraphLayout, KindFollowsTheShapeOfTheGraph) {
    Random rng(14);
    EXPECT_EQ(layoutGraph(testgraphs::randomDag(rng, 50, 80)).kind, LayoutKind::Layered);
    EXPECT_EQ(layoutGraph(testgraphs::randomConnected(rng, 50, 10)).kind, LayoutKind::ForceDirected);
    EXPECT_EQ(layoutGraph(testgraphs::randomConnected(rng, 50, 0)).kind, LayoutKind::Layered);  // a tree

    GraphBuilder cycle(true);
    const auto a = cycle.vertex("a"), b = cycle.vertex("b"), c = cycle.vertex("c");
    cycle.addEdge(a, b);
    cycle.addEdge(b, c);
    cycle.addEdge(c, a);
    EXPECT_EQ(layoutGraph(cycle.build()).kind, LayoutKind::ForceDirected);
    cycle.setPosition(a, {0, 0});
    cycle.setPosition(b, {1, 0});
    cycle.setPosition(c, {0, 1});
    EXPECT_EQ(layoutGraph(cycle.build()).kind, LayoutKind::Given);
}

TEST(GraphLayout, GivenPositionsArePreservedUpToScaleAndTranslation) {
    Random rng(15);
    for (int round = 0; round < 20; ++round) {
        const std::size_t n = 2 + rng.below(60);
        const Graph shape = testgraphs::randomConnected(rng, n, rng.below(n));
        GraphBuilder b(shape.directed());
        std::vector<Point> input;
        const double spread = rng.uniform(0.01, 5000);
        for (graph::VertexId v = 0; v < n; ++v) {
            b.vertex(shape.name(v));
            input.push_back({rng.uniform(-spread, spread), rng.uniform(-spread, spread) * 0.3});
            b.setPosition(v, input.back());
        }
        for (const auto& e : shape.edges()) b.addEdge(e.from, e.to);
        const Graph g = b.build();
        const auto out = layoutGraph(g).positions;

        // Recover scale and translation from vertex 0 and the vertex farthest from it, then check all.
        std::size_t far = 1;
        auto dist = [](Point p, Point q) { return std::hypot(p.x - q.x, p.y - q.y); };
        for (std::size_t v = 1; v < n; ++v)
            if (dist(input[v], input[0]) > dist(input[far], input[0])) far = v;
        const double scale = dist(out[far], out[0]) / dist(input[far], input[0]);
        ASSERT_GT(scale, 0);
        for (std::size_t v = 0; v < n; ++v) {
            const double tol = 1e-9 * (1 + std::abs(out[v].x) + std::abs(out[v].y));
            EXPECT_NEAR(out[v].x - out[0].x, scale * (input[v].x - input[0].x), tol);
            EXPECT_NEAR(out[v].y - out[0].y, scale * (input[v].y - input[0].y), tol);
        }
        // And the scale makes the median edge about kSpacing long.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
        for (const auto& e : g.edges()) pairs.emplace_back(e.from, e.to);
        EXPECT_NEAR(medianLength(out, pairs), kSpacing, 1e-6 * kSpacing);
    }
}

TEST(GraphLayout, GivenPositionsWithoutEdgesSpreadToTheUsualSpacing) {
    GraphBuilder b(false);
    for (int i = 0; i < 16; ++i) b.setPosition(b.vertex("p" + std::to_string(i)), {0.001 * (i % 4), 0.001 * (i / 4)});
    const auto out = layoutGraph(b.build()).positions;
    EXPECT_NEAR(minimumDistance(out), kSpacing, 1e-6 * kSpacing);  // a 4×4 grid: neighbours kSpacing apart
}

TEST(GraphLayout, LayeredEdgesPointStrictlyDownwards) {
    Random rng(16);
    for (int round = 0; round < 30; ++round) {
        const std::size_t n = 10 + rng.below(291);
        const Graph g = testgraphs::randomDag(rng, n, n + rng.below(2 * n));
        const auto layout = layoutGraph(g, round);
        ASSERT_EQ(layout.kind, LayoutKind::Layered);
        for (const auto& e : g.edges()) EXPECT_GT(layout.positions[e.to].y, layout.positions[e.from].y);
    }
}

TEST(GraphLayout, VerticesDoNotOverlap) {
    Random rng(17);
    for (int round = 0; round < 6; ++round) {
        const std::size_t n = 10 + rng.below(291);
        for (const auto& g : varietyOfGraphs(rng, n)) {
            const auto layout = layoutGraph(g, round);
            EXPECT_GE(minimumDistance(layout.positions), 0.3 * kSpacing)
                << "n=" << n << " kind=" << static_cast<int>(layout.kind);
        }
    }
}

TEST(GraphLayout, ComponentsKeepToTheirOwnBoxesAndStayTogether) {
    Random rng(18);
    for (int round = 0; round < 20; ++round) {
        const Graph g = testgraphs::randomPieces(rng, 2 + rng.below(20), 30, round % 2 == 0);
        const auto layout = layoutGraph(g, round);
        const auto parts = testgraphs::components(g);
        std::vector<Box> boxes;
        double paddedArea = 0;
        for (const auto& part : parts) {
            std::vector<Point> points;
            for (const auto v : part) points.push_back(layout.positions[v]);
            boxes.push_back(boundingBox(points));
            paddedArea += (boxes.back().width() + kSpacing) * (boxes.back().height() + kSpacing);
        }
        for (std::size_t i = 0; i < boxes.size(); ++i)
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                const bool apart = boxes[i].maxX < boxes[j].minX || boxes[j].maxX < boxes[i].minX ||
                                   boxes[i].maxY < boxes[j].minY || boxes[j].maxY < boxes[i].minY;
                EXPECT_TRUE(apart) << "components " << i << " and " << j << " overlap";
            }
        // Packed, not scattered: the whole picture is not much bigger than its padded pieces.
        const Box all = boundingBox(layout.positions);
        EXPECT_LE((all.width() + kSpacing) * (all.height() + kSpacing), 3.0 * paddedArea);
    }
}

}  // namespace stepwise::layout
