#include "core/graph/BellmanFord.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "tests/core/graph/PathsTestGraphs.h"

namespace stepwise::graph {
namespace {

// A→B 4, A→C 9, B→C 3 (so C improves 9 → 7), C→D -2, B→D 7.
Graph negativeEdgeMap() {
    GraphBuilder b(true);
    auto A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C"), D = b.vertex("D");
    b.addEdge(A, C, 9);
    b.addEdge(A, B, 4);
    b.addEdge(B, C, 3);
    b.addEdge(C, D, -2);
    b.addEdge(B, D, 7);
    return b.build();
}

// S→A 1, A→B 1, B→C -3, C→A 1 (cycle A→B→C→A of weight -1), C→T 1.
Graph negativeCycleMap() {
    GraphBuilder b(true);
    auto S = b.vertex("S"), A = b.vertex("A"), B = b.vertex("B"), C = b.vertex("C"), T = b.vertex("T");
    b.addEdge(S, A, 1);
    b.addEdge(A, B, 1);
    b.addEdge(B, C, -3);
    b.addEdge(C, A, 1);
    b.addEdge(C, T, 1);
    return b.build();
}

std::vector<std::string> explanations(const GraphAlgorithm& algo, const GraphRun& run) {
    trace::Timeline<GraphArea> timeline(run.initial, run.trace);
    std::vector<std::string> out;
    while (timeline.forward())
        out.push_back(algo.explain(timeline.state(), timeline.lastEvent(), timeline.trace()));
    return out;
}

bool contains(const std::vector<std::string>& lines, const std::string& text) {
    return std::find(lines.begin(), lines.end(), text) != lines.end();
}

}  // namespace

TEST(BellmanFord, HandlesNegativeWeightsWithoutACycle) {
    const Graph g = negativeEdgeMap();
    trace::NullTracer<GraphEvent> tracer;
    const auto r = bellmanFord(g, *g.find("A"), tracer);
    EXPECT_FALSE(r.cycle.has_value());
    EXPECT_EQ(r.distance[*g.find("B")], 4);
    EXPECT_EQ(r.distance[*g.find("C")], 7);
    EXPECT_EQ(r.distance[*g.find("D")], 5);
    EXPECT_EQ(g.tail(r.parent[*g.find("D")]), *g.find("C"));
}

TEST(BellmanFord, ReportsTheNegativeCycleInArcOrder) {
    const Graph g = negativeCycleMap();
    const auto* algo = findGraphAlgorithm("bellman-ford");
    ASSERT_NE(algo, nullptr);
    const GraphRun run = algo->run(g, {*g.find("S"), none}, false, 0);
    ASSERT_TRUE(run.result.cycle.has_value());
    std::vector<std::string> names;
    for (const VertexId v : *run.result.cycle) names.push_back(g.name(v));
    // Any rotation of A→B→C is the same cycle.
    ASSERT_EQ(names.size(), 3u);
    const auto a = std::find(names.begin(), names.end(), "A");
    ASSERT_NE(a, names.end());
    std::rotate(names.begin(), a, names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"A", "B", "C"}));
}

TEST(BellmanFord, AnUndirectedNegativeEdgeIsACycleOfTwo) {
    GraphBuilder b(false);
    b.addEdge(b.vertex("A"), b.vertex("B"), 2);
    b.addEdge(b.vertex("B"), b.vertex("C"), -1);
    const Graph g = b.build();
    const auto* algo = findGraphAlgorithm("bellman-ford");
    Random rng(5);
    GraphState final;
    const GraphRun run = testing::checkTrace(*algo, g, {0, none}, rng, &final);
    ASSERT_TRUE(run.result.cycle.has_value());
    EXPECT_EQ(run.result.cycle->size(), 2u);
    // One edge carries both arcs: it is marked once and reverting restores it (checked by checkTrace).
    EXPECT_EQ(final.edgeMark[1], EdgeMark::Cycle);
    EXPECT_EQ(final.edgeMark[0], EdgeMark::None);
}

