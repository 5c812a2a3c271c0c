#pragma once
// A line from a parent to a child (or, in a forest, an arrow from a child to its parent), trimmed
// to the two nodes' outlines. Lit (thicker, accent colour) when both ends are on the current walk.
#include <QGraphicsItem>

#include "ui/views/graph/GraphStyle.h"

namespace stepwise::ui {

class TreeNodeItem;

class TreeEdgeItem : public QGraphicsItem {
  public:
    enum { Type = UserType + 21 };

    TreeEdgeItem(const TreeNodeItem* parent, const TreeNodeItem* child, bool arrowToParent, bool lit,
                 const GraphStyle* style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    bool isLit() const { return lit_; }

  private:
    QPointF from_, to_;  // trimmed ends: from the child's outline to the parent's outline
    bool arrow_;
    bool lit_;
    const GraphStyle* style_;
};

}  // namespace stepwise::ui
