#include "ui/views/graph/EdgeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>
#include <algorithm>
#include <limits>
#include <vector>

#include "ui/views/graph/GraphStyle.h"

namespace stepwise::ui {
namespace {

constexpr qreal margin = 14;  // pen, focus glow and arrowhead around the control points

QPointF unit(QPointF v) {
    const qreal len = std::hypot(v.x(), v.y());
    return len < 1e-9 ? QPointF(1, 0) : v / len;
}

QPointF polar(qreal radius, qreal angle) { return {radius * std::cos(angle), radius * std::sin(angle)}; }

struct Stroke {
    QColor colour;
    qreal width;
    Qt::PenStyle style;
};

}  // namespace

EdgeItem::EdgeItem(graph::EdgeId id, bool directed, QString weightText, const GraphStyle* style)
    : id_(id), directed_(directed), weightText_(std::move(weightText)), style_(style) {
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
}

void EdgeItem::setGeometry(QPointF from, QPointF to, qreal bend, qreal loopAngle, int loopIndex) {
    prepareGeometryChange();
    centreFrom_ = from;
    centreTo_ = to;
    bend_ = bend;
    loopAngle_ = loopAngle;
    loopIndex_ = loopIndex;
    const qreal r = style_->radius;
    const QPointF d = to - from;
    loop_ = std::hypot(d.x(), d.y()) < 1e-6;
    if (loop_) {
        const qreal spread = 0.5;
        const qreal reach = r * (3.8 + 1.2 * loopIndex);
        start_ = from + polar(r, loopAngle - spread);
        end_ = from + polar(r, loopAngle + spread);
        c1_ = from + polar(reach, loopAngle - spread - 0.35);
        c2_ = from + polar(reach, loopAngle + spread + 0.35);
        mid_ = 0.125 * start_ + 0.375 * c1_ + 0.375 * c2_ + 0.125 * end_;
        dirAtEnd_ = unit(end_ - c2_);
        dirAtStart_ = unit(start_ - c1_);
    } else {
        const QPointF normal = unit(QPointF(-d.y(), d.x()));
        // A quadratic's middle sits halfway to its control point: twice the bend puts the apex at `bend`.
        c1_ = c2_ = (from + to) / 2 + normal * (2 * bend);
        start_ = from + unit(c1_ - from) * r;
        end_ = to + unit(c1_ - to) * (r + 1.5);
        mid_ = 0.25 * start_ + 0.5 * c1_ + 0.25 * end_;
        dirAtEnd_ = unit(end_ - c1_);
        dirAtStart_ = unit(start_ - c1_);
    }
    const QFontMetricsF metrics(style_->weightFont);
    weightSize_ = QSizeF(metrics.horizontalAdvance(weightText_) + 8, metrics.height() + 2);
    updateBounds();
}

QPointF EdgeItem::pointAt(qreal t) const {
    const qreal u = 1 - t;
    if (loop_) return u * u * u * start_ + 3 * u * u * t * c1_ + 3 * u * t * t * c2_ + t * t * t * end_;
    return u * u * start_ + 2 * u * t * c1_ + t * t * end_;
}

qreal EdgeItem::distanceTo(QPointF p) const {
    // Sampled along the curve: close enough for picking, and the same for lines, bends and loops.
    constexpr int samples = 48;
    qreal best = std::numeric_limits<qreal>::max();
    QPointF previous = pointAt(0);
    for (int i = 1; i <= samples; ++i) {
        const QPointF next = pointAt(static_cast<qreal>(i) / samples);
        const QPointF d = next - previous;
        const qreal len2 = QPointF::dotProduct(d, d);
        const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - previous, d) / len2, 0.0, 1.0) : 0.0;
        const QPointF nearest = previous + t * d;
        best = std::min(best, std::hypot(p.x() - nearest.x(), p.y() - nearest.y()));
        previous = next;
    }
    return best;
}

