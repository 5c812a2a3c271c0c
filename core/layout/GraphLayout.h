#pragma once
// Where to draw each vertex. Pure geometry, no Qt: the GUI and the CLI export both use it.
#include <cstdint>
#include <vector>

#include "core/graph/Graph.h"
#include "core/layout/LayoutProgress.h"

namespace stepwise::layout {

enum class LayoutKind { Given, Layered, ForceDirected };

struct GraphLayout {
    LayoutKind kind = LayoutKind::Given;
    std::vector<graph::Point> positions;  // one per vertex, in scene units (about 100 between neighbours)
};

/// Positions from the input when it gives them; a layered drawing for a DAG; force-directed otherwise.
/// Deterministic for a given graph and seed. Must stay interactive-fast up to ~5,000 vertices.
/// With `progress`, counts the vertices placed as it goes and stops early (returning a partial
/// layout, to be discarded) once `progress->cancel` is set.
GraphLayout layoutGraph(const graph::Graph& g, std::uint64_t seed = 1, LayoutProgress* progress = nullptr);

}  // namespace stepwise::layout
