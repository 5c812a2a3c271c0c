#pragma once
// One vertex of the graph drawing. It only paints what it is told (status, label, badges); the scene
// decides when something changed, so stepping repaints just the vertices that did.
#include <QGraphicsItem>
#include <QString>

#include "core/graph/GraphEvent.h"

namespace stepwise::ui {

struct GraphStyle;

class VertexItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    VertexItem(graph::VertexId id, QString name, const GraphStyle* style);

    graph::VertexId id() const { return id_; }
    const QString& name() const { return name_; }
    graph::VertexStatus status() const { return status_; }
    /// The second line: distance, key, remaining in-degree or "d/f" times ("" when nothing is known).
    const QString& detail() const { return detail_; }
    bool isSource() const { return source_; }
    bool isTarget() const { return target_; }
    bool isFocused() const { return focused_; }

    /// Each setter repaints only when the value really changes.
    void setStatus(graph::VertexStatus status);
    void setDetail(const QString& detail);
    void setEndpoint(bool source, bool target);
    void setFocused(bool focused);
    /// The component the vertex was put in (SCC), -1 for none: a fill of its own and a "C1" badge.
    void setComponent(int component);
    int component() const { return component_; }
    /// The room the name under the circle may take (the scene gives each vertex the space to its
    /// nearest neighbour on the same row, so names are neither cut short with room to spare nor
    /// drawn over each other).
    void setLabelWidth(qreal width);
    qreal labelWidth() const { return labelWidth_; }
    /// Which line under the circle the name takes: 0 right under it, 1 one line lower (on a crowded
    /// row every other vertex takes line 1, so neighbours' names have twice the room).
    void setLabelLine(int line);
    int labelLine() const { return labelLine_; }
    /// Where the name under the circle may be drawn, in scene coordinates (its text fits inside).
    QRectF labelSceneRect() const { return labelRect().translated(pos()); }
    /// Call after the style's radius or fonts changed.
    void styleChanged();

    /// What a weight label should keep clear of, in scene coordinates: the circle and the text under it.
    QRectF occupiedRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF labelRect() const;

    graph::VertexId id_;
    QString name_;
    QString detail_;
    const GraphStyle* style_;
    graph::VertexStatus status_ = graph::VertexStatus::Unseen;
    bool source_ = false;
    bool target_ = false;
    bool focused_ = false;
    int component_ = -1;
    qreal labelWidth_ = 96;  // layouts put neighbours ~100 apart
    int labelLine_ = 0;
};

}  // namespace stepwise::ui
