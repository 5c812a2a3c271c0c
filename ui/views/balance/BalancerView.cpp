#include "ui/views/balance/BalancerView.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"
#include "ui/views/common/ViewFonts.h"

namespace stepwise::ui {

namespace {
bool isDark(const QPalette& pal) {
    return pal.color(QPalette::Window).lightness() < 128;
}
}  // namespace

QString shortKey(std::uint64_t key) {
    return QString::number(key >> 44, 16).rightJustified(5, '0') + QStringLiteral("…");
}

BalancerView::BalancerView(QWidget* parent) : PaintedView(parent) {
    setObjectName("balancerView");
    setAccessibleName(tr("Load balancer"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

BalancerViewState BalancerView::fromRun(const balance::BalancerItemRun& run, const std::vector<int>& colours) {
    const balance::BalancerSim& sim = run.sim();
    BalancerViewState st;
    st.step = sim.position();
    const auto& backends = sim.balancer().backends();
    for (std::size_t i = 0; i < backends.size(); ++i) {
        BackendBox b;
        b.name = QString::fromStdString(backends[i].name);
        b.weight = backends[i].weight;
        b.active = sim.active()[i];
        b.served = sim.counts()[i];
        b.slowdown = sim.slowdown(i);
        b.picked = st.step > 0 && sim.lastPick().backend == i;
        b.other = st.step > 0 && sim.lastPick().other == i;
        b.colour = i < colours.size() ? colours[i] : static_cast<int>(i);
        st.backends.push_back(b);
    }
    if (st.step > 0) {
        st.request = tr("request %1 · key %2").arg(st.step).arg(shortKey(sim.lastPick().key));
        st.why = QString::fromStdString(run.pickReason());  // the core says why, as for the CLI
    }
    return st;
}

QStringList BalancerView::paintedLooks(const BalancerViewState& state) {
    QStringList out;
    auto add = [&out](const QString& id) {
        if (!out.contains(id)) out << id;
    };
    for (const auto& b : state.backends) {
        add("backend");
        if (b.picked) add("picked");
        if (b.other) add("other");
        if (b.slowdown > 1) add("slow");
        if (b.active > 0) add("active");
    }
    return out;
}

std::vector<LegendEntry> balancerLegend() {
    auto stripe = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const BalancerColours c = BalancerColours::forPalette(pal);
        const QRectF box = r.adjusted(1, 4, -1, -4);
        p.setPen(QPen(c.border, 1.2));
        p.setBrush(c.box);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Qt::NoPen);
        p.setBrush(seriesColour(0, isDark(pal)));
        p.drawRoundedRect(QRectF(box.left() + 1, box.top() + 1, 4, box.height() - 2), 2, 2);
    };
    auto route = [](bool picked) {
        return [picked](QPainter& p, const QRectF& r, const QPalette& pal) {
            const BalancerColours c = BalancerColours::forPalette(pal);
            const QColor colour = picked ? seriesColour(0, isDark(pal)) : c.dim;
            p.setPen(QPen(colour, picked ? 3 : 1.5, picked ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
            p.drawLine(QPointF(r.left() + 2, r.center().y()), QPointF(r.right() - 5, r.center().y()));
            if (picked) {
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                QPainterPath head;
                head.moveTo(r.right() - 1, r.center().y());
                head.lineTo(r.right() - 9, r.center().y() - 5);
                head.lineTo(r.right() - 9, r.center().y() + 5);
                head.closeSubpath();
                p.drawPath(head);
            }
        };
    };
    auto slow = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const BalancerColours c = BalancerColours::forPalette(pal);
        p.setPen(Qt::NoPen);
        p.setBrush(c.slow);
        p.drawRoundedRect(r.adjusted(0, 6, 0, -6), 3, 3);
    };
    auto bar = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const BalancerColours c = BalancerColours::forPalette(pal);
        const QRectF track = r.adjusted(1, 7, -1, -7);
        p.setPen(Qt::NoPen);
        p.setBrush(c.track);
        p.drawRoundedRect(track, 3, 3);
        p.setBrush(seriesColour(0, isDark(pal)));
        p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * 0.6, track.height()), 3, 3);
    };
    return {{"backend", BalancerView::tr("box: a backend, its weight; stripe: its colour everywhere"), stripe},
            {"picked", BalancerView::tr("arrow and thick outline: \"picked\" for this request"), route(true)},
            {"other", BalancerView::tr("dashed line: the \"other candidate\" it was compared with"), route(false)},
            {"active", BalancerView::tr("bar: active connections (\"n active\")"), bar},
            {"slow", BalancerView::tr("\"SLOW ×8\" badge: serves 8 times slower"), slow}};
}

