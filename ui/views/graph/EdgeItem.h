#pragma once
// One edge of the graph drawing: a straight or bent line (bent when several edges join the same two
// vertices, so a→b and b→a both show), a small loop for a self-loop, an arrowhead for directed
// graphs and a weight label on a small background. Geometry is computed once by setGeometry.
#include <QGraphicsItem>
#include <QString>
#include <functional>
#include <vector>

#include "core/graph/GraphEvent.h"

namespace stepwise::ui {

struct GraphStyle;

class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    EdgeItem(graph::EdgeId id, bool directed, QString weightText, const GraphStyle* style);

    graph::EdgeId id() const { return id_; }
    graph::EdgeMark mark() const { return mark_; }
    /// True while the edge is the parent arc of some reached vertex (drawn like a tree edge).
    bool isParentArc() const { return parentRefs_ > 0; }
    /// True when the edge looks like every untouched edge: no mark, not a parent arc, not focused.
    bool isPlain() const { return mark_ == graph::EdgeMark::None && parentRefs_ == 0 && !focused_; }
    bool isFocused() const { return focused_; }
    const QString& weightText() const { return weightText_; }
    bool isSelfLoop() const { return loop_; }
    /// How far the middle of the line is pushed sideways (0 for a straight edge).
    qreal bend() const { return bend_; }
    /// The middle of the drawn line (where the weight label sits), in item = scene coordinates.
    QPointF middle() const { return mid_; }
    /// About how far `p` (scene coordinates) is from the drawn line: the mouse edits pick the edge
    /// under the pointer by this, not by the bounding rectangle (a long diagonal's covers half the view).
    qreal distanceTo(QPointF p) const;

    /// A line between two vertex centres, pushed sideways by `bend` (scene units, to the left of
    /// from→to). For a self-loop, from == to and `loopAngle` (radians) says where the loop points;
    /// `loopIndex` grows each further loop on the same vertex.
    void setGeometry(QPointF from, QPointF to, qreal bend, qreal loopAngle = 0, int loopIndex = 0);

    /// Moves the weight label to the first spot along the line (the middle first, then further out,
    /// then beside the middle) where `overlap` is zero, else to the spot where it is least.
    /// Where the weight label is drawn, in scene coordinates.
    QRectF weightRect() const;
    void placeWeightLabel(const std::function<qreal(const QRectF&)>& overlap);

    void setMark(graph::EdgeMark mark);
    /// Counts parent arcs that use this edge; `reversed` says the arc runs to→from (undirected).
    void addParentRef(bool reversed);
    void removeParentRef();
    void setFocused(bool focused);
    /// Call after the style's radius, fonts or weight visibility changed.
    void styleChanged();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    /// Paints the edge as if it were plain, whatever its state (EdgeLayerItem draws every edge this way).
    /// `lod` is the level of detail (device pixels per scene unit).
    void paintPlain(QPainter* painter, qreal lod) const;
    /// Paints the edge as paint() does, at level of detail `lod` (for EdgeLayerItem).
    void paintAsShown(QPainter* painter, qreal lod) const;
    /// Rectangles (scene coordinates) that together cover everything paint() may draw, each spanning
    /// about `step` scene units of the line. Repainting these instead of the bounding rectangle keeps a
    /// long edge's change from repainting half the view.
    std::vector<QRectF> coverRects(qreal step) const;
    /// False when paint() certainly draws nothing inside `rect` (scene coordinates); a cheap test that
    /// is exact for straight edges and falls back to the bounding rectangle for curves and loops.
    bool mayTouch(const QRectF& rect) const;

private:
    void draw(QPainter* painter, qreal lod, bool plain) const;
    void updateZ();
    QRectF weightRectAt(QPointF centre) const;
    QPointF pointAt(qreal t) const;
    void updateBounds();

    graph::EdgeId id_;
    bool directed_;
    QString weightText_;
    const GraphStyle* style_;
    graph::EdgeMark mark_ = graph::EdgeMark::None;
    std::uint8_t parentRefs_ = 0;
    bool parentReversed_ = false;
    bool focused_ = false;
    bool loop_ = false;

    QPointF centreFrom_, centreTo_;
    qreal bend_ = 0;
    qreal loopAngle_ = 0;
    int loopIndex_ = 0;
    // Derived: a quadratic (start, c1, end) or, for a loop, a cubic (start, c1, c2, end); the
    // directions are where an arrowhead at each end points.
    QPointF start_, c1_, c2_, end_, mid_;
    QPointF dirAtEnd_, dirAtStart_;
    QSizeF weightSize_;
    QRectF bounds_;
};

}  // namespace stepwise::ui
