// Prim and Kruskal: both agree with each other and with brute force over edge subsets, build a spanning
// forest (n - components edges, no cycle, same connectivity as the graph), and replay exactly.
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <set>

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Kruskal.h"
#include "core/graph/Prim.h"
#include "tests/core/graph/PathsTestGraphs.h"

namespace stepwise::graph {
namespace {

/// A tiny union-find for the checks, independent of the one under test.
struct Sets {
    std::vector<VertexId> parent;
    explicit Sets(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), VertexId{0}); }
    VertexId find(VertexId v) { return parent[v] == v ? v : parent[v] = find(parent[v]); }
    bool unite(VertexId a, VertexId b) {
        a = find(a), b = find(b);
        if (a == b) return false;
        parent[a] = b;
        return true;
    }
};

std::size_t componentCount(const Graph& g) {
    Sets sets(g.vertexCount());
    std::size_t c = g.vertexCount();
    for (const Edge& e : g.edges()) c -= sets.unite(e.from, e.to);
    return c;
}

/// The lightest spanning forest by trying every subset of edges (m <= 16).
double bruteForceForestWeight(const Graph& g) {
    const std::size_t m = g.edgeCount();
    const std::size_t want = g.vertexCount() - componentCount(g);
    double best = unreached;
    for (std::uint32_t mask = 0; mask < (1u << m); ++mask) {
        if (static_cast<std::size_t>(std::popcount(mask)) != want) continue;
        Sets sets(g.vertexCount());
        double weight = 0;
        bool acyclic = true;
        for (EdgeId e = 0; e < m && acyclic; ++e)
            if (mask & (1u << e)) {
                acyclic = sets.unite(g.edge(e).from, g.edge(e).to);
                weight += g.edge(e).weight;
            }
        if (acyclic) best = std::min(best, weight);
    }
    return best;
}

/// The edges form a forest with n - components edges that connects whatever the graph connects.
void expectSpanningForest(const Graph& g, const std::vector<EdgeId>& tree, double totalWeight,
                          const char* who) {
    EXPECT_EQ(tree.size(), g.vertexCount() - componentCount(g)) << who;
    Sets sets(g.vertexCount());
    double weight = 0;
    for (const EdgeId e : tree) {
        ASSERT_LT(e, g.edgeCount()) << who;
        EXPECT_TRUE(sets.unite(g.edge(e).from, g.edge(e).to)) << who << ": edge " << e << " closes a cycle";
        weight += g.edge(e).weight;
    }
    for (const Edge& e : g.edges()) EXPECT_EQ(sets.find(e.from), sets.find(e.to)) << who << ": not spanning";
    EXPECT_NEAR(weight, totalWeight, 1e-9 * std::max(1.0, std::fabs(weight))) << who;
}

GraphRun runMst(const char* id, const Graph& g, VertexId source = none) {
    return findGraphAlgorithm(id)->run(g, {source, none}, false, 0);
}

testing::RandomGraphSpec undirectedSpec(std::size_t maxVertices, double edgeChance,
                                        testing::Weights weights) {
    testing::RandomGraphSpec spec;
    spec.directed = false;
    spec.maxVertices = maxVertices;
    spec.edgeChance = edgeChance;
    spec.weights = weights;
    spec.minWeight = -3;
    spec.maxWeight = 9;
    return spec;
}

}  // namespace

