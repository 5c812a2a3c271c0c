#pragma once
// One entry point for "a graph from a file or from the editor": picks the format, then defers to
// GraphText.h (edge list) or Dot.h (DOT).
#include <string>
#include <string_view>

#include "core/graph/Graph.h"

namespace stepwise::graph {

enum class GraphFormat { EdgeList, Dot };

/// DOT when `path` ends in .dot or .gv (any case), or when the text, after comments, begins with
/// `[strict] digraph|graph [NAME] {`; the edge-list format otherwise. `path` may be empty.
GraphFormat detectGraphFormat(std::string_view path, std::string_view text);

/// Parses text typed in the editor (or given on the command line), detecting the format by content.
/// `displayName` stands for the file in errors. Throws InputError with the line.
Graph parseGraph(std::string_view text, std::string_view displayName = "editor");

/// Reads a graph file, detecting the format by extension, then content.
/// Throws InputError naming the file when it cannot be opened or is malformed (with the line).
Graph loadGraphFile(const std::string& path);

/// Writes `g` to `path`: DOT for .dot/.gv, the edge-list format otherwise.
/// Throws InputError when the file cannot be written or a name does not fit the edge-list format.
void saveGraphFile(const Graph& g, const std::string& path);

}  // namespace stepwise::graph
