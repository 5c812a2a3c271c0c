#include "ui/views/cache/CacheSlotsView.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "core/cache/CacheSimulation.h"
#include "ui/panels/PanelTitle.h"
#include "ui/views/common/ViewFonts.h"

namespace stepwise::ui {

namespace {

constexpr int kHeaderHeight = 46;
constexpr int kCaptionHeight = 18;
constexpr int kFullBoxHeight = 86;  // with a TTL bar
constexpr int kGap = 8;
const QString kDetailSeparator = QStringLiteral(" · ");  // between a slot's numbers: "freq 4 · idle 2"
constexpr int kMinBoxWidth = 62;
constexpr int kMaxBoxWidth = 104;
constexpr int kFooterHeight = 22;

}  // namespace

CacheSlotColours CacheSlotColours::forPalette(const QPalette& p) {
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    CacheSlotColours c;
    c.text = p.color(QPalette::Text);
    c.dim = p.color(QPalette::PlaceholderText);
    c.box = dark ? QColor(0x2c, 0x30, 0x37) : QColor(0xff, 0xff, 0xff);
    c.boxBorder = dark ? QColor(0x7a, 0x80, 0x8a) : QColor(0x85, 0x8b, 0x95);
    c.empty = dark ? QColor(0x6e, 0x74, 0x7e) : QColor(0x80, 0x86, 0x90);
    c.hit = dark ? QColor(0x4c, 0xc2, 0x75) : QColor(0x1f, 0x7a, 0x3d);
    c.inserted = dark ? QColor(0x6a, 0xa6, 0xff) : QColor(0x2f, 0x6a, 0xcc);
    c.evict = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb8, 0x32, 0x25);
    c.ttl = dark ? QColor(0xe0, 0xa4, 0x3a) : QColor(0xa8, 0x6a, 0x00);
    c.ttlTrack = dark ? QColor(0x3a, 0x3e, 0x45) : QColor(0xe6, 0xe8, 0xec);
    // Badge text: near-black on the dark theme's light colours, white on the light theme's deep ones.
    c.badgeText = dark ? QColor(0x10, 0x12, 0x16) : QColor(Qt::white);
    return c;
}

namespace {

void tag(QPainter& p, const QRectF& r, const QString& text, const QColor& colour, const QFont& font,
         const QColor& ink) {
    p.setFont(font);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(r, 3, 3);
    p.setPen(ink);
    p.drawText(r, Qt::AlignCenter, text);
}

}  // namespace

