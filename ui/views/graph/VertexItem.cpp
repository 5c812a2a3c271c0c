#include "ui/views/graph/VertexItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

#include "ui/views/graph/GraphStyle.h"

namespace stepwise::ui {
namespace {

constexpr qreal labelHeight = 16;
constexpr qreal ringGap = 5;        // dashed frontier ring, source/target ring, focus halo
constexpr qreal minTextPixels = 6;  // below this on screen, text is noise

}  // namespace

VertexItem::VertexItem(graph::VertexId id, QString name, const GraphStyle* style)
    : id_(id), name_(std::move(name)), style_(style) {
    setZValue(2);
    setCursor(Qt::PointingHandCursor);
    // Vertices are small and repaint only when their state changes: a cached pixmap makes panning cheap.
    setCacheMode(DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::LeftButton);
}

void VertexItem::setStatus(graph::VertexStatus status) {
    if (status == status_) return;
    status_ = status;
    update();
}

void VertexItem::setDetail(const QString& detail) {
    if (detail == detail_) return;
    detail_ = detail;
    update();
}

void VertexItem::setEndpoint(bool source, bool target) {
    if (source == source_ && target == target_) return;
    source_ = source;
    target_ = target;
    update();
}

void VertexItem::setFocused(bool focused) {
    if (focused == focused_) return;
    focused_ = focused;
    setZValue(focused ? 3 : 2);
    update();
}

void VertexItem::setComponent(int component) {
    if (component == component_) return;
    component_ = component;
    update();
}

void VertexItem::setLabelWidth(qreal width) {
    if (width == labelWidth_) return;
    prepareGeometryChange();
    labelWidth_ = width;
    update();
}

void VertexItem::setLabelLine(int line) {
    if (line == labelLine_) return;
    prepareGeometryChange();
    labelLine_ = line;
    update();
}

void VertexItem::styleChanged() {
    prepareGeometryChange();
    update();
}

QRectF VertexItem::labelRect() const {
    const qreal r = style_->radius;
    return {-labelWidth_ / 2, r + 3 + labelLine_ * (labelHeight + 2), labelWidth_, labelHeight};
}

QRectF VertexItem::occupiedRect() const {
    const qreal r = style_->radius + 3;
    QRectF rect(-r, -r, 2 * r, 2 * r);
    // The text under the circle: the name, or a distance label (assume a short number, it changes).
    const qreal w = style_->namesInside ? 36
                                        : std::min(labelWidth_, QFontMetricsF(style_->labelFont).horizontalAdvance(name_) + 10);
    rect = rect.united(QRectF(-w / 2, labelRect().top(), w, labelHeight));
    return rect.translated(pos());
}

QRectF VertexItem::boundingRect() const {
    const qreal outer = style_->radius + ringGap + 6;
    return QRectF(-outer, -outer, 2 * outer, 2 * outer).united(labelRect()).adjusted(-2, -2, 2, 2);
}

QPainterPath VertexItem::shape() const {
    // The circle and its label both count as "the vertex" for clicks.
    QPainterPath path;
    const qreal r = style_->radius + 2;
    path.addEllipse(QPointF(0, 0), r, r);
    if (!detail_.isEmpty() || !style_->namesInside) path.addRect(labelRect().adjusted(30, 0, -30, 0));
    return path;
}

void VertexItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const GraphStyle& s = *style_;
    const qreal r = s.radius;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    using graph::VertexStatus;

    QColor fill = s.background;
    QColor outline = s.muted;
    qreal outlineWidth = 1.5;
    QColor textColour = s.muted;
    switch (status_) {
        case VertexStatus::Unseen: break;
        case VertexStatus::Frontier:
            fill = s.accentFill;
            outline = s.accent;
            outlineWidth = 2.5;
            textColour = s.text;
            break;
        case VertexStatus::Done:
            fill = s.done;
            outline = mixColours(s.done, s.text, 0.35);
            outlineWidth = 2;
            textColour = s.doneText;
            break;
        case VertexStatus::Highlighted:
            fill = s.highlightFill;
            outline = s.highlight;
            outlineWidth = 4.5;
            textColour = s.text;
            break;
    }

    if (component_ >= 0 && status_ == VertexStatus::Done) {
        fill = s.component(component_);
        textColour = QColor(0x10, 0x10, 0x10);  // the component fills are light in both themes
    }

