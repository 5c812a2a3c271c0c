#include "core/graph/Dijkstra.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/trace/Timeline.h"
#include "tests/core/graph/PathsTestGraphs.h"

namespace stepwise::graph {
namespace {

Graph cityMap() {
    GraphBuilder b(true);
    auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C"), D = b.vertex("D");
    b.addEdge(A, B, 4);
    b.addEdge(A, C, 9);
    b.addEdge(B, C, 3);
    b.addEdge(C, D, 1);
    b.addEdge(B, D, 7);
    return b.build();
}

}  // namespace

TEST(Dijkstra, FindsShortestDistancesAndParents) {
    const Graph g = cityMap();
    trace::NullTracer<GraphEvent> none;
    const auto sp = dijkstra(g, *g.find("A"), none);
    EXPECT_EQ(sp.distance[*g.find("B")], 4);
    EXPECT_EQ(sp.distance[*g.find("C")], 7);
    EXPECT_EQ(sp.distance[*g.find("D")], 8);
    EXPECT_EQ(g.tail(sp.parent[*g.find("D")]), *g.find("C"));
}

TEST(Dijkstra, TraceReplaysToTheUntracedResultAndBack) {
    const Graph g = cityMap();
    const auto* algo = findGraphAlgorithm("dijkstra");
    ASSERT_NE(algo, nullptr);
    GraphRun run = algo->run(g, {*g.find("A"), none}, true, 1000);
    trace::Timeline<GraphArea> timeline(run.initial, run.trace);
    timeline.seek(timeline.stepCount());
    EXPECT_EQ(timeline.state().distance, run.result.distance);
    EXPECT_EQ(timeline.state().order, run.result.order);
    timeline.seek(0);
    EXPECT_TRUE(timeline.state() == run.initial);
}

TEST(Dijkstra, ExplainsARelaxationWithTheNumbers) {
    const Graph g = cityMap();
    const auto* algo = findGraphAlgorithm("dijkstra");
    GraphRun run = algo->run(g, {*g.find("A"), none}, true, 1000);
    trace::Timeline<GraphArea> timeline(run.initial, run.trace);
    bool sawImprovement = false;
    while (timeline.forward()) {
        const std::string text = algo->explain(timeline.state(), timeline.lastEvent(), timeline.trace());
        EXPECT_FALSE(text.empty());
        if (text == "relax B→C: 4 + 3 = 7 < 9, C's distance becomes 7") sawImprovement = true;
    }
    EXPECT_TRUE(sawImprovement);
}

TEST(Dijkstra, NegativeWeightIsRejectedWithTheEdge) {
    GraphBuilder b(true);
    b.addEdge(b.vertex("A"), b.vertex("B"), 2);
    b.addEdge(b.vertex("B"), b.vertex("C"), -1);
    const Graph g = b.build();
    try {
        findGraphAlgorithm("dijkstra")->run(g, {0, none}, false, 0);
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("B→C"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("bellman-ford"), std::string::npos);
    }
}

TEST(Dijkstra, TracesReplayToTheUntracedResultOnRandomGraphs) {
    const auto* algo = findGraphAlgorithm("dijkstra");
    Random rng(1234);
    int withTarget = 0, reachedSomething = 0;
    for (int round = 0; round < 150; ++round) {
        testing::RandomGraphSpec spec;
        spec.maxVertices = 9;
        spec.edgeChance = rng.uniform(0.1, 0.5);
        spec.directed = rng.chance(0.6);
        spec.selfLoopChance = 0.05;
        spec.parallelChance = 0.1;
        spec.weights = round % 2 == 0 ? testing::Weights::Quarters : testing::Weights::Real;
        const Graph g = testing::randomGraph(rng, spec);
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        // Every other round stops at a target.
        const VertexId target = round % 2 == 0 ? none : static_cast<VertexId>(rng.below(g.vertexCount()));
        SCOPED_TRACE("round " + std::to_string(round));
        GraphState final;
        testing::checkTrace(*algo, g, {source, target}, rng, &final);

        // Really untraced: the algorithm itself with the null tracer, not through the catalogue.
        trace::NullTracer<GraphEvent> off;
        const ShortestPaths plain = dijkstra(g, source, off, target);
        EXPECT_EQ(final.distance, plain.distance);
        EXPECT_EQ(final.parent, plain.parent);
        EXPECT_EQ(final.order, plain.order);

        // Against brute force: relax every arc n − 1 times (Bellman–Ford, no heap, no settling).
        const std::size_t n = g.vertexCount();
        std::vector<double> best(n, unreached);
        best[source] = 0;
        for (std::size_t pass = 0; pass + 1 < n; ++pass)
            for (ArcId a = 0; a < g.arcCount(); ++a)
                if (best[g.tail(a)] != unreached && best[g.tail(a)] + g.weight(a) < best[g.head(a)])
                    best[g.head(a)] = best[g.tail(a)] + g.weight(a);
        const double tolerance = spec.weights == testing::Weights::Quarters ? 0.0 : 1e-9;
        // Every settled vertex has its shortest distance, and its parent arc lies on a shortest path.
        for (VertexId v : plain.order) {
            EXPECT_NEAR(plain.distance[v], best[v], tolerance) << g.name(v);
            if (v == source) {
                EXPECT_EQ(plain.parent[v], none);
                continue;
            }
            ASSERT_NE(plain.parent[v], none) << g.name(v);
            EXPECT_EQ(g.head(plain.parent[v]), v);
            EXPECT_EQ(plain.distance[g.tail(plain.parent[v])] + g.weight(plain.parent[v]), plain.distance[v]);
        }
        // The settle order never goes down in distance.
        for (std::size_t i = 1; i < plain.order.size(); ++i)
            EXPECT_LE(plain.distance[plain.order[i - 1]], plain.distance[plain.order[i]]);
        if (target == none) {
            // Without a target every reachable vertex is settled, and nothing else.
            std::size_t reachable = 0;
            for (VertexId v = 0; v < n; ++v) {
                reachable += best[v] != unreached;
                if (best[v] == unreached) {
                    EXPECT_EQ(plain.distance[v], unreached) << g.name(v);
                }
            }
            EXPECT_EQ(plain.order.size(), reachable);
            reachedSomething += reachable > 1;
        } else {
            // With one, it stops right after settling the target (or runs out of reachable vertices).
            ++withTarget;
            if (best[target] != unreached) {
                ASSERT_FALSE(plain.order.empty());
                EXPECT_EQ(plain.order.back(), target);
                EXPECT_NEAR(plain.distance[target], best[target], tolerance);
            } else {
                EXPECT_EQ(std::count(plain.order.begin(), plain.order.end(), target), 0);
            }
        }
    }
    EXPECT_GT(withTarget, 50);
    EXPECT_GT(reachedSomething, 20);
}

}  // namespace stepwise::graph
