#include "ui/views/resilience/BreakerView.h"

#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "core/resilience/BreakerItemRun.h"
#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

using resilience::BreakerState;

BreakerColours BreakerColours::forPalette(const QPalette& palette) {
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    BreakerColours c;
    c.text = palette.color(QPalette::Text);
    c.dim = palette.color(QPalette::PlaceholderText);
    c.base = palette.color(QPalette::Base);
    c.border = palette.color(QPalette::PlaceholderText);
    c.lit = palette.color(QPalette::Highlight);
    c.litText = palette.color(QPalette::HighlightedText);
    c.accent = seriesColour(1, dark);
    c.success = dark ? QColor(0x1d, 0x4d, 0x2b) : QColor(0xd5, 0xef, 0xd9);
    c.failure = dark ? QColor(0x5c, 0x23, 0x20) : QColor(0xf7, 0xd4, 0xd0);
    c.cellText = dark ? QColor(0xf2, 0xf4, 0xf7) : QColor(0x14, 0x17, 0x1a);
    c.slowMark = dark ? QColor(0xff, 0xc4, 0x6b) : QColor(0x7a, 0x3e, 0x00);
    c.failureLine = seriesColour(4, dark);
    c.slowLine = seriesColour(0, dark);
    return c;
}

namespace {

QString causeWords(const resilience::Transition& t) {
    return QStringLiteral("%1 → %2 at %3: %4")
        .arg(QString::fromLatin1(resilience::stateName(t.from)), QString::fromLatin1(resilience::stateName(t.to)),
             QString::fromStdString(resilience::formatMillis(t.at)), QString::fromStdString(resilience::transitionCause(t)));
}

bool isNatural(const resilience::Transition& t) {
    using K = resilience::TransitionCause::Kind;
    return t.cause.kind != K::Requested && t.cause.kind != K::Reset;
}

double seconds(resilience::Time t) { return static_cast<double>(t) / static_cast<double>(resilience::second); }

/// 1, 2 or 5 × 10^k, the first at least `raw`.
double niceStep(double raw) {
    if (raw <= 0) return 1;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= raw) return m * p;
    return 10 * p;
}