CacheSlotsView::CacheSlotsView(QWidget* parent) : PaintedView(parent) {
    setAccessibleName(tr("Cache slots"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(kHeaderHeight + kCaptionHeight + kFullBoxHeight - 24 + 8);
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
    return {900, kHeaderHeight + kCaptionHeight + kFullBoxHeight + kFooterHeight + 24};
}
QSize CacheSlotsView::minimumSizeHint() const {
    return {420, kHeaderHeight + kCaptionHeight + kFullBoxHeight - 24 + 8};
}

SlotFonts SlotFonts::from(const QFont& widgetFont) {
    SlotFonts f;
    f.base = scaledFont(widgetFont, 1.0);
    f.title = scaledFont(widgetFont, 1.2);
    f.title.setBold(true);
    f.small = scaledFont(widgetFont, 0.85);
    f.key = scaledFont(widgetFont, 1.25);
    f.key.setBold(true);
    f.badge = scaledFont(widgetFont, 0.8);
    f.badge.setBold(true);
    return f;
}

SlotBoxLayout CacheSlotsView::layoutBox(const QRectF& box, const QString& name, const QString& badge,
                                        const SlotFonts& fonts) {
    SlotBoxLayout l;
    const QFontMetricsF bm(fonts.badge), km(fonts.key), sm(fonts.small);
    // A strip for the badge at the top, inside the box; the key starts under it.
    const double strip = bm.height() + 2;
    if (!badge.isEmpty()) {
        const double w = std::min(box.width() - 6, bm.horizontalAdvance(badge) + 8);
        l.badge = QRectF(box.right() - w - 3, box.top() + 3, w, strip);
    }
    const double labelTop = box.top() + 3 + strip + 1;
    const QString shown = km.elidedText(name, Qt::ElideMiddle, box.width() - 8);
    const double lw = std::min(box.width() - 8, km.horizontalAdvance(shown) + 2);
    l.label = QRectF(box.center().x() - lw / 2, labelTop, lw, km.height());
    l.detail = QRectF(box.left() + 2, l.label.bottom() + 1, box.width() - 4, sm.height());
    l.ttlBar = QRectF(box.left() + 8, box.bottom() - 8, box.width() - 16, 5);
    l.ttlText = QRectF(box.left() + 2, l.detail.bottom(), box.width() - 6, l.ttlBar.top() - l.detail.bottom() - 1);
    return l;
}

QStringList CacheSlotsView::paintedLooks(const SlotRowState& state) {
    QStringList out;
    auto add = [&out](const QString& id) {
        if (!out.contains(id)) out << id;
    };
    for (const auto& b : state.boxes) {
        if (b.hit) add("hit");
        if (b.inserted && !b.hit) add("new");
        if (b.ttlFraction >= 0) add("ttl");
        if (b.hand) add("hand");
    }
    if (state.boxes.size() < state.capacity) add("empty");
    for (const auto& l : state.leaving) add(l.expired ? "expired" : "out");
    return out;
}

std::vector<LegendEntry> cacheSlotsLegend() {
    // The swatches carry no lettering (it would be under 9 pt): the words beside them name the badge.
    auto badge = [](int which) {
        return [which](QPainter& p, const QRectF& r, const QPalette& pal) {
            const CacheSlotColours c = CacheSlotColours::forPalette(pal);
            const QColor colour = which == 0 ? c.hit : which == 1 ? c.inserted : c.evict;
            p.setPen(QPen(colour, which == 2 ? 1.5 : 2.5, which == 2 ? Qt::DashLine : Qt::SolidLine));
            p.setBrush(c.box);
            p.drawRoundedRect(r.adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRoundedRect(QRectF(r.right() - 13, r.top() + 4, 9, 6), 2, 2);
        };
    };
    auto ttl = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const CacheSlotColours c = CacheSlotColours::forPalette(pal);
        const QRectF track(r.left() + 1, r.center().y() - 3, r.width() - 2, 6);
        p.setPen(Qt::NoPen);
        p.setBrush(c.ttlTrack);
        p.drawRoundedRect(track, 3, 3);
        p.setBrush(c.ttl);
        p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * 0.6, track.height()), 3, 3);
    };
    auto hand = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const CacheSlotColours c = CacheSlotColours::forPalette(pal);
        p.setPen(QPen(c.boxBorder, 1.2));
        p.setBrush(c.box);
        p.drawRoundedRect(r.adjusted(2, 9, -2, -1), 3, 3);
        p.setPen(Qt::NoPen);
        p.setBrush(c.text);
        QPainterPath arrow;
        arrow.moveTo(r.left() + 9, r.top() + 8);
        arrow.lineTo(r.left() + 3, r.top() + 1);
        arrow.lineTo(r.left() + 15, r.top() + 1);
        arrow.closeSubpath();
        p.drawPath(arrow);
    };
    auto empty = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const CacheSlotColours c = CacheSlotColours::forPalette(pal);
        p.setPen(QPen(c.empty, 1.2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 3, 3);
    };
    return {{"hit", CacheSlotsView::tr("HIT: the request found its key (green outline)"), badge(0)},
            {"new", CacheSlotsView::tr("NEW: missed and inserted (blue outline)"), badge(1)},
            {"out", CacheSlotsView::tr("OUT: evicted, dashed and struck through, left of the row"), badge(2)},
            {"expired", CacheSlotsView::tr("\"expired\" under OUT: its TTL ran out"), badge(2)},
            {"ttl", CacheSlotsView::tr("bar: time to live left (\"ttl n\"); red under a quarter"), ttl},
            {"hand", CacheSlotsView::tr("triangle: CLOCK's hand"), hand},
            {"empty", CacheSlotsView::tr("dashed box: an empty slot"), empty}};
}

