#include "ui/playback/TransportIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace stepwise::ui {

namespace {

// Shapes on a 20 x 20 grid.
void triangle(QPainterPath& p, qreal x, qreal width, bool right) {
    const qreal tip = right ? x + width : x, base = right ? x : x + width;
    p.moveTo(base, 4);
    p.lineTo(tip, 10);
    p.lineTo(base, 16);
    p.closeSubpath();
}

void bar(QPainterPath& p, qreal x, qreal width = 2.5) { p.addRect(QRectF(x, 4, width, 12)); }

QPainterPath shape(TransportIcon kind) {
    QPainterPath p;
    switch (kind) {
    case TransportIcon::ToStart: bar(p, 2); triangle(p, 5, 6.5, false); triangle(p, 11.5, 6.5, false); break;
    case TransportIcon::StepBack: triangle(p, 4, 8.5, false); bar(p, 13.5); break;
    case TransportIcon::Play: triangle(p, 5, 11, true); break;
    case TransportIcon::Pause: bar(p, 5, 3.5); bar(p, 11.5, 3.5); break;
    case TransportIcon::StepForward: bar(p, 4); triangle(p, 7.5, 8.5, true); break;
    case TransportIcon::ToEnd: triangle(p, 2, 6.5, true); triangle(p, 8.5, 6.5, true); bar(p, 15.5); break;
    }
    return p;
}

QPixmap render(const QPainterPath& path, const QColor& color, qreal scale) {
    QPixmap pixmap(QSize(20, 20) * scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.fillPath(path, color);
    return pixmap;
}

}  // namespace

QIcon transportIcon(TransportIcon kind, const QColor& color, const QColor& disabledColor) {
    const QPainterPath path = shape(kind);
    QIcon icon;
    for (qreal scale : {1.0, 2.0}) {
        icon.addPixmap(render(path, color, scale), QIcon::Normal);
        icon.addPixmap(render(path, disabledColor, scale), QIcon::Disabled);
    }
    return icon;
}

}  // namespace stepwise::ui
