#include "ui/views/cache/CacheStructureView.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

#include "ui/views/cache/CacheSlotsView.h"
#include "ui/views/common/ViewFonts.h"

namespace stepwise::ui {

namespace {

constexpr double kTop = 39;        // under the title and the request line
constexpr double kMapWidth = 96;   // the hash map's box on the left
constexpr double kLabelWidth = 62; // "HEAD" or "freq 3" at the start of a row
constexpr double kNodeHeight = 28;
constexpr double kTag = 17;        // room for a tag above and below a node
constexpr double kPointer = 26;    // between two nodes: the next and prev arrows
constexpr double kRowGap = 0;

double rowHeight() {
    return kTag + kNodeHeight + kTag + kRowGap;
}

/// Node widths fit the key's name, within limits.
double nodeWidth(const QString& name, const QFont& font) {
    return std::clamp(QFontMetricsF(font).horizontalAdvance(name) + 14, 44.0, 96.0);
}

QFont keyFont(const QFont& base) {
    QFont f = scaledFont(base, 1.05);
    f.setBold(true);
    return f;
}

void arrow(QPainter& p, const QPointF& from, const QPointF& to, const QColor& colour) {
    p.setPen(QPen(colour, 1.4));
    p.drawLine(from, to);
    const double dir = to.x() >= from.x() ? 1 : -1;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to + QPointF(-6 * dir, -3.5));
    head.lineTo(to + QPointF(-6 * dir, 3.5));
    head.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(head);
}

/// Next (upper, →) and prev (lower, ←) pointers between two boxes.
void pointers(QPainter& p, const QRectF& a, const QRectF& b, const QColor& colour) {
    arrow(p, QPointF(a.right() + 2, a.center().y() - 6), QPointF(b.left() - 2, b.center().y() - 6), colour);
    arrow(p, QPointF(b.left() - 2, b.center().y() + 6), QPointF(a.right() + 2, a.center().y() + 6), colour);
}

QString titleOf(const CacheStructureState& s) {
    using Kind = cache::PolicyStructure::Kind;
    if (s.kind == Kind::Buckets)
        return CacheStructureView::tr("%1 · frequency buckets, lowest first, each a doubly linked list")
            .arg(s.policy.toUpper());
    if (s.kind == Kind::List)
        return s.policy == "fifo"
                   ? CacheStructureView::tr("FIFO · hash map + linked list used as a queue (a hit moves nothing)")
                   : CacheStructureView::tr("%1 · hash map + doubly linked list (a hit moves the node to the head)")
                         .arg(s.policy.toUpper());
    return CacheStructureView::tr("%1 keeps no list or buckets: see its slots").arg(s.policy.toUpper());
}

}  // namespace

