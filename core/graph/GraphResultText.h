#pragma once
// The readable result of a graph item, as `stepwise-cli run ID` prints it after the trace: a
// heading line, then tables of what the algorithm computed.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/graph/GraphAlgorithm.h"

namespace stepwise::graph {

/// "Dijkstra's shortest paths on FILE (undirected, 8 vertices, 12 edges) from Harbor to University:
/// 20 steps" (no newline).
std::string graphResultHeading(const std::string& title, const std::string& fileLabel, const Graph& g,
                               const GraphQuery& query, std::size_t steps);

/// The per-vertex table, order, components, tree edges, cycle, edge kinds and path that apply,
/// each line ending in a newline. `item` is the catalogue item ("mst", "cycle", ...).
std::string graphResultText(const Graph& g, const GraphResult& r, std::string_view item,
                            const GraphQuery& query);

}  // namespace stepwise::graph
