#include "core/graph/Dfs.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/graph/GraphCatalogue.h"
#include "tests/core/graph/GraphReference.h"
#include "tests/core/graph/TestGraphs.h"
#include "tests/core/graph/TraceText.h"

namespace stepwise::graph {
namespace {

constexpr int kGraphs = 600;

DfsResult plainDfs(const Graph& g, VertexId source) {
    trace::NullTracer<GraphEvent> tracer;
    return dfs(g, source, tracer);
}

/// u's interval [d, f] contains v's.
bool encloses(const DfsResult& r, VertexId u, VertexId v) {
    return r.discovered[u] <= r.discovered[v] && r.finished[v] <= r.finished[u];
}

}  // namespace

TEST(Dfs, TimesAreAPermutationAndIntervalsNest) {
    Random rng(21);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = i % 2 == 0});
        const std::size_t n = g.vertexCount();
        const DfsResult r = plainDfs(g, static_cast<VertexId>(rng.below(n)));
        std::vector<int> used(2 * n, 0);
        for (VertexId v = 0; v < n; ++v) {
            ASSERT_LT(r.discovered[v], r.finished[v]);
            ASSERT_LT(r.finished[v], 2 * n);
            ++used[r.discovered[v]];
            ++used[r.finished[v]];
        }
        EXPECT_TRUE(std::all_of(used.begin(), used.end(), [](int k) { return k == 1; }));
        for (VertexId u = 0; u < n; ++u)
            for (VertexId v = 0; v < n; ++v) {
                const bool disjoint = r.finished[u] < r.discovered[v] || r.finished[v] < r.discovered[u];
                EXPECT_TRUE(disjoint || encloses(r, u, v) || encloses(r, v, u))
                    << "parenthesis theorem, graph " << i;
            }
        EXPECT_EQ(r.order.size(), n);
        for (std::size_t k = 1; k < r.order.size(); ++k)
            EXPECT_LT(r.finished[r.order[k - 1]], r.finished[r.order[k]]);
    }
}

TEST(Dfs, DirectedEdgeKindsAgreeWithTimes) {
    Random rng(22);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = true});
        const DfsResult r = plainDfs(g, static_cast<VertexId>(rng.below(g.vertexCount())));
        const auto& d = r.discovered;
        const auto& f = r.finished;
        for (EdgeId e = 0; e < g.edgeCount(); ++e) {
            const VertexId u = g.edge(e).from, v = g.edge(e).to;
            const bool isParentEdge = r.parent[v] != none && g.edgeOf(r.parent[v]) == e;
            switch (r.edgeKinds[e]) {
                case EdgeMark::Tree:
                    EXPECT_TRUE(isParentEdge);
                    [[fallthrough]];
                case EdgeMark::Forward:
                    EXPECT_TRUE(d[u] < d[v] && d[v] < f[v] && f[v] < f[u]) << "graph " << i << " edge " << e;
                    if (r.edgeKinds[e] == EdgeMark::Forward) {
                        EXPECT_FALSE(isParentEdge);
                    }
                    break;
                case EdgeMark::Back:
                    EXPECT_TRUE(d[v] <= d[u] && d[u] < f[u] && f[u] <= f[v]) << "graph " << i;
                    break;
                case EdgeMark::Cross:
                    EXPECT_LT(f[v], d[u]) << "graph " << i;
                    break;
                default:
                    ADD_FAILURE() << "edge " << e << " of graph " << i << " was not classified";
            }
        }
    }
}

TEST(Dfs, UndirectedEdgesAreTreeOrBackBetweenAncestorAndDescendant) {
    Random rng(23);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = false});
        const DfsResult r = plainDfs(g, static_cast<VertexId>(rng.below(g.vertexCount())));
        for (EdgeId e = 0; e < g.edgeCount(); ++e) {
            const VertexId u = g.edge(e).from, v = g.edge(e).to;
            const EdgeMark kind = r.edgeKinds[e];
            ASSERT_TRUE(kind == EdgeMark::Tree || kind == EdgeMark::Back) << "graph " << i;
            EXPECT_TRUE(encloses(r, u, v) || encloses(r, v, u));
            const bool parentEdge = (r.parent[v] != none && g.edgeOf(r.parent[v]) == e) ||
                                    (r.parent[u] != none && g.edgeOf(r.parent[u]) == e);
            EXPECT_EQ(kind == EdgeMark::Tree, parentEdge) << "graph " << i << " edge " << e;
        }
    }
}

