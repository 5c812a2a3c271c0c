#pragma once
// Helpers for the graph file-format and generator suites: exact graph comparison, random graphs
// with awkward features (fractional and negative weights, isolated vertices, self-loops, parallel
// edges, vertices named out of first-appearance order), and InputError checks.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/common/InputError.h"
#include "core/graph/Graph.h"
#include "core/trace/Random.h"

namespace stepwise::graph::iotest {

/// Everything a reader must reproduce: kind, names in id order, edges in order with exact weights,
/// positions. Reports the first difference.
inline ::testing::AssertionResult sameGraph(const Graph& a, const Graph& b) {
    if (a.directed() != b.directed()) return ::testing::AssertionFailure() << "directedness differs";
    if (a.vertexCount() != b.vertexCount())
        return ::testing::AssertionFailure()
               << "vertex count " << a.vertexCount() << " vs " << b.vertexCount();
    for (VertexId v = 0; v < a.vertexCount(); ++v)
        if (a.name(v) != b.name(v))
            return ::testing::AssertionFailure()
                   << "vertex " << v << ": '" << a.name(v) << "' vs '" << b.name(v) << "'";
    if (a.edgeCount() != b.edgeCount())
        return ::testing::AssertionFailure() << "edge count " << a.edgeCount() << " vs " << b.edgeCount();
    for (EdgeId e = 0; e < a.edgeCount(); ++e) {
        const Edge &x = a.edge(e), &y = b.edge(e);
        if (x.from != y.from || x.to != y.to || x.weight != y.weight)
            return ::testing::AssertionFailure()
                   << "edge " << e << ": " << x.from << "->" << x.to << " w " << x.weight << " vs " << y.from
                   << "->" << y.to << " w " << y.weight;
    }
    if (a.hasPositions() != b.hasPositions())
        return ::testing::AssertionFailure() << "positions present in one only";
    if (a.hasPositions())
        for (VertexId v = 0; v < a.vertexCount(); ++v)
            if (a.position(v).x != b.position(v).x || a.position(v).y != b.position(v).y)
                return ::testing::AssertionFailure() << "position of " << a.name(v) << " differs";
    return ::testing::AssertionSuccess();
}

/// A random graph that exercises the writers: up to 12 vertices named by `nameOf`, some isolated,
/// declared in a shuffled order (so edges alone would number them differently), real, negative and
/// integer weights, self-loops, parallel edges, and positions half of the time.
inline Graph awkwardGraph(Random& rng, const std::function<std::string(std::size_t)>& nameOf) {
    GraphBuilder b(rng.chance(0.5));
    const auto n = static_cast<std::size_t>(rng.between(0, 12));
    for (std::size_t i = 0; i < n; ++i) b.vertex(nameOf(i));
    const auto m = n == 0 ? 0 : static_cast<std::size_t>(rng.between(0, 25));
    for (std::size_t i = 0; i < m; ++i) {
        const auto u = static_cast<VertexId>(rng.below(n)), v = static_cast<VertexId>(rng.below(n));
        double w = 1.0;
        switch (rng.below(4)) {
            case 0:
                w = rng.uniform(-1000, 1000);
                break;
            case 1:
                w = static_cast<double>(rng.between(-5, 20));
                break;
            case 2:
                w = rng.uniform(0, 1) * 1e-7;
                break;
            default:
                break;  // the default weight
        }
        b.addEdge(u, v, w);
    }
    if (n > 0 && rng.chance(0.5))
        for (VertexId v = 0; v < n; ++v) b.setPosition(v, {rng.uniform(-500, 500), rng.uniform(0, 1e6)});
    return b.build();
}

/// Runs `parse`, expecting an InputError on `line` whose message contains `part`.
template <class Parse>
::testing::AssertionResult failsOnLine(Parse parse, int line, const std::string& part) {
    try {
        parse();
    } catch (const InputError& e) {
        if (e.line() != line)
            return ::testing::AssertionFailure()
                   << "error on line " << e.line() << ", expected " << line << ": " << e.what();
        if (e.message().find(part) == std::string::npos)
            return ::testing::AssertionFailure() << "message lacks '" << part << "': " << e.what();
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no InputError";
}

}  // namespace stepwise::graph::iotest
