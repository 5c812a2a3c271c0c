#include "ui/views/common/PaintedView.h"

#include <QPainter>
#include <algorithm>

namespace stepwise::ui {

QSizeF PaintedView::naturalSize() const {
    // A drawing taller than the widget keeps the widget's height: it packs its rows as on screen.
    const qreal h = contentHeight(width());
    return {static_cast<qreal>(width()), h > 0 ? std::min(h, static_cast<qreal>(height())) : static_cast<qreal>(height())};
}

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
