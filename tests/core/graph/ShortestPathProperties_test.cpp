// Dijkstra, Bellman-Ford and a Floyd–Warshall reference written here must agree on every seeded random
// graph; Bellman-Ford must report a negative cycle exactly when Floyd–Warshall sees one it can reach.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/graph/BellmanFord.h"
#include "core/graph/Dijkstra.h"
#include "tests/core/graph/PathsTestGraphs.h"

namespace stepwise::graph {
namespace {

using testing::randomGraph;
using testing::RandomGraphSpec;
using testing::Weights;

using Matrix = std::vector<std::vector<double>>;

/// All-pairs distances by Floyd–Warshall: d[i][i] starts at min(0, lightest self-loop), so after the
/// triple loop d[v][v] < 0 exactly when v lies on a negative cycle.
Matrix floydWarshall(const Graph& g) {
    const std::size_t n = g.vertexCount();
    Matrix d(n, std::vector<double>(n, unreached));
    for (std::size_t v = 0; v < n; ++v) d[v][v] = 0;
    for (ArcId a = 0; a < g.arcCount(); ++a)
        d[g.tail(a)][g.head(a)] = std::min(d[g.tail(a)][g.head(a)], g.weight(a));
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t i = 0; i < n; ++i) {
            if (d[i][k] == unreached) continue;
            for (std::size_t j = 0; j < n; ++j)
                if (d[k][j] != unreached && d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
        }
    return d;
}

void expectSameDistance(double expected, double actual, const char* what, std::size_t v) {
    if (expected == unreached) {
        EXPECT_EQ(actual, unreached) << what << " reached v" << v;
    } else {
        EXPECT_NEAR(actual, expected, 1e-9 * std::max(1.0, std::fabs(expected))) << what << " at v" << v;
    }
}

/// Along every parent arc the distances are tight: dist[v] = dist[tail] + w.
void expectTightParents(const Graph& g, const std::vector<double>& dist, const std::vector<ArcId>& parent,
                        VertexId source) {
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        if (v == source || dist[v] == unreached) {
            if (dist[v] == unreached) {
                EXPECT_EQ(parent[v], none);
            }
            continue;
        }
        ASSERT_NE(parent[v], none) << "reached v" << v << " has no parent";
        EXPECT_EQ(g.head(parent[v]), v);
        EXPECT_NEAR(dist[g.tail(parent[v])] + g.weight(parent[v]), dist[v],
                    1e-9 * std::max(1.0, std::fabs(dist[v])));
    }
}

}  // namespace

TEST(ShortestPathProperties, DijkstraBellmanFordAndFloydWarshallAgreeOnNonNegativeWeights) {
    Random rng(20240601);
    for (int round = 0; round < 600; ++round) {
        RandomGraphSpec spec;
        spec.maxVertices = 9;
        spec.edgeChance = rng.uniform(0.1, 0.6);
        spec.directed = rng.chance(0.7);
        spec.selfLoopChance = 0.1;
        spec.parallelChance = 0.1;
        spec.weights =
            round % 3 == 0 ? Weights::Integer : (round % 3 == 1 ? Weights::Quarters : Weights::Real);
        spec.maxWeight = rng.chance(0.2) ? 0.0 : 10.0;  // all-zero weights now and then
        const Graph g = randomGraph(rng, spec);
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        SCOPED_TRACE("round " + std::to_string(round));

        trace::NullTracer<GraphEvent> tracer;
        const ShortestPaths dj = dijkstra(g, source, tracer);
        const BellmanFordResult bf = bellmanFord(g, source, tracer);
        const Matrix fw = floydWarshall(g);
        EXPECT_FALSE(bf.cycle.has_value());
        for (VertexId v = 0; v < g.vertexCount(); ++v) {
            expectSameDistance(fw[source][v], dj.distance[v], "Dijkstra", v);
            expectSameDistance(fw[source][v], bf.distance[v], "Bellman-Ford", v);
        }
        expectTightParents(g, dj.distance, dj.parent, source);
        expectTightParents(g, bf.distance, bf.parent, source);
        // Bellman-Ford settles exactly the reached vertices, in id order.
        std::vector<VertexId> reached;
        for (VertexId v = 0; v < g.vertexCount(); ++v)
            if (fw[source][v] != unreached) reached.push_back(v);
        EXPECT_EQ(bf.order, reached);
    }
}

