#include "ui/views/common/PaintedView.h"

#include <QPainter>
#include <algorithm>

namespace stepwise::ui {

namespace {
constexpr qreal kNarrowestLayout = 640;  // below this the timelines' and panels' labels crowd
}  // namespace

QSizeF PaintedView::naturalSize() const {
    // A drawing taller than the widget keeps the widget's height: it packs its rows as on screen.
    const qreal h = contentHeight(width());
    return {static_cast<qreal>(width()), h > 0 ? std::min(h, static_cast<qreal>(height())) : static_cast<qreal>(height())};
}

QSizeF PaintedView::naturalSizeFor(qreal width) const {
    // A drawing that knows its height at a width is laid out narrower for a narrow box (down to
    // the width its labels need), so the box gets larger text rather than a thin strip.
    const QSizeF natural = naturalSize();
    const qreal w = std::max(width, std::min(natural.width(), kNarrowestLayout));
    if (w >= natural.width()) return natural;
    const qreal h = contentHeight(w);  // 0: the drawing fills any height, so it keeps the widget's layout
    return h > 0 ? QSizeF(w, h) : natural;
}

void PaintedView::paint(QPainter& painter, const QRectF& target) {
    // Text does not shrink with the space, so a target smaller than the drawing's natural size (a
    // study sheet's box) gets the drawing laid out at least that large and scaled down, rather
    // than a cramped layout whose labels overlap.
    const QSizeF natural = naturalSizeFor(target.width());
    qreal k = 1;
    if (!natural.isEmpty())
        k = std::min({qreal(1), target.width() / natural.width(), target.height() / natural.height()});
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(k, k);
    // Scaled down, the drawing keeps its own proportions: a box taller than it leaves the space
    // under it empty rather than pushing its legend away from what it explains.
    QSizeF size = target.size() / k;
    if (k < 1 && !natural.isEmpty()) size.setHeight(std::min(size.height(), natural.height()));
    painter.setClipRect(QRectF(QPointF(), size), Qt::IntersectClip);
    paintContent(painter, size);
    painter.restore();
}

void PaintedView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paintContent(p, size());
}

}  // namespace stepwise::ui