/// "13.33 s", "5 s": at most two decimals, no trailing zeros.
QString secondsText(double s) {
    QString text = QString::number(s, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text + QStringLiteral(" s");
}

/// Where the line from the centre of `r` towards `to` leaves `r`.
QPointF edgePoint(const QRectF& r, const QPointF& to) {
    const QPointF c = r.center();
    const double dx = to.x() - c.x(), dy = to.y() - c.y();
    if (dx == 0 && dy == 0) return c;
    const double sx = dx != 0 ? (r.width() / 2) / std::abs(dx) : 1e9;
    const double sy = dy != 0 ? (r.height() / 2) / std::abs(dy) : 1e9;
    const double s = std::min(sx, sy);
    return {c.x() + dx * s, c.y() + dy * s};
}

void arrow(QPainter& p, QPointF a, QPointF b, const QPen& pen) {
    p.setPen(pen);
    p.drawLine(a, b);
    const double angle = std::atan2(b.y() - a.y(), b.x() - a.x());
    const double size = 6 + pen.widthF() * 2;
    QPolygonF head;
    head << b << QPointF(b.x() - size * std::cos(angle - 0.45), b.y() - size * std::sin(angle - 0.45))
         << QPointF(b.x() - size * std::cos(angle + 0.45), b.y() - size * std::sin(angle + 0.45));
    p.setBrush(pen.color());
    p.setPen(Qt::NoPen);
    p.drawPolygon(head);
}

QFont smaller(const QFont& f, double factor = 0.86) {
    QFont s = f;
    s.setPointSizeF(std::max(6.0, f.pointSizeF() * factor));
    return s;
}

QFont bold(const QFont& f) {
    QFont b = f;
    b.setBold(true);
    return b;
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/// A transition part way: its line drawn from `a` as far as `t` of the way to `b`; returns that
/// point, where the token goes (drawn over the nodes).
QPointF travel(QPainter& p, QPointF a, QPointF b, double t, const QPen& pen) {
    const QPointF at = a + (b - a) * t;
    p.setPen(pen);
    p.drawLine(a, at);
    return at;
}

}  // namespace

BreakerView::BreakerView(QWidget* parent) : PaintedView(parent) {
    setObjectName("breakerView");
    setAccessibleName(tr("Circuit breaker: state diagram, sliding window and rates"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    animation_ = new QVariantAnimation(this);
    animation_->setStartValue(0.0);
    animation_->setEndValue(1.0);
    animation_->setEasingCurve(QEasingCurve::InOutCubic);
    connect(animation_, &QVariantAnimation::valueChanged, this, [this] { update(); });
    connect(animation_, &QVariantAnimation::finished, this, [this] { update(); });
}

BreakerViewState BreakerView::fromRun(const resilience::BreakerItemRun& run) {
    using namespace resilience;
    BreakerViewState st;
    // The breaker as of this step's event: a call's outcome enters the window at its record, not
    // at its permission (the two steps share one token of the list).
    const CircuitBreaker& b = run.breakerAtStep();
    const BreakerConfig& config = b.config();
    const std::size_t step = run.step();
    const BreakerEvent* e = run.currentEvent();
    st.state = run.stateAtStep();
    const std::size_t done = run.transitionsBy(step);
    if (e && e->kind == BreakerEvent::Kind::Transition) {
        st.transitionNow = true;
        st.from = e->transition.from;
        st.to = e->transition.to;
        st.natural = isNatural(e->transition);
        st.cause = causeWords(e->transition);
    }
    const std::size_t before = st.transitionNow ? done - 1 : done;
    if (before > 0) st.lastTransition = causeWords(run.transitions()[before - 1]);
    for (std::size_t i = 0; i < done; ++i)
        st.marks.emplace_back(seconds(run.transitions()[i].at), run.transitions()[i].to);

    const SlidingWindow& w = b.window();
    st.halfOpenProbes = st.state == BreakerState::HalfOpen ||
                        (st.state == BreakerState::Open && done > 0 && run.transitions()[done - 1].from == BreakerState::HalfOpen);
    st.timeBased = w.type() == WindowType::TimeBased;
    st.windowSize = w.size();
    st.minimum = st.halfOpenProbes ? config.permittedNumberOfCallsInHalfOpenState : config.effectiveMinimumCalls();
    for (const Outcome o : w.outcomes()) st.outcomes.push_back(o);
    for (const auto& bucket : w.buckets()) st.buckets.push_back({bucket.second, bucket.counts});
    st.counts = w.counts();
    st.permitsLeft = b.permitsLeft();
    st.permits = config.permittedNumberOfCallsInHalfOpenState;

    const BreakerTally tally = run.tallyAt(step);
    st.permitted = tally.permitted;
    st.rejected = tally.rejected;
    st.failed = tally.failed;
    st.slow = tally.slow;
    st.failureThreshold = config.failureRateThreshold;
    st.slowThreshold = config.slowCallRateThreshold;
    st.now = e ? seconds(e->at) : 0;
    st.end = std::max(1.0, seconds(run.endTime()));
    for (const auto& s : run.samples()) {
        if (s.step > step) break;
        if (!s.rated()) continue;
        const double calls = s.counts.calls;
        st.points.push_back({seconds(s.at), 100.0 * s.counts.failed / calls, 100.0 * s.counts.slow / calls, s.epoch});
    }
    return st;
}

void BreakerView::setState(BreakerViewState state) {
    animation_->stop();
    state_ = std::move(state);
    update();
}

void BreakerView::animateTransition(int ms) {
    animation_->stop();
    if (!state_.transitionNow || ms <= 0) return;
    animation_->setDuration(ms);
    animation_->start();
    update();
}

bool BreakerView::transitionAnimating() const {
    return animation_->state() != QAbstractAnimation::Stopped;
}

double BreakerView::transitionProgress() const {
    return transitionAnimating() ? std::clamp(animation_->currentValue().toDouble(), 0.0, 1.0) : 1.0;
}

void BreakerView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paintAll(p, size(), transitionProgress());
}

void BreakerView::paintContent(QPainter& p, const QSizeF& size) {
    paintAll(p, size, 1.0);
}

void BreakerView::paintAll(QPainter& p, const QSizeF& size, double progress) {
    const BreakerColours c = BreakerColours::forPalette(palette());
    p.fillRect(QRectF(QPointF(), size), c.base);
    p.setRenderHint(QPainter::Antialiasing);
    const double m = 10;
    const double W = size.width(), H = size.height();
    const double topH = std::clamp(H * 0.40, 190.0, 290.0);
    const double windowH = std::clamp(H * 0.15, 74.0, 104.0);
    const double split = std::max(320.0, W * 0.58);
    paintDiagram(p, QRectF(m, m, split - 2 * m, topH), c, progress);
    paintCounts(p, QRectF(split + m, m, W - split - 2 * m, topH), c);
    paintWindow(p, QRectF(m, m + topH + m, W - 2 * m, windowH), c);
    const double chartTop = m + topH + m + windowH + m;
    paintChart(p, QRectF(m, chartTop, W - 2 * m, std::max(60.0, H - chartTop - m)), c);
}

void BreakerView::paintDiagram(QPainter& p, const QRectF& area, const BreakerColours& c, double progress) {
    const bool moving = state_.transitionNow && progress < 1;
    std::optional<QPointF> token;
    const QFont font = p.font();
    const QFontMetricsF fm(font);
    p.setFont(bold(font));
    p.setPen(c.text);
    p.drawText(QPointF(area.left(), area.top() + fm.ascent()), tr("State"));
    p.setFont(font);

    const double nodeW = std::max(fm.horizontalAdvance(QStringLiteral("HALF_OPEN")) + 28, 100.0);
    const double nodeH = fm.height() * 2;
    const double top = area.top() + fm.height() + 8;
    const double specialH = fm.height() * 1.7;
    const double triBottom = area.bottom() - specialH - 14;
    const QFont small = smaller(font);
    const QFontMetricsF sfm(small);
    const QRectF closed(area.left() + 6, top + sfm.height() + 6, nodeW, nodeH);
    // Room on the right of the OPEN ↔ HALF_OPEN pair for their labels.
    const double labelRoom = std::min(QFontMetricsF(bold(small)).horizontalAdvance(tr("↗ probes fail")) + 56, area.width() * 0.32);
    const QRectF open(area.right() - nodeW - labelRoom, closed.top(), nodeW, nodeH);
    const QRectF half((closed.center().x() + open.center().x()) / 2 - nodeW / 2, std::max(top + nodeH * 2.2, triBottom - nodeH), nodeW, nodeH);

    // The special states, apart, in a row under the triangle.
    const BreakerState specials[] = {BreakerState::Disabled, BreakerState::ForcedOpen, BreakerState::MetricsOnly};
    std::map<BreakerState, QRectF> rects = {
        {BreakerState::Closed, closed}, {BreakerState::Open, open}, {BreakerState::HalfOpen, half}};
    double x = area.left() + 6 + sfm.horizontalAdvance(tr("Special states:")) + 10;
    const double sy = area.bottom() - specialH;
    p.setFont(small);
    p.setPen(c.dim);
    p.drawText(QRectF(area.left() + 6, sy, x - area.left(), specialH), Qt::AlignLeft | Qt::AlignVCenter, tr("Special states:"));
    for (const BreakerState s : specials) {
        const QString name = QString::fromLatin1(resilience::stateName(s));
        const double w = sfm.horizontalAdvance(name) + 20;
        rects[s] = QRectF(x, sy, w, specialH);
        x += w + 8;
    }

    // Edges: the rules' transitions.
    struct Edge {
        BreakerState from, to;
        double offset;
        QString label;
    };
    const Edge edges[] = {
        {BreakerState::Closed, BreakerState::Open, 0, tr("a rate ≥ its threshold")},
        {BreakerState::Open, BreakerState::HalfOpen, 7, tr("↙ wait over")},
        {BreakerState::HalfOpen, BreakerState::Open, 7, tr("↗ probes fail")},
        {BreakerState::HalfOpen, BreakerState::Closed, 0, tr("probes pass")},
    };
    bool drawnNow = false;
    for (const Edge& e : edges) {
        const QRectF a = rects[e.from], b = rects[e.to];
        QPointF pa = edgePoint(a, b.center()), pb = edgePoint(b, a.center());
        const double dx = pb.x() - pa.x(), dy = pb.y() - pa.y(), len = std::hypot(dx, dy);
        const QPointF normal(-dy / len * e.offset, dx / len * e.offset);
        pa += normal;
        pb += normal;
        const bool now = state_.transitionNow && state_.natural && state_.from == e.from && state_.to == e.to;
        drawnNow = drawnNow || now;
        // Part way: the rule's thin arrow with the bold one growing over it.
        const bool thick = now && !moving;
        arrow(p, pa, pb, QPen(thick ? c.accent : c.border, thick ? 3.5 : 1.3));
        if (now && moving) token = travel(p, pa, pb, progress, QPen(c.accent, 3.5));
        // The label beside the middle of the edge, on its outer side.
        const QPointF mid = (pa + pb) / 2;
        p.setFont(now ? bold(small) : small);
        p.setPen(now ? c.text : c.dim);
        const double lw = QFontMetricsF(p.font()).horizontalAdvance(e.label) + 8;
        // Where the label clears the lines: above the top edge; below-right of the OPEN pair
        // (the one to HALF_OPEN first); below-left of the edge to CLOSED.
        QRectF box(mid.x() - lw / 2, a.top() - sfm.height() - 2, lw, sfm.height());
        if (e.to == BreakerState::HalfOpen) box = QRectF(mid.x() + 18, mid.y() + 2, lw, sfm.height());
        if (e.from == BreakerState::HalfOpen && e.to == BreakerState::Open)
            box = QRectF(mid.x() + 8, mid.y() + 4 + sfm.height(), lw, sfm.height());
        if (e.to == BreakerState::Closed) box = QRectF(mid.x() - 12 - lw, mid.y() + 4, lw, sfm.height());
        box.setRight(std::min(box.right(), area.right()));
        box.setLeft(std::max(box.left(), area.left()));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(p.font()).elidedText(e.label, Qt::ElideRight, box.width()));
    }
    if (state_.transitionNow && !drawnNow && rects.count(state_.from) && rects.count(state_.to)) {
        // An explicit transition or reset: a dashed arrow straight between the two states.
        const QRectF a = rects[state_.from], b = rects[state_.to];
        const QPointF pa = edgePoint(a, b.center()), pb = edgePoint(b, a.center());
        if (moving) {
            arrow(p, pa, pb, QPen(c.border, 1.3, Qt::DashLine));
            token = travel(p, pa, pb, progress, QPen(c.accent, 3, Qt::DashLine));
        } else {
            arrow(p, pa, pb, QPen(c.accent, 3, Qt::DashLine));
        }
    }

    for (const auto& [s, r] : rects) {
        // Part way the new state's fill fades in as the old one's fades out.
        double litness = s == state_.state ? 1 : 0;
        if (moving && s == state_.to) litness = progress;
        else if (moving && s == state_.from) litness = 1 - progress;
        const bool lit = litness >= 0.5;
        const bool special = s == BreakerState::Disabled || s == BreakerState::ForcedOpen || s == BreakerState::MetricsOnly;
        if (litness == 0 || litness == 1) {
            p.setPen(QPen(lit ? c.lit : c.border, lit ? 2.5 : 1.2));
            p.setBrush(lit ? c.lit : c.base);
        } else {
            p.setPen(QPen(mix(c.border, c.lit, litness), 1.2 + 1.3 * litness));
            p.setBrush(mix(c.base, c.lit, litness));
        }
        p.drawRoundedRect(r, r.height() / 2.5, r.height() / 2.5);
        p.setFont(lit ? bold(special ? small : font) : (special ? small : font));
        p.setPen(lit ? c.litText : c.text);
        p.drawText(r, Qt::AlignCenter, QString::fromLatin1(resilience::stateName(s)));
    }
    if (token) {
        // The token, ringed in the base colour so it shows on the line and on a node.
        p.setPen(QPen(c.base, 2));
        p.setBrush(c.accent);
        p.drawEllipse(*token, 7, 7);
    }
    p.setFont(font);
}

void BreakerView::paintCounts(QPainter& p, const QRectF& area, const BreakerColours& c) {
    const QFont font = p.font();
    const QFontMetricsF fm(font);
    const double line = fm.height() + 3;
    double y = area.top();
    p.setFont(bold(font));
    p.setPen(c.text);
    p.drawText(QPointF(area.left(), y + fm.ascent()), tr("Calls so far"));
    p.setFont(font);
    y += line;
    const auto row = [&](const QString& text, const QColor& colour) {
        // Long rows wrap (a narrow column) rather than lose their end.
        p.setPen(colour);
        const QRectF box(area.left(), y, area.width(), std::max(line, area.bottom() - y));
        const QRectF used = p.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        y += std::max(line, used.height() + 3);
    };
    row(tr("permitted %1 · rejected %2").arg(state_.permitted).arg(state_.rejected), c.text);
    row(tr("failed %1 · slow %2").arg(state_.failed).arg(state_.slow), c.text);
    const auto& n = state_.counts;
    auto pct = [&](std::uint32_t part) {
        return n.calls == 0 ? QStringLiteral("–") : QString::number(100.0 * part / n.calls, 'f', 0) + QStringLiteral(" %");
    };
    const QString where = state_.halfOpenProbes ? tr("Probes") : tr("Window");
    row(tr("%1: %2 calls · %3 failed (%4) · %5 slow (%6)")
            .arg(where)
            .arg(n.calls)
            .arg(n.failed)
            .arg(pct(n.failed))
            .arg(n.slow)
            .arg(pct(n.slow)),
        c.text);
    if (n.calls < state_.minimum)
        row(tr("below the minimum of %1 calls: no rates yet").arg(state_.minimum), c.dim);
    if (state_.state == BreakerState::HalfOpen)
        row(tr("half-open permits left: %1 of %2").arg(state_.permitsLeft).arg(state_.permits), c.text);
    row(tr("thresholds: failure %1 % · slow calls %2 %")
            .arg(state_.failureThreshold, 0, 'g', 4)
            .arg(state_.slowThreshold, 0, 'g', 4),
        c.dim);
    row(tr("clock %1").arg(secondsText(state_.now)), c.dim);
    y += 6;

    // This step's transition (bold, with an accent bar), or the last one.
    const QString heading = state_.transitionNow ? tr("This step") : tr("Last transition");
    const QString words = state_.transitionNow ? state_.cause
                          : state_.lastTransition.isEmpty() ? tr("none yet: the breaker starts CLOSED")
                                                            : state_.lastTransition;
    p.setFont(bold(font));
    p.setPen(c.text);
    p.drawText(QPointF(area.left() + 10, y + fm.ascent()), heading);
    y += line;
    p.setFont(state_.transitionNow ? bold(font) : font);
    p.setPen(state_.transitionNow ? c.text : c.dim);
    const QRectF box(area.left() + 10, y, area.width() - 10, std::max(line, area.bottom() - y));
    const QRectF used = p.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, words);
    p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, words);
    p.setPen(Qt::NoPen);
    p.setBrush(state_.transitionNow ? c.accent : c.border);
    p.drawRect(QRectF(area.left(), y - line, state_.transitionNow ? 4 : 2, std::min(box.height(), used.height()) + line));
    p.setFont(font);
}

