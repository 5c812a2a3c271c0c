#pragma once
// One entry of the graph catalogue: what it is called, its pseudo-code, how it maps events to
// lines and sentences, and how to run it with or without recording.
#include <functional>
#include <string>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphResult.h"
#include "core/graph/GraphState.h"

namespace stepwise::graph {

struct GraphQuery {
    VertexId source = none;
    VertexId target = none;  // optional; A* needs it
};

/// A finished run: the result, and when recorded, the initial state and the trace to step through.
struct GraphRun {
    GraphResult result;
    GraphState initial;
    GraphTrace trace;
    bool recorded = false;
    bool truncated = false;   // the recording hit its event limit
    std::size_t counted = 0;  // unrecorded: how many events the run emitted (its step count)
};

struct GraphAlgorithm {
    std::string id;       // CLI name: "dijkstra", "topological-sort:kahn"
    std::string title;    // "Dijkstra's shortest paths"
    std::string summary;  // one line for `stepwise-cli list`
    bool needsSource = true;
    bool needsTarget = false;
    std::vector<std::string> pseudocode;
    /// 0-based pseudo-code line an event belongs to.
    std::function<int(const GraphEvent&)> lineOf;
    /// One sentence in plain words; `after` is the state with the event applied.
    std::function<std::string(const GraphState& after, const GraphEvent&, const GraphTrace&)> explain;
    /// Runs the algorithm. Throws InputError on bad input (unknown source, negative weight...).
    /// With `record`, keeps at most `eventLimit` events (GraphRun::truncated says when it stopped).
    std::function<GraphRun(const Graph&, const GraphQuery&, bool record, std::size_t eventLimit)> run;
};

}  // namespace stepwise::graph