CacheSlotsView::RowGeometry CacheSlotsView::rowGeometry(const QRectF& area, const QFont& small) const {
    // A column for the key leaving, then the slots, wrapping into rows when needed.
    RowGeometry g;
    g.rowLeft = area.left() + g.ghostWidth + kGap * 2;
    g.rowWidth = std::max(40.0, area.right() - g.rowLeft);
    g.capacity = std::max<std::size_t>(1, state_.capacity);
    const std::size_t fit =
        std::max<std::size_t>(1, static_cast<std::size_t>((g.rowWidth + kGap) / (kMinBoxWidth + kGap)));
    g.cols = std::min(g.capacity, fit);
    g.boxWidth = std::min<double>(
        kMaxBoxWidth, (g.rowWidth - kGap * static_cast<double>(g.cols - 1)) / static_cast<double>(g.cols));
    g.top = area.top() + kHeaderHeight + kCaptionHeight;
    // Without a TTL the boxes need no room for its bar and words.
    bool ttl = false;
    for (const auto& b : state_.boxes) ttl |= b.ttlFraction >= 0;
    // A detail too wide for its box (LFU's "freq 16 · idle 3" in a narrow one) goes on two lines,
    // split at its " · ", rather than losing its end to an ellipsis; the boxes grow a line for it.
    const QFontMetricsF smallMetrics(small);
    for (const auto& b : state_.boxes)
        g.twoLines |= b.detail.contains(kDetailSeparator) && smallMetrics.horizontalAdvance(b.detail) > g.boxWidth - 4;
    g.boxHeight = (ttl ? kFullBoxHeight : kFullBoxHeight - 24) + (g.twoLines ? smallMetrics.height() : 0);
    return g;
}

qreal CacheSlotsView::contentHeight(qreal width) const {
    // Every row of slots, the line of why a key left under them, and the footer's room.
    const QRectF area = QRectF(0, 0, width, 10000).adjusted(8, 4, -8, -4);
    const RowGeometry g = rowGeometry(area, SlotFonts::from(font()).small);
    const double rows = std::ceil(static_cast<double>(g.capacity) / static_cast<double>(g.cols));
    return g.top + rows * (g.boxHeight + kGap) + 20 + kFooterHeight + 4;
}

