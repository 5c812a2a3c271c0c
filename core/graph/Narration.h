#pragma once
// Small helpers for the one-line explanations: numbers without trailing zeros, ∞, arc labels.
#include <string>

#include "core/graph/Graph.h"

namespace stepwise::graph {

/// "7", "2.5", "-1", "∞".
std::string formatNumber(double value);
/// "B→D" for a directed graph, "B–D" for an undirected one.
std::string arcLabel(const Graph& g, ArcId arc);

}  // namespace stepwise::graph
