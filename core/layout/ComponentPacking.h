#pragma once
// Puts the drawings of disconnected pieces side by side in rows, biggest first, so a graph with many
// components reads as one compact picture instead of pieces flying apart.
#include <span>
#include <vector>

#include "core/graph/Graph.h"
#include "core/layout/LayoutGeometry.h"

namespace stepwise::layout {

/// Top-left corners for boxes of the given sizes (only width and height are read) such that no two
/// boxes come closer than `gap`. Rows are filled left to right to a width that keeps the whole
/// arrangement a little wider than tall. Deterministic: ties keep the input order.
std::vector<graph::Point> packComponents(std::span<const Box> boxes, double gap);

}  // namespace stepwise::layout
