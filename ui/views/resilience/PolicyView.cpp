#include "ui/views/resilience/PolicyView.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "core/resilience/PolicyItemRun.h"
#include "ui/views/resilience/PolicyPicture.h"

namespace stepwise::ui {

namespace {

using Shape = PolicyMark::Shape;

/// "1500 ms", "2.5 s": a moment or a span of virtual time, for labels.
QString timeText(double s) {
    if (std::abs(s) < 10.0) return QStringLiteral("%1 ms").arg(std::round(s * 1e4) / 10.0);
    return QStringLiteral("%1 s").arg(std::round(s * 100) / 100.0);
}

/// A tick step of 1, 2 or 5 × 10^k seconds giving at most `most` ticks over [0, end].
double tickStep(double end, int most) {
    const double raw = end / most;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= raw) return m * p;
    return 10 * p;
}

/// Draws one mark's symbol centred at c (r: its half-size). The shape tells it apart, not only the colour.
void drawSymbol(QPainter& p, Shape shape, QPointF c, double r, const PolicyColours& k) {
    p.save();
    switch (shape) {
        case Shape::Success:
        case Shape::Permitted:
            p.setPen(QPen(k.ok, 1.5));
            p.setBrush(k.ok);
            p.drawEllipse(c, r, r);
            break;
        case Shape::Failure:
        case Shape::Rejected:
            p.setPen(QPen(k.bad, 2.5, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
            p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
            break;
        case Shape::GaveUp:
            p.setPen(QPen(k.bad, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(c.x() - r - 2, c.y() - r - 2, 2 * r + 4, 2 * r + 4));
            p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
            p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
            break;
        case Shape::Waited: {
            QPainterPath tri;
            tri.moveTo(c + QPointF(0, -r));
            tri.lineTo(c + QPointF(r, r));
            tri.lineTo(c + QPointF(-r, r));
            tri.closeSubpath();
            p.setPen(QPen(k.wait, 1.5));
            p.setBrush(k.wait);
            p.drawPath(tri);
            break;
        }
        case Shape::Backoff:
            p.setPen(QPen(k.wait, 1.5));
            p.setBrush(QBrush(k.wait, Qt::BDiagPattern));
            p.drawRect(QRectF(c.x() - r, c.y() - r * 0.6, 2 * r, r * 1.2));
            break;
        case Shape::Clock:
            p.setPen(QPen(k.grid, 2));
            p.drawLine(c + QPointF(0, -r), c + QPointF(0, r));
            break;
    }
    p.restore();
}

struct LegendEntry {
    Shape shape;
    QString text;
};

}  // namespace

PolicyView::PolicyView(QWidget* parent) : PaintedView(parent) {
    setObjectName("policyView");
    setAccessibleName(tr("Resilience policy: timeline of attempts, requests or calls, and the policy's state"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(420, 260);
}

void PolicyView::setRun(const resilience::PolicyItemRun* run) {
    run_ = run;
    update();
}

void PolicyView::showStep() { update(); }

qreal PolicyView::contentHeight(qreal) const {
    // paintContent spreads the rows over the height it gets (18 to 70 px each); at about 48 px a
    // row, with the heading, axis, legend, the rate limiter's permits chart and the state panel on
    // the right (its longest list), the drawing needs no more.
    if (!run_) return 0;
    const PolicyPicture pic = policyPicture(*run_);
    const resilience::PolicyNow& st = pic.state;
    const QFontMetricsF fm(font());
    const double margin = 10, line = fm.height() + 4;
    const double rowsTop = margin + line * 2.2;
    // Below the rows: the axis and the legend; the rate limiter's chart takes 30 % of what is
    // under the heading, at least three lines.
    const double under = std::max(1, pic.rows) * 48.0 + line * 1.2 + line * 1.6 + margin;
    const double timeline = rowsTop + (pic.kind == resilience::PolicyKind::RateLimiter
                                           ? std::max(under + line * 3, under / 0.7)
                                           : under);
    double panel = rowsTop + line * 6;
    switch (pic.kind) {
        case resilience::PolicyKind::Retry: panel = rowsTop + line * 3 + std::min<std::uint32_t>(st.maxAttempts, 12) * 34.0; break;
        case resilience::PolicyKind::RateLimiter:  // the bucket's rows of six, then up to six lines of text
            panel = rowsTop + line * 7 + 26.0 * static_cast<double>((std::min<std::int64_t>(st.limitForPeriod, 24) + 5) / 6) + 12;
            break;
        case resilience::PolicyKind::Bulkhead:
            panel = rowsTop + line * 4 + 48.0 * std::min<std::uint32_t>(st.maxConcurrentCalls, 12) +
                    line * static_cast<double>(std::max<std::size_t>(1, st.waiting.size()));
            break;
    }
    return std::max({timeline, panel + margin + 8, 240.0});
}

void PolicyView::paintContent(QPainter& p, const QSizeF& size) {
    p.setRenderHint(QPainter::Antialiasing);
    const PolicyColours k = PolicyColours::forPalette(palette());
    p.fillRect(QRectF(QPointF(), size), k.base);
    paintedSlots_.clear();
    if (!run_) return;
    const PolicyPicture pic = policyPicture(*run_);
    const resilience::PolicyNow& st = pic.state;
    using resilience::PolicyKind;

    QFont base = font(), bold = font(), small = font();
    bold.setBold(true);
    small.setPointSizeF(std::max(9.0, base.pointSizeF() * 0.9));  // labels never under 9 pt
    const QFontMetricsF fm(base), sm(small);
    const double margin = 10, line = fm.height() + 4;
    double y = margin;

    // Heading: the policy's state now, in words.
    QString heading, counts;
    switch (pic.kind) {
        case PolicyKind::Retry:
            heading = st.operation == 0 ? tr("Retry: no operation yet")
                                        : tr("Retry · operation %1 · attempt %2 of %3")
                                              .arg(st.operation)
                                              .arg(st.ladder.empty() ? 0 : st.ladder.back().attempt)
                                              .arg(st.maxAttempts);
            counts = tr("operations so far: %1 succeeded, %2 failed").arg(st.succeeded).arg(st.failed);
            break;
        case PolicyKind::RateLimiter:
            heading = (st.permits < 0 ? tr("Token bucket · 0 of %2 permits (%1 reserved ahead) · next refresh at %3")
                                      : tr("Token bucket · %1 of %2 permits · next refresh at %3"))
                          .arg(std::abs(st.permits))
                          .arg(st.limitForPeriod)
                          .arg(timeText(static_cast<double>(st.nextRefresh) / resilience::second));
            counts = tr("requests so far: %1 permitted (%2 after a wait), %3 rejected")
                         .arg(st.permitted)
                         .arg(st.waited)
                         .arg(st.rejected);
            break;
        case PolicyKind::Bulkhead:
            heading = tr("Bulkhead · %1 of %2 slots busy · %3 waiting")
                          .arg(st.running.size())
                          .arg(st.maxConcurrentCalls)
                          .arg(st.waiting.size());
            counts = tr("calls so far: %1 permitted (%2 after a wait), %3 rejected")
                         .arg(st.permitted)
                         .arg(st.waited)
                         .arg(st.rejected);
            break;
    }
    p.setFont(bold);
    p.setPen(k.text);
    p.drawText(QPointF(margin, y + fm.ascent()), heading);
    y += line;
    p.setFont(small);
    p.setPen(k.dim);
    p.drawText(QPointF(margin, y + sm.ascent()), counts);
    y += line * 1.2;

    // Layout: the timeline on the left, the state now on the right.
    const double panelWidth = std::clamp(size.width() * 0.3, 200.0, 330.0);
    const double panelX = size.width() - margin - panelWidth;
    const QString rowNameSample = pic.kind == PolicyKind::Retry ? tr("op 0000") : tr("requests");
    const double labelWidth = sm.horizontalAdvance(rowNameSample) + 10;
    const double x0 = margin + labelWidth, x1 = panelX - 24;
    const double legendHeight = line * 1.6;
    const double axisHeight = line * 1.2;
    const double chartHeight = pic.kind == PolicyKind::RateLimiter ? std::max(line * 3, (size.height() - y) * 0.3) : 0;
    const double rowsTop = y;
    const double rowsBottom = size.height() - margin - legendHeight - axisHeight - chartHeight;
    const int rows = std::max(1, pic.rows);
    const double rowHeight = std::clamp((rowsBottom - rowsTop) / rows, 18.0, 70.0);
    const double span = pic.end * 1.04;
    auto xOf = [&](double t) { return x0 + (x1 - x0) * std::clamp(t / span, 0.0, 1.0); };
    auto rowMid = [&](int r) { return rowsTop + rowHeight * (r + 0.5); };
    const double r = std::min(6.0, rowHeight * 0.22);
    const double rowsEnd = rowsTop + rowHeight * rows;

    // Row names and guides.
    p.setFont(small);
    for (int row = 0; row < rows; ++row) {
        QString name;
        if (pic.kind == PolicyKind::Retry) name = tr("op %1").arg(pic.firstRow + row + 1);
        else if (pic.kind == PolicyKind::Bulkhead) name = row == rows - 1 ? tr("refused") : tr("slot %1").arg(row + 1);
        else name = tr("requests");
        p.setPen(k.text);
        p.drawText(QRectF(margin, rowsTop + rowHeight * row, labelWidth - 6, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   name);
        p.setPen(QPen(k.grid, 1, Qt::DotLine));
        p.drawLine(QPointF(x0, rowMid(row)), QPointF(x1, rowMid(row)));
    }

    // Refresh boundaries (rate limiter): dashed lines over the rows and the permits chart.
    const double chartTop = rowsEnd + 4, chartBottom = chartTop + chartHeight - 6;
    p.setPen(QPen(k.grid, 1, Qt::DashLine));
    for (double b : pic.boundaries) p.drawLine(QPointF(xOf(b), rowsTop), QPointF(xOf(b), chartBottom));

    // Waits and held slots first, the symbols over them.
    for (const auto& m : pic.marks) {
        // A bulkhead wait runs under the bar of the call it waits for, at the row's foot.
        const double cy = pic.kind == PolicyKind::Bulkhead && m.shape == Shape::Waited ? rowMid(m.row) + rowHeight * 0.4
                                                                                        : rowMid(m.row);
        if (m.waitTo > m.waitFrom) {
            p.setPen(QPen(k.wait, 1.5, m.shape == Shape::Backoff ? Qt::SolidLine : Qt::DashLine));
            p.setBrush(m.shape == Shape::Backoff ? QBrush(k.wait, Qt::BDiagPattern) : QBrush(Qt::NoBrush));
            p.drawRect(QRectF(QPointF(xOf(m.waitFrom), cy - r * 0.6), QPointF(xOf(m.waitTo), cy + r * 0.6)));
        }
        if (pic.kind == PolicyKind::Bulkhead && m.holdTo > m.waitTo) {
            const double mid = rowMid(m.row);
            const QRectF hold(QPointF(xOf(m.waitTo), mid - rowHeight * 0.3), QPointF(xOf(m.holdTo), mid + rowHeight * 0.3));
            p.setPen(QPen(m.current ? k.current : k.ok, m.current ? 2.5 : 1.5));
            p.setBrush(k.fill);
            p.drawRect(hold);
            const QString label = QString::number(m.number);
            if (hold.width() > sm.horizontalAdvance(label) + 4) {
                p.setPen(k.text);
                p.drawText(hold, Qt::AlignCenter, label);
            }
        }
    }
    for (const auto& m : pic.marks) {
        const double cy = m.shape == Shape::Clock ? rowsEnd : rowMid(m.row);
        // Bulkhead calls sit at their arrival, at the left end of their bar.
        const QPointF c(xOf(m.at), cy);
        if (pic.kind != PolicyKind::Bulkhead || m.shape != Shape::Permitted || m.holdTo <= m.waitTo)
            drawSymbol(p, m.shape, c, r, k);
        else
            drawSymbol(p, Shape::Permitted, c, r * 0.7, k);
        if (m.current) {
            p.setPen(QPen(k.current, 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r + 5, r + 5);
        }
    }

    // Permits in the bucket after each step (rate limiter): a step line, zero marked.
    if (pic.kind == PolicyKind::RateLimiter && chartHeight > 0) {
        const double most = static_cast<double>(std::max<std::int64_t>(st.limitForPeriod, 1));
        double least = 0;
        for (const auto& pt : pic.permitsLine) least = std::min(least, pt.second);
        auto yOf = [&](double v) { return chartBottom - (chartBottom - chartTop - sm.height()) * (v - least) / (most - least); };
        p.setFont(small);
        p.setPen(k.text);
        p.drawText(QRectF(margin, chartTop, labelWidth - 6, sm.height()), Qt::AlignLeft, tr("permits"));
        p.setPen(k.dim);
        p.drawText(QPointF(x0 - sm.horizontalAdvance(QString::number(most)) - 4, yOf(most) + sm.ascent() / 2),
                   QString::number(most));
        p.drawText(QPointF(x0 - sm.horizontalAdvance(QStringLiteral("0")) - 4, yOf(0) + sm.ascent() / 2), QStringLiteral("0"));
        p.setPen(QPen(k.grid, 1));
        p.drawLine(QPointF(x0, yOf(0)), QPointF(x1, yOf(0)));
        QPainterPath path;
        double prevX = x0, prevY = yOf(most);
        path.moveTo(prevX, prevY);
        for (const auto& pt : pic.permitsLine) {
            const double x = xOf(pt.first);
            path.lineTo(x, prevY);
            prevY = yOf(pt.second);
            path.lineTo(x, prevY);
            prevX = x;
        }
        path.lineTo(xOf(pic.now), prevY);
        p.setPen(QPen(k.current, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }

    // Time axis and the "now" line.
    const double axisY = pic.kind == PolicyKind::RateLimiter ? chartBottom + 4 : rowsEnd + 4;
    p.setPen(QPen(k.grid, 1));
    p.drawLine(QPointF(x0, axisY), QPointF(x1, axisY));
    const double step = tickStep(span, std::max(2, static_cast<int>((x1 - x0) / (sm.horizontalAdvance(QStringLiteral("0000.0 ms")) + 12))));
    p.setFont(small);
    for (double t = 0; t <= span + 1e-9; t += step) {
        const double x = xOf(t);
        p.setPen(QPen(k.grid, 1));
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        p.setPen(k.dim);
        const QString label = timeText(t);
        p.drawText(QPointF(std::min(x - sm.horizontalAdvance(label) / 2, x1 - sm.horizontalAdvance(label)), axisY + 4 + sm.ascent()),
                   label);
    }
    p.setPen(QPen(k.current, 1.5, Qt::DashLine));
    p.drawLine(QPointF(xOf(pic.now), rowsTop), QPointF(xOf(pic.now), axisY));

    // Legend: each mark in shape and words.
    std::vector<LegendEntry> legend;
    switch (pic.kind) {
        case PolicyKind::Retry:
            legend = {{Shape::Success, tr("succeeded")}, {Shape::Failure, tr("failed")},
                      {Shape::Backoff, tr("backoff wait")}, {Shape::GaveUp, tr("gave up")}, {Shape::Clock, tr("clock moved")}};
            break;
        case PolicyKind::RateLimiter:
            legend = {{Shape::Permitted, tr("permit at once")}, {Shape::Waited, tr("waited for a permit")},
                      {Shape::Rejected, tr("rejected (timeout)")}, {Shape::Clock, tr("clock moved")}};
            break;
        case PolicyKind::Bulkhead:
            legend = {{Shape::Permitted, tr("slot at once")}, {Shape::Waited, tr("waited for a slot")},
                      {Shape::Rejected, tr("rejected (maxWait)")}, {Shape::Clock, tr("clock moved")}};
            break;
    }
    double lx = margin, ly = size.height() - margin - line * 0.8;
    p.setFont(small);
    for (const auto& e : legend) {
        const double w = 22 + sm.horizontalAdvance(e.text) + 14;
        if (lx + w > x1 + 24) {
            lx = margin;
            ly -= line;
        }
        drawSymbol(p, e.shape, QPointF(lx + 7, ly), 5, k);
        p.setPen(k.text);
        p.drawText(QPointF(lx + 18, ly + sm.ascent() / 2 - 1), e.text);
        lx += w;
    }
    {
        const QString nowText = tr("now");
        p.setPen(QPen(k.current, 1.5, Qt::DashLine));
        p.drawLine(QPointF(lx + 2, ly - 6), QPointF(lx + 2, ly + 6));
        p.setPen(k.text);
        p.drawText(QPointF(lx + 8, ly + sm.ascent() / 2 - 1), nowText);
    }

    // The state now, on the right.
    double py = rowsTop;
    p.setPen(QPen(k.grid, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(panelX - 8, rowsTop - 6, panelWidth + 8, size.height() - margin - rowsTop), 6, 6);
    // Panel lines wrap at word boundaries rather than lose their ends ("timeoutDuration 0 ms").
    auto panelText = [&](const QString& text, const QColor& colour, const QFont& f) {
        p.setFont(f);
        p.setPen(colour);
        const QFontMetricsF m(f);
        const QRectF box(panelX, py, panelWidth - 8, m.height() * 3);
        const QRectF used = m.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        py += std::min(used.height(), box.height()) + 4;
    };
    const double panelBottom = size.height() - margin - 8;
    switch (pic.kind) {
        case PolicyKind::Retry: {
            panelText(st.operation == 0 ? tr("Attempt ladder") : tr("Attempt ladder · operation %1").arg(st.operation), k.text, bold);
            const std::uint32_t shown = std::min<std::uint32_t>(st.maxAttempts, 12);
            const double rung = std::clamp((panelBottom - py - line) / std::max<std::uint32_t>(shown, 1), 16.0, 34.0);
            for (std::uint32_t a = 1; a <= shown && py + rung <= panelBottom; ++a) {
                const resilience::AttemptRung* got = nullptr;
                for (const auto& g : st.ladder)
                    if (g.attempt == a) got = &g;
                const QPointF c(panelX + 12, py + rung / 2);
                p.setFont(small);
                if (got) {
                    drawSymbol(p, got->failed ? Shape::Failure : Shape::Success, c, 6, k);
                    if (&st.ladder.back() == got) {
                        p.setPen(QPen(k.current, 2.5));
                        p.setBrush(Qt::NoBrush);
                        p.drawEllipse(c, 11, 11);
                    }
                } else {
                    p.setPen(QPen(k.grid, 1.5, Qt::DashLine));
                    p.setBrush(Qt::NoBrush);
                    p.drawEllipse(c, 6, 6);
                }
                p.setPen(got ? k.text : k.dim);
                QString words = tr("attempt %1").arg(a);
                if (got) {
                    words += got->failed ? tr(" failed at %1") : tr(" succeeded at %1");
                    words = words.arg(timeText(static_cast<double>(got->at) / resilience::second));
                    if (got->waitBefore > 0)
                        words += tr(" · after %1").arg(timeText(static_cast<double>(got->waitBefore) / resilience::second));
                }
                p.drawText(QPointF(panelX + 28, c.y() + sm.ascent() / 2 - 1), sm.elidedText(words, Qt::ElideRight, panelWidth - 32));
                py += rung;
            }
            if (st.maxAttempts > shown) panelText(tr("… up to %1 attempts").arg(st.maxAttempts), k.dim, small);
            if (st.nextWait > 0)
                panelText(tr("waiting %1 before the next attempt").arg(timeText(static_cast<double>(st.nextWait) / resilience::second)),
                          k.text, small);
            else if (st.finished)
                panelText(st.succeededNow ? tr("the operation succeeded") : tr("the operation failed: attempts spent"), k.text, small);
            break;
        }
        case PolicyKind::RateLimiter: {
            panelText(tr("Token bucket"), k.text, bold);
            const std::int64_t n = st.limitForPeriod;
            const std::int64_t have = std::clamp<std::int64_t>(st.permits, 0, n);
            const double bucketTop = py + 2;
            if (n <= 24) {
                const int perRow = 6;
                const double cell = std::min(26.0, (panelWidth - 30) / perRow);
                const int lines = static_cast<int>((n + perRow - 1) / perRow);
                const QRectF bucket(panelX + 4, bucketTop, cell * perRow + 12, cell * lines + 12);
                p.setPen(QPen(k.text, 2));
                p.drawLine(bucket.topLeft(), bucket.bottomLeft());
                p.drawLine(bucket.bottomLeft(), bucket.bottomRight());
                p.drawLine(bucket.bottomRight(), bucket.topRight());
                for (std::int64_t i = 0; i < n; ++i) {
                    const QPointF c(bucket.left() + 6 + cell * (static_cast<double>(i % perRow) + 0.5),
                                    bucket.bottom() - 6 - cell * (static_cast<double>(i / perRow) + 0.5));
                    if (i < have) {
                        p.setPen(QPen(k.ok, 1.5));
                        p.setBrush(k.ok);
                    } else {
                        p.setPen(QPen(k.grid, 1.5, Qt::DashLine));
                        p.setBrush(Qt::NoBrush);
                    }
                    p.drawEllipse(c, cell * 0.36, cell * 0.36);
                }
                py = bucket.bottom() + 8;
            } else {
                const QRectF gauge(panelX + 4, bucketTop, panelWidth - 16, 18);
                p.setPen(QPen(k.text, 1.5));
                p.setBrush(Qt::NoBrush);
                p.drawRect(gauge);
                p.setPen(Qt::NoPen);
                p.setBrush(k.ok);
                p.drawRect(QRectF(gauge.left(), gauge.top(), gauge.width() * static_cast<double>(have) / n, gauge.height()));
                py = gauge.bottom() + 8;
            }
            panelText(tr("%1 of %2 permits available").arg(have).arg(n), k.text, small);
            if (st.permits < 0) panelText(tr("%1 reserved ahead by waiting requests").arg(-st.permits), k.text, small);
            panelText(tr("cycle %1 – %2").arg(timeText(static_cast<double>(st.cycleStart) / resilience::second),
                                             timeText(static_cast<double>(st.nextRefresh) / resilience::second)),
                      k.dim, small);
            panelText(tr("limitRefreshPeriod %1 · timeoutDuration %2")
                          .arg(timeText(static_cast<double>(st.period) / resilience::second),
                               timeText(static_cast<double>(st.timeout) / resilience::second)),
                      k.dim, small);
            break;
        }
        case PolicyKind::Bulkhead: {
            panelText(tr("Slots (maxConcurrentCalls %1)").arg(st.maxConcurrentCalls), k.text, bold);
            const std::uint32_t shown = std::min<std::uint32_t>(st.maxConcurrentCalls, 12);
            auto slotText = [&](const resilience::SlotCall* held) {
                return held ? tr("call %1\nto %2").arg(held->call).arg(timeText(static_cast<double>(held->end) / resilience::second))
                            : tr("free");
            };
            // As many slots a row as fit their widest text (four at most): "to 450 ms" was cut at both ends.
            double widest = sm.horizontalAdvance(slotText(nullptr));
            for (const auto& c : st.running)
                for (const QString& line : slotText(&c).split('\n')) widest = std::max(widest, sm.horizontalAdvance(line));
            const int perRow = std::clamp(static_cast<int>((panelWidth - 8) / (widest + 16)), 1, 4);
            const double cell = (panelWidth - 8) / perRow;
            for (std::uint32_t s = 0; s < shown; ++s) {
                const QRectF box(panelX + cell * (s % perRow), py + 48.0 * (s / perRow), cell - 6, sm.height() * 2 + 8);
                const resilience::SlotCall* held = nullptr;
                for (const auto& c : st.running)
                    if (c.slot == s) held = &c;
                if (held) paintedSlots_.push_back({box, sm.horizontalAdvance(slotText(held).section('\n', 1))});
                p.setPen(QPen(held ? k.ok : k.grid, held ? 2 : 1, held ? Qt::SolidLine : Qt::DashLine));
                p.setBrush(held ? k.fill : QBrush(Qt::NoBrush));
                p.drawRoundedRect(box, 4, 4);
                p.setFont(small);
                p.setPen(held ? k.text : k.dim);
                p.drawText(box, Qt::AlignCenter, slotText(held));
            }
            py += 48.0 * ((shown + perRow - 1) / perRow) + 4;
            if (st.maxConcurrentCalls > shown) panelText(tr("… %1 slots in all").arg(st.maxConcurrentCalls), k.dim, small);
            panelText(tr("Waiting (%1) · maxWaitDuration %2")
                          .arg(st.waiting.size())
                          .arg(timeText(static_cast<double>(st.maxWait) / resilience::second)),
                      k.text, bold);
            for (const auto& w : st.waiting) {
                if (py + line > panelBottom) {
                    panelText(QStringLiteral("…"), k.dim, small);
                    break;
                }
                drawSymbol(p, Shape::Waited, QPointF(panelX + 6, py + sm.height() / 2), 5, k);
                const double keep = py;
                p.setFont(small);
                p.setPen(k.text);
                p.drawText(QPointF(panelX + 16, py + sm.ascent()),
                           sm.elidedText(tr("call %1 · gets a slot at %2 · deadline %3")
                                             .arg(w.call)
                                             .arg(timeText(static_cast<double>(w.start) / resilience::second),
                                                  timeText(static_cast<double>(w.deadline) / resilience::second)),
                                         Qt::ElideRight, panelWidth - 20));
                py = keep + sm.height() + 4;
            }
            if (st.waiting.empty()) panelText(tr("nobody waits"), k.dim, small);
            break;
        }
    }
}

}  // namespace stepwise::ui