void BalancerView::setState(BalancerViewState state) {
    state_ = std::move(state);
    for (const auto& b : state_.backends) barScale_ = std::max(barScale_, b.active);
    if (state_.step == 0) barScale_ = 8;
    setAccessibleDescription(state_.request + (state_.why.isEmpty() ? QString() : ": " + state_.why));
    update();
}

BalancerColours BalancerColours::forPalette(const QPalette& pal) {
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    BalancerColours c;
    c.text = pal.color(QPalette::Text);
    c.dim = pal.color(QPalette::PlaceholderText);
    c.box = dark ? QColor(0x2c, 0x30, 0x37) : QColor(0xff, 0xff, 0xff);
    // Borders and the slow badge at 3:1 at least: in the dark theme they were nearly invisible.
    c.border = dark ? QColor(0x7a, 0x80, 0x8a) : QColor(0x85, 0x8b, 0x95);
    c.track = dark ? QColor(0x3a, 0x3e, 0x45) : QColor(0xe6, 0xe8, 0xec);
    c.slow = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x39, 0x2b);
    c.slowText = dark ? QColor(0x1a, 0x1c, 0x20) : QColor(0xff, 0xff, 0xff);
    return c;
}

qreal BalancerView::contentHeight(qreal) const {
    // The headline, then the backends at their tallest rows (64 px) with the client beside them
    // (and its request line under it): paintContent centres that column in any taller space.
    const double n = static_cast<double>(std::max<std::size_t>(1, state_.backends.size()));
    const double column = std::max(64 * n + 8 * (n - 1), 68.0 + 30);
    return 52 + column + 10;
}

