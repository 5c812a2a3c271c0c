#include "ui/views/tree/TreeView.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "ui/views/tree/TreeScene.h"

namespace stepwise::ui {
namespace {

constexpr qreal zoomStep = 1.25;
constexpr qreal minScale = 0.02;
constexpr qreal maxScale = 6.0;
constexpr qreal maxFitScale = 1.5;  // a three-node heap should not fill the screen

}  // namespace

TreeView::TreeView(QWidget* parent) : QGraphicsView(parent), scene_(new TreeScene(this)) {
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Structure"));
    setAccessibleDescription(
        tr("The data structure as a tree, with what the current step did marked on it."));
    setFocusPolicy(Qt::StrongFocus);
    applyPalette();
}

void TreeView::setPicture(const TreePicture& picture) {
    scene_->setPicture(picture);
    if (autoFit_) fitAll();
}

qreal TreeView::zoomFactor() const {
    return transform().m11();
}

void TreeView::zoomBy(qreal factor) {
    const qreal current = zoomFactor();
    const qreal target = std::clamp(current * factor, minScale, maxScale);
    if (current <= 0 || target == current) return;
    autoFit_ = false;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scale(target / current, target / current);
    setTransformationAnchor(anchor);
}

void TreeView::zoomIn() {
    zoomBy(zoomStep);
}
void TreeView::zoomOut() {
    zoomBy(1 / zoomStep);
}

void TreeView::fitAll() {
    autoFit_ = true;
    const QRectF bounds = scene_->sceneRect();
    if (bounds.isEmpty() || viewport()->width() < 2 || viewport()->height() < 2) return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoomFactor() > maxFitScale) setTransform(QTransform::fromScale(maxFitScale, maxFitScale));
    centerOn(bounds.center());
}

void TreeView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0) zoomBy(std::pow(zoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TreeView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::ZoomIn))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else if (event->key() == Qt::Key_0 && (event->modifiers() & Qt::ControlModifier))
        fitAll();
    else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TreeView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (autoFit_) fitAll();
}

void TreeView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) applyPalette();
    QGraphicsView::changeEvent(event);
}

void TreeView::applyPalette() {
    scene_->applyPalette(palette());
    setBackgroundBrush(scene_->style().background);
}

}  // namespace stepwise::ui
