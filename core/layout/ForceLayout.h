#pragma once
// Force-directed drawing for graphs with no better structure to show.
#include <cstdint>
#include <vector>

#include "core/graph/Graph.h"
#include "core/layout/Subgraph.h"

namespace stepwise::layout {

/// Drawing of a connected graph that places vertices at distances proportional to their hop
/// distance. Pivot MDS gives the global shape; stress majorisation (up to a few hundred vertices)
/// or grid-accelerated Fruchterman–Reingold (beyond) refines it; finally the median edge is scaled
/// to kSpacing and vertices are pushed at least 0.4 × kSpacing apart. Same s and seed, same result.
std::vector<graph::Point> forceLayout(const Subgraph& s, std::uint64_t seed);

}  // namespace stepwise::layout