TEST(Dfs, TheSourceTreeHoldsExactlyTheVerticesItReaches) {
    Random rng(24);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = i % 2 == 0});
        const auto s = static_cast<VertexId>(rng.below(g.vertexCount()));
        const DfsResult r = plainDfs(g, s);
        const auto hops = testing::allPairsHops(g);
        EXPECT_EQ(r.discovered[s], 0u);
        for (VertexId v = 0; v < g.vertexCount(); ++v) EXPECT_EQ(encloses(r, s, v), hops[s][v] != none);
    }
}

TEST(Dfs, RootsAfterTheSourceStartInIdOrder) {
    Random rng(25);
    for (int i = 0; i < kGraphs; ++i) {
        const Graph g = testing::randomGraph(rng, {.directed = true, .maxEdgesPerVertex = 0.7});
        const auto s = static_cast<VertexId>(rng.below(g.vertexCount()));
        const DfsResult r = plainDfs(g, s);
        std::vector<VertexId> roots;
        for (VertexId v = 0; v < g.vertexCount(); ++v)
            if (r.parent[v] == none && v != s) roots.push_back(v);
        for (std::size_t k = 1; k < roots.size(); ++k)
            EXPECT_LT(r.discovered[roots[k - 1]], r.discovered[roots[k]]);
        for (VertexId root : roots) EXPECT_GT(r.discovered[root], r.finished[s]);
    }
}

TEST(Dfs, DeepPathNeedsNoRecursion) {
    const Graph g = testing::longPath(250'000, true, true);
    const DfsResult r = plainDfs(g, 0);
    EXPECT_EQ(r.finished[0], 2 * 250'000u - 1);
    EXPECT_EQ(r.order.front(), 249'999u);
    EXPECT_EQ(r.edgeKinds[g.edgeCount() - 1], EdgeMark::Back);
}

TEST(Dfs, RunsFromTheFirstVertexWithoutASource) {
    const Graph g = testing::longPath(4, false, false);
    const GraphRun run = findGraphAlgorithm("dfs")->run(g, {}, false, 0);
    EXPECT_EQ(run.result.discovered, (std::vector<std::uint32_t>{0, 1, 2, 3}));
    EXPECT_EQ(run.result.finished, (std::vector<std::uint32_t>{7, 6, 5, 4}));
}

TEST(Dfs, ExplainsEachEdgeKindWithTheTimes) {
    GraphBuilder d(true);
    const auto A = d.vertex("A"), B = d.vertex("B"), C = d.vertex("C"), D = d.vertex("D");
    d.addEdge(A, B);
    d.addEdge(B, C);
    d.addEdge(A, C);
    d.addEdge(D, C);
    const auto directed = testing::stepTexts("dfs", d.build(), {A, none});
    EXPECT_TRUE(testing::contains(directed,
                                  "A→C leads to C, already black and discovered after A (2 > 0): a forward "
                                  "edge to a descendant"));
    EXPECT_TRUE(testing::contains(
        directed, "D→C leads to C, finished at 3 before D was discovered at 6: a cross edge"));

    GraphBuilder u(false);
    const auto X = u.vertex("A"), Y = u.vertex("B"), Z = u.vertex("C");
    u.addEdge(X, Y);
    u.addEdge(Y, Z);
    u.addEdge(Z, X);
    const auto undirected = testing::stepTexts("dfs", u.build(), {X, none});
    EXPECT_TRUE(testing::contains(
        undirected,
        "C–A leads to A, still grey on the stack (an ancestor): a back edge, which closes a cycle"));
    EXPECT_TRUE(testing::contains(
        undirected, "B–A was already classified from A's side (the tree edge to the parent), skip it"));
    EXPECT_TRUE(testing::contains(undirected, "A–C was already classified from C's side, skip it"));
}

}  // namespace stepwise::graph