void BreakerView::paintWindow(QPainter& p, const QRectF& area, const BreakerColours& c) {
    const QFont font = p.font();
    const QFontMetricsF fm(font);
    const QFont small = smaller(font);
    const QFontMetricsF sfm(small);
    QString title;
    if (state_.halfOpenProbes)
        title = tr("Half-open probes: %1 permitted calls decide").arg(state_.windowSize);
    else if (state_.timeBased)
        title = tr("Sliding window: the last %1 s, a bucket a second (time-based)").arg(state_.windowSize);
    else
        title = tr("Sliding window: the last %1 calls (count-based), oldest first").arg(state_.windowSize);
    p.setFont(bold(font));
    p.setPen(c.text);
    p.drawText(QPointF(area.left(), area.top() + fm.ascent()), title);
    // The legend, marks as well as colours.
    const double titleWidth = QFontMetricsF(bold(font)).horizontalAdvance(title);
    p.setFont(small);
    p.setPen(c.dim);
    const QString legend = tr("✓ success   ✗ failure (hatched)   ◥ slow   ┆ empty");
    // Only where it fits beside the title (the cells carry the same marks).
    if (titleWidth + sfm.horizontalAdvance(legend) + 16 <= area.width())
        p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter, legend);
    p.setFont(font);

    const QRectF cells(area.left(), area.top() + fm.height() + 6, area.width(), area.height() - fm.height() - 6);
    if (!state_.timeBased || state_.halfOpenProbes) {
        const std::uint32_t n = std::max<std::uint32_t>(1, state_.windowSize);
        const double cw = std::min(34.0, cells.width() / n);
        const double ch = std::min(34.0, cells.height() - 2);
        const bool marks = cw >= 13;
        p.setFont(bold(font));
        for (std::uint32_t i = 0; i < n; ++i) {
            const QRectF r(cells.left() + i * cw + 1, cells.top() + 1, cw - 2, ch);
            if (i >= state_.outcomes.size()) {
                p.setPen(QPen(c.border, 1, Qt::DotLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r);
                continue;
            }
            const std::uint8_t o = state_.outcomes[i];
            const bool failed = o & resilience::Failed, slow = o & resilience::Slow;
            p.setPen(QPen(c.border, 1));
            p.setBrush(failed ? c.failure : c.success);
            p.drawRect(r);
            if (failed) {
                p.setBrush(QBrush(c.cellText, Qt::BDiagPattern));
                p.setPen(Qt::NoPen);
                p.drawRect(r.adjusted(1, 1, -1, -1));
                if (marks) {
                    // A patch behind the mark keeps it readable over the hatching.
                    p.setBrush(c.failure);
                    p.drawEllipse(r.center(), fm.height() * 0.45, fm.height() * 0.45);
                }
            }
            if (slow) {
                p.setPen(Qt::NoPen);
                p.setBrush(c.slowMark);
                const double s = std::min(r.width(), r.height()) * 0.42;
                QPolygonF tri;
                tri << r.topRight() << QPointF(r.right() - s, r.top()) << QPointF(r.right(), r.top() + s);
                p.drawPolygon(tri);
            }
            if (marks) {
                p.setPen(c.cellText);
                p.drawText(r, Qt::AlignCenter, failed ? QStringLiteral("✗") : QStringLiteral("✓"));
            }
        }
        p.setFont(small);
        p.setPen(c.dim);
        const double below = cells.top() + ch + 4;
        if (below + sfm.height() <= area.bottom() + 2)
            p.drawText(QPointF(cells.left(), below + sfm.ascent()),
                       tr("%1 of %2 slots used; the newest call is the last filled cell").arg(state_.outcomes.size()).arg(n));
    } else {
        const std::size_t n = std::max<std::size_t>(1, state_.buckets.size());
        const double bw = std::min(120.0, cells.width() / static_cast<double>(n));
        const double bh = cells.height() - sfm.height() - 4;
        for (std::size_t i = 0; i < state_.buckets.size(); ++i) {
            const auto& b = state_.buckets[i];
            const QRectF r(cells.left() + static_cast<double>(i) * bw + 2, cells.top(), bw - 4, bh);
            const bool any = b.counts.calls > 0;
            p.setPen(QPen(c.border, 1, any ? Qt::SolidLine : Qt::DotLine));
            p.setBrush(any ? (b.counts.failed * 2 > b.counts.calls ? c.failure : c.success) : c.base);
            p.drawRect(r);
            p.setFont(small);
            p.setPen(c.cellText);
            if (!any) p.setPen(c.dim);
            const QString text = any ? tr("%1 calls\n✗ %2 · ◥ %3").arg(b.counts.calls).arg(b.counts.failed).arg(b.counts.slow)
                                     : tr("no calls");
            p.drawText(r, Qt::AlignCenter, text);
            p.setPen(c.dim);
            const QString label = b.second >= 0 ? tr("%1–%2 s").arg(b.second).arg(b.second + 1) : QStringLiteral("–");
            p.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), sfm.height()), Qt::AlignCenter, label);
        }
    }
    p.setFont(font);
}