void CacheSlotsView::paintContent(QPainter& p, const QSizeF& size) {
    p.setRenderHint(QPainter::Antialiasing);
    const CacheSlotColours c = CacheSlotColours::forPalette(palette());
    const QRectF area = QRectF(QPointF(), size).adjusted(8, 4, -8, -4);
    p.fillRect(QRectF(QPointF(), size), palette().color(QPalette::Base));
    const SlotFonts fonts = SlotFonts::from(font());
    const QFont &base = fonts.base, &big = fonts.title, &small = fonts.small, &keyFont = fonts.key;

    // Header: swatch, policy name and summary on the left; hits on the right.
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
    QFont scoreFont = base;
    scoreFont.setBold(true);
    const double scoreWidth = QFontMetricsF(scoreFont).horizontalAdvance(score);
    const QString summary = QFontMetricsF(small).elidedText(
        state_.summary, Qt::ElideRight,
        std::max(0.0, area.width() - titleWidth - scoreWidth - 40 - (x - area.left())));
    p.drawText(QPointF(x + titleWidth + 10, area.top() + 17), summary);
    p.setFont(scoreFont);
    p.setPen(c.text);
    p.drawText(QRectF(area.left(), area.top() + 2, area.width(), 20), Qt::AlignRight | Qt::AlignVCenter,
               score);

    // The request line under the header.
    if (!state_.request.isEmpty()) {
        p.setPen(state_.lastHit ? c.hit : c.inserted);
        QFont f = base;
        f.setBold(true);
        p.setFont(f);
        p.drawText(QPointF(area.left(), area.top() + 39), state_.request);
    } else {
        p.setFont(base);
        p.setPen(c.dim);
        p.drawText(QPointF(area.left(), area.top() + 39),
                   tr("empty cache: press play or → to serve the first request"));
    }

    const RowGeometry g = rowGeometry(area, small);
    const double ghostWidth = g.ghostWidth, rowLeft = g.rowLeft, rowWidth = g.rowWidth, boxWidth = g.boxWidth,
                 top = g.top, boxHeight = g.boxHeight;
    const std::size_t capacity = g.capacity, cols = g.cols;
    const bool twoLines = g.twoLines;
    const QFontMetricsF smallMetrics(small);
    const double roomForRows = area.bottom() - kFooterHeight - top + kGap;
    const std::size_t rows =
        std::max<std::size_t>(1, static_cast<std::size_t>(roomForRows / (boxHeight + kGap)));
    const std::size_t shown = std::min(capacity, rows * cols);

    p.setFont(small);
    p.setPen(c.dim);
    const double captionTop = top - kCaptionHeight - 1;
    const QString evictWords = tr("← next to evict");
    p.drawText(QRectF(rowLeft, captionTop, rowWidth, kCaptionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               evictWords);
    p.drawText(QRectF(area.left(), captionTop, ghostWidth, kCaptionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("left the cache"));
    const QString capText = tr("%1 of %2 slots used").arg(state_.boxes.size()).arg(state_.capacity);
    const double rowRight = rowLeft + static_cast<double>(cols) * (boxWidth + kGap) - kGap;
    if (QFontMetricsF(small).horizontalAdvance(evictWords + capText) + 16 < rowRight - rowLeft)
        p.drawText(QRectF(rowLeft, captionTop, rowRight - rowLeft, kCaptionHeight), Qt::AlignRight | Qt::AlignVCenter,
                   capText);

    for (std::size_t i = 0; i < shown; ++i) {
        const double bx = rowLeft + static_cast<double>(i % cols) * (boxWidth + kGap);
        const double by = top + static_cast<double>(i / cols) * (boxHeight + kGap);
        const QRectF box(bx, by, boxWidth, boxHeight);
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

        const QString badge = s.hit ? tr("HIT") : s.inserted ? tr("NEW") : QString();
        SlotBoxLayout l = layoutBox(box, s.name, badge, fonts);
        if (twoLines) l.ttlText.setTop(l.ttlText.top() + smallMetrics.height());  // under the detail's second line
        p.setFont(keyFont);
        p.setPen(c.text);
        p.drawText(l.label, Qt::AlignCenter, QFontMetricsF(keyFont).elidedText(s.name, Qt::ElideMiddle, box.width() - 8));
        p.setFont(small);
        p.setPen(c.dim);
        if (twoLines && s.detail.contains(kDetailSeparator)) {  // every box alike, once one needs it
            const QRectF lines(l.detail.left(), l.detail.top(), l.detail.width(), 2 * smallMetrics.height());
            QStringList parts = s.detail.split(kDetailSeparator);
            const QString first = parts.takeFirst();
            p.drawText(lines, Qt::AlignHCenter | Qt::AlignTop,
                       smallMetrics.elidedText(first, Qt::ElideRight, lines.width()) + u'\n' +
                           smallMetrics.elidedText(parts.join(kDetailSeparator), Qt::ElideRight, lines.width()));
        } else {
            p.drawText(l.detail, Qt::AlignCenter, smallMetrics.elidedText(s.detail, Qt::ElideRight, l.detail.width()));
        }
        if (s.ttlFraction >= 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(c.ttlTrack);
            p.drawRoundedRect(l.ttlBar, 2.5, 2.5);
            QRectF bar = l.ttlBar;
            bar.setWidth(l.ttlBar.width() * s.ttlFraction);
            p.setBrush(s.ttlFraction < 0.25 ? c.evict : c.ttl);
            if (bar.width() > 0) p.drawRoundedRect(bar, 2.5, 2.5);
            p.setPen(c.dim);
            p.setFont(small);
            p.drawText(l.ttlText, Qt::AlignRight | Qt::AlignVCenter, tr("ttl %1").arg(s.ttlLeft));
        }
        if (!badge.isEmpty()) tag(p, l.badge, badge, s.hit ? c.hit : c.inserted, fonts.badge, c.badgeText);
        if (s.hand) {
            p.setPen(Qt::NoPen);
            p.setBrush(c.text);
            QPainterPath arrow;
            arrow.moveTo(box.left() + 10, box.top() + 9);
            arrow.lineTo(box.left() + 4, box.top() + 2);
            arrow.lineTo(box.left() + 16, box.top() + 2);
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
        const QRectF ghost(area.left(), top, ghostWidth - 8, boxHeight);
        QColor fill = c.evict;
        fill.setAlphaF(0.10);
        p.setBrush(fill);
        p.setPen(QPen(c.evict, 1.6, Qt::DashLine));
        p.drawRoundedRect(ghost, 6, 6);
        const SlotBoxLayout gl = layoutBox(ghost, l.name, tr("OUT"), fonts);
        QFont strike = keyFont;
        strike.setStrikeOut(true);
        p.setFont(strike);
        p.setPen(c.evict);
        p.drawText(gl.label, Qt::AlignCenter, QFontMetricsF(strike).elidedText(l.name, Qt::ElideMiddle, ghost.width() - 8));
        p.setFont(small);
        p.drawText(gl.detail, Qt::AlignCenter, l.expired ? tr("expired") : tr("evicted"));
        tag(p, gl.badge, tr("OUT"), c.evict, fonts.badge, c.badgeText);
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
        const double ry = top + static_cast<double>((shown + cols - 1) / cols) * (boxHeight + kGap) + 2;
        p.drawText(QRectF(area.left(), ry, area.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(rf).elidedText(reason, Qt::ElideRight, area.width()));
    }
}

}  // namespace stepwise::ui