void EdgeItem::placeWeightLabel(const std::function<qreal(const QRectF&)>& overlap) {
    std::vector<QPointF> spots;
    for (const qreal t : {0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75}) spots.push_back(pointAt(t));
    // A short line has no free spot on it: beside its middle, then.
    const QPointF along = unit(pointAt(0.55) - pointAt(0.45));
    const QPointF normal(-along.y(), along.x());
    const qreal side = std::abs(normal.x()) * weightSize_.width() / 2 + std::abs(normal.y()) * weightSize_.height() / 2 + 3;
    // Then beside the line, along it, so a name under a vertex near the middle is left clear.
    for (const qreal away : {1.0, 1.8})
        for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7}) {
            spots.push_back(pointAt(t) + normal * side * away);
            spots.push_back(pointAt(t) - normal * side * away);
        }
    QPointF best = spots.front();
    qreal least = std::numeric_limits<qreal>::max();
    for (const QPointF& at : spots) {
        const qreal cost = overlap(weightRectAt(at));
        if (cost < least) {
            least = cost;
            best = at;
        }
        if (cost <= 0) break;
    }
    if (best == mid_) return;
    prepareGeometryChange();
    mid_ = best;
    updateBounds();
}

void EdgeItem::updateBounds() {
    QRectF box = QRectF(start_, end_).normalized();
    box = box.united(QRectF(c1_, c2_).normalized());
    box = box.united(QRectF(start_, c1_).normalized()).united(QRectF(end_, c2_).normalized());
    bounds_ = box.adjusted(-margin, -margin, margin, margin).united(weightRect().adjusted(-1, -1, 1, 1));
}

QRectF EdgeItem::weightRect() const { return weightRectAt(mid_); }

QRectF EdgeItem::weightRectAt(QPointF centre) const {
    return {centre.x() - weightSize_.width() / 2, centre.y() - weightSize_.height() / 2, weightSize_.width(),
            weightSize_.height()};
}

void EdgeItem::setMark(graph::EdgeMark mark) {
    if (mark == mark_) return;
    mark_ = mark;
    updateZ();
    update();
}

void EdgeItem::addParentRef(bool reversed) {
    parentReversed_ = reversed;
    if (parentRefs_++ == 0) {
        updateZ();
        update();
    }
}

void EdgeItem::removeParentRef() {
    if (parentRefs_ == 0) return;
    if (--parentRefs_ == 0) {
        updateZ();
        update();
    }
}

void EdgeItem::setFocused(bool focused) {
    if (focused == focused_) return;
    focused_ = focused;
    updateZ();
    update();
}

void EdgeItem::styleChanged() { setGeometry(centreFrom_, centreTo_, bend_, loopAngle_, loopIndex_); }

void EdgeItem::updateZ() {
    using graph::EdgeMark;
    const bool strong = parentRefs_ > 0 || mark_ == EdgeMark::Tree || mark_ == EdgeMark::Chosen ||
                        mark_ == EdgeMark::Cycle || mark_ == EdgeMark::Back || mark_ == EdgeMark::Forward;
    setZValue(focused_ ? 1.5 : strong ? 1 : 0);
}

QRectF EdgeItem::boundingRect() const { return bounds_; }

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    draw(painter, option->levelOfDetailFromTransform(painter->worldTransform()), false);
    if (isSelected()) {
        // Chosen for an edit (Delete, weight): a dashed outline beside the line, not a colour alone.
        QPainterPath line(start_);
        if (loop_)
            line.cubicTo(c1_, c2_, end_);
        else
            line.quadTo(c1_, end_);
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        QPen dashed(style_->text, 1.2, Qt::DashLine);
        painter->setPen(dashed);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(stroker.createStroke(line));
    }
}

void EdgeItem::paintPlain(QPainter* painter, qreal lod) const { draw(painter, lod, true); }

bool EdgeItem::mayTouch(const QRectF& rect) const {
    if (!bounds_.intersects(rect)) return false;
    if (loop_ || bend_ != 0 || (style_->showWeights && !weightText_.isEmpty())) return true;
    // Liang–Barsky: does the segment start→end cross the rectangle grown by the margin?
    const QRectF r = rect.adjusted(-margin, -margin, margin, margin);
    const QPointF d = end_ - start_;
    qreal t0 = 0, t1 = 1;
    const auto clip = [&](qreal p, qreal q) {
        if (p == 0) return q >= 0;
        const qreal t = q / p;
        if (p < 0) {
            if (t > t1) return false;
            t0 = std::max(t0, t);
        } else {
            if (t < t0) return false;
            t1 = std::min(t1, t);
        }
        return true;
    };
    return clip(-d.x(), start_.x() - r.left()) && clip(d.x(), r.right() - start_.x()) &&
           clip(-d.y(), start_.y() - r.top()) && clip(d.y(), r.bottom() - start_.y());
}

