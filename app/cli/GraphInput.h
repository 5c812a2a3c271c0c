#pragma once
// Where `run` gets its graph from. Delegates to the core's file reader; kept as one function so
// the CLI has a single place that knows how graph files are read.
#include <string>

#include "core/graph/Graph.h"

namespace stepwise::cli {

/// Reads a graph file (text edge list or DOT). Throws InputError naming the file (and line).
graph::Graph loadGraph(const std::string& path);

}  // namespace stepwise::cli
