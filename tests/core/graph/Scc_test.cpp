#include <gtest/gtest.h>

#include "core/graph/GraphCatalogue.h"
#include "core/graph/StronglyConnected.h"
#include "tests/core/graph/GraphReference.h"
#include "tests/core/graph/TestGraphs.h"
#include "tests/core/graph/TraceText.h"

namespace stepwise::graph {
namespace {

constexpr int kGraphs = 800;

SccResult tarjan(const Graph& g) {
    trace::NullTracer<GraphEvent> tracer;
    return tarjanScc(g, tracer);
}

SccResult kosaraju(const Graph& g) {
    trace::NullTracer<GraphEvent> tracer;
    return kosarajuScc(g, tracer);
}

}  // namespace

TEST(Scc, ComponentsAreTheMutualReachabilityClasses) {
    Random rng(41);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g =
            testing::randomGraph(rng, {.directed = i % 4 != 0, .minVertices = 0, .maxVertices = 10});
        const auto expected = testing::mutualReachabilityClasses(g);
        EXPECT_EQ(componentLists(tarjan(g)), expected) << "Tarjan, graph " << i;
        EXPECT_EQ(componentLists(kosaraju(g)), expected) << "Kosaraju, graph " << i;
    }
}

TEST(Scc, TarjanFindsComponentsInReverseTopologicalOrderKosarajuInTopologicalOrder) {
    Random rng(42);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = true, .maxEdgesPerVertex = 1.2});
        const SccResult t = tarjan(g), k = kosaraju(g);
        ASSERT_EQ(t.count, k.count);
        for (ArcId a = 0; a < g.arcCount(); ++a) {
            const VertexId u = g.tail(a), v = g.head(a);
            if (t.component[u] != t.component[v]) {
                EXPECT_GT(t.component[u], t.component[v]) << "graph " << i;
            }
            if (k.component[u] != k.component[v]) {
                EXPECT_LT(k.component[u], k.component[v]) << "graph " << i;
            }
        }
    }
}

TEST(Scc, CatalogueListsComponentsByFirstVertex) {
    GraphBuilder b(true);
    const auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C"), D = b.vertex("D");
    b.addEdge(A, B);
    b.addEdge(B, C);
    b.addEdge(C, B);
    b.addEdge(D, A);
    const Graph g = b.build();
    const std::vector<std::vector<VertexId>> expected{{A}, {B, C}, {D}};
    EXPECT_EQ(findGraphAlgorithm("scc:tarjan")->run(g, {}, false, 0).result.components, expected);
    EXPECT_EQ(findGraphAlgorithm("scc:kosaraju")->run(g, {}, false, 0).result.components, expected);
}

TEST(Scc, LongCycleIsOneComponentWithoutRecursion) {
    const Graph cycle = testing::longPath(250'000, true, true);
    EXPECT_EQ(tarjan(cycle).count, 1u);
    EXPECT_EQ(kosaraju(cycle).count, 1u);
    const Graph path = testing::longPath(250'000, true, false);
    EXPECT_EQ(tarjan(path).count, 250'000u);
    EXPECT_EQ(kosaraju(path).count, 250'000u);
}

TEST(Scc, ExplainsLowLinksAndPops) {
    GraphBuilder b(true);
    const auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C"), D = b.vertex("D");
    b.addEdge(A, B);
    b.addEdge(B, C);
    b.addEdge(C, A);
    b.addEdge(C, D);
    const Graph g = b.build();
    const auto tarjanTexts = testing::stepTexts("scc:tarjan", g);
    EXPECT_TRUE(testing::contains(tarjanTexts,
                                  "low[C] ← min(2, 0) = 0: C reaches a vertex still on the stack with a "
                                  "smaller index, so it is not the root of its component"));
    EXPECT_TRUE(testing::contains(tarjanTexts, "pop A: it joins the 2nd component found (stack: empty)"));
    const auto kosarajuTexts = testing::stepTexts("scc:kosaraju", g);
    EXPECT_TRUE(testing::contains(kosarajuTexts,
                                  "pass 2: C→A means C reaches A, so it belongs to the 1st component found"));
    EXPECT_TRUE(testing::contains(kosarajuTexts,
                                  "D is the latest finished vertex without a component: it starts the 2nd "
                                  "component found"));
}

}  // namespace stepwise::graph
