#pragma once
// One node of a tree drawing (or one cell of the array row under it): its shape, text, caption,
// badge and mark. Paints from a copy of its spec and the scene's style.
#include <QGraphicsItem>

#include "ui/views/graph/GraphStyle.h"
#include "ui/views/tree/TreePicture.h"

namespace stepwise::ui {

class TreeNodeItem : public QGraphicsItem {
  public:
    enum { Type = UserType + 20 };
    enum class Shape { Circle, Box, Cell };

    TreeNodeItem(const TreeNodeSpec& spec, Shape shape, const GraphStyle* style, bool captionBeside = false);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const TreeNodeSpec& spec() const { return spec_; }
    Shape nodeShape() const { return shape_; }
    /// Half the body's width and height: where edges stop.
    QSizeF halfSize() const;

  private:
    QRectF body() const;

    TreeNodeSpec spec_;
    Shape shape_;
    bool captionBeside_;
    const GraphStyle* style_;
};

/// The ring colour, fill colour and pen style a mark is drawn with.
struct MarkLook {
    QColor ring;
    QColor fill;
    QColor text;
    Qt::PenStyle line = Qt::SolidLine;
    qreal width = 1.6;
    bool doubleRing = false;
};
MarkLook markLook(NodeMark mark, bool emphasised, const GraphStyle& style);

}  // namespace stepwise::ui
