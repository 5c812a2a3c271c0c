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
    // Text does not shrink with the space, so a target smaller than the drawing's natural size (a
    // study sheet's box) gets the drawing laid out at least that large and scaled down, rather
    // than a cramped layout whose labels overlap.
    const QSizeF natural = naturalSize();
    qreal k = 1;
    if (!natural.isEmpty())
        k = std::min({qreal(1), target.width() / natural.width(), target.height() / natural.height()});
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(k, k);
    const QSizeF size = target.size() / k;
    painter.setClipRect(QRectF(QPointF(), size), Qt::IntersectClip);
    paintContent(painter, size);
    painter.restore();
}

void PaintedView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paintContent(p, size());
}

}  // namespace stepwise::ui
