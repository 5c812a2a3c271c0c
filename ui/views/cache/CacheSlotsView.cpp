#include "ui/views/cache/CacheSlotsView.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "core/cache/CacheSimulation.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {

constexpr int kHeaderHeight = 46;
constexpr int kCaptionHeight = 16;
constexpr int kBoxHeight = 74;
constexpr int kGap = 8;
constexpr int kMinBoxWidth = 62;
constexpr int kMaxBoxWidth = 104;
constexpr int kFooterHeight = 22;

struct Colours {
    QColor text, dim, box, boxBorder, empty, hit, inserted, evict, ttl, ttlTrack;
};

Colours coloursFor(const QWidget* w) {
    const QPalette& p = w->palette();
    const bool dark = isDarkPalette(w);
    Colours c;
    c.text = p.color(QPalette::Text);
    c.dim = p.color(QPalette::PlaceholderText);
    c.box = dark ? QColor(0x2c, 0x30, 0x37) : QColor(0xff, 0xff, 0xff);
    c.boxBorder = dark ? QColor(0x4a, 0x50, 0x59) : QColor(0xb8, 0xbd, 0xc6);
    c.empty = dark ? QColor(0x3a, 0x3e, 0x45) : QColor(0xd5, 0xd9, 0xdf);
    c.hit = dark ? QColor(0x4c, 0xc2, 0x75) : QColor(0x1f, 0x8a, 0x45);
    c.inserted = dark ? QColor(0x5c, 0x9d, 0xff) : QColor(0x2f, 0x6f, 0xd6);
    c.evict = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x39, 0x2b);
    c.ttl = dark ? QColor(0xe0, 0xa4, 0x3a) : QColor(0xd9, 0x8e, 0x04);
    c.ttlTrack = dark ? QColor(0x3a, 0x3e, 0x45) : QColor(0xe6, 0xe8, 0xec);
    return c;
}

void tag(QPainter& p, const QRectF& box, const QString& text, const QColor& colour) {
    QFont f = p.font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.72);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const QRectF r(box.right() - fm.horizontalAdvance(text) - 10, box.top() - fm.height() / 2 - 1,
                   fm.horizontalAdvance(text) + 8, fm.height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(r, 3, 3);
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, text);
}

}  // namespace

