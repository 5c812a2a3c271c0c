#include "ui/views/tree/TreeEdgeItem.h"

#include <QPainter>
#include <QtMath>

#include "ui/views/tree/TreeNodeItem.h"

namespace stepwise::ui {
namespace {

/// Where the ray from a node's centre towards `towards` leaves its outline (circle or box).
QPointF exitPoint(const TreeNodeItem* node, QPointF towards) {
    const QPointF c = node->pos();
    const QPointF d = towards - c;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 1e-6) return c;
    const QSizeF h = node->halfSize();
    if (node->nodeShape() == TreeNodeItem::Shape::Circle) return c + d * (h.width() / len);
    const qreal tx = d.x() != 0 ? h.width() / std::abs(d.x()) : 1e9;
    const qreal ty = d.y() != 0 ? h.height() / std::abs(d.y()) : 1e9;
    return c + d * std::min(tx, ty);
}

}  // namespace

TreeEdgeItem::TreeEdgeItem(const TreeNodeItem* parent, const TreeNodeItem* child, bool arrowToParent,
                           bool lit, const GraphStyle* style)
    : arrow_(arrowToParent), lit_(lit), style_(style) {
    from_ = exitPoint(child, parent->pos());
    to_ = exitPoint(parent, child->pos());
    setZValue(lit ? 1 : 0);
}

QRectF TreeEdgeItem::boundingRect() const {
    return QRectF(from_, to_).normalized().adjusted(-10, -10, 10, 10);
}

void TreeEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const GraphStyle& s = *style_;
    const QColor colour = lit_ ? s.accent : s.edge;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, lit_ ? 3.2 : 1.6);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    if (!arrow_) {
        painter->drawLine(from_, to_);
        return;
    }
    // The arrow points at the parent: "my parent is ...", as union-find stores it.
    const QPointF d = to_ - from_;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 1) return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const qreal head = lit_ ? 12 : 10;
    const QPointF base = to_ - u * head;
    painter->drawLine(from_, base);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({to_, base + n * head * 0.45, base - n * head * 0.45}));
}

}  // namespace stepwise::ui
