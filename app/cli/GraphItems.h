#pragma once
// What `run` and `export` share for graph items: resolving the catalogue entry (and its method),
// reading --graph and naming --source/--target.
#include <memory>
#include <string>

#include "app/cli/RunItem.h"
#include "core/graph/GraphAlgorithm.h"

namespace stepwise::cli {

struct GraphJob {
    std::string item;    // "scc"
    std::string method;  // "tarjan", or empty for items without methods
    const graph::GraphAlgorithm* algorithm = nullptr;
    std::string file;
    std::unique_ptr<graph::Graph> graph;  // on the heap: states and runs keep pointers to it
    graph::GraphQuery query;
};

/// True when `item` names graph catalogue entries ("dijkstra", or "scc" for "scc:tarjan"...).
bool isGraphItem(const std::string& item);

/// Resolves --method, reads --graph and looks up --source/--target (required when the entry needs
/// them). Throws InputError for an unknown method, unreadable or malformed file, unknown vertex.
GraphJob prepareGraphJob(const std::string& item, const RunOptions& options);

/// "tree", "back", "examined"... as printed in text, JSON and DOT.
std::string edgeMarkName(graph::EdgeMark mark);

}  // namespace stepwise::cli