CacheStructureView::CacheStructureView(QWidget* parent) : PaintedView(parent) {
    setAccessibleName(tr("Cache as a data structure"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(150);
}

CacheStructureState CacheStructureView::fromRun(const cache::CacheItemRun& run, std::size_t side) {
    CacheStructureState st;
    st.policy = QString::fromStdString(run.policy(side));
    st.capacity = run.cacheAt(side).capacity();
    const cache::PolicyStructure s = run.structure(side);
    st.kind = s.kind;
    // Which key this request touched, from the slots' own marks.
    cache::Key hit = 0, inserted = 0;
    bool anyHit = false, anyInserted = false;
    for (const auto& slot : run.slots(side)) {
        if (slot.hit) hit = slot.key, anyHit = true;
        if (slot.inserted) inserted = slot.key, anyInserted = true;
    }
    for (const auto& b : s.buckets) {
        StructureRow row;
        row.frequency = b.frequency;
        for (cache::Key k : b.keys)
            row.nodes.push_back({QString::fromStdString(run.keyName(k)), anyHit && k == hit,
                                 anyInserted && k == inserted && !(anyHit && k == hit)});
        st.rows.push_back(std::move(row));
    }
    const cache::RequestWords request = run.requestWords(side);
    for (const auto& l : request.leaving) st.leaving << QString::fromStdString(l.name);
    if (!run.atStart()) {
        st.lastHit = request.hit;
        st.request = tr("request %1: key %2 → %3")
                         .arg(run.requestsServed())
                         .arg(QString::fromStdString(request.name), st.lastHit ? tr("hit") : tr("miss"));
    }
    return st;
}

void CacheStructureView::setState(CacheStructureState state) {
    state_ = std::move(state);
    setAccessibleDescription(titleOf(state_) + ". " + state_.request);
    update();
}

QStringList CacheStructureView::paintedLooks(const CacheStructureState& s) {
    using Kind = cache::PolicyStructure::Kind;
    QStringList out;
    if (s.kind == Kind::None) return out;
    out << "map";
    if (s.kind == Kind::List) out << "head-tail";
    if (s.kind == Kind::Buckets && !s.rows.empty()) out << "bucket";
    bool any = false, two = false;
    for (const auto& r : s.rows) {
        any |= !r.nodes.empty();
        two |= r.nodes.size() >= 2;
        for (const auto& n : r.nodes) {
            if (n.hit && !out.contains("moved")) out << "moved";
            if (n.inserted && !out.contains("new")) out << "new";
        }
    }
    if (two || (s.kind == Kind::List && any)) out << "pointers";
    if (any) out << "victim";
    if (!s.leaving.isEmpty()) out << "out";
    return out;
}

std::vector<StructureNodeBox> CacheStructureView::layout(const QSizeF& size) const {
    return arrange(size).nodes;
}

CacheStructureView::Arrangement CacheStructureView::arrange(const QSizeF& size) const {
    Arrangement out;
    const QFont key = keyFont(font());
    const double left = 8 + kMapWidth + 18;
    const double right = size.width() - 8;
    const bool list = state_.kind == cache::PolicyStructure::Kind::List;
    double y = kTop, x = left;
    for (const auto& row : state_.rows) {
        // LFU's buckets follow one another on a line while they fit, so six buckets take two lines.
        const double first = row.nodes.empty() ? 0 : nodeWidth(row.nodes.front().name, key) + kPointer;
        if (x > left && x + kLabelWidth + first > right) {
            x = left;
            y += rowHeight();
        }
        out.labels.push_back(QRectF(x, y + kTag, kLabelWidth, kNodeHeight));
        x += kLabelWidth + kPointer;
        for (std::size_t i = 0; i < row.nodes.size(); ++i) {
            const double w = nodeWidth(row.nodes[i].name, key);
            // Wrap to the next line when the node (and a list's TAIL after the last one) would not fit.
            const double need = w + (list && i + 1 == row.nodes.size() ? kPointer + kLabelWidth : 0);
            if (x + need > right && x > left + kLabelWidth + kPointer) {
                x = left + kLabelWidth + kPointer;
                y += rowHeight();
            }
            const QRectF node(x, y + kTag, w, kNodeHeight);
            out.nodes.push_back({node, QRectF(node.left() - 8, y, node.width() + 16, kTag - 2),
                                 QRectF(node.left() - 8, node.bottom() + 2, node.width() + 16, kTag - 2)});
            x += w + kPointer;
        }
        x += 10;  // a gap between buckets
    }
    return out;
}

void CacheStructureView::paintContent(QPainter& p, const QSizeF& size) {
    using Kind = cache::PolicyStructure::Kind;
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const CacheSlotColours c = CacheSlotColours::forPalette(pal);
    p.fillRect(QRectF(QPointF(), size), pal.color(QPalette::Base));
    const QFont base = scaledFont(font(), 1.0), small = scaledFont(font(), 0.85), key = keyFont(font());
    QFont bold = base;
    bold.setBold(true);
    QFont tagFont = scaledFont(font(), 0.8);
    tagFont.setBold(true);

    p.setFont(bold);
    p.setPen(c.text);
    p.drawText(QRectF(8, 2, size.width() - 16, 19), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(bold).elidedText(titleOf(state_), Qt::ElideRight, size.width() - 16));
    if (!state_.request.isEmpty()) {
        p.setPen(state_.lastHit ? c.hit : c.inserted);
        p.drawText(QRectF(8, 21, size.width() - 16, 18), Qt::AlignLeft | Qt::AlignVCenter, state_.request);
    } else {
        p.setFont(base);
        p.setPen(c.dim);
        p.drawText(QRectF(8, 21, size.width() - 16, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("empty cache: press play or → to serve the first request"));
    }
    if (state_.kind == Kind::None) return;

    // The hash map: every key finds its node in O(1); drawn as one box feeding the lists.
    std::size_t keys = 0;
    for (const auto& r : state_.rows) keys += r.nodes.size();
    const QRectF map(8, kTop + kTag - 6, kMapWidth, kNodeHeight + 12);
    p.setPen(QPen(c.boxBorder, 1.2));
    p.setBrush(c.box);
    p.drawRoundedRect(map, 5, 5);
    p.setFont(bold);
    p.setPen(c.text);
    p.drawText(map.adjusted(0, 2, 0, -map.height() / 2), Qt::AlignCenter, tr("hash map"));
    p.setFont(small);
    p.setPen(c.dim);
    p.drawText(map.adjusted(0, map.height() / 2 - 2, 0, -2), Qt::AlignCenter,
               tr("%1 of %2 keys").arg(keys).arg(state_.capacity));

    const Arrangement arranged = arrange(size);
    const std::vector<StructureNodeBox>& boxes = arranged.nodes;
    const bool list = state_.kind == Kind::List;
    const double left = 8 + kMapWidth + 18;
    arrow(p, QPointF(map.right() + 2, map.center().y()), QPointF(left - 2, map.center().y()), c.dim);
    std::size_t at = 0;
    for (std::size_t r = 0; r < state_.rows.size(); ++r) {
        const StructureRow& row = state_.rows[r];
        const QRectF label = arranged.labels[r];
        const double y = label.top() - kTag;
        if (label.bottom() > size.height() ||
            (!row.nodes.empty() && boxes[at + row.nodes.size() - 1].node.bottom() > size.height())) {
            p.setFont(small);
            p.setPen(c.dim);
            p.drawText(QRectF(left, y, size.width() - left, 16), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("… %n more buckets (enlarge the window)", nullptr, static_cast<int>(state_.rows.size() - r)));
            break;
        }
        // The row's start: HEAD for a list, the bucket's frequency for LFU.
        p.setPen(QPen(c.boxBorder, 1.2));
        p.setBrush(list ? pal.color(QPalette::AlternateBase) : c.box);
        p.drawRoundedRect(label, 4, 4);
        p.setFont(bold);
        p.setPen(c.text);
        p.drawText(label, Qt::AlignCenter, list ? tr("HEAD") : tr("freq %1").arg(row.frequency));
        if (!list && r == 0) {
            p.setFont(small);
            p.setPen(c.dim);
            p.drawText(QRectF(label.left() - 8, label.bottom() + 2, label.width() + 16, kTag - 2), Qt::AlignCenter,
                       tr("lowest"));
        }
        QRectF previous = label;
        for (std::size_t i = 0; i < row.nodes.size(); ++i, ++at) {
            const StructureNode& n = row.nodes[i];
            const StructureNodeBox& b = boxes[at];
            if (b.node.top() > previous.top() + 1) {  // wrapped: the pointers continue on the next line
                p.setFont(small);
                p.setPen(c.dim);
                p.drawText(QRectF(left, b.node.top(), kLabelWidth, kNodeHeight), Qt::AlignCenter, tr("↪ cont."));
            } else {
                pointers(p, previous, b.node, c.dim);
            }
            const bool victim = r == 0 && i + 1 == row.nodes.size();
            QColor border = n.hit ? c.hit : n.inserted ? c.inserted : victim ? c.evict : c.boxBorder;
            p.setPen(QPen(border, n.hit || n.inserted ? 3 : victim ? 2 : 1.2, victim && !n.hit && !n.inserted
                                                                                ? Qt::DashLine
                                                                                : Qt::SolidLine));
            p.setBrush(c.box);
            p.drawRoundedRect(b.node, 5, 5);
            p.setFont(key);
            p.setPen(c.text);
            p.drawText(b.node, Qt::AlignCenter,
                       QFontMetricsF(key).elidedText(n.name, Qt::ElideMiddle, b.node.width() - 6));
            QString above;
            if (n.hit)
                above = list ? (state_.policy == "fifo" ? tr("hit: stays") : tr("hit: to head"))
                             : tr("hit: freq %1 → %2").arg(row.frequency - 1).arg(row.frequency);
            else if (n.inserted)
                above = tr("new");
            if (!above.isEmpty()) {
                p.setFont(tagFont);
                const double w = QFontMetricsF(tagFont).horizontalAdvance(above) + 8;
                const QRectF pill(b.node.center().x() - w / 2, b.above.top(), w, b.above.height());
                p.setPen(Qt::NoPen);
                p.setBrush(n.hit ? c.hit : c.inserted);
                p.drawRoundedRect(pill, 3, 3);
                p.setPen(c.badgeText);
                p.drawText(pill, Qt::AlignCenter, above);
            }
            if (victim) {
                p.setFont(small);
                p.setPen(c.evict);
                const QString words = tr("next victim");
                const double w = QFontMetricsF(small).horizontalAdvance(words) + 4;
                p.drawText(QRectF(b.node.center().x() - w / 2, b.below.top(), w, b.below.height()), Qt::AlignCenter,
                           words);
            }
            previous = b.node;
        }
        if (list) {
            const QRectF tail(previous.right() + kPointer, previous.top(), kLabelWidth, kNodeHeight);
            if (!row.nodes.empty()) pointers(p, previous, tail, c.dim);
            p.setPen(QPen(c.boxBorder, 1.2));
            p.setBrush(pal.color(QPalette::AlternateBase));
            p.drawRoundedRect(tail, 4, 4);
            p.setFont(bold);
            p.setPen(c.text);
            p.drawText(tail, Qt::AlignCenter, tr("TAIL"));
            previous = tail;
        }
        if (r == 0 && !state_.leaving.isEmpty()) {
            // The key that left, struck out after the end it left from.
            QFont strike = key;
            strike.setStrikeOut(true);
            const QString name = state_.leaving.join(", ");
            const double w = std::min(160.0, QFontMetricsF(strike).horizontalAdvance(name) + 14);
            const QRectF ghost(previous.right() + 16, previous.top(), w, kNodeHeight);
            if (ghost.right() < size.width() - 4) {
                p.setPen(QPen(c.evict, 1.5, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(ghost, 5, 5);
                p.setFont(strike);
                p.setPen(c.evict);
                p.drawText(ghost, Qt::AlignCenter, QFontMetricsF(strike).elidedText(name, Qt::ElideRight, w - 6));
                p.setFont(small);
                p.drawText(QRectF(ghost.left() - 10, ghost.bottom() + 2, ghost.width() + 20, kTag - 2), Qt::AlignCenter,
                           tr("evicted"));
            }
        }
    }
}

std::vector<LegendEntry> cacheStructureLegend() {
    auto box = [](int which) {
        return [which](QPainter& p, const QRectF& r, const QPalette& pal) {
            const CacheSlotColours c = CacheSlotColours::forPalette(pal);
            const QColor colour = which == 0 ? c.hit : which == 1 ? c.evict : c.boxBorder;
            p.setPen(QPen(colour, which == 0 ? 2.5 : 1.6, which == 1 ? Qt::DashLine : Qt::SolidLine));
            p.setBrush(which == 3 ? pal.color(QPalette::AlternateBase) : c.box);
            p.drawRoundedRect(r.adjusted(2, 5, -2, -5), 3, 3);
        };
    };
    auto links = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const QColor colour = CacheSlotColours::forPalette(pal).dim;
        arrow(p, QPointF(r.left() + 1, r.center().y() - 4), QPointF(r.right() - 1, r.center().y() - 4), colour);
        arrow(p, QPointF(r.right() - 1, r.center().y() + 4), QPointF(r.left() + 1, r.center().y() + 4), colour);
    };
    return {{"map", CacheStructureView::tr("hash map: finds a key's node in O(1)"), box(2)},
            {"head-tail", CacheStructureView::tr("HEAD: most recent · TAIL: evicted next"), box(3)},
            {"bucket", CacheStructureView::tr("freq n: one bucket, a list of the keys used n times"), box(3)},
            {"pointers", CacheStructureView::tr("→ next and ← prev pointers between nodes"), links},
            {"moved", CacheStructureView::tr("\"hit\" pill: the node unlinked and moved (green)"), box(0)},
            {"new", CacheStructureView::tr("\"new\" pill: inserted at the head"), {}},
            {"victim", CacheStructureView::tr("\"next victim\": the tail (of the lowest bucket), dashed"), box(1)},
            {"out", CacheStructureView::tr("struck out after the tail: the key evicted now"), {}}};
}

}  // namespace stepwise::ui