TEST(ShortestPathProperties, BellmanFordFindsANegativeCycleExactlyWhenFloydWarshallSeesOneReachable) {
    Random rng(77);
    int withCycle = 0, withoutCycle = 0;
    for (int round = 0; round < 800; ++round) {
        RandomGraphSpec spec;
        spec.maxVertices = 8;
        spec.edgeChance = rng.uniform(0.1, 0.5);
        spec.directed = rng.chance(0.85);
        spec.selfLoopChance = 0.05;
        spec.parallelChance = 0.1;
        spec.weights =
            round % 2 == 0 ? Weights::Quarters : Weights::Integer;  // exact: sums agree in any order
        spec.minWeight = spec.directed ? -3 : -0.5;
        spec.maxWeight = 9;
        const Graph g = randomGraph(rng, spec);
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        SCOPED_TRACE("round " + std::to_string(round));

        trace::NullTracer<GraphEvent> tracer;
        const BellmanFordResult bf = bellmanFord(g, source, tracer);
        const Matrix fw = floydWarshall(g);
        bool reachableNegativeCycle = false;
        for (VertexId v = 0; v < g.vertexCount(); ++v)
            if (fw[source][v] != unreached && fw[v][v] < 0) reachableNegativeCycle = true;

        ASSERT_EQ(bf.cycle.has_value(), reachableNegativeCycle);
        if (!reachableNegativeCycle) {
            ++withoutCycle;
            for (VertexId v = 0; v < g.vertexCount(); ++v)
                EXPECT_EQ(bf.distance[v], fw[source][v]) << "v" << v;
            expectTightParents(g, bf.distance, bf.parent, source);
            continue;
        }
        ++withCycle;
        // The reported cycle: distinct vertices, reachable, each entered from its predecessor by its parent
        // arc, and those arcs weigh less than zero in total.
        const auto& cycle = *bf.cycle;
        ASSERT_FALSE(cycle.empty());
        EXPECT_NE(fw[source][cycle.front()], unreached);
        std::vector<bool> seen(g.vertexCount(), false);
        double weight = 0;
        for (std::size_t i = 0; i < cycle.size(); ++i) {
            const VertexId from = cycle[i], to = cycle[(i + 1) % cycle.size()];
            EXPECT_FALSE(seen[from]) << "v" << from << " repeats in the cycle";
            seen[from] = true;
            ASSERT_NE(bf.parent[to], none);
            EXPECT_EQ(g.tail(bf.parent[to]), from);
            EXPECT_EQ(g.head(bf.parent[to]), to);
            weight += g.weight(bf.parent[to]);
        }
        EXPECT_LT(weight, 0);
        EXPECT_LT(fw[cycle.front()][cycle.front()], 0);
        EXPECT_TRUE(bf.order.empty());
    }
    // The generator must exercise both outcomes, or this test proves little.
    EXPECT_GT(withCycle, 100);
    EXPECT_GT(withoutCycle, 100);
}

TEST(ShortestPathProperties, BellmanFordIgnoresANegativeCycleItCannotReach) {
    GraphBuilder b(true);
    const auto S = b.vertex("S"), A = b.vertex("A"), X = b.vertex("X"), Y = b.vertex("Y");
    b.addEdge(S, A, 2);
    b.addEdge(X, Y, -5);
    b.addEdge(Y, X, 1);
    b.addEdge(X, A, 1);
    const Graph g = b.build();
    trace::NullTracer<GraphEvent> tracer;
    const auto bf = bellmanFord(g, S, tracer);
    EXPECT_FALSE(bf.cycle.has_value());
    EXPECT_EQ(bf.distance[A], 2);
    EXPECT_EQ(bf.distance[X], unreached);
    // From X the same cycle is reachable and is reported.
    const auto fromX = bellmanFord(g, X, tracer);
    ASSERT_TRUE(fromX.cycle.has_value());
    EXPECT_EQ(fromX.cycle->size(), 2u);
}

}  // namespace stepwise::graph
