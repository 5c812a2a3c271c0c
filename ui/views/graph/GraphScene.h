#pragma once
// The scene behind GraphView: one VertexItem per vertex and one EdgeItem per edge, kept in id → item
// vectors. showState compares the new state with the last one shown and touches only what changed.
#include <QGraphicsScene>
#include <QString>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphState.h"
#include "core/layout/GraphLayout.h"
#include "ui/views/graph/GraphStyle.h"

class QGraphicsLineItem;

namespace stepwise::ui {

class EdgeItem;
class EdgeLayerItem;
class VertexItem;

class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    /// Above this many vertices the drawing is compact: small vertices, no weight labels, and plain edges
    /// drawn together on one cached layer (EdgeLayerItem) instead of one scene item each.
    static constexpr std::size_t compactThreshold = 1000;

    explicit GraphScene(QObject* parent = nullptr);
    ~GraphScene() override;

    /// Replaces every item. `g` must outlive the scene's use of it; `layout` has one position per vertex
    /// (missing positions are placed on a grid).
    void setGraph(const graph::Graph* g, const layout::GraphLayout& layout);
    const graph::Graph* graph() const { return graph_; }

    /// Shows one step. Only items whose status, label or mark differ from the last state shown repaint.
    /// The state must belong to the graph set last (same vertex and edge counts).
    void showState(const graph::GraphState& state);
    /// Source and target badges (graph::none for neither).
    void setEndpoints(graph::VertexId source, graph::VertexId target);
    /// Emphasises the most recent change (graph::none clears it).
    void setFocusVertex(graph::VertexId v);
    void setFocusEdge(graph::EdgeId e);
    /// Colour and label vertices by GraphState::group (the SCC each was put in).
    void setComponentsShown(bool shown);

    VertexItem* vertexItem(graph::VertexId v) const { return v < vertices_.size() ? vertices_[v] : nullptr; }
    /// Every edge has an item; in a compact drawing the items stay out of the scene (the layers draw them).
    EdgeItem* edgeItem(graph::EdgeId e) const { return e < edges_.size() ? edges_[e] : nullptr; }
    /// The layers that draw the edges of a compact drawing: every edge plain, and the edges that are
    /// not plain on top (nullptr when the drawing is not compact).
    EdgeLayerItem* plainEdgeLayer() const { return plainLayer_; }
    EdgeLayerItem* markedEdgeLayer() const { return markedLayer_; }
    std::size_t vertexItemCount() const { return vertices_.size(); }
    std::size_t edgeItemCount() const { return edges_.size(); }

    const GraphStyle& style() const { return style_; }
    /// New colours from a palette (theme switch); every item repaints once.
    void applyPalette(const QPalette& palette);
    /// Draws the names and labels in `family` (GraphView passes its own font's on a font change).
    void applyFontFamily(const QString& family);

    /// The text under (or inside) a vertex for this state: "d/f" when the state has DFS times,
    /// the distance / key / in-degree ("∞" when unreached) when any vertex has one, otherwise "".
    static QString detailText(const graph::GraphState& state, graph::VertexId v);

    /// Edit mode: the mouse asks for edits (the signals below) instead of choosing the source.
    /// Double-click on empty space: a vertex; drag a vertex: move it; Shift+drag or right-drag from
    /// one vertex to another: an edge; double-click an edge: its weight; Delete: the selected item.
    /// The scene changes nothing itself but the dragged vertex's place: the room edits the text.
    void setEditing(bool editing);
    bool isEditing() const { return editing_; }
    /// The edge whose line passes within `reach` scene units of `scenePos`, or whose weight label
    /// holds it (the closest wins), else graph::none.
    graph::EdgeId edgeAt(QPointF scenePos, qreal reach = 6) const;
    /// Outside edit mode, a left click near an edge (within pickPixels on screen, and not on a
    /// vertex) emits edgeClicked instead of starting a pan. Off by default: only answers pick edges.
    void setEdgesClickable(bool clickable) { edgesClickable_ = clickable; }
    bool edgesClickable() const { return edgesClickable_; }
    static constexpr qreal pickPixels = 6;
    /// The vertex under `scenePos`, else graph::none.
    graph::VertexId vertexAt(QPointF scenePos) const;

Q_SIGNALS:
    void vertexClicked(graph::VertexId v);
    void edgeClicked(graph::EdgeId e);
    void addVertexRequested(QPointF scenePos);
    void connectRequested(graph::VertexId from, graph::VertexId to);
    void weightRequested(graph::EdgeId e);
    void removeVertexRequested(graph::VertexId v);
    void removeEdgeRequested(graph::EdgeId e);
    /// A vertex was dragged and dropped at `scenePos` (its centre).
    void vertexMoved(graph::VertexId v, QPointF scenePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    void clearItems();
    void fitLabels(const std::vector<QPointF>& at);
    void refreshDetail(const graph::GraphState& state, graph::VertexId v);
    void setParent(graph::VertexId v, graph::ArcId arc);
    /// Compact drawings: tells the marked layer that the edge's look changed.
    void syncEdge(graph::EdgeId e);

    const graph::Graph* graph_ = nullptr;
    GraphStyle style_;
    std::vector<VertexItem*> vertices_;
    std::vector<EdgeItem*> edges_;  // owned by the scene when added to it, else (compact) by this class
    EdgeLayerItem* plainLayer_ = nullptr;
    EdgeLayerItem* markedLayer_ = nullptr;

    // The last state shown, only the parts the drawing depends on.
    bool hasShown_ = false;
    bool componentsShown_ = false;
    std::vector<std::uint32_t> shownGroup_;
    bool shownTimes_ = false;
    bool shownDistances_ = false;
    std::vector<graph::VertexStatus> shownStatus_;
    std::vector<double> shownDistance_;
    std::vector<std::uint32_t> shownDiscovered_;
    std::vector<std::uint32_t> shownFinished_;
    std::vector<std::uint32_t> shownLow_;
    bool lowLinks_ = false;  // Tarjan: the numbers are index/low-link
    std::vector<graph::ArcId> shownParent_;
    std::vector<graph::EdgeMark> shownMark_;

    bool editing_ = false;
    bool edgesClickable_ = false;
    graph::VertexId dragged_ = graph::none;  // the vertex being moved
    QPointF dragOffset_;
    bool dragMoved_ = false;
    graph::VertexId connectFrom_ = graph::none;  // the start of an edge being drawn
    QGraphicsLineItem* rubberBand_ = nullptr;

    graph::VertexId source_ = graph::none;
    graph::VertexId target_ = graph::none;
    graph::VertexId focusVertex_ = graph::none;
    graph::EdgeId focusEdge_ = graph::none;
};

}  // namespace stepwise::ui
