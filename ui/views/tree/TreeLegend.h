#pragma once
// What the tree view's looks mean, for each structure: the marks a step leaves on nodes (ring
// style and the tag above the node), the double ring, the glow, the lazy badge and the "·" of an
// unbuilt node, plus what the numbers under the nodes are. The swatches are the view's own
// TreeNodeItems in the view's colours. paintedLooks() names the looks a picture uses, with the
// same ids, so a test can check the legend covers every step.
#include <QStringList>
#include <vector>

#include "ui/views/common/ViewLegend.h"
#include "ui/views/tree/TreePicture.h"

namespace stepwise::ui {

enum class TreeKind { Heap, Trie, SegmentTree, UnionFind };

/// The legend of `kind`'s drawing.
std::vector<LegendEntry> treeLegend(TreeKind kind);
/// The look ids `picture` paints ("compare", "double", "focus", "badge", "unbuilt", ...).
QStringList paintedLooks(const TreePicture& picture);
/// The id of a mark's look ("" for None).
QString markId(NodeMark mark);

}  // namespace stepwise::ui
