#pragma once
// The graph drawing: a QGraphicsView over a scene with one item per vertex and per edge (id → item
// maps). It renders a GraphState; it never runs an algorithm. Zoom, pan and paint come from ZoomableView.

#include "core/graph/Graph.h"
#include "core/graph/GraphState.h"
#include "core/layout/GraphLayout.h"
#include "ui/views/common/ZoomableView.h"

namespace stepwise::ui {

class GraphScene;

class GraphView : public ZoomableView {
    Q_OBJECT
public:
    explicit GraphView(QWidget* parent = nullptr);
    ~GraphView() override;

    /// Replaces the drawing. `g` must outlive the view's use of it (the room owns it).
    void setGraph(const graph::Graph* g, const layout::GraphLayout& layout);
    /// Shows one step: vertex status by colour AND shape/label (unvisited, frontier, settled,
    /// highlighted), distances as labels, parent edges highlighted, edge marks. Only changed items
    /// are touched, so stepping stays smooth at 5,000 vertices.
    void showState(const graph::GraphState& state);
    /// Marks source and target (drawn with a ring and an "S"/"T" badge).
    void setEndpoints(graph::VertexId source, graph::VertexId target);
    /// Emphasises the most recent change with a glow (graph::none clears it).
    void setFocusVertex(graph::VertexId v);
    void setFocusArc(graph::ArcId arc);

    GraphScene* graphScene() const;

Q_SIGNALS:
    void vertexClicked(graph::VertexId v);
    /// Only while the scene's edges are clickable (GraphScene::setEdgesClickable).
    void edgeClicked(graph::EdgeId e);

protected:
    QRectF drawingBounds() const override;
    void changeEvent(QEvent* event) override;  // palette change: recolour for the new theme

private:
    void applyPalette();

    GraphScene* scene_;
};

}  // namespace stepwise::ui
