#pragma once
// Test helpers for the weighted-path and spanning-tree suites: seeded random weighted graphs (built
// with stepwise::Random and GraphBuilder, so every run sees the same graphs) and the trace checks
// every traced algorithm must pass.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "core/graph/GraphAlgorithm.h"
#include "core/graph/GraphState.h"
#include "core/trace/Random.h"
#include "core/trace/Timeline.h"

namespace stepwise::graph::testing {

/// How weights are drawn: integers, multiples of 1/4 (fractional yet exact in binary, so sums in any
/// order agree exactly), or arbitrary reals.
enum class Weights { Integer, Quarters, Real };

struct RandomGraphSpec {
    std::size_t minVertices = 1;
    std::size_t maxVertices = 8;
    double edgeChance = 0.3;  // per ordered pair (directed) or unordered pair (undirected)
    bool directed = true;
    double selfLoopChance = 0.0;  // per vertex
    double parallelChance = 0.0;  // chance an added edge gets a twin with its own weight
    double minWeight = 0;
    double maxWeight = 10;
    Weights weights = Weights::Integer;
};

inline double randomWeight(Random& rng, const RandomGraphSpec& spec) {
    switch (spec.weights) {
        case Weights::Integer:
            return static_cast<double>(rng.between(static_cast<std::int64_t>(std::ceil(spec.minWeight)),
                                                   static_cast<std::int64_t>(std::floor(spec.maxWeight))));
        case Weights::Quarters:
            return static_cast<double>(
                       rng.between(static_cast<std::int64_t>(std::ceil(spec.minWeight * 4)),
                                   static_cast<std::int64_t>(std::floor(spec.maxWeight * 4)))) /
                   4.0;
        case Weights::Real:
            return rng.uniform(spec.minWeight, spec.maxWeight);
    }
    return 0;
}

/// Vertices are named v0, v1, … in id order.
inline Graph randomGraph(Random& rng, const RandomGraphSpec& spec) {
    GraphBuilder b(spec.directed);
    const auto n = static_cast<std::size_t>(rng.between(static_cast<std::int64_t>(spec.minVertices),
                                                        static_cast<std::int64_t>(spec.maxVertices)));
    for (std::size_t i = 0; i < n; ++i) b.vertex("v" + std::to_string(i));
    for (VertexId u = 0; u < n; ++u) {
        if (rng.chance(spec.selfLoopChance)) b.addEdge(u, u, randomWeight(rng, spec));
        for (VertexId v = spec.directed ? 0 : u + 1; v < n; ++v) {
            if (u == v || !rng.chance(spec.edgeChance)) continue;
            b.addEdge(u, v, randomWeight(rng, spec));
            if (rng.chance(spec.parallelChance)) b.addEdge(u, v, randomWeight(rng, spec));
        }
    }
    return b.build();
}

/// Points uniform in a 100 × 100 square; each pair closer than `radius` is joined with probability
/// `edgeChance`, with weight = straight-line length × (1 + a stretch in [0, maxStretch)), so weights are
/// never shorter than the line and the Euclidean heuristic is consistent.
inline Graph randomGeometricGraph(Random& rng, std::size_t n, bool directed, double radius, double edgeChance,
                                  double maxStretch) {
    GraphBuilder b(directed);
    std::vector<Point> points(n);
    for (std::size_t i = 0; i < n; ++i) {
        const VertexId v = b.vertex("p" + std::to_string(i));
        points[i] = {rng.uniform(0, 100), rng.uniform(0, 100)};
        b.setPosition(v, points[i]);
    }
    for (VertexId u = 0; u < n; ++u)
        for (VertexId v = directed ? 0 : u + 1; v < n; ++v) {
            if (u == v) continue;
            const double length = std::hypot(points[u].x - points[v].x, points[u].y - points[v].y);
            if (length >= radius || !rng.chance(edgeChance)) continue;
            const double stretch =
                rng.chance(0.3) ? 0.0 : rng.uniform(0, maxStretch);  // some exactly straight
            b.addEdge(u, v, length * (1 + stretch));
        }
    return b.build();
}

/// Every field of an event, for byte-exact trace comparison (events have no operator==).
inline std::array<std::uint64_t, 5> eventKey(const GraphEvent& e) {
    std::array<std::uint64_t, 5> k{e.index(), 0, 0, 0, 0};
    std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, event::Start> || std::is_same_v<T, event::Push> ||
                          std::is_same_v<T, event::Finish>)
                k[1] = x.v;
            else if constexpr (std::is_same_v<T, event::Settle>)
                k = {k[0], x.v, static_cast<std::uint64_t>(x.old), 0, 0};
            else if constexpr (std::is_same_v<T, event::Relax>)
                k = {k[0], x.arc, x.oldParent, x.oldDistance, 0};
            else if constexpr (std::is_same_v<T, event::Examine> || std::is_same_v<T, event::Discover> ||
                               std::is_same_v<T, event::Decrement>)
                k[1] = x.arc;
            else if constexpr (std::is_same_v<T, event::Enter>)
                k = {k[0], x.v, x.arc, 0, 0};
            else if constexpr (std::is_same_v<T, event::MarkEdge>)
                k = {k[0], x.edge, static_cast<std::uint64_t>(x.old), static_cast<std::uint64_t>(x.mark), 0};
            else if constexpr (std::is_same_v<T, event::SetStatus>)
                k = {k[0], x.v, static_cast<std::uint64_t>(x.old), static_cast<std::uint64_t>(x.status), 0};
            else if constexpr (std::is_same_v<T, event::SetLow>)
                k = {k[0], x.v, x.old, x.low, 0};
            else if constexpr (std::is_same_v<T, event::Assign>)
                k = {k[0], x.v, x.old, x.group, 0};
            else if constexpr (std::is_same_v<T, event::Note>)
                k = {k[0], static_cast<std::uint64_t>(x.kind), x.a, x.b, 0};
            else
                static_assert(sizeof(T) == 0, "eventKey misses an event type");
        },
        e);
    return k;
}

