#pragma once
// Sugiyama-style drawing of a DAG: layers top to bottom, few crossings, long edges kept clear of vertices.
#include <vector>

#include "core/graph/Graph.h"
#include "core/layout/Subgraph.h"

namespace stepwise::layout {

/// Layered drawing of a connected DAG (precondition: s.edges form no directed cycle).
/// Layer i is drawn at y = i × kSpacing, and every edge goes from a smaller y to a strictly larger y.
/// Vertices on one layer are at least 0.8 × kSpacing apart. Deterministic; uses no randomness.
std::vector<graph::Point> layeredLayout(const Subgraph& s);

/// The layer of each vertex of a DAG: longest-path layering, then vertices moved along their slack
/// wherever that shortens the total edge span. Every edge (u, v) has layer[u] < layer[v]; layer 0
/// is used and no layer in between is empty.
std::vector<std::uint32_t> assignLayers(const Subgraph& s);

}  // namespace stepwise::layout
