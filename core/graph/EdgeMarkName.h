#pragma once
#include <string>

#include "core/graph/GraphEvent.h"

namespace stepwise::graph {

/// "tree", "back", "examined"...: an edge's mark as results, traces and DOT exports name it.
std::string edgeMarkName(EdgeMark mark);

}  // namespace stepwise::graph