TEST(Mst, PrimAndKruskalMatchBruteForceOnTinyGraphs) {
    Random rng(8128);
    int checked = 0;
    for (int round = 0; round < 700; ++round) {
        auto spec = undirectedSpec(6, rng.uniform(0.2, 0.7),
                                   round % 2 == 0 ? testing::Weights::Integer : testing::Weights::Quarters);
        spec.selfLoopChance = 0.05;
        spec.parallelChance = 0.1;
        Graph g = testing::randomGraph(rng, spec);
        if (g.edgeCount() > 16) continue;
        ++checked;
        SCOPED_TRACE("round " + std::to_string(round));
        const double best = bruteForceForestWeight(g);
        const GraphRun prim = runMst("mst:prim", g);
        const GraphRun kruskal = runMst("mst:kruskal", g);
        // Integer and quarter weights add up exactly in any order.
        EXPECT_EQ(prim.result.totalWeight, best);
        EXPECT_EQ(kruskal.result.totalWeight, best);
        expectSpanningForest(g, prim.result.treeEdges, prim.result.totalWeight, "Prim");
        expectSpanningForest(g, kruskal.result.treeEdges, kruskal.result.totalWeight, "Kruskal");
    }
    EXPECT_GE(checked, 500);
}

TEST(Mst, PrimAndKruskalAgreeOnLargerGraphsWithRealWeights) {
    Random rng(1729);
    for (int round = 0; round < 500; ++round) {
        const auto spec = undirectedSpec(40, rng.uniform(0.02, 0.3), testing::Weights::Real);
        const Graph g = testing::randomGraph(rng, spec);
        SCOPED_TRACE("round " + std::to_string(round));
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        const GraphRun prim = runMst("mst:prim", g, source);
        const GraphRun prim0 = runMst("mst:prim", g);
        const GraphRun kruskal = runMst("mst:kruskal", g);
        EXPECT_NEAR(prim.result.totalWeight, kruskal.result.totalWeight,
                    1e-9 * std::max(1.0, std::fabs(kruskal.result.totalWeight)));
        EXPECT_NEAR(prim0.result.totalWeight, kruskal.result.totalWeight,
                    1e-9 * std::max(1.0, std::fabs(kruskal.result.totalWeight)));
        expectSpanningForest(g, prim.result.treeEdges, prim.result.totalWeight, "Prim");
        expectSpanningForest(g, kruskal.result.treeEdges, kruskal.result.totalWeight, "Kruskal");
        // Distinct real weights make the minimum spanning forest unique: the same edge set.
        std::set<EdgeId> a(prim.result.treeEdges.begin(), prim.result.treeEdges.end());
        std::set<EdgeId> b(kruskal.result.treeEdges.begin(), kruskal.result.treeEdges.end());
        EXPECT_EQ(a, b);
        // Prim from the given source grows that vertex's tree first.
        EXPECT_EQ(prim.result.order.front(), source);
    }
}

TEST(Mst, TracesReplayToTheUntracedResult) {
    Random rng(6174);
    for (const char* id : {"mst:prim", "mst:kruskal"}) {
        const auto* algo = findGraphAlgorithm(id);
        ASSERT_NE(algo, nullptr) << id;
        EXPECT_FALSE(algo->needsSource);
        bool sawCompression = false;
        for (int round = 0; round < 150; ++round) {
            auto spec = undirectedSpec(9, rng.uniform(0.1, 0.6), testing::Weights::Quarters);
            spec.parallelChance = 0.1;
            spec.selfLoopChance = 0.05;
            const Graph g = testing::randomGraph(rng, spec);
            SCOPED_TRACE(std::string(id) + " round " + std::to_string(round));
            GraphState final;
            const GraphRun traced = testing::checkTrace(*algo, g, {none, none}, rng, &final);
            const GraphRun plain = algo->run(g, {none, none}, false, 0);
            EXPECT_EQ(traced.result.treeEdges, plain.result.treeEdges);
            std::set<EdgeId> chosen;
            for (EdgeId e = 0; e < g.edgeCount(); ++e)
                if (final.edgeMark[e] == EdgeMark::Chosen) chosen.insert(e);
            EXPECT_EQ(chosen, std::set<EdgeId>(plain.result.treeEdges.begin(), plain.result.treeEdges.end()));
            if (std::string(id) == "mst:prim") {
                EXPECT_EQ(final.order, plain.result.order);
                EXPECT_EQ(final.parent, plain.result.parent);
                continue;
            }
            // Kruskal: the state's group[] is the union-find forest; its roots give the tree's components.
            Sets sets(g.vertexCount());
            for (const EdgeId e : plain.result.treeEdges) sets.unite(g.edge(e).from, g.edge(e).to);
            auto root = [&](VertexId v) {
                while (final.group[v] != v) v = final.group[v];
                return v;
            };
            for (VertexId u = 0; u < g.vertexCount(); ++u)
                for (VertexId v = 0; v < g.vertexCount(); ++v)
                    EXPECT_EQ(root(u) == root(v), sets.find(u) == sets.find(v));
            for (const GraphEvent& e : traced.trace.events)
                if (auto* a = std::get_if<event::Assign>(&e); a && a->old != a->v) sawCompression = true;
        }
        if (std::string(id) == "mst:kruskal") {
            EXPECT_TRUE(sawCompression);
        }
    }
}

