#include "ui/views/common/ZoomableView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace stepwise::ui {

ZoomableView::ZoomableView(Limits limits, QWidget* parent) : QGraphicsView(parent), limits_(limits) {
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    // Panning is by dragging; scroll bars would only eat room and flicker in and out while zooming.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
}

qreal ZoomableView::zoomFactor() const {
    return transform().m11();
}

QRectF ZoomableView::drawingBounds() const {
    return scene() ? scene()->sceneRect() : QRectF();
}

void ZoomableView::zoomBy(qreal factor, bool atMouse) {
    const qreal current = zoomFactor();
    const qreal target = std::clamp(current * factor, limits_.minScale, limits_.maxScale);
    if (current <= 0 || target == current) return;
    autoFit_ = false;
    // Buttons and shortcuts zoom around the middle of the view, not wherever the mouse happens to be.
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(atMouse ? AnchorUnderMouse : AnchorViewCenter);
    scale(target / current, target / current);
    setTransformationAnchor(anchor);
}

void ZoomableView::zoomIn() {
    zoomBy(zoomStep, false);
}

void ZoomableView::zoomOut() {
    zoomBy(1 / zoomStep, false);
}

void ZoomableView::fitAll() {
    autoFit_ = true;
    const QRectF bounds = drawingBounds();
    if (bounds.isEmpty() || viewport()->width() < 2 || viewport()->height() < 2) return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoomFactor() > limits_.maxFitScale)
        setTransform(QTransform::fromScale(limits_.maxFitScale, limits_.maxFitScale));
    centerOn(bounds.center());
}

void ZoomableView::drawingChanged() {
    if (autoFit_) fitAll();
}

void ZoomableView::paint(QPainter& painter, const QRectF& target) {
    if (!scene()) return;
    const QRectF bounds = drawingBounds();
    painter.save();
    painter.fillRect(target, backgroundBrush());
    painter.setRenderHints(renderHints(), true);
    scene()->render(&painter, target, bounds, Qt::KeepAspectRatio);
    painter.restore();
}

QSizeF ZoomableView::naturalSize() const {
    return drawingBounds().size();
}

void ZoomableView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0) zoomBy(std::pow(zoomStep, steps), wheelAtMouse_);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ZoomableView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
    } else if (event->key() == Qt::Key_0 && (event->modifiers() & Qt::ControlModifier)) {
        fitAll();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ZoomableView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // Until the user zooms, the whole drawing follows the window size.
    if (autoFit_) fitAll();
}

}  // namespace stepwise::ui