TEST(BellmanFord, ExplainsPassesRelaxationsAndTheCycleWithNames) {
    const auto* algo = findGraphAlgorithm("bellman-ford");
    {
        const Graph g = negativeEdgeMap();
        const auto lines = explanations(*algo, algo->run(g, {*g.find("A"), none}, true, 1000));
        EXPECT_TRUE(contains(lines, "relax A→C: 0 + 9 = 9 < ∞, C's distance becomes 9"));
        EXPECT_TRUE(contains(lines, "relax B→C: 4 + 3 = 7 < 9, C's distance becomes 7"));
        EXPECT_TRUE(
            contains(lines, "pass 1 of at most 3: relax every edge leaving a vertex with a distance"));
        EXPECT_TRUE(contains(lines, "D's distance 5 is final"));
        EXPECT_TRUE(contains(lines, "relax C→D: 7 − 2 = 5 < 11, D's distance becomes 5"));
    }
    {
        const Graph g = negativeCycleMap();
        const auto lines = explanations(*algo, algo->run(g, {*g.find("S"), none}, true, 1000));
        const bool named = std::any_of(lines.begin(), lines.end(), [](const std::string& s) {
            return s.rfind("negative cycle ", 0) == 0 && s.find("of total weight -1") != std::string::npos;
        });
        EXPECT_TRUE(named);
    }
}

TEST(BellmanFord, StopsEarlyWhenAPassChangesNothing) {
    // A chain in id order settles in the first pass; the second pass changes nothing.
    GraphBuilder b(true);
    for (int i = 0; i < 6; ++i) b.vertex("c" + std::to_string(i));
    for (VertexId v = 0; v + 1 < 6; ++v) b.addEdge(v, v + 1, 1);
    const Graph g = b.build();
    trace::RecordingTracer<GraphEvent> tracer;
    bellmanFord(g, 0, tracer);
    int passes = 0, noChange = 0;
    for (const auto& e : tracer.trace().events)
        if (auto* n = std::get_if<event::Note>(&e)) {
            passes += n->kind == event::NoteKind::Pass;
            noChange += n->kind == event::NoteKind::NoChange;
        }
    EXPECT_EQ(passes, 2);
    EXPECT_EQ(noChange, 1);
}

TEST(BellmanFord, TracesReplayToTheUntracedResultOnRandomGraphs) {
    const auto* algo = findGraphAlgorithm("bellman-ford");
    Random rng(4242);
    int cycles = 0;
    for (int round = 0; round < 150; ++round) {
        testing::RandomGraphSpec spec;
        spec.maxVertices = 7;
        spec.edgeChance = 0.35;
        spec.directed = rng.chance(0.8);
        spec.minWeight = -2;
        spec.weights = testing::Weights::Quarters;
        const Graph g = testing::randomGraph(rng, spec);
        const auto source = static_cast<VertexId>(rng.below(g.vertexCount()));
        SCOPED_TRACE("round " + std::to_string(round));
        GraphState final;
        const GraphRun traced = testing::checkTrace(*algo, g, {source, none}, rng, &final);
        const GraphRun plain = algo->run(g, {source, none}, false, 0);
        EXPECT_EQ(final.distance, plain.result.distance);
        EXPECT_EQ(final.parent, plain.result.parent);
        EXPECT_EQ(final.order, plain.result.order);
        EXPECT_EQ(traced.result.cycle, plain.result.cycle);
        if (plain.result.cycle) {
            ++cycles;
            for (const VertexId v : *plain.result.cycle)
                EXPECT_EQ(final.status[v], VertexStatus::Highlighted);
        }
    }
    EXPECT_GT(cycles, 10);
}

TEST(BellmanFord, MissingSourceIsAnInputError) {
    const Graph g = negativeEdgeMap();
    EXPECT_THROW(findGraphAlgorithm("bellman-ford")->run(g, {none, none}, false, 0), InputError);
    EXPECT_THROW(findGraphAlgorithm("bellman-ford")->run(g, {17, none}, false, 0), InputError);
}

}  // namespace stepwise::graph
