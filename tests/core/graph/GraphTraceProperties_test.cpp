// Trace round trips for the BFS/DFS family: every catalogue entry below, over many seeded random
// graphs, steps forward and back exactly, seeks like single steps, ends where the untraced run ends,
// explains every step, and records the same trace for the same input.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>

#include "core/graph/GraphCatalogue.h"
#include "core/graph/StronglyConnected.h"
#include "core/trace/Timeline.h"
#include "tests/core/graph/TestGraphs.h"

namespace stepwise::graph {
namespace {

constexpr int kGraphs = 500;

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;  // for clang 14 (the asan build)

/// Every field of an event, so two traces compare exactly.
std::string describe(const GraphEvent& e) {
    std::ostringstream out;
    out << e.index() << ':';
    std::visit(
        Overloaded{
            [&](const event::Start& x) { out << x.v; },
            [&](const event::Push& x) { out << x.v; },
            [&](const event::Settle& x) { out << x.v << ',' << int(x.old); },
            [&](const event::Relax& x) { out << x.arc << ',' << x.oldParent << ',' << x.oldDistance; },
            [&](const event::Examine& x) { out << x.arc; },
            [&](const event::Discover& x) { out << x.arc; },
            [&](const event::Enter& x) { out << x.v << ',' << x.arc; },
            [&](const event::Finish& x) { out << x.v; },
            [&](const event::MarkEdge& x) { out << x.edge << ',' << int(x.old) << ',' << int(x.mark); },
            [&](const event::SetStatus& x) { out << x.v << ',' << int(x.old) << ',' << int(x.status); },
            [&](const event::SetLow& x) { out << x.v << ',' << x.old << ',' << x.low; },
            [&](const event::Assign& x) { out << x.v << ',' << x.old << ',' << x.group; },
            [&](const event::Decrement& x) { out << x.arc; },
            [&](const event::Note& x) { out << int(x.kind) << ',' << x.a << ',' << x.b; },
        },
        e);
    return out.str();
}

std::vector<std::string> describeAll(const GraphTrace& t) {
    std::vector<std::string> all;
    for (const auto& e : t.events) all.push_back(describe(e));
    return all;
}

struct Case {
    const char* id;
    bool directedOnly;
};

const Case kCases[] = {{"bfs", false},
                       {"dfs", false},
                       {"topological-sort:kahn", true},
                       {"topological-sort:dfs", true},
                       {"scc:tarjan", false},
                       {"scc:kosaraju", false},
                       {"cycle", false}};

Graph graphFor(const Case& c, Random& rng, int i) {
    testing::RandomGraphShape shape;
    shape.directed = c.directedOnly || i % 3 != 0;
    shape.acyclic = shape.directed && i % 4 == 1;
    shape.maxEdgesPerVertex = i % 2 ? 1.0 : 2.0;
    return testing::randomGraph(rng, shape);
}

std::set<VertexId> highlighted(const GraphState& s) {
    std::set<VertexId> out;
    for (VertexId v = 0; v < s.status.size(); ++v)
        if (s.status[v] == VertexStatus::Highlighted) out.insert(v);
    return out;
}

std::vector<EdgeId> cycleEdges(const GraphState& s) {
    std::vector<EdgeId> out;
    for (EdgeId e = 0; e < s.edgeMark.size(); ++e)
        if (s.edgeMark[e] == EdgeMark::Cycle) out.push_back(e);
    return out;
}

/// The final traced state shows what the untraced run computed.
void expectFinalStateMatches(const std::string& id, const GraphState& s, const GraphResult& r, int i) {
    SCOPED_TRACE(id + ", graph " + std::to_string(i));
    const bool cycleShown = r.cycle.has_value();
    if (cycleShown) {
        EXPECT_EQ(highlighted(s), std::set<VertexId>(r.cycle->begin(), r.cycle->end()));
        EXPECT_EQ(cycleEdges(s).size(), r.cycle->size());
    } else {
        EXPECT_TRUE(highlighted(s).empty());
    }
    if (id == "bfs") {
        EXPECT_EQ(s.distance, r.distance);
        EXPECT_EQ(s.parent, r.parent);
        EXPECT_EQ(s.order, r.order);
        EXPECT_TRUE(s.frontier.empty());
    } else if (id == "dfs") {
        EXPECT_EQ(s.discovered, r.discovered);
        EXPECT_EQ(s.finished, r.finished);
        EXPECT_EQ(s.parent, r.parent);
        EXPECT_EQ(s.order, r.order);
        EXPECT_EQ(s.edgeMark, r.edgeKinds);
        EXPECT_TRUE(s.frontier.empty());
    } else if (id == "topological-sort:kahn") {
        if (!cycleShown) {
            EXPECT_EQ(s.order, r.order);
            EXPECT_TRUE(std::all_of(s.distance.begin(), s.distance.end(), [](double d) { return d == 0; }));
        }
    } else if (id == "topological-sort:dfs") {
        if (!cycleShown) {
            EXPECT_EQ(std::vector<VertexId>(s.order.rbegin(), s.order.rend()), r.order);
        }
    } else if (id == "scc:tarjan" || id == "scc:kosaraju") {
        SccResult fromState{s.group, 0};
        for (auto group : s.group) {
            ASSERT_NE(group, none);
            fromState.count = std::max(fromState.count, group + 1);
        }
        EXPECT_EQ(componentLists(fromState), r.components);
        EXPECT_TRUE(s.frontier.empty());
    } else if (id == "cycle") {
        if (!cycleShown) {
            EXPECT_TRUE(s.frontier.empty());
        }
    }
}

}  // namespace

TEST(GraphTraceProperties, EveryAlgorithmReplaysExactlyAndAgreesWithItsUntracedRun) {
    for (const Case& c : kCases) {
        const GraphAlgorithm* algo = findGraphAlgorithm(c.id);
        ASSERT_NE(algo, nullptr) << c.id;
        Random rng(std::hash<std::string>{}(c.id) & 0xffff);
        for (int i = 0; i < kGraphs; ++i) {
            const Graph g = graphFor(c, rng, i);
            const GraphQuery query{static_cast<VertexId>(rng.below(g.vertexCount())), none};
            const GraphRun run = algo->run(g, query, true, 1'000'000);
            ASSERT_TRUE(run.recorded);
            ASSERT_FALSE(run.truncated);
            const GraphRun plain = algo->run(g, query, false, 0);

            trace::Timeline<GraphArea> timeline(run.initial, run.trace);
            while (timeline.forward()) {
                const GraphEvent& e = timeline.lastEvent();
                const int line = algo->lineOf(e);
                EXPECT_GE(line, 0) << c.id << " " << describe(e);
                EXPECT_LT(line, static_cast<int>(algo->pseudocode.size())) << c.id << " " << describe(e);
                EXPECT_FALSE(algo->explain(timeline.state(), e, timeline.trace()).empty())
                    << c.id << " " << describe(e);
            }
            expectFinalStateMatches(c.id, timeline.state(), plain.result, i);
            while (timeline.back()) {
            }
            EXPECT_TRUE(timeline.state() == run.initial) << c.id << ", graph " << i;
        }
    }
}

TEST(GraphTraceProperties, SeekingEqualsSingleSteps) {
    for (const Case& c : kCases) {
        const GraphAlgorithm* algo = findGraphAlgorithm(c.id);
        Random rng(1000 + (std::hash<std::string>{}(c.id) & 0xffff));
        for (int i = 0; i < kGraphs; ++i) {
            const Graph g = graphFor(c, rng, i);
            const GraphRun run =
                algo->run(g, {static_cast<VertexId>(rng.below(g.vertexCount())), none}, true, 1'000'000);
            trace::Timeline<GraphArea> seeking(run.initial, run.trace);
            for (int jump = 0; jump < 4; ++jump) {
                const auto k = static_cast<std::size_t>(rng.below(run.trace.size() + 1));
                seeking.seek(k);
                trace::Timeline<GraphArea> stepping(run.initial, run.trace);
                for (std::size_t s = 0; s < k; ++s) stepping.forward();
                EXPECT_TRUE(seeking.state() == stepping.state()) << c.id << ", graph " << i << ", step " << k;
            }
        }
    }
}

TEST(GraphTraceProperties, SameInputGivesTheSameTrace) {
    for (const Case& c : kCases) {
        const GraphAlgorithm* algo = findGraphAlgorithm(c.id);
        for (int i = 0; i < kGraphs; ++i) {
            Random first(7000 + i), second(7000 + i);
            const Graph a = graphFor(c, first, i), b = graphFor(c, second, i);
            const GraphQuery qa{static_cast<VertexId>(first.below(a.vertexCount())), none};
            const GraphQuery qb{static_cast<VertexId>(second.below(b.vertexCount())), none};
            const GraphRun ra = algo->run(a, qa, true, 1'000'000), rb = algo->run(b, qb, true, 1'000'000);
            EXPECT_EQ(describeAll(ra.trace), describeAll(rb.trace)) << c.id << ", graph " << i;
            EXPECT_EQ(ra.trace.values, rb.trace.values);
        }
    }
}

TEST(GraphTraceProperties, RecordingLimitTruncatesWithoutChangingTheResult) {
    const Graph g = testing::longPath(50, true, true);
    for (const Case& c : kCases) {
        const GraphAlgorithm* algo = findGraphAlgorithm(c.id);
        const GraphRun full = algo->run(g, {0, none}, true, 1'000'000);
        const GraphRun cut = algo->run(g, {0, none}, true, 10);
        EXPECT_TRUE(cut.truncated) << c.id;
        EXPECT_EQ(cut.trace.size(), 10u) << c.id;
        EXPECT_EQ(cut.result.order, full.result.order) << c.id;
        EXPECT_EQ(cut.result.cycle, full.result.cycle) << c.id;
        EXPECT_EQ(cut.result.components, full.result.components) << c.id;
    }
}

}  // namespace stepwise::graph
