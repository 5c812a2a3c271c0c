#include "ui/views/graph/EdgeLayerItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>
#include <QGraphicsScene>
#include <algorithm>
#include <cmath>

#include "ui/views/graph/EdgeItem.h"

namespace stepwise::ui {
namespace {

// Above this many device pixels the whole-layer pixmap would cost too much memory (zoomed far in);
// then only the viewport is kept, redrawn when the view pans.
constexpr qreal maxWholePixels = 8.0 * 1024 * 1024;

}  // namespace

EdgeLayerItem::EdgeLayerItem(Kind kind, const std::vector<EdgeItem*>* edges, const GraphStyle* style)
    : kind_(kind), edges_(edges), style_(style) {
    // Under the vertices (z 2); the marked edges above the plain ones.
    setZValue(kind == Kind::Plain ? -1 : 1);
    setAcceptedMouseButtons(Qt::NoButton);
    // The exposed rectangle tells paint() how little of the pixmap to copy.
    setFlag(ItemUsesExtendedStyleOption, true);
    edgesMoved();
}

void EdgeLayerItem::edgesMoved() {
    prepareGeometryChange();
    QRectF bounds;
    for (const EdgeItem* edge : *edges_) bounds = bounds.united(edge->boundingRect());
    bounds_ = bounds;
    invalidate();
}

void EdgeLayerItem::invalidate() {
    cache_ = QPixmap();
    update();
}

QRectF EdgeLayerItem::boundingRect() const { return bounds_; }

std::vector<const EdgeItem*> EdgeLayerItem::shownEdges(const QRectF& within) const {
    std::vector<const EdgeItem*> shown;
    for (const EdgeItem* edge : *edges_) {
        if (kind_ == Kind::Plain || (!edge->isPlain() && edge->boundingRect().intersects(within))) shown.push_back(edge);
    }
    // The edges' own stacking: examined and rejected under tree and parent edges, the focused one on top.
    if (kind_ == Kind::Marked)
        std::stable_sort(shown.begin(), shown.end(), [](const EdgeItem* a, const EdgeItem* b) { return a->zValue() < b->zValue(); });
    return shown;
}

void EdgeLayerItem::drawEdges(QPainter* painter, qreal lod, const std::vector<const EdgeItem*>& shown,
                              const QRectF* strip) const {
    for (const EdgeItem* edge : shown) {
        if (strip && !edge->mayTouch(*strip)) continue;
        if (kind_ == Kind::Plain)
            edge->paintPlain(painter, lod);
        else
            edge->paintAsShown(painter, lod);
    }
}

void EdgeLayerItem::edgeChanged(std::size_t e) {
    if (kind_ != Kind::Marked || e >= edges_->size()) return;
    const EdgeItem* edge = (*edges_)[e];
    if (!scene()) return;
    if (cache_.isNull()) {
        update(edge->boundingRect());
        return;
    }
    // Strips about 24 pixels long: a few dozen small rectangles instead of one that spans the view.
    const qreal lod = std::max(cacheMap_.m11(), 1e-3);
    const std::vector<QRectF> strips = edge->coverRects(24 / lod);
    {
        // One strip at a time: a rectangular clip is the raster engine's fast path; a region of dozens of
        // rectangles took several times longer here (measured). Overlapping strips redraw the same pixels alike.
        QRectF within;
        for (const QRectF& r : strips) within = within.united(r);
        const std::vector<const EdgeItem*> shown = shownEdges(within);
        QPainter p(&cache_);
        p.setRenderHints(cacheHints_);
        for (const QRectF& r : strips) {
            const QRect pixels = cacheMap_.mapRect(r).toAlignedRect().adjusted(-1, -1, 1, 1);
            p.setWorldTransform(QTransform());
            p.setClipRect(pixels);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.fillRect(pixels, Qt::transparent);
            p.setCompositionMode(QPainter::CompositionMode_SourceOver);
            p.setWorldTransform(cacheMap_);
            drawEdges(&p, lod, shown, &r);
        }
    }
    QGraphicsScene* s = scene();
    for (const QRectF& r : strips) s->update(r);
}

void EdgeLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    const QTransform world = painter->worldTransform();
    const qreal lod = option->levelOfDetailFromTransform(world);
    // Export, printing or a rotated or mirrored view: draw the lines themselves.
    if (!widget || world.type() > QTransform::TxScale || world.m11() <= 0 || world.m22() <= 0 || bounds_.isEmpty()) {
        drawEdges(painter, lod, shownEdges(bounds_));
        return;
    }
    const qreal ratio = painter->device()->devicePixelRatio();
    const QTransform scaling = QTransform::fromScale(world.m11(), world.m22());
    const QRectF scaled = scaling.mapRect(bounds_);
    const bool whole = scaled.width() * scaled.height() * ratio * ratio <= maxWholePixels;
    const QSize viewport = widget->size();

    // The pixmap's top-left corner in device (logical) pixels, on whole device pixels so it is copied,
    // not resampled.
    QPointF origin;
    if (whole) {
        origin = world.map(bounds_.topLeft()) - QPointF(1, 1);
        origin = QPointF(std::round(origin.x() * ratio) / ratio, std::round(origin.y() * ratio) / ratio);
        const bool stale = cache_.isNull() || !cacheWhole_ || cacheTransform_ != scaling || cacheRatio_ != ratio;
        if (stale) {
            const QSize size(static_cast<int>(std::ceil((scaled.width() + 2) * ratio)),
                             static_cast<int>(std::ceil((scaled.height() + 2) * ratio)));
            cache_ = QPixmap(size);
            cache_.setDevicePixelRatio(ratio);
            cache_.fill(Qt::transparent);
            QPainter p(&cache_);
            cacheHints_ = painter->renderHints();
            p.setRenderHints(cacheHints_);
            cacheMap_ = scaling * QTransform::fromTranslate(1 - scaled.left(), 1 - scaled.top());
            p.setTransform(cacheMap_);
            drawEdges(&p, lod, shownEdges(bounds_));
            cacheWhole_ = true;
            cacheTransform_ = scaling;
            cacheRatio_ = ratio;
        }
    } else {
        const bool stale = cache_.isNull() || cacheWhole_ || cacheTransform_ != world || cacheRatio_ != ratio ||
                           cacheViewport_ != viewport;
        if (stale) {
            cache_ = QPixmap(viewport * ratio);
            cache_.setDevicePixelRatio(ratio);
            cache_.fill(Qt::transparent);
            QPainter p(&cache_);
            cacheHints_ = painter->renderHints();
            p.setRenderHints(cacheHints_);
            cacheMap_ = world;
            p.setTransform(cacheMap_);
            drawEdges(&p, lod, shownEdges(bounds_));
            cacheWhole_ = false;
            cacheTransform_ = world;
            cacheViewport_ = viewport;
            cacheRatio_ = ratio;
        }
    }

    // Copy only what is exposed, pixel for pixel.
    const QSizeF logical = QSizeF(cache_.size()) / ratio;
    QRectF target = world.mapRect(option->exposedRect).adjusted(-1, -1, 1, 1);
    target = QRectF(target.toAlignedRect()).intersected(QRectF(origin, logical));
    if (target.isEmpty()) return;
    const QRectF source((target.topLeft() - origin) * ratio, target.size() * ratio);
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawPixmap(target, cache_, source);
    painter->restore();
}

}  // namespace stepwise::ui
