#pragma once
// The scene of a tree view: lays a TreePicture out with the tidy tree layout and keeps one item
// per node (id → item) and per edge, plus the array row under the tree. A new picture replaces
// the items; trees here are small enough (a few thousand nodes at most) for that to stay quick.
#include <QGraphicsScene>
#include <QHash>

#include "ui/views/graph/GraphStyle.h"
#include "ui/views/tree/TreePicture.h"

namespace stepwise::ui {

class TreeNodeItem;

class TreeScene : public QGraphicsScene {
    Q_OBJECT
  public:
    explicit TreeScene(QObject* parent = nullptr);

    void setPicture(const TreePicture& picture);
    const TreePicture& picture() const { return picture_; }
    void applyPalette(const QPalette& palette);
    /// Draws the nodes' text in `family` (TreeView passes its own font's on a font change).
    void applyFontFamily(const QString& family);
    const GraphStyle& style() const { return style_; }

    /// For tests and accessibility: what is drawn now.
    int nodeCount() const { return static_cast<int>(nodes_.size()); }
    int arrayCellCount() const { return cells_; }
    int litEdgeCount() const { return litEdges_; }
    /// Node ids with this mark (any mark but None when `mark` is None), ascending.
    QList<std::uint32_t> markedIds(NodeMark mark = NodeMark::None) const;
    /// The node with the focus glow, or kNoParent when none has it.
    std::uint32_t focusId() const;
    const TreeNodeItem* node(std::uint32_t id) const { return nodes_.value(id, nullptr); }

  private:
    void rebuild();

    GraphStyle style_;
    TreePicture picture_;
    QHash<std::uint32_t, TreeNodeItem*> nodes_;
    int cells_ = 0;
    int litEdges_ = 0;
};

}  // namespace stepwise::ui