void BalancerView::paintContent(QPainter& p, const QSizeF& size) {
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool dark = isDarkPalette(this);
    p.fillRect(QRectF(QPointF(), size), pal.color(QPalette::Base));
    const BalancerColours colours = BalancerColours::forPalette(pal);
    const QColor text = colours.text, dim = colours.dim, box = colours.box, border = colours.border,
                 track = colours.track, slow = colours.slow;
    QFont base = font(), bold = font(), small = scaledFont(font(), 0.85);
    bold.setBold(true);

    // The latest pick and why, as a headline.
    if (!state_.why.isEmpty()) {
        QString why = state_.why;
        why[0] = why[0].toUpper();
        p.setFont(bold);
        p.setPen(text);
        const QRectF line(12, 8, size.width() - 24, 40);
        p.drawText(line, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, why);
    } else {
        p.setFont(base);
        p.setPen(dim);
        p.drawText(QRectF(12, 8, size.width() - 24, 20), Qt::AlignLeft | Qt::AlignTop,
                   tr("Press play or → to send the first request"));
    }
    const QRectF area = QRectF(QPointF(), size).adjusted(12, 52, -12, -10);
    const std::size_t n = std::max<std::size_t>(1, state_.backends.size());
    const double gap = 8;
    const double rowHeight =
        std::clamp((area.height() - gap * static_cast<double>(n - 1)) / static_cast<double>(n), 28.0, 64.0);
    const double columnHeight = rowHeight * static_cast<double>(n) + gap * static_cast<double>(n - 1);
    const double top = area.top() + std::max(0.0, (area.height() - columnHeight) / 2);
    const double boxLeft = area.left() + std::max(180.0, area.width() * 0.34);
    const QRectF client(area.left(), area.center().y() - 34, 130, 68);

    // Routes first, so boxes sit on top of them.
    for (std::size_t i = 0; i < state_.backends.size(); ++i) {
        const auto& b = state_.backends[i];
        if (!b.picked && !b.other) continue;
        const QPointF from(client.right(), client.center().y());
        const QPointF to(boxLeft - 4, top + static_cast<double>(i) * (rowHeight + gap) + rowHeight / 2);
        QPainterPath path(from);
        path.cubicTo(QPointF((from.x() + to.x()) / 2, from.y()), QPointF((from.x() + to.x()) / 2, to.y()),
                     to);
        const QColor c = b.picked ? seriesColour(b.colour >= 0 ? b.colour : static_cast<int>(i), dark) : dim;
        p.setPen(QPen(c, b.picked ? 3 : 1.5, b.picked ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (b.picked) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            QPainterPath head;
            head.moveTo(to + QPointF(3, 0));
            head.lineTo(to + QPointF(-9, -6));
            head.lineTo(to + QPointF(-9, 6));
            head.closeSubpath();
            p.drawPath(head);
        }
    }

    // The client.
    p.setPen(QPen(border, 1.2));
    p.setBrush(box);
    p.drawRoundedRect(client, 8, 8);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(client.adjusted(0, 8, 0, -client.height() / 2), Qt::AlignCenter, tr("clients"));
    p.setFont(small);
    p.setPen(dim);
    p.drawText(client.adjusted(4, client.height() / 2 - 2, -4, -6), Qt::AlignCenter,
               state_.step == 0 ? tr("no requests yet") : tr("request %1").arg(state_.step));
    if (!state_.request.isEmpty()) {
        p.drawText(QRectF(client.left() - 4, client.bottom() + 4, boxLeft - client.left() - 20, 18),
                   Qt::AlignLeft, state_.request);
    }

    // The backends.
    const double boxWidth = area.right() - boxLeft;
    for (std::size_t i = 0; i < state_.backends.size(); ++i) {
        const auto& b = state_.backends[i];
        const QRectF r(boxLeft, top + static_cast<double>(i) * (rowHeight + gap), boxWidth, rowHeight);
        const QColor c = seriesColour(b.colour >= 0 ? b.colour : static_cast<int>(i), dark);
        p.setPen(QPen(b.picked ? c : border, b.picked ? 2.5 : 1.2));
        p.setBrush(box);
        p.drawRoundedRect(r, 6, 6);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, 6, r.height() - 2), 3, 3);

        p.setFont(bold);
        p.setPen(text);
        const double nameWidth = std::min(120.0, boxWidth * 0.25);
        p.drawText(QRectF(r.left() + 14, r.top(), nameWidth, r.height() / 2 + 6),
                   Qt::AlignLeft | Qt::AlignVCenter, b.name);
        p.setFont(small);
        p.setPen(dim);
        QString sub = tr("weight %1").arg(b.weight);
        p.drawText(QRectF(r.left() + 14, r.top() + r.height() / 2, nameWidth, r.height() / 2 - 2),
                   Qt::AlignLeft | Qt::AlignVCenter, sub);

        // Active connections as a bar with its number; served on the right.
        const double barLeft = r.left() + 14 + nameWidth + 8;
        // As wide as the count needs, so a narrow view keeps room for the bar and its words.
        const double servedWidth =
            std::min(110.0, QFontMetricsF(bold).horizontalAdvance(tr("%1 served").arg(b.served)) + 14);
        const double barWidth = std::max(40.0, r.right() - servedWidth - barLeft - 10);
        const QRectF barTrack(barLeft, r.center().y() - 7, barWidth, 14);
        p.setPen(Qt::NoPen);
        p.setBrush(track);
        p.drawRoundedRect(barTrack, 4, 4);
        QRectF bar = barTrack;
        bar.setWidth(barTrack.width() *
                     std::min(1.0, static_cast<double>(b.active) /
                                       static_cast<double>(std::max<std::uint32_t>(1, barScale_))));
        p.setBrush(c);
        if (b.active > 0) p.drawRoundedRect(bar, 4, 4);
        p.setFont(small);
        p.setPen(text);
        p.drawText(QRectF(barLeft, barTrack.top() - 15, std::max(barWidth, r.right() - barLeft - 4), 14),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%n active", nullptr, static_cast<int>(b.active)));
        if (b.slowdown > 1) {
            const QString badge = tr("SLOW ×%1").arg(b.slowdown);
            QFont bf = small;
            bf.setBold(true);
            p.setFont(bf);
            const double w = QFontMetricsF(bf).horizontalAdvance(badge) + 10;
            const QRectF br(barLeft + barWidth - w, barTrack.top() - 16, w, 14);
            p.setPen(Qt::NoPen);
            p.setBrush(slow);
            p.drawRoundedRect(br, 3, 3);
            // Dark text on the light dark-theme red, white on the deep light-theme red: 4.5:1 either way.
            p.setPen(colours.slowText);
            p.drawText(br, Qt::AlignCenter, badge);
        }
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRectF(r.right() - servedWidth, r.top(), servedWidth - 10, r.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tr("%1 served").arg(b.served));
        if (b.picked || b.other) {
            p.setFont(small);
            p.setPen(b.picked ? c : dim);
            p.drawText(QRectF(r.right() - 140, r.top() + 2, 130, 14), Qt::AlignRight | Qt::AlignTop, b.picked ? tr("picked") : tr("other candidate"));
        }
    }
}

}  // namespace stepwise::ui