void BreakerView::paintChart(QPainter& p, const QRectF& area, const BreakerColours& c) {
    const QFont font = p.font();
    const QFontMetricsF fm(font);
    const QFont small = smaller(font);
    const QFontMetricsF sfm(small);
    p.setFont(bold(font));
    p.setPen(c.text);
    p.drawText(QPointF(area.left(), area.top() + fm.ascent()), tr("Failure and slow-call rates over time"));
    p.setFont(small);
    const QString legend = tr("━ failure rate ●   ╍ slow-call rate ■   ┅ thresholds   shaded: OPEN");
    p.setPen(c.dim);
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter, legend);

    const double left = area.left() + sfm.horizontalAdvance(QStringLiteral("100 %")) + 8;
    const QRectF plot(left, area.top() + fm.height() + 8, area.right() - left - 6,
                      area.height() - fm.height() - 8 - sfm.height() - 6);
    if (plot.height() < 20 || plot.width() < 40) return;
    const double end = state_.end;
    auto X = [&](double t) { return plot.left() + plot.width() * std::clamp(t / end, 0.0, 1.0); };
    auto Y = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v, 0.0, 100.0) / 100.0; };

    // OPEN (and FORCED_OPEN) stretches so far, shaded.
    QColor shade = c.failure;
    shade.setAlphaF(0.55);
    for (std::size_t i = 0; i < state_.marks.size(); ++i) {
        const auto s = state_.marks[i].second;
        if (s != BreakerState::Open && s != BreakerState::ForcedOpen) continue;
        const double until = i + 1 < state_.marks.size() ? state_.marks[i + 1].first : state_.now;
        p.fillRect(QRectF(QPointF(X(state_.marks[i].first), plot.top()), QPointF(std::max(X(until), X(state_.marks[i].first) + 1), plot.bottom())), shade);
    }

    // Grid and round ticks.
    p.setFont(small);
    for (int v = 0; v <= 100; v += 25) {
        p.setPen(QPen(c.border, v == 0 ? 1.2 : 0.5, v == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)));
        p.setPen(c.dim);
        p.drawText(QRectF(area.left(), Y(v) - sfm.height() / 2, left - area.left() - 4, sfm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(v));
    }
    const double minGap = sfm.horizontalAdvance(QStringLiteral("0000 s")) + 10;
    const double step = niceStep(end * minGap / plot.width());
    for (double t = 0; t <= end + 1e-9; t += step) {
        p.setPen(QPen(c.border, 1));
        p.drawLine(QPointF(X(t), plot.bottom()), QPointF(X(t), plot.bottom() + 4));
        p.setPen(c.dim);
        p.drawText(QRectF(X(t) - minGap / 2, plot.bottom() + 4, minGap, sfm.height()), Qt::AlignCenter, secondsText(t));
    }

    // Thresholds.
    auto threshold = [&](double v, const QColor& colour, const QString& label, bool above) {
        p.setPen(QPen(colour, 1.4, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)));
        p.setPen(c.text);
        const double ty = above ? Y(v) - sfm.height() - 1 : Y(v) + 1;
        p.drawText(QRectF(plot.left() + 4, std::max(plot.top(), ty), plot.width() - 8, sfm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
    };
    const bool close = std::abs(state_.failureThreshold - state_.slowThreshold) < 12;
    threshold(state_.failureThreshold, c.failureLine, tr("failure threshold %1 %").arg(state_.failureThreshold, 0, 'g', 4),
              true);
    threshold(state_.slowThreshold, c.slowLine, tr("slow-call threshold %1 %").arg(state_.slowThreshold, 0, 'g', 4),
              !close && state_.slowThreshold < 100);

    // The series: a line within one window (a transition starts a new one), a mark at each point.
    auto series = [&](bool slow, const QColor& colour) {
        QPen pen(colour, 2, slow ? Qt::DashLine : Qt::SolidLine);
        for (std::size_t i = 0; i < state_.points.size(); ++i) {
            const auto& a = state_.points[i];
            const double va = slow ? a.slow : a.failure;
            if (i + 1 < state_.points.size() && state_.points[i + 1].epoch == a.epoch) {
                const auto& b = state_.points[i + 1];
                p.setPen(pen);
                p.drawLine(QPointF(X(a.t), Y(va)), QPointF(X(b.t), Y(slow ? b.slow : b.failure)));
            }
        }
        if (state_.points.size() > 400) return;  // marks only where they stay apart
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        for (const auto& a : state_.points) {
            const QPointF at(X(a.t), Y(slow ? a.slow : a.failure));
            if (slow)
                p.drawRect(QRectF(at.x() - 2.5, at.y() - 2.5, 5, 5));
            else
                p.drawEllipse(at, 3, 3);
        }
    };
    series(true, c.slowLine);
    series(false, c.failureLine);

    // Now.
    p.setPen(QPen(c.text, 1, Qt::DashLine));
    p.drawLine(QPointF(X(state_.now), plot.top()), QPointF(X(state_.now), plot.bottom()));
    p.setFont(small);
    const QString nowText = tr("now %1").arg(secondsText(state_.now));
    const double nw = sfm.horizontalAdvance(nowText) + 6;
    const double nx = X(state_.now) + nw + 4 > plot.right() ? X(state_.now) - nw - 2 : X(state_.now) + 3;
    // At the foot of the line, clear of the threshold labels along the top and middle.
    const QRectF nowBox(nx, plot.bottom() - sfm.height() - 3, nw, sfm.height());
    p.fillRect(nowBox, c.base);
    p.setPen(c.text);
    p.drawText(nowBox, Qt::AlignCenter, nowText);
    p.setFont(font);
}

}  // namespace stepwise::ui
