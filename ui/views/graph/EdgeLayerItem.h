#pragma once
// The edges of a large (compact) graph drawn by two items instead of one item each: a Plain layer with
// every edge drawn plain, under a Marked layer with the edges that look different (marked, parent,
// focused; painted out of the plain layer where thinner or dashed). On screen each paints from a pixmap
// kept between paints, so a step costs a blit, not thousands of strokes. When an edge changes, the
// Marked layer redraws only thin strips along it and asks the scene to repaint just those strips (a
// long edge's bounding rectangle would cover half the view). Export and printing draw the lines.
#include <QGraphicsItem>
#include <QPainter>
#include <QPixmap>
#include <QTransform>
#include <vector>

namespace stepwise::ui {

class EdgeItem;
struct GraphStyle;

class EdgeLayerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    enum class Kind { Plain, Marked };

    /// `edges` and `style` must outlive the item (the scene owns all three). The edge items themselves
    /// stay out of the scene: this item paints them.
    EdgeLayerItem(Kind kind, const std::vector<EdgeItem*>* edges, const GraphStyle* style);
    Kind kind() const { return kind_; }

    /// Call after the edges' geometry changed (recomputes the bounds, drops the pixmap).
    void edgesMoved();
    /// Call after the colours changed (drops the pixmap).
    void invalidate();
    /// Marked layer: edge `e` changed its look (mark, parent, focus); repaints the strips along it.
    void edgeChanged(std::size_t e);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    /// The edges this layer draws whose bounding rectangles meet `within`, in stacking order.
    std::vector<const EdgeItem*> shownEdges(const QRectF& within) const;
    /// Draws `shown`; with `strip`, only those that may touch it.
    void drawEdges(QPainter* painter, qreal lod, const std::vector<const EdgeItem*>& shown,
                   const QRectF* strip = nullptr) const;

    Kind kind_;
    const std::vector<EdgeItem*>* edges_;
    const GraphStyle* style_;
    QRectF bounds_;

    // The pixmap holds either the whole layer at the current scale (panning only moves it), or when that
    // would be too big, just the viewport under the exact current transform.
    QPixmap cache_;
    QTransform cacheMap_;  // scene → pixmap (logical pixels)
    QPainter::RenderHints cacheHints_;
    bool cacheWhole_ = false;
    QTransform cacheTransform_;  // whole: scale only; viewport: the full world transform
    QSize cacheViewport_;
    qreal cacheRatio_ = 0;
};

}  // namespace stepwise::ui
