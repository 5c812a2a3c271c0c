#pragma once
// A tidy drawing for rooted, ordered trees given as child lists (heaps, tries, segment trees,
// union-find forests): Reingold–Tilford. Each subtree is laid out on its own, then siblings are
// pushed together until their contours are `gap` apart at every depth, and each parent is centred
// over its first and last child. Plain numbers out; the caller scales them to pixels.
#include <cstdint>
#include <vector>

namespace stepwise::layout {

struct TidyLayout {
    /// x in node units (0 is the leftmost node), y the depth (0 for a root). Nodes not reached from
    /// the given roots have placed[v] == false and x = y = 0.
    std::vector<double> x;
    std::vector<double> y;
    std::vector<bool> placed;
    double width = 0;         // max x over placed nodes (0 when there are none)
    std::uint32_t depth = 0;  // max y over placed nodes
};

/// children[v] lists v's children left to right. Preconditions: root < children.size(), and the
/// lists form a tree below `root` (no node reached twice). Nodes at the same depth end up at least
/// `gap` apart; a parent with children sits at (x[first child] + x[last child]) / 2. Deterministic.
TidyLayout tidyTree(const std::vector<std::vector<std::uint32_t>>& children, std::uint32_t root,
                    double gap = 1.0);

/// Several trees side by side, in the order of `roots`: each tree's leftmost node is `treeGap` right
/// of the rightmost node of the trees before it. Same preconditions per root; no node in two trees.
TidyLayout tidyForest(const std::vector<std::vector<std::uint32_t>>& children,
                      const std::vector<std::uint32_t>& roots, double gap = 1.0, double treeGap = 1.5);

/// Child lists from a parent array: a node whose parent is itself or `noParent` is a root (listed
/// in `roots`, ascending); children are listed in ascending id order.
struct ParentForest {
    std::vector<std::vector<std::uint32_t>> children;
    std::vector<std::uint32_t> roots;
};
inline constexpr std::uint32_t noParent = 0xFFFFFFFFu;
ParentForest forestFromParents(const std::vector<std::uint32_t>& parent);

}  // namespace stepwise::layout
