#include "ui/views/common/PaintedView.h"

#include <QPainter>

namespace stepwise::ui {

void PaintedView::paint(QPainter& painter, const QRectF& target) {
    painter.save();
    painter.translate(target.topLeft());
    painter.setClipRect(QRectF(QPointF(), target.size()), Qt::IntersectClip);
    paintContent(painter, target.size());
    painter.restore();
}

void PaintedView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paintContent(p, size());
}

}  // namespace stepwise::ui