/// Runs `algo` recorded on (g, q) and checks what every traced algorithm promises: each event has a
/// valid pseudo-code line and a non-empty explanation; seeking to any step k (forwards or backwards)
/// gives the state reached by k single steps; going back to 0 restores the initial state exactly; a
/// second run gives the same trace. Returns the run; `final` receives the state after the last event.
inline GraphRun checkTrace(const GraphAlgorithm& algo, const Graph& g, const GraphQuery& q, Random& rng,
                           GraphState* final = nullptr) {
    GraphRun run = algo.run(g, q, true, 1'000'000);
    EXPECT_TRUE(run.recorded);
    EXPECT_FALSE(run.truncated);
    trace::Timeline<GraphArea> stepper(run.initial, run.trace);
    std::vector<GraphState> snapshots{stepper.state()};
    while (stepper.forward()) {
        const GraphEvent& e = stepper.lastEvent();
        const int line = algo.lineOf(e);
        EXPECT_GE(line, 0) << algo.id << " step " << stepper.step();
        EXPECT_LT(line, static_cast<int>(algo.pseudocode.size())) << algo.id << " step " << stepper.step();
        EXPECT_FALSE(algo.explain(stepper.state(), e, stepper.trace()).empty())
            << algo.id << " has no explanation for event kind " << e.index() << " at step " << stepper.step();
        snapshots.push_back(stepper.state());
    }
    if (final) *final = stepper.state();

    trace::Timeline<GraphArea> seeker(run.initial, run.trace);
    for (int i = 0; i < 12; ++i) {
        const auto k = static_cast<std::size_t>(rng.below(snapshots.size()));
        seeker.seek(k);
        EXPECT_TRUE(seeker.state() == snapshots[k])
            << algo.id << ": seek(" << k << ") differs from single steps";
    }
    seeker.seek(seeker.stepCount());
    EXPECT_TRUE(seeker.state() == snapshots.back());
    while (stepper.back()) {
    }
    EXPECT_TRUE(stepper.state() == run.initial)
        << algo.id << ": stepping back to 0 did not restore the start";
    seeker.seek(0);
    EXPECT_TRUE(seeker.state() == run.initial) << algo.id << ": seek(0) did not restore the start";

    const GraphRun again = algo.run(g, q, true, 1'000'000);
    EXPECT_EQ(again.trace.values, run.trace.values) << algo.id << ": the value pool differs between runs";
    EXPECT_EQ(again.trace.size(), run.trace.size()) << algo.id << ": trace length differs between runs";
    if (again.trace.size() == run.trace.size())
        for (std::size_t i = 0; i < run.trace.size(); ++i)
            if (eventKey(again.trace.events[i]) != eventKey(run.trace.events[i])) {
                ADD_FAILURE() << algo.id << ": event " << i << " differs between two runs on the same input";
                break;
            }
    return run;
}

}  // namespace stepwise::graph::testing
