#include "ui/views/tree/TreeNodeItem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace stepwise::ui {
namespace {

constexpr qreal kRadius = 20;
constexpr QSizeF kBox{60, 32};
constexpr QSizeF kCell{42, 32};
constexpr qreal kAbove = 20;  // room for the mark's word above the node
constexpr qreal kBelow = 20;  // room for the caption under it

}  // namespace

MarkLook markLook(NodeMark mark, bool emphasised, const GraphStyle& s) {
    MarkLook look;
    look.ring = s.muted;
    look.fill = s.background;
    look.text = s.text;
    look.doubleRing = emphasised;
    if (emphasised) {
        look.ring = s.text;
        look.fill = s.accentFill;
    }
    switch (mark) {
        case NodeMark::None:
            break;
        case NodeMark::Compare:
            look.ring = s.highlight;
            look.line = Qt::DashLine;
            look.width = 3;
            break;
        case NodeMark::Swap:
            look.ring = s.highlight;
            look.fill = s.highlightFill;
            look.width = 3.5;
            break;
        case NodeMark::Path:
        case NodeMark::Changed:
            look.ring = s.accent;
            look.fill = s.accentFill;
            look.width = 3;
            break;
        case NodeMark::Miss:
            look.ring = s.back;
            look.line = Qt::DashLine;
            look.width = 3;
            break;
        case NodeMark::Inside:
            look.ring = s.done;
            look.fill = mixColours(s.done, s.background, s.dark ? 0.7 : 0.82);
            look.width = 2.2;
            look.doubleRing = true;
            break;
        case NodeMark::Partial:
            look.ring = s.accent;
            look.line = Qt::DashLine;
            look.width = 2.6;
            break;
        case NodeMark::Outside:
            look.ring = s.muted;
            look.line = Qt::DotLine;
            look.width = 2.2;
            look.text = s.muted;
            break;
    }
    return look;
}

TreeNodeItem::TreeNodeItem(const TreeNodeSpec& spec, Shape shape, const GraphStyle* style, bool captionBeside)
    : spec_(spec), shape_(shape), captionBeside_(captionBeside), style_(style) {
    setZValue(2);
    QString tip = spec.text;
    if (!spec.caption.isEmpty()) tip += " · " + spec.caption;
    if (!spec.badge.isEmpty()) tip += " · lazy " + spec.badge;
    if (!spec.tag.isEmpty()) tip += " · " + spec.tag;
    setToolTip(tip);
}

QSizeF TreeNodeItem::halfSize() const {
    switch (shape_) {
        case Shape::Circle:
            return {kRadius, kRadius};
        case Shape::Box:
            return kBox / 2;
        case Shape::Cell:
            return kCell / 2;
    }
    return {};
}

QRectF TreeNodeItem::body() const {
    const QSizeF h = halfSize();
    return {-h.width(), -h.height(), 2 * h.width(), 2 * h.height()};
}

QRectF TreeNodeItem::boundingRect() const {
    // Generous on the sides: captions such as "[0..7]" and tags may be wider than the node.
    const QRectF b = body();
    return b.adjusted(-28, -kAbove - 10, captionBeside_ ? 60 : 28, kBelow + 4);
}

void TreeNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const GraphStyle& s = *style_;
    const MarkLook look = markLook(spec_.mark, spec_.emphasised, s);
    const QRectF b = body();
    const bool round = shape_ == Shape::Circle;
    const qreal corner = shape_ == Shape::Box ? 8 : 3;
    auto outline = [&](const QRectF& r) {
        if (round)
            painter->drawEllipse(r);
        else
            painter->drawRoundedRect(r, corner, corner);
    };
    painter->setRenderHint(QPainter::Antialiasing);

    if (spec_.focus) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.focus);
        outline(b.adjusted(-8, -8, 8, 8));
    }
    painter->setBrush(look.fill);
    QPen pen(look.ring, look.width, look.line);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    outline(b);
    if (look.doubleRing) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(look.ring, 1.3));
        outline(b.adjusted(4, 4, -4, -4));
    }

    painter->setPen(look.text);
    painter->setFont(s.nameFont);
    QString text = spec_.text;
    const QFontMetricsF fm(s.nameFont);
    if (fm.horizontalAdvance(text) > b.width() - 6) text = fm.elidedText(text, Qt::ElideRight, b.width() - 6);
    painter->drawText(b, Qt::AlignCenter, text);

    if (!spec_.caption.isEmpty()) {
        painter->setFont(s.detailFont);
        painter->setPen(spec_.mark == NodeMark::None ? s.muted : look.ring);
        // On a patch of canvas, so the edges to the children do not run through the words.
        const QFontMetricsF cm(s.detailFont);
        const qreal w = cm.horizontalAdvance(spec_.caption) + 6;
        const QRectF under = captionBeside_ ? QRectF(b.right() + 3, -cm.height() / 2, w, cm.height() + 1)
                                            : QRectF(-w / 2, b.bottom() + 2, w, cm.height() + 1);
        const QPen captionPen = painter->pen();
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.labelBackground);
        painter->drawRoundedRect(under, 3, 3);
        painter->setPen(captionPen);
        painter->drawText(under, Qt::AlignCenter, spec_.caption);
    }
    if (!spec_.tag.isEmpty()) {
        // The mark's name, on a pill in the ring's colour, so the meaning is there without the colour.
        QFont f = s.badgeFont;
        f.setPixelSize(12);
        const QFontMetricsF tm(f);
        const qreal w = tm.horizontalAdvance(spec_.tag) + 10;
        const QRectF pill(-w / 2, b.top() - kAbove, w, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(look.ring);
        painter->drawRoundedRect(pill, 7, 7);
        painter->setFont(f);
        painter->setPen(s.background);
        painter->drawText(pill, Qt::AlignCenter, spec_.tag);
    }
    if (!spec_.badge.isEmpty()) {
        QFont f = s.badgeFont;
        f.setPixelSize(12);
        const QFontMetricsF bm(f);
        const qreal w = std::max<qreal>(bm.horizontalAdvance(spec_.badge) + 10, 20);
        const QRectF pill(b.right() - w / 2 - 2, b.top() - 10, w, 17);
        painter->setPen(QPen(s.background, 1.5));
        painter->setBrush(s.forward);
        painter->drawRoundedRect(pill, 8.5, 8.5);
        painter->setFont(f);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, spec_.badge);
    }
}

}  // namespace stepwise::ui
