#include "ui/views/graph/GraphView.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "ui/views/graph/GraphScene.h"

namespace stepwise::ui {
namespace {

constexpr qreal zoomStep = 1.25;
constexpr qreal minScale = 0.01;
constexpr qreal maxScale = 8.0;
constexpr qreal maxFitScale = 1.6;  // a three-vertex graph should not fill a 4K screen

}  // namespace

GraphView::GraphView(QWidget* parent) : QGraphicsView(parent), scene_(new GraphScene(this)) {
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    // Stepping repaints a handful of small items; Smart keeps that to their rectangles.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    // Panning is by dragging; scroll bars would only eat room and flicker in and out while zooming.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Graph"));
    setAccessibleDescription(tr("The graph being searched. Click a vertex to choose it."));
    setFocusPolicy(Qt::StrongFocus);
    connect(scene_, &GraphScene::vertexClicked, this, &GraphView::vertexClicked);
    applyPalette();
}

GraphView::~GraphView() = default;

GraphScene* GraphView::graphScene() const { return scene_; }

void GraphView::setGraph(const graph::Graph* g, const layout::GraphLayout& layout) {
    scene_->setGraph(g, layout);
    autoFit_ = true;
    fitAll();
}

void GraphView::showState(const graph::GraphState& state) { scene_->showState(state); }

void GraphView::setEndpoints(graph::VertexId source, graph::VertexId target) {
    scene_->setEndpoints(source, target);
}

void GraphView::setFocusVertex(graph::VertexId v) { scene_->setFocusVertex(v); }

void GraphView::setFocusArc(graph::ArcId arc) {
    const graph::Graph* g = scene_->graph();
    scene_->setFocusEdge(g && arc != graph::none && arc < g->arcCount() ? g->edgeOf(arc) : graph::none);
}

qreal GraphView::zoomFactor() const { return transform().m11(); }

void GraphView::zoomBy(qreal factor) {
    const qreal current = zoomFactor();
    const qreal target = std::clamp(current * factor, minScale, maxScale);
    if (current <= 0 || target == current) return;
    autoFit_ = false;
    scale(target / current, target / current);
}

void GraphView::zoomAroundCentre(qreal factor) {
    // Buttons and shortcuts zoom around the middle of the view, not wherever the mouse happens to be.
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(factor);
    setTransformationAnchor(anchor);
}

void GraphView::zoomIn() { zoomAroundCentre(zoomStep); }

void GraphView::zoomOut() { zoomAroundCentre(1 / zoomStep); }

void GraphView::fitAll() {
    autoFit_ = true;
    const QRectF bounds = scene_->itemsBoundingRect();
    if (bounds.isEmpty() || viewport()->width() < 2 || viewport()->height() < 2) return;
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (zoomFactor() > maxFitScale) setTransform(QTransform::fromScale(maxFitScale, maxFitScale));
    centerOn(bounds.center());
}

void GraphView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0) zoomBy(std::pow(zoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent* event) {
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

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // Until the user zooms, the whole graph follows the window size.
    if (autoFit_) fitAll();
}

void GraphView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) applyPalette();
    QGraphicsView::changeEvent(event);
}

void GraphView::applyPalette() {
    scene_->applyPalette(palette());
    setBackgroundBrush(scene_->style().background);
}

}  // namespace stepwise::ui
