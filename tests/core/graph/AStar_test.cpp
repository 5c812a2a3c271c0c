#include "core/graph/AStar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "tests/core/graph/PathsTestGraphs.h"

namespace stepwise::graph {
namespace {

// Four corners of a 3 × 4 rectangle: S(0,0) A(3,0) B(0,4) T(3,4); the diagonal S→T is 5 long.
Graph rectangle(double diagonalWeight) {
    GraphBuilder b(false);
    auto S = b.vertex("S"), A = b.vertex("A"), B = b.vertex("B"), T = b.vertex("T");
    b.setPosition(S, {0, 0});
    b.setPosition(A, {3, 0});
    b.setPosition(B, {0, 4});
    b.setPosition(T, {3, 4});
    b.addEdge(S, A, 3);
    b.addEdge(S, B, 4);
    b.addEdge(A, T, 4);
    b.addEdge(B, T, 3);
    b.addEdge(S, T, diagonalWeight);
    return b.build();
}

std::string errorOf(const Graph& g, const GraphQuery& q) {
    try {
        findGraphAlgorithm("astar")->run(g, q, false, 0);
    } catch (const InputError& e) {
        return e.what();
    }
    return {};
}

}  // namespace

TEST(AStar, FindsTheShortestPathAndStopsAtTheTarget) {
    const Graph g = rectangle(6);
    const auto* algo = findGraphAlgorithm("astar");
    ASSERT_NE(algo, nullptr);
    const GraphRun run = algo->run(g, {*g.find("S"), *g.find("T")}, false, 0);
    EXPECT_EQ(run.result.distance[*g.find("T")], 6);
    EXPECT_EQ(g.tail(run.result.parent[*g.find("T")]), *g.find("S"));
    EXPECT_EQ(run.result.order.back(), *g.find("T"));
}

TEST(AStar, EqualsDijkstraOnRandomGeometricGraphs) {
    Random rng(31337);
    int reachable = 0;
    for (int round = 0; round < 600; ++round) {
        const auto n = static_cast<std::size_t>(rng.between(2, 30));
        const Graph g = testing::randomGeometricGraph(rng, n, rng.chance(0.5), rng.uniform(20, 60),
                                                      rng.uniform(0.3, 1.0), rng.uniform(0, 1.5));
        const auto source = static_cast<VertexId>(rng.below(n));
        const auto target = static_cast<VertexId>(rng.below(n));
        SCOPED_TRACE("round " + std::to_string(round));
        const std::vector<double> h = euclideanHeuristic(g, target);
        ASSERT_NO_THROW(requireConsistentHeuristic(g, h));

        trace::NullTracer<GraphEvent> tracer;
        const ShortestPaths dj = dijkstra(g, source, tracer);
        const ShortestPaths as = aStar(g, source, target, h, tracer);
        const double expected = dj.distance[target];
        if (expected == unreached) {
            EXPECT_EQ(as.distance[target], unreached);
            continue;
        }
        ++reachable;
        EXPECT_NEAR(as.distance[target], expected, 1e-9 * std::max(1.0, expected));
        // The parent chain is a real path of that length, and A* closed no more vertices than Dijkstra
        // needs to reach the same target.
        double along = 0;
        for (VertexId v = target; v != source; v = g.tail(as.parent[v])) {
            ASSERT_NE(as.parent[v], none);
            along += g.weight(as.parent[v]);
        }
        EXPECT_NEAR(along, as.distance[target], 1e-9 * std::max(1.0, expected));
        const ShortestPaths djToTarget = dijkstra(g, source, tracer, target);
        EXPECT_LE(as.order.size(), djToTarget.order.size() + 1);  // ties may close one more vertex
    }
    EXPECT_GT(reachable, 250);
}

TEST(AStar, WithoutPositionsItIsDijkstra) {
    Random rng(99);
    for (int round = 0; round < 500; ++round) {
        testing::RandomGraphSpec spec;
        spec.maxVertices = 10;
        spec.edgeChance = 0.3;
        spec.directed = rng.chance(0.5);
        spec.weights = testing::Weights::Quarters;
        const Graph g = testing::randomGraph(rng, spec);
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        const auto target = static_cast<VertexId>(rng.below(g.vertexCount()));
        const GraphRun as = findGraphAlgorithm("astar")->run(g, {source, target}, false, 0);
        const GraphRun dj = findGraphAlgorithm("dijkstra")->run(g, {source, target}, false, 0);
        EXPECT_EQ(as.result.distance, dj.result.distance) << "round " << round;
        EXPECT_EQ(as.result.order, dj.result.order) << "round " << round;
    }
}

TEST(AStar, TracesReplayToTheUntracedResult) {
    const auto* algo = findGraphAlgorithm("astar");
    Random rng(2718);
    for (int round = 0; round < 120; ++round) {
        const auto n = static_cast<std::size_t>(rng.between(1, 12));
        const Graph g = testing::randomGeometricGraph(rng, n, rng.chance(0.5), 50, 0.6, 0.5);
        const GraphQuery q{static_cast<VertexId>(rng.below(n)), static_cast<VertexId>(rng.below(n))};
        SCOPED_TRACE("round " + std::to_string(round));
        GraphState final;
        const GraphRun traced = testing::checkTrace(*algo, g, q, rng, &final);
        const GraphRun plain = algo->run(g, q, false, 0);
        EXPECT_EQ(final.distance, plain.result.distance);
        EXPECT_EQ(final.parent, plain.result.parent);
        EXPECT_EQ(final.order, plain.result.order);
        EXPECT_EQ(traced.initial.heuristic, euclideanHeuristic(g, q.target));
        // The frontier the view shows is served in f order: its first entry is what A* closes next.
        trace::Timeline<GraphArea> timeline(traced.initial, traced.trace);
        while (timeline.forward()) {
            if (timeline.atEnd()) break;
            if (auto* next = std::get_if<event::Settle>(&timeline.trace().events[timeline.step()])) {
                ASSERT_FALSE(timeline.state().frontier.empty());
                EXPECT_EQ(timeline.state().frontier.begin()->second, next->v);
            }
        }
    }
}

TEST(AStar, ExplainsTheHeuristicInTheStartStep) {
    const auto* algo = findGraphAlgorithm("astar");
    {
        const Graph g = rectangle(6);
        const GraphRun run = algo->run(g, {*g.find("S"), *g.find("T")}, true, 1000);
        trace::Timeline<GraphArea> timeline(run.initial, run.trace);
        ASSERT_TRUE(timeline.forward());
        EXPECT_EQ(algo->explain(timeline.state(), timeline.lastEvent(), timeline.trace()),
                  "start at S: g = 0, h = 5 (straight-line distance to the target); the queue is ordered by "
                  "f = g + h");
        bool sawRelax = false;
        while (timeline.forward())
            if (algo->explain(timeline.state(), timeline.lastEvent(), timeline.trace()) ==
                "relax S–A: 0 + 3 = 3 < ∞, A's distance becomes 3, f = 3 + 4 = 7")
                sawRelax = true;
        EXPECT_TRUE(sawRelax);
    }
    {
        GraphBuilder b(true);
        b.addEdge(b.vertex("A"), b.vertex("B"), 1);
        const Graph g = b.build();
        const GraphRun run = algo->run(g, {0, 1}, true, 1000);
        trace::Timeline<GraphArea> timeline(run.initial, run.trace);
        ASSERT_TRUE(timeline.forward());
        const std::string start = algo->explain(timeline.state(), timeline.lastEvent(), timeline.trace());
        EXPECT_NE(start.find("no positions"), std::string::npos) << start;
        EXPECT_NE(start.find("Dijkstra"), std::string::npos) << start;
    }
}

TEST(AStar, NegativeWeightIsRejectedWithTheEdge) {
    GraphBuilder b(true);
    b.addEdge(b.vertex("A"), b.vertex("B"), 2);
    b.addEdge(b.vertex("B"), b.vertex("C"), -1);
    const Graph g = b.build();
    const std::string message = errorOf(g, {0, 2});
    EXPECT_NE(message.find("B→C"), std::string::npos) << message;
    EXPECT_NE(message.find("bellman-ford"), std::string::npos) << message;
}

TEST(AStar, MissingOrUnknownTargetIsAnInputError) {
    const Graph g = rectangle(6);
    EXPECT_NE(errorOf(g, {0, none}).find("target"), std::string::npos);
    EXPECT_NE(errorOf(g, {0, 99}).find("target"), std::string::npos);
    EXPECT_NE(errorOf(g, {none, 1}).find("source"), std::string::npos);
    EXPECT_TRUE(findGraphAlgorithm("astar")->needsTarget);
}

TEST(AStar, InconsistentHeuristicIsRejectedWithTheArc) {
    // The diagonal S–T is 5 long but weighs 2: h(S) = 5 > 2 + h(T) = 2.
    const Graph g = rectangle(2);
    const std::string message = errorOf(g, {*g.find("S"), *g.find("T")});
    EXPECT_NE(message.find("heuristic is not consistent on S–T"), std::string::npos) << message;
    EXPECT_NE(message.find("straight line longer than the weight"), std::string::npos) << message;
    // An edge exactly as long as its straight line is fine.
    EXPECT_EQ(errorOf(rectangle(5), {0, 3}), "");
}

}  // namespace stepwise::graph
