#pragma once
// The graph drawing: a QGraphicsView over a scene with one item per vertex and per edge (id → item
// maps). It renders a GraphState; it never runs an algorithm.
#include <QGraphicsView>

#include "core/graph/Graph.h"
#include "core/graph/GraphState.h"
#include "core/layout/GraphLayout.h"

namespace stepwise::ui {

class GraphScene;

class GraphView : public QGraphicsView {
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

    void zoomIn();
    void zoomOut();
    void fitAll();

    GraphScene* graphScene() const;

signals:
    void vertexClicked(graph::VertexId v);

protected:
    void wheelEvent(QWheelEvent* event) override;  // Ctrl+wheel zooms, wheel scrolls
};

}  // namespace stepwise::ui
