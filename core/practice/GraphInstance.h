#pragma once
// A random graph for a question, as edge-list text (the instance users see and the catalogue
// reads), and a recorded run of a graph catalogue entry on it.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/graph/GraphItemRun.h"
#include "core/trace/Random.h"

namespace stepwise::practice {

struct GraphShape {
    std::size_t vertices = 5;
    std::size_t edges = 7;
    bool directed = true;
    bool weighted = true;
    std::int64_t minWeight = 1;
    std::int64_t maxWeight = 9;
    bool acyclic = false;  // edges go from a lower to a higher random rank
};

/// Edge-list text: a `directed`/`undirected` line, one `A B [W]` line per edge (no self-loops, no
/// parallel edges), and a name-only line for each vertex no edge touches. Vertices are A, B, C, ...
std::string randomGraphText(const GraphShape& shape, Random& random);
/// The vertex names A, B, C, ... of `count` vertices.
std::vector<std::string> vertexNames(std::size_t count);

struct GraphCase {
    std::string text;
    std::shared_ptr<const graph::Graph> graph;
    std::unique_ptr<graph::GraphItemRun> run;
    nlohmann::json result;  // the run's result, as `stepwise-cli run ITEM --json` prints it
    std::vector<std::string> names;
};

/// Runs the graph catalogue entry `algorithm` ("dijkstra", "scc:tarjan") on `text` from
/// `source` (empty: none) to `target` (empty: none). Throws InputError as the run does.
GraphCase runGraph(const std::string& algorithm, std::string text, const std::string& source = {},
                   const std::string& target = {});

/// The first step at which `done(state)` holds, stepping the run from 0 (the run is left there).
std::size_t firstStepWhere(graph::GraphItemRun& run, const std::function<bool(const graph::GraphState&)>& done);

}  // namespace stepwise::practice
