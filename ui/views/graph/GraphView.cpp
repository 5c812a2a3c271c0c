#include "ui/views/graph/GraphView.h"

#include <QEvent>

#include "ui/views/graph/GraphScene.h"

namespace stepwise::ui {
namespace {

// A three-vertex graph should not fill a 4K screen.
constexpr ZoomableView::Limits limits{.minScale = 0.01, .maxScale = 8.0, .maxFitScale = 1.6};

}  // namespace

GraphView::GraphView(QWidget* parent) : ZoomableView(limits, parent), scene_(new GraphScene(this)) {
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // Stepping repaints a handful of small items; Smart keeps that to their rectangles.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setWheelZoomsAtMouse(true);
    setAccessibleName(tr("Graph"));
    setAccessibleDescription(tr("The graph being searched. Click a vertex to choose it."));
    connect(scene_, &GraphScene::vertexClicked, this, &GraphView::vertexClicked);
    connect(scene_, &GraphScene::edgeClicked, this, &GraphView::edgeClicked);
    applyPalette();
    scene_->applyFontFamily(font().family());
}

GraphView::~GraphView() = default;

GraphScene* GraphView::graphScene() const { return scene_; }

void GraphView::setGraph(const graph::Graph* g, const layout::GraphLayout& layout) {
    scene_->setGraph(g, layout);
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

QRectF GraphView::drawingBounds() const { return scene_->itemsBoundingRect().adjusted(-20, -20, 20, 20); }

void GraphView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) applyPalette();
    // The room's font reaches the scene's items: the bundled export font while an export draws.
    if (event->type() == QEvent::FontChange) scene_->applyFontFamily(font().family());
    ZoomableView::changeEvent(event);
}

void GraphView::applyPalette() {
    scene_->applyPalette(palette());
    setBackgroundBrush(scene_->style().background);
}

}  // namespace stepwise::ui