TEST(Mst, ExplainsChoicesWithNamesAndNumbers) {
    GraphBuilder b(false);
    auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C"), D = b.vertex("D"), E = b.vertex("E");
    b.addEdge(A, B, 1);
    b.addEdge(B, C, 2);
    b.addEdge(A, C, 3);
    b.addEdge(D, E, 4);
    const Graph g = b.build();
    auto lines = [&](const char* id) {
        const auto* algo = findGraphAlgorithm(id);
        const GraphRun run = algo->run(g, {none, none}, true, 1000);
        trace::Timeline<GraphArea> timeline(run.initial, run.trace);
        std::vector<std::string> out;
        while (timeline.forward())
            out.push_back(algo->explain(timeline.state(), timeline.lastEvent(), timeline.trace()));
        return out;
    };
    auto has = [](const std::vector<std::string>& all, const std::string& text) {
        return std::find(all.begin(), all.end(), text) != all.end();
    };
    const auto kruskal = lines("mst:kruskal");
    EXPECT_TRUE(
        has(kruskal, "A and C already share the root A: A–C (weight 3) would close a cycle, reject it"));
    EXPECT_TRUE(has(kruskal,
                    "the edges ran out with 3 chosen: the graph has 2 components, so this is a minimum "
                    "spanning forest of total weight 7"));
    const auto prim = lines("mst:prim");
    EXPECT_TRUE(has(prim, "edge B–C weighs 2 < 3, C's key becomes 2"));
    EXPECT_TRUE(has(prim,
                    "every vertex is in a tree: the graph has 2 components, so this is a minimum spanning "
                    "forest of 3 edges and total weight 7"));
    EXPECT_NE(prim.end(), std::find_if(prim.begin(), prim.end(), [](const std::string& s) {
                  return s.rfind("D is not connected to the tree so far", 0) == 0;
              }));
}

TEST(Mst, DirectedGraphIsRejected) {
    GraphBuilder b(true);
    b.addEdge(b.vertex("A"), b.vertex("B"), 1);
    const Graph g = b.build();
    for (const char* id : {"mst:prim", "mst:kruskal"}) {
        try {
            runMst(id, g);
            ADD_FAILURE() << id << " accepted a directed graph";
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find("minimum spanning tree needs an undirected graph"),
                      std::string::npos);
        }
    }
}

TEST(Mst, EmptyAndSingleVertexGraphsHaveEmptyTrees) {
    const Graph empty = GraphBuilder(false).build();
    EXPECT_TRUE(runMst("mst:kruskal", empty).result.treeEdges.empty());
    EXPECT_TRUE(runMst("mst:prim", empty).result.treeEdges.empty());
    GraphBuilder b(false);
    b.vertex("solo");
    const Graph one = b.build();
    EXPECT_EQ(runMst("mst:prim", one).result.order, std::vector<VertexId>{0});
    EXPECT_TRUE(runMst("mst:kruskal", one).result.treeEdges.empty());
}

}  // namespace stepwise::graph
