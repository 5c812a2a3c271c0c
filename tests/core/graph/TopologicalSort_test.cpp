#include "core/graph/TopologicalSort.h"

#include <gtest/gtest.h>

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "tests/core/graph/GraphReference.h"
#include "tests/core/graph/TestGraphs.h"
#include "tests/core/graph/TraceText.h"

namespace stepwise::graph {
namespace {

constexpr int kGraphs = 800;

TopologicalOrder kahn(const Graph& g) {
    trace::NullTracer<GraphEvent> tracer;
    return kahnTopologicalSort(g, tracer);
}

TopologicalOrder byDfs(const Graph& g) {
    trace::NullTracer<GraphEvent> tracer;
    return dfsTopologicalSort(g, tracer);
}

/// Half the graphs acyclic by construction, half random (mostly cyclic), sizes 0..9.
Graph someDirectedGraph(Random& rng, int i) {
    return testing::randomGraph(rng, {.directed = true, .minVertices = 0, .acyclic = i % 2 == 0});
}

bool hasCycle(const Graph& g) {
    const auto reach = testing::transitiveClosure(g);
    for (VertexId v = 0; v < g.vertexCount(); ++v)
        if (reach[v][v]) return true;
    return false;
}

void expectValidOrder(const Graph& g, const std::vector<VertexId>& order, int i) {
    ASSERT_EQ(order.size(), g.vertexCount()) << "graph " << i;
    std::vector<std::size_t> position(g.vertexCount(), none);
    for (std::size_t k = 0; k < order.size(); ++k) {
        ASSERT_EQ(position[order[k]], none) << "vertex twice, graph " << i;
        position[order[k]] = k;
    }
    for (const auto& e : g.edges()) EXPECT_LT(position[e.from], position[e.to]) << "graph " << i;
}

void expectCycleInGraph(const Graph& g, const std::vector<VertexId>& cycle, int i) {
    ASSERT_FALSE(cycle.empty());
    std::vector<bool> seen(g.vertexCount(), false);
    for (std::size_t k = 0; k < cycle.size(); ++k) {
        EXPECT_FALSE(seen[cycle[k]]) << "a vertex repeats in the cycle, graph " << i;
        seen[cycle[k]] = true;
        EXPECT_TRUE(testing::hasArc(g, cycle[k], cycle[(k + 1) % cycle.size()])) << "graph " << i;
    }
}

}  // namespace

TEST(TopologicalSort, OrdersRespectEveryEdgeAndBothMethodsAgreeOnCycles) {
    Random rng(31);
    int acyclic = 0;
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = someDirectedGraph(rng, i);
        const bool cyclic = hasCycle(g);
        const TopologicalOrder k = kahn(g), d = byDfs(g);
        EXPECT_EQ(k.cycle.has_value(), cyclic) << "graph " << i;
        EXPECT_EQ(d.cycle.has_value(), cyclic) << "graph " << i;
        if (cyclic) {
            EXPECT_TRUE(k.order.empty());
            EXPECT_TRUE(d.order.empty());
            continue;
        }
        ++acyclic;
        expectValidOrder(g, k.order, i);
        expectValidOrder(g, d.order, i);
    }
    EXPECT_GT(acyclic, kGraphs / 3);  // the property above was exercised, not skipped
}

TEST(TopologicalSort, ReportedCyclesAreCyclesOfTheGraph) {
    Random rng(32);
    int cyclic = 0;
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = true, .minVertices = 1});
        const TopologicalOrder k = kahn(g), d = byDfs(g);
        if (k.cycle) expectCycleInGraph(g, *k.cycle, i);
        if (d.cycle) expectCycleInGraph(g, *d.cycle, i);
        cyclic += k.cycle.has_value();
    }
    EXPECT_GT(cyclic, kGraphs / 3);
}

TEST(TopologicalSort, KahnTakesZeroInDegreeVerticesInInputOrder) {
    GraphBuilder b(true);
    const auto C = b.vertex("C"), A = b.vertex("A"), B = b.vertex("B"), D = b.vertex("D");
    b.addEdge(A, D);
    b.addEdge(C, D);
    b.addEdge(B, A);
    const Graph g = b.build();
    EXPECT_EQ(kahn(g).order, (std::vector<VertexId>{C, B, A, D}));
    EXPECT_EQ(byDfs(g).order, (std::vector<VertexId>{B, A, C, D}));
}

TEST(TopologicalSort, SelfLoopIsACycleOfOneVertex) {
    GraphBuilder b(true);
    const auto A = b.vertex("A"), B = b.vertex("B");
    b.addEdge(A, B);
    b.addEdge(B, B);
    const Graph g = b.build();
    EXPECT_EQ(kahn(g).cycle, std::vector<VertexId>{B});
    EXPECT_EQ(byDfs(g).cycle, std::vector<VertexId>{B});
}

TEST(TopologicalSort, UndirectedGraphIsRejected) {
    const Graph g = testing::longPath(3, false, false);
    for (const char* id : {"topological-sort:kahn", "topological-sort:dfs"}) {
        try {
            findGraphAlgorithm(id)->run(g, {}, false, 0);
            ADD_FAILURE() << id << " accepted an undirected graph";
        } catch (const InputError& e) {
            EXPECT_EQ(e.message(), "topological sort needs a directed graph");
        }
    }
}

TEST(TopologicalSort, DeepChainNeedsNoRecursion) {
    const Graph g = testing::longPath(250'000, true, false);
    const auto d = byDfs(g);
    ASSERT_EQ(d.order.size(), 250'000u);
    EXPECT_EQ(d.order.front(), 0u);
    EXPECT_EQ(d.order.back(), 249'999u);
    EXPECT_EQ(byDfs(testing::longPath(250'000, true, true)).cycle->size(), 250'000u);
    EXPECT_EQ(kahn(testing::longPath(250'000, true, true)).cycle->size(), 250'000u);
}

TEST(TopologicalSort, ExplainsInDegreesAndTheCycle) {
    GraphBuilder b(true);
    const auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C");
    b.addEdge(A, C);
    b.addEdge(B, C);
    const auto kahnTexts = testing::stepTexts("topological-sort:kahn", b.build());
    EXPECT_TRUE(testing::contains(kahnTexts, "remove A→C: C's in-degree drops to 1"));
    EXPECT_TRUE(testing::contains(kahnTexts, "dequeue C: it is number 3 in the topological order (A B C)"));

    b.addEdge(C, A);
    const auto dfsTexts = testing::stepTexts("topological-sort:dfs", b.build());
    EXPECT_TRUE(
        testing::contains(dfsTexts,
                          "C→A leads back to A, still grey on the DFS path: a back edge closes a cycle "
                          "of 2 vertices, so no topological order exists; stop"));
}

}  // namespace stepwise::graph
