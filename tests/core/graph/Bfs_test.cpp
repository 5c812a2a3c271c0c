#include "core/graph/Bfs.h"

#include <gtest/gtest.h>

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/trace/Timeline.h"
#include "tests/core/graph/GraphReference.h"
#include "tests/core/graph/TestGraphs.h"

namespace stepwise::graph {
namespace {

constexpr int kGraphs = 600;

BfsResult plainBfs(const Graph& g, VertexId source) {
    trace::NullTracer<GraphEvent> tracer;
    return bfs(g, source, tracer);
}

}  // namespace

TEST(Bfs, DistancesAreHopCounts) {
    Random rng(11);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = i % 2 == 0});
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        const auto hops = testing::allPairsHops(g);
        const BfsResult r = plainBfs(g, source);
        for (VertexId v = 0; v < g.vertexCount(); ++v)
            EXPECT_EQ(r.hops[v], hops[source][v]) << "graph " << i << " v" << v;
    }
}

TEST(Bfs, ParentsFormAShortestPathTree) {
    Random rng(12);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = i % 2 == 1});
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        const BfsResult r = plainBfs(g, source);
        EXPECT_EQ(r.parent[source], none);
        for (VertexId v = 0; v < g.vertexCount(); ++v) {
            if (v == source || r.hops[v] == none) {
                EXPECT_EQ(r.parent[v], none);
                continue;
            }
            ASSERT_NE(r.parent[v], none);
            EXPECT_EQ(g.head(r.parent[v]), v);
            EXPECT_EQ(r.hops[g.tail(r.parent[v])] + 1, r.hops[v]);
        }
    }
}

TEST(Bfs, VisitsEveryReachableVertexOnceInNondecreasingHops) {
    Random rng(13);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = i % 3 != 0});
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        const BfsResult r = plainBfs(g, source);
        std::size_t reachable = 0;
        for (auto h : r.hops) reachable += h != none;
        ASSERT_EQ(r.order.size(), reachable);
        EXPECT_EQ(r.order.front(), source);
        std::vector<int> seen(g.vertexCount(), 0);
        for (std::size_t k = 0; k < r.order.size(); ++k) {
            EXPECT_EQ(++seen[r.order[k]], 1);
            if (k > 0) {
                EXPECT_LE(r.hops[r.order[k - 1]], r.hops[r.order[k]]);
            }
        }
    }
}

TEST(Bfs, CatalogueDistancesUseInfinityForUnreachable) {
    GraphBuilder b(true);
    const auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C");
    b.addEdge(A, B);
    b.addEdge(C, A);
    const Graph g = b.build();
    const GraphRun run = findGraphAlgorithm("bfs")->run(g, {A, none}, false, 0);
    EXPECT_EQ(run.result.distance, (std::vector<double>{0, 1, unreached}));
    EXPECT_EQ(run.result.order, (std::vector<VertexId>{A, B}));
}

TEST(Bfs, ExplainsADiscoveryWithHopsAndParent) {
    GraphBuilder b(false);
    const auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C");
    b.addEdge(A, B);
    b.addEdge(B, C);
    const Graph g = b.build();
    const auto* algo = findGraphAlgorithm("bfs");
    GraphRun run = algo->run(g, {A, none}, true, 1000);
    trace::Timeline<GraphArea> timeline(run.initial, run.trace);
    std::vector<std::string> texts;
    while (timeline.forward())
        texts.push_back(algo->explain(timeline.state(), timeline.lastEvent(), timeline.trace()));
    EXPECT_NE(
        std::find(texts.begin(), texts.end(),
                  "B–C: C is new, so it is 2 hops away (one more than B); its parent is B and it joins the "
                  "back of the queue"),
        texts.end());
    EXPECT_NE(std::find(texts.begin(), texts.end(), "B–A: A was already seen (0 hops away), nothing changes"),
              texts.end());
}

TEST(Bfs, MissingSourceIsAnInputError) {
    const Graph g = testing::longPath(3, true, false);
    EXPECT_THROW(findGraphAlgorithm("bfs")->run(g, {none, none}, false, 0), InputError);
}

}  // namespace stepwise::graph
