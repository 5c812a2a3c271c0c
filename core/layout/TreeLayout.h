#pragma once
// A tidy top-down drawing for undirected trees, which reads better than forces for them.
#include <vector>

#include "core/graph/Graph.h"
#include "core/layout/Subgraph.h"

namespace stepwise::layout {

/// True when s, read as undirected, is a tree (connected with n - 1 distinct edges).
bool isTree(const Subgraph& s);

/// The vertex that minimises the depth of the tree (the lower id of the two centres, if two).
std::uint32_t treeCentre(const Subgraph& s);

/// Tidy drawing of the tree s rooted at `root`: depth d at y = d × kSpacing, each parent centred
/// over its children, subtrees packed as close as their contours allow (Reingold–Tilford style),
/// vertices on a level at least 0.8 × kSpacing apart. Precondition: isTree(s).
std::vector<graph::Point> treeLayout(const Subgraph& s, std::uint32_t root);

}  // namespace stepwise::layout