CacheSlotsView::CacheSlotsView(QWidget* parent) : PaintedView(parent) {
    setAccessibleName(tr("Cache slots"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(kHeaderHeight + kCaptionHeight + kBoxHeight + kFooterHeight + 16);
}

SlotRowState CacheSlotsView::fromRun(const cache::CacheItemRun& run, std::size_t side) {
    const sim::CacheRunSim& cache = run.cacheAt(side);
    SlotRowState st;
    st.policy = QString::fromStdString(run.policy(side));
    st.summary = QString::fromStdString(cache::policySummary(run.policy(side)));
    st.capacity = cache.capacity();
    st.position = cache.position();
    st.hits = cache.hits();
    st.misses = cache.misses();
    const auto ttl = run.spec().ttl;
    for (const auto& s : run.slots(side)) {
        SlotBox b;
        b.key = s.key;
        b.name = QString::fromStdString(s.name);
        b.detail = QString::fromStdString(s.detail);
        b.hit = s.hit;
        b.inserted = s.inserted;
        b.hand = s.hand;
        if (ttl > 0 && s.ttlLeft >= 0) {
            b.ttlLeft = s.ttlLeft;
            b.ttlFraction = std::clamp(static_cast<double>(s.ttlLeft) / static_cast<double>(ttl), 0.0, 1.0);
        }
        st.boxes.push_back(std::move(b));
    }
    // Why keys left is the core's: its words, not a sentence taken apart.
    const cache::RequestWords request = run.requestWords(side);
    for (const auto& l : request.leaving)
        st.leaving.push_back({QString::fromStdString(l.name), QString::fromStdString(l.why), l.expired});
    if (!run.atStart()) {
        st.lastHit = request.hit;
        st.request = tr("request %1: key %2 → %3")
                         .arg(run.requestsServed())
                         .arg(QString::fromStdString(request.name), st.lastHit ? tr("hit") : tr("miss"));
        if (!st.lastHit && request.inserted) st.request += tr(", inserted");
    }
    return st;
}

void CacheSlotsView::setState(SlotRowState state) {
    state_ = std::move(state);
    QString description = state_.request;
    for (const auto& l : state_.leaving) description += tr("; %1 left: %2").arg(l.name, l.reason);
    setAccessibleDescription(description);
    update();
}

QStringList CacheSlotsView::slotNames() const {
    QStringList out;
    for (const auto& s : state_.boxes) out << s.name;
    return out;
}

void CacheSlotsView::setAccent(const QColor& colour) {
    accent_ = colour;
    update();
}

QSize CacheSlotsView::sizeHint() const {
    return {900, kHeaderHeight + kCaptionHeight + kBoxHeight + kFooterHeight + 24};
}
QSize CacheSlotsView::minimumSizeHint() const {
    return {420, kHeaderHeight + kCaptionHeight + kBoxHeight + kFooterHeight + 16};
}

void CacheSlotsView::paintContent(QPainter& p, const QSizeF& size) {
    p.setRenderHint(QPainter::Antialiasing);
    const Colours c = coloursFor(this);
    const QRectF area = QRectF(QPointF(), size).adjusted(8, 4, -8, -4);
    p.fillRect(QRectF(QPointF(), size), palette().color(QPalette::Base));

    // Header: swatch, policy name and summary on the left; hits on the right.
    QFont base = font();
    QFont big = base;
    big.setBold(true);
    big.setPointSizeF(base.pointSizeF() * 1.2);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    double x = area.left();
    if (accent_.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(accent_);
        p.drawRoundedRect(QRectF(x, area.top() + 5, 14, 14), 3, 3);
        x += 22;
    }
    p.setFont(big);
    p.setPen(c.text);
    const QString title = state_.policy.toUpper();
    p.drawText(QPointF(x, area.top() + 18), title);
    const double titleWidth = QFontMetricsF(big).horizontalAdvance(title);
    p.setFont(small);
    p.setPen(c.dim);
    const double total = static_cast<double>(state_.hits + state_.misses);
    const QString score = total > 0 ? tr("hits %1 of %2 · %3 %")
                                          .arg(state_.hits)
                                          .arg(state_.hits + state_.misses)
                                          .arg(100.0 * static_cast<double>(state_.hits) / total, 0, 'f', 1)
                                    : tr("no requests yet");
    const double scoreWidth = QFontMetricsF(small).horizontalAdvance(score);
    const QString summary = QFontMetricsF(small).elidedText(
        state_.summary, Qt::ElideRight,
        std::max(0.0, area.width() - titleWidth - scoreWidth - 60 - (x - area.left())));
    p.drawText(QPointF(x + titleWidth + 10, area.top() + 17), summary);
    QFont scoreFont = base;
    scoreFont.setBold(true);
    p.setFont(scoreFont);
    p.setPen(c.text);
    p.drawText(QRectF(area.left(), area.top() + 2, area.width(), 20), Qt::AlignRight | Qt::AlignVCenter,
               score);

    // The request line under the header.
    p.setFont(base);
    if (!state_.request.isEmpty()) {
        p.setPen(state_.lastHit ? c.hit : c.inserted);
        QFont f = base;
        f.setBold(true);
        p.setFont(f);
        p.drawText(QPointF(area.left(), area.top() + 39), state_.request);
    } else {
        p.setPen(c.dim);
        p.drawText(QPointF(area.left(), area.top() + 39),
                   tr("empty cache: press play or → to serve the first request"));
    }

    // Geometry: a column for the key leaving, then the slots, wrapping into rows when needed.
    const double ghostWidth = 96;
    const double rowLeft = area.left() + ghostWidth + kGap * 2;
    const double rowWidth = std::max(40.0, area.right() - rowLeft);
    const std::size_t capacity = std::max<std::size_t>(1, state_.capacity);
    const std::size_t fit =
        std::max<std::size_t>(1, static_cast<std::size_t>((rowWidth + kGap) / (kMinBoxWidth + kGap)));
    const std::size_t cols = std::min(capacity, fit);
    const double boxWidth = std::min<double>(
        kMaxBoxWidth, (rowWidth - kGap * static_cast<double>(cols - 1)) / static_cast<double>(cols));
    const double top = area.top() + kHeaderHeight + kCaptionHeight;
    const double roomForRows = area.bottom() - kFooterHeight - top + kGap;
    const std::size_t rows =
        std::max<std::size_t>(1, static_cast<std::size_t>(roomForRows / (kBoxHeight + kGap)));
    const std::size_t shown = std::min(capacity, rows * cols);

    p.setFont(small);
    p.setPen(c.dim);
    p.drawText(QPointF(rowLeft, top - 5), tr("← next to evict"));
    p.drawText(QRectF(area.left(), top - kCaptionHeight - 1, ghostWidth, kCaptionHeight),
               Qt::AlignLeft | Qt::AlignVCenter, tr("left the cache"));
    const QString capText = tr("%1 of %2 slots used").arg(state_.boxes.size()).arg(state_.capacity);
    p.drawText(
        QRectF(rowLeft, top - kCaptionHeight - 1,
               rowLeft + static_cast<double>(cols) * (boxWidth + kGap) - kGap - rowLeft, kCaptionHeight),
        Qt::AlignRight | Qt::AlignVCenter, capText);

    QFont keyFont = base;
    keyFont.setBold(true);
    keyFont.setPointSizeF(base.pointSizeF() * 1.25);
    for (std::size_t i = 0; i < shown; ++i) {
        const double bx = rowLeft + static_cast<double>(i % cols) * (boxWidth + kGap);
        const double by = top + static_cast<double>(i / cols) * (kBoxHeight + kGap);
        const QRectF box(bx, by, boxWidth, kBoxHeight);
        if (i >= state_.boxes.size()) {
            p.setPen(QPen(c.empty, 1.2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(box, 6, 6);
            continue;
        }
        const SlotBox& s = state_.boxes[i];
        QColor border = c.boxBorder;
        double width = 1.2;
        if (s.hit)
            border = c.hit, width = 3;
        else if (s.inserted)
            border = c.inserted, width = 3;
        QColor fill = c.box;
        if (s.hit)
            fill = QColor::fromRgbF(c.hit.redF(), c.hit.greenF(), c.hit.blueF(), 0.14);
        else if (s.inserted)
            fill = QColor::fromRgbF(c.inserted.redF(), c.inserted.greenF(), c.inserted.blueF(), 0.12);
        p.setPen(QPen(border, width));
        p.setBrush(c.box);
        p.drawRoundedRect(box, 6, 6);
        p.setBrush(fill);
        p.drawRoundedRect(box, 6, 6);

        p.setFont(keyFont);
        p.setPen(c.text);
        const QFontMetricsF km(keyFont);
        p.drawText(QRectF(box.left() + 4, box.top() + 8, box.width() - 8, km.height()), Qt::AlignCenter,
                   km.elidedText(s.name, Qt::ElideMiddle, box.width() - 8));
        p.setFont(small);
        p.setPen(c.dim);
        p.drawText(QRectF(box.left() + 2, box.top() + 12 + km.height(), box.width() - 4, 16), Qt::AlignCenter,
                   QFontMetricsF(small).elidedText(s.detail, Qt::ElideRight, box.width() - 4));
        if (s.ttlFraction >= 0) {
            const QRectF track(box.left() + 8, box.bottom() - 14, box.width() - 16, 6);
            p.setPen(Qt::NoPen);
            p.setBrush(c.ttlTrack);
            p.drawRoundedRect(track, 3, 3);
            QRectF bar = track;
            bar.setWidth(track.width() * s.ttlFraction);
            p.setBrush(s.ttlFraction < 0.25 ? c.evict : c.ttl);
            if (bar.width() > 0) p.drawRoundedRect(bar, 3, 3);
            p.setPen(c.dim);
            QFont tiny = small;
            tiny.setPointSizeF(small.pointSizeF() * 0.85);
            p.setFont(tiny);
            p.drawText(QRectF(box.left(), box.bottom() - 28, box.width() - 8, 14),
                       Qt::AlignRight | Qt::AlignVCenter, tr("ttl %1").arg(s.ttlLeft));
        }
        if (s.hit)
            tag(p, box, tr("HIT"), c.hit);
        else if (s.inserted)
            tag(p, box, tr("NEW"), c.inserted);
        if (s.hand) {
            p.setPen(Qt::NoPen);
            p.setBrush(c.text);
            QPainterPath arrow;
            arrow.moveTo(box.left() + 10, box.top() - 2);
            arrow.lineTo(box.left() + 4, box.top() - 9);
            arrow.lineTo(box.left() + 16, box.top() - 9);
            arrow.closeSubpath();
            p.drawPath(arrow);
        }
    }
    if (shown < capacity && shown > 0) {
        p.setFont(small);
        p.setPen(c.dim);
        p.drawText(QPointF(rowLeft, area.bottom() - kFooterHeight + 14),
                   tr("… %1 more slots not drawn (enlarge the window)").arg(capacity - shown));
    }

    // The key that left, outside the row, dashed, with its reason underneath.
    if (!state_.leaving.empty()) {
        const LeavingKey& l = state_.leaving.front();
        const QRectF ghost(area.left(), top, ghostWidth - 8, kBoxHeight);
        QColor fill = c.evict;
        fill.setAlphaF(0.10);
        p.setBrush(fill);
        p.setPen(QPen(c.evict, 1.6, Qt::DashLine));
        p.drawRoundedRect(ghost, 6, 6);
        QFont strike = keyFont;
        strike.setStrikeOut(true);
        p.setFont(strike);
        p.setPen(c.evict);
        p.drawText(QRectF(ghost.left(), ghost.top() + 8, ghost.width(), QFontMetricsF(strike).height()),
                   Qt::AlignCenter, l.name);
        p.setFont(small);
        p.drawText(QRectF(ghost.left() + 2, ghost.top() + 34, ghost.width() - 4, 32),
                   Qt::AlignCenter | Qt::TextWordWrap, l.expired ? tr("expired") : tr("evicted"));
        tag(p, ghost, tr("OUT"), c.evict);
        // The arrow from the row to the ghost: the victim leaves from the left end.
        p.setPen(QPen(c.evict, 1.6));
        const double ay = ghost.center().y();
        p.drawLine(QPointF(rowLeft - 4, ay), QPointF(ghost.right() + 4, ay));
        p.drawLine(QPointF(ghost.right() + 4, ay), QPointF(ghost.right() + 10, ay - 4));
        p.drawLine(QPointF(ghost.right() + 4, ay), QPointF(ghost.right() + 10, ay + 4));

        QString reason;
        for (const auto& k : state_.leaving)
            reason += (reason.isEmpty() ? QString() : QStringLiteral("; ")) + k.name +
                      (k.expired ? QStringLiteral(" ") : tr(" evicted — ")) + k.reason;
        QFont rf = base;
        rf.setItalic(true);
        p.setFont(rf);
        p.setPen(c.evict);
        const double ry = top + static_cast<double>((shown + cols - 1) / cols) * (kBoxHeight + kGap) + 4;
        p.drawText(QRectF(area.left(), ry, area.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(rf).elidedText(reason, Qt::ElideRight, area.width()));
    }
}

}  // namespace stepwise::ui