void EdgeItem::paintAsShown(QPainter* painter, qreal lod) const { draw(painter, lod, false); }

std::vector<QRectF> EdgeItem::coverRects(qreal step) const {
    // Chords between points on the curve, widened by the margin that also pads the bounding rectangle
    // (pen, glow, arrowheads, the rejected ×). The curve strays from a short chord far less than that.
    qreal length = 0;
    for (int i = 0; i < 8; ++i) {
        const QPointF d = pointAt((i + 1) / 8.0) - pointAt(i / 8.0);
        length += std::hypot(d.x(), d.y());
    }
    const int pieces = std::clamp(static_cast<int>(std::ceil(length / std::max(step, 1e-6))), 1, 256);
    std::vector<QRectF> rects;
    rects.reserve(static_cast<std::size_t>(pieces) + 1);
    QPointF previous = pointAt(0);
    for (int i = 1; i <= pieces; ++i) {
        const QPointF next = pointAt(static_cast<qreal>(i) / pieces);
        rects.push_back(QRectF(previous, next).normalized().adjusted(-margin, -margin, margin, margin));
        previous = next;
    }
    if (style_->showWeights && !weightText_.isEmpty()) rects.push_back(weightRect().adjusted(-1, -1, 1, 1));
    return rects;
}

void EdgeItem::draw(QPainter* painter, qreal lod, bool asPlain) const {
    using graph::EdgeMark;
    const GraphStyle& s = *style_;
    const EdgeMark mark = asPlain ? EdgeMark::None : mark_;
    const bool focused = !asPlain && focused_;

    Stroke stroke{s.edge, 1.4, Qt::SolidLine};
    switch (mark) {
        case EdgeMark::None: break;
        case EdgeMark::Examined: stroke = {s.examined, 2.0, Qt::SolidLine}; break;
        case EdgeMark::Tree:
        case EdgeMark::Chosen: stroke = {s.accent, 3.5, Qt::SolidLine}; break;
        case EdgeMark::Back: stroke = {s.back, 2.4, Qt::DashLine}; break;
        case EdgeMark::Forward: stroke = {s.forward, 2.4, Qt::DotLine}; break;
        case EdgeMark::Cross: stroke = {s.cross, 1.8, Qt::DashLine}; break;
        case EdgeMark::Rejected: stroke = {s.rejected, 1.2, Qt::SolidLine}; break;
        case EdgeMark::Cycle: stroke = {s.cycle, 4.0, Qt::SolidLine}; break;
    }
    // A parent arc reads as part of the search tree unless a stronger mark says otherwise.
    const bool parent = !asPlain && parentRefs_ > 0;
    if (parent && (mark == EdgeMark::None || mark == EdgeMark::Examined)) stroke = {s.accent, 3.2, Qt::SolidLine};

    // Keep lines at least a fraction of a pixel wide when zoomed far out (capped so they stay in bounds).
    const auto widthOf = [lod](qreal w) { return std::min(std::max(w, 0.7 / std::max(lod, 1e-3)), margin - 4); };
    const qreal width = widthOf(stroke.width);

    const bool arrowAtEnd = directed_ || (parent && !parentReversed_);
    const bool arrowAtStart = !directed_ && parent && parentReversed_;
    const qreal arrowLength = 9 + width * 1.3;
    const qreal arrowHalf = 4 + width * 0.7;
    const bool drawArrows = lod * arrowLength >= 3;

    QPointF start = start_;
    QPointF end = end_;
    if (drawArrows && arrowAtEnd) end -= dirAtEnd_ * arrowLength * 0.8;
    if (drawArrows && arrowAtStart) start -= dirAtStart_ * arrowLength * 0.8;
    // A straight line is drawn with drawLine, much cheaper than a path for the thousands on the layer.
    const bool straight = !loop_ && bend_ == 0;
    QPainterPath path;
    if (!straight || focused) {
        path.moveTo(start);
        if (loop_)
            path.cubicTo(c1_, c2_, end);
        else if (straight)
            path.lineTo(end);
        else
            path.quadTo(c1_, end);
    }

    // A compact drawing has every edge drawn plain on the layer underneath (EdgeLayerItem). A dashed or
    // thinner stroke would let that plain line show through, so first paint it out with the canvas colour.
    if (!asPlain && s.compact && (stroke.style != Qt::SolidLine || width < widthOf(1.4))) {
        QPainterPath full(start_);
        if (loop_)
            full.cubicTo(c1_, c2_, end_);
        else
            full.quadTo(c1_, end_);
        const qreal plainWidth = widthOf(1.4);
        const qreal knockOut = std::min(plainWidth + 1.5 / std::max(lod, 1e-3), 2 * (margin - 2));
        painter->setPen(QPen(s.background, knockOut, Qt::SolidLine, Qt::FlatCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(full);
        const qreal plainArrow = 9 + plainWidth * 1.3;
        if (directed_ && lod * plainArrow >= 3) {
            const QPointF normal(-dirAtEnd_.y(), dirAtEnd_.x());
            const QPointF base = end_ - dirAtEnd_ * plainArrow;
            const qreal half = 4 + plainWidth * 0.7 + 1;
            painter->setBrush(s.background);
            painter->drawPolygon(QPolygonF({end_, base + normal * half, base - normal * half}));
        }
    }

    painter->setBrush(Qt::NoBrush);
    if (focused) {
        painter->setPen(QPen(s.focus, width + 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path);
    }
    QPen pen(stroke.colour, width, stroke.style, Qt::FlatCap, Qt::RoundJoin);
    if (stroke.style == Qt::DashLine) pen.setDashPattern({4, 2.5});
    if (stroke.style == Qt::DotLine) pen.setDashPattern({1, 1.6});
    painter->setPen(pen);
    if (straight)
        painter->drawLine(start, end);
    else
        painter->drawPath(path);

    const auto arrow = [&](QPointF tip, QPointF dir) {
        const QPointF normal(-dir.y(), dir.x());
        const QPointF base = tip - dir * arrowLength;
        const QPolygonF head({tip, base + normal * arrowHalf, base - normal * arrowHalf});
        painter->setPen(QPen(stroke.colour, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(stroke.colour);
        painter->drawPolygon(head);
    };
    if (drawArrows && arrowAtEnd) arrow(end_, dirAtEnd_);
    if (drawArrows && arrowAtStart) arrow(start_, dirAtStart_);

    const bool label = s.showWeights && !weightText_.isEmpty() && lod * s.weightFont.pixelSize() >= 6;
    if (label) {
        const QRectF box = weightRect();
        const bool plain = mark == EdgeMark::None && !parent;
        // Emphasised edges frame their label in the edge's colour; the number itself stays in the text
        // colour, which reads on any canvas.
        painter->setPen(plain || mark == EdgeMark::Rejected ? QPen(Qt::NoPen) : QPen(stroke.colour, 1));
        painter->setBrush(s.labelBackground);
        painter->drawRoundedRect(box, 4, 4);
        painter->setFont(s.weightFont);
        painter->setPen(mark == EdgeMark::Rejected ? s.rejected : plain ? s.muted : s.text);
        painter->drawText(box, Qt::AlignCenter, weightText_);
    }
    if (mark == EdgeMark::Rejected && lod * 6 >= 2) {
        // The × sits beside the weight label (or on the middle when there is none).
        const QPointF at = label ? mid_ + unit(start_ - mid_) * (weightSize_.width() / 2 + 8) : mid_;
        const qreal k = 4.5;
        painter->setPen(QPen(s.back, 2, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(at + QPointF(-k, -k), at + QPointF(k, k));
        painter->drawLine(at + QPointF(-k, k), at + QPointF(k, -k));
    }
}

}  // namespace stepwise::ui