    // Far out: a coloured dot is all the eye can use.
    if (lod * r < 3) {
        // At least a couple of pixels across, but never past the bounding rectangle.
        const qreal dot = std::min(std::max(r, 2.0 / std::max(lod, 1e-3)), r + ringGap + 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(status_ == VertexStatus::Unseen ? s.muted
                          : status_ == VertexStatus::Done ? s.done : outline);
        painter->drawEllipse(QPointF(0, 0), dot, dot);
        return;
    }

    if (focused_) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.focus);
        painter->drawEllipse(QPointF(0, 0), r + ringGap + 5, r + ringGap + 5);
    }
    if (source_ || target_) {
        painter->setPen(QPen(s.text, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), r + ringGap, r + ringGap);
    }

    painter->setPen(QPen(outline, outlineWidth));
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), r, r);

    if (isSelected()) {
        // Chosen for an edit (Delete, drag): a dashed square around it, a shape and not a colour alone.
        QPen dashed(s.text, 1.2, Qt::DashLine);
        painter->setPen(dashed);
        painter->setBrush(Qt::NoBrush);
        const qreal half = r + ringGap + 4;
        painter->drawRect(QRectF(-half, -half, 2 * half, 2 * half));
    }

    // Shape, not only colour: frontier gets a dashed outer ring, highlighted a second solid ring.
    if (status_ == VertexStatus::Frontier && !(source_ || target_)) {
        QPen dashed(s.accent, 1.5, Qt::DashLine);
        dashed.setDashPattern({3, 2.5});
        painter->setPen(dashed);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), r + ringGap - 1, r + ringGap - 1);
    } else if (status_ == VertexStatus::Highlighted) {
        painter->setPen(QPen(s.highlight, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), r + ringGap + 1.5, r + ringGap + 1.5);
    }

    // Inside the circle: the name when names are short, otherwise the detail.
    const QString& inside = s.namesInside ? name_ : detail_;
    const QString& below = s.namesInside ? detail_ : name_;
    const QFont& insideFont = s.namesInside ? s.nameFont : s.detailFont;
    const QFont& belowFont = s.namesInside ? s.detailFont : s.labelFont;
    if (!inside.isEmpty() && lod * insideFont.pixelSize() >= minTextPixels) {
        // Shrink a long number ("12/17", "103.5") a few pixels before eliding it.
        QFont font = insideFont;
        const qreal room = 2 * r - 3;
        while (font.pixelSize() > 7 && QFontMetricsF(font).horizontalAdvance(inside) > room)
            font.setPixelSize(font.pixelSize() - 1);
        painter->setFont(font);
        painter->setPen(textColour);
        const QRectF box(-r, -r, 2 * r, 2 * r);
        painter->drawText(box, Qt::AlignCenter, QFontMetricsF(font).elidedText(inside, Qt::ElideRight, room + 4));
    }
    if (!below.isEmpty() && lod * belowFont.pixelSize() >= minTextPixels) {
        const QFontMetricsF metrics(belowFont);
        const QString text = metrics.elidedText(below, Qt::ElideRight, std::max<qreal>(0, labelWidth_ - 8));
        const qreal w = std::min(metrics.horizontalAdvance(text) + 8, labelWidth_);
        const QRectF box(-w / 2, labelRect().top(), w, labelHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.labelBackground);
        painter->drawRoundedRect(box, 4, 4);
        painter->setFont(belowFont);
        painter->setPen(status_ == VertexStatus::Unseen ? s.muted : s.text);
        painter->drawText(box, Qt::AlignCenter, text);
    }

    // The component also in words: "C2" at the top left, so colour is never the only sign.
    if (component_ >= 0 && lod * s.badgeFont.pixelSize() >= minTextPixels) {
        const QString badge = QStringLiteral("C%1").arg(component_ + 1);
        const qreal bw = 6 + 4 * badge.size();
        const QPointF at(-r * 0.78 - 2, -r * 0.78 - 2);
        painter->setPen(QPen(s.background, 1.5));
        painter->setBrush(s.component(component_));
        painter->drawRoundedRect(QRectF(at.x() - bw / 2, at.y() - 7, bw, 14), 6, 6);
        painter->setFont(s.badgeFont);
        painter->setPen(QColor(0x10, 0x10, 0x10));
        painter->drawText(QRectF(at.x() - bw / 2, at.y() - 7, bw, 14), Qt::AlignCenter, badge);
    }

    if ((source_ || target_) && lod * s.badgeFont.pixelSize() >= minTextPixels) {
        const QString badge = source_ && target_ ? QStringLiteral("S·T") : source_ ? QStringLiteral("S")
                                                                                 : QStringLiteral("T");
        const qreal br = badge.size() > 1 ? 9 : 7;
        const QPointF at(r * 0.78 + 2, -r * 0.78 - 2);
        painter->setPen(QPen(s.background, 1.5));
        painter->setBrush(s.text);
        painter->drawEllipse(at, br, 7);
        painter->setFont(s.badgeFont);
        painter->setPen(s.background);
        painter->drawText(QRectF(at.x() - br, at.y() - 7, 2 * br, 14), Qt::AlignCenter, badge);
    }
}

}  // namespace stepwise::ui
