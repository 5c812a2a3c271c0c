#include <gtest/gtest.h>

#include <set>

#include "core/graph/CycleDetection.h"
#include "core/graph/GraphCatalogue.h"
#include "tests/core/graph/GraphReference.h"
#include "tests/core/graph/TestGraphs.h"
#include "tests/core/graph/TraceText.h"

namespace stepwise::graph {
namespace {

constexpr int kGraphs = 800;

CycleResult detect(const Graph& g) {
    trace::NullTracer<GraphEvent> tracer;
    return findCycle(g, tracer);
}

/// The arcs really chain through the reported vertices, and (undirected) use distinct edges.
void expectConsistentCycle(const Graph& g, const CycleResult& r, int i) {
    ASSERT_TRUE(r.cycle);
    const auto& cycle = *r.cycle;
    ASSERT_EQ(r.arcs.size(), cycle.size());
    std::set<VertexId> vertices(cycle.begin(), cycle.end());
    std::set<EdgeId> edges;
    EXPECT_EQ(vertices.size(), cycle.size()) << "graph " << i;
    for (std::size_t k = 0; k < cycle.size(); ++k) {
        EXPECT_EQ(g.tail(r.arcs[k]), cycle[k]) << "graph " << i;
        EXPECT_EQ(g.head(r.arcs[k]), cycle[(k + 1) % cycle.size()]) << "graph " << i;
        edges.insert(g.edgeOf(r.arcs[k]));
    }
    EXPECT_EQ(edges.size(), cycle.size()) << "an edge is used twice, graph " << i;
}

}  // namespace

// The oracle is the brute-force transitive closure (GraphReference.h): a directed graph has a cycle
// exactly when some vertex reaches itself. (Kahn's sort would share the core's graph code and its
// idea of a cycle; the closure shares nothing.)
TEST(Cycle, DirectedHasACycleExactlyWhenSomeVertexReachesItself) {
    Random rng(51);
    int cyclic = 0;
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g =
            testing::randomGraph(rng, {.directed = true, .minVertices = 0, .acyclic = i % 3 == 0});
        const auto reach = testing::transitiveClosure(g);
        bool onACycle = false;
        for (VertexId v = 0; v < g.vertexCount(); ++v) onACycle = onACycle || reach[v][v];
        const CycleResult r = detect(g);
        EXPECT_EQ(r.cycle.has_value(), onACycle) << "graph " << i;
        if (r.cycle) {
            expectConsistentCycle(g, r, i);
            for (VertexId v : *r.cycle)
                EXPECT_TRUE(reach[v][v]) << "graph " << i << ": vertex " << v << " is on no cycle";
        }
        cyclic += onACycle;
    }
    EXPECT_GT(cyclic, kGraphs / 4);
    EXPECT_LT(cyclic, kGraphs * 3 / 4);
}

TEST(Cycle, UndirectedHasACycleExactlyWhenEdgesExceedVerticesMinusComponents) {
    // Self-loops and parallel edges are cycles of the multigraph, so the forest bound holds for them too.
    Random rng(52);
    int cyclic = 0;
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = false,
                                                   .minVertices = 0,
                                                   .maxEdgesPerVertex = 1.2,
                                                   .selfLoops = i % 2 == 0,
                                                   .parallelEdges = i % 4 < 2});
        const std::size_t bound = g.vertexCount() - testing::connectedComponentCount(g);
        const CycleResult r = detect(g);
        EXPECT_EQ(r.cycle.has_value(), g.edgeCount() > bound) << "graph " << i;
        if (r.cycle) expectConsistentCycle(g, r, i);
        cyclic += r.cycle.has_value();
    }
    EXPECT_GT(cyclic, kGraphs / 4);
    EXPECT_LT(cyclic, kGraphs * 3 / 4);
}

TEST(Cycle, ParallelUndirectedEdgesAndSelfLoopsAreCycles) {
    GraphBuilder b(false);
    const auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C");
    b.addEdge(A, B);
    b.addEdge(B, A);
    b.addEdge(C, C);
    const Graph g = b.build();
    EXPECT_EQ(detect(g).cycle, (std::vector<VertexId>{A, B}));

    GraphBuilder single(false);
    single.addEdge(single.vertex("A"), single.vertex("A"));
    EXPECT_EQ(detect(single.build()).cycle, std::vector<VertexId>{0});

    GraphBuilder tree(false);
    tree.addEdge(tree.vertex("A"), tree.vertex("B"));
    tree.addEdge(tree.vertex("A"), tree.vertex("C"));
    EXPECT_FALSE(detect(tree.build()).cycle);
}

TEST(Cycle, LongCycleIsFoundWithoutRecursion) {
    for (bool directed : {true, false}) {
        const auto r = detect(testing::longPath(250'000, directed, true));
        ASSERT_TRUE(r.cycle);
        EXPECT_EQ(r.cycle->size(), 250'000u);
        EXPECT_FALSE(detect(testing::longPath(250'000, directed, false)).cycle);
    }
}

TEST(Cycle, ExplainsTheClosingEdgeOrThatThereIsNone) {
    GraphBuilder b(false);
    const auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C");
    b.addEdge(A, B);
    b.addEdge(B, C);
    EXPECT_TRUE(testing::contains(
        testing::stepTexts("cycle", b.build()),
        "every vertex is finished without reaching a grey vertex again: the graph (3 vertices, "
        "2 edges) has no cycle"));
    b.addEdge(C, A);
    EXPECT_TRUE(testing::contains(
        testing::stepTexts("cycle", b.build()),
        "C–A leads to A, still grey on the current path and not the edge C came in by: the path "
        "from A to C plus this edge is a cycle of 3 edges, stop"));
}

}  // namespace stepwise::graph
