#pragma once
// Where an item's `--graph` value comes from: a file on disk, or `example:NAME`, one of the
// built-in examples (resources/examples/NAME compiled into the core).
#include <string>

#include "core/graph/Graph.h"

namespace stepwise::graph {

/// Reads the graph `value` names. DOT or edge list by extension, then content (as loadGraphFile).
/// Throws InputError for a directory ("PATH is a directory"), an unreadable file, an unknown
/// example (listing the examples) or a malformed graph (naming the file and line).
Graph loadGraphSource(const std::string& value);

}  // namespace stepwise::graph
