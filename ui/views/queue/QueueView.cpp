#include "ui/views/queue/QueueView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "core/queue/QueueNarration.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {

constexpr std::size_t maxBarsPerWorker = 400;  // the latest; older ones are too thin to see

/// The backoff's colour: a hue of its own (the Gantt's outcomes use the others).
QColor waitColour(bool dark) { return dark ? QColor(175, 140, 245) : QColor(115, 70, 190); }

double seconds(sim::Time t) { return static_cast<double>(t) / sim::second; }
QString duration(sim::Time t) { return QString::fromStdString(queue::durationText(t)); }
QString moment(sim::Time t) { return QString::fromStdString(queue::momentText(t)); }

QColor outcomeColour(queue::Outcome o, bool dark) {
    switch (o) {
        case queue::Outcome::Succeeded: return dark ? QColor(90, 190, 110) : QColor(40, 140, 60);
        case queue::Outcome::Failed: return dark ? QColor(230, 100, 90) : QColor(200, 50, 40);
        case queue::Outcome::TimedOut:
        case queue::Outcome::Late: return dark ? QColor(240, 170, 70) : QColor(210, 130, 20);
        case queue::Outcome::Killed: return QColor(130, 130, 130);
        case queue::Outcome::Running: return dark ? QColor(100, 160, 240) : QColor(40, 100, 200);
    }
    return Qt::gray;
}

}  // namespace

QueueView::QueueView(QWidget* parent) : PaintedView(parent) {
    setObjectName("queueView");
    setAccessibleName(tr("Job queue: lanes, workers and dead letters"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QueueViewState QueueView::fromRun(const queue::QueueItemRun& run) {
    const queue::QueueSim& sim = run.sim();
    const auto& c = sim.config();
    QueueViewState st;
    st.now = static_cast<double>(sim.now()) / sim::second;
    st.end = std::max(1e-3, static_cast<double>(run.endTime()) / sim::second);
    for (std::uint32_t p = 0; p < c.priorities; ++p) {
        const std::string name = queue::priorityName(p, c.priorities);
        st.laneNames.push_back(name.empty() ? tr("ready") : QString::fromStdString(name));
        std::vector<std::uint32_t> lane;
        for (const auto j : sim.lanes()[p]) lane.push_back(j + 1);
        st.lanes.push_back(std::move(lane));
    }
    for (std::size_t w = 0; w < sim.workers().size(); ++w) {
        const auto& worker = sim.workers()[w];
        QueueWorkerStrip strip;
        strip.alive = worker.status == queue::Worker::Status::Idle || worker.status == queue::Worker::Status::Busy;
        strip.label = QStringLiteral("w%1").arg(w + 1);
        if (worker.status == queue::Worker::Status::Killed) strip.label += tr(" (killed)");
        if (worker.status == queue::Worker::Status::Retired) strip.label += tr(" (retired)");
        strip.born = static_cast<double>(worker.born) / sim::second;
        strip.gone = worker.gone >= 0 ? static_cast<double>(worker.gone) / sim::second : -1;
        st.workers.push_back(std::move(strip));
    }
    // Deliveries up to now, from the run's histories (an outcome later than now is still running).
    const auto& histories = run.histories();
    for (std::size_t j = 0; j < histories.size(); ++j)
        for (const auto& a : histories[j].attempts) {
            if (a.received > sim.now() || a.worker >= st.workers.size()) continue;
            const bool over = a.ended >= 0 && a.ended <= sim.now();
            // A killed worker's strip stops where it died; what it held is shown as killed there.
            const sim::Time gone = sim.workers()[a.worker].gone;
            const bool cut = gone >= 0 && gone <= sim.now() && (!over || a.ended > gone);
            QueueBar bar;
            bar.from = static_cast<double>(a.received) / sim::second;
            bar.to = static_cast<double>(cut ? std::max(a.received, gone) : over ? a.ended : sim.now()) / sim::second;
            bar.outcome = cut ? queue::Outcome::Killed : over ? a.outcome : queue::Outcome::Running;
            bar.job = static_cast<std::uint32_t>(j + 1);
            st.workers[a.worker].bars.push_back(bar);
        }
    for (auto& strip : st.workers) {
        std::sort(strip.bars.begin(), strip.bars.end(), [](const QueueBar& a, const QueueBar& b) { return a.from < b.from; });
        if (strip.bars.size() > maxBarsPerWorker)
            strip.bars.erase(strip.bars.begin(), strip.bars.end() - static_cast<std::ptrdiff_t>(maxBarsPerWorker));
    }
    for (const auto j : sim.deadLetters()) {
        const auto& h = histories[j];
        std::size_t tries = 0;
        sim::Time last = 0;
        QString how;
        for (const auto& a : h.attempts)
            if (a.received <= sim.now()) {
                ++tries;
                if (a.ended >= 0 && a.ended <= sim.now()) {
                    last = a.ended;
                    how = QString::fromUtf8(queue::outcomeName(a.outcome).data());
                }
            }
        st.deadLetters.push_back(tr("job %1 · %2 tries · %3 at %4")
                                     .arg(j + 1)
                                     .arg(tries)
                                     .arg(how)
                                     .arg(QString::fromStdString(queue::momentText(last))));
    }
    // Each delayed job's backoff, as the core recorded it: drawn, its range, when it is back.
    const auto kind = c.retry.backoff.kind;
    const auto waits = run.waits();
    for (const auto& w : waits) {
        QueueWait wait;
        wait.job = w.job + 1;
        wait.failedAt = seconds(w.failedAt);
        wait.visibleAt = seconds(w.visibleAt);
        wait.low = seconds(w.range.low);
        wait.high = seconds(w.range.high);
        const QString receives = tr("receive %1 of %2").arg(w.receives).arg(c.retry.maxReceives);
        const QString range = w.range.low == w.range.high
                                  ? tr("exact, no jitter")
                                  : tr("%1 – %2").arg(duration(w.range.low), duration(w.range.high));
        wait.label = tr("%1 · %2 (%3)").arg(receives, duration(w.delay), range);
        wait.labelShort = tr("%1 · %2").arg(receives, duration(w.delay));
        wait.tip = tr("job %1, %2: failed at %3, sleeps %4 (%5: %6), visible again at %7")
                       .arg(wait.job)
                       .arg(receives, moment(w.failedAt), duration(w.delay),
                            QString::fromStdString(queue::backoffLabel(kind)), range, moment(w.visibleAt));
        st.waits.push_back(std::move(wait));
    }
    st.waitsTitle = tr("Backoff with %1, %2 · %3 delayed")
                        .arg(QString::fromStdString(queue::backoffLabel(kind)),
                             QString::fromStdString(queue::backoffFormula(kind)))
                        .arg(waits.size());
    st.waitsTitleShort = tr("Backoff with %1 · %2 delayed")
                             .arg(QString::fromStdString(queue::backoffLabel(kind)))
                             .arg(waits.size());
    st.counts = tr("ready %1 · in flight %2 · delayed %3 · dead letters %4 · done %5 of %6 · workers %7")
                    .arg(sim.ready())
                    .arg(sim.inFlight())
                    .arg(sim.delayed())
                    .arg(sim.dead())
                    .arg(sim.completed())
                    .arg(c.jobs)
                    .arg(sim.activeWorkers());
    return st;
}

double QueueView::paintWaits(QPainter& p, double y, double height, double x0, double x1, double scale,
                             double line) {
    const bool dark = isDarkPalette(this);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dimText = palette().color(QPalette::PlaceholderText);
    const QColor solid = waitColour(dark);
    QColor faint = solid;
    faint.setAlpha(dark ? 80 : 60);
    QColor edge = solid;
    edge.setAlpha(170);
    const QFontMetricsF fm(p.font());
    const double bottom = y + height;
    // A rule and the heading: what the rows below are, in words, with a key on the right (the
    // sleep drawn, solid; what the formula could draw, faint).
    y += 2;
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(QPointF(8, y), QPointF(x1, y));
    const QString drawn = tr("sleep drawn"), could = tr("its formula's range");
    const double keyWidth = 14 + fm.horizontalAdvance(drawn) + 12 + 14 + fm.horizontalAdvance(could);
    const bool key = x1 - 8 - keyWidth > 200;
    const double titleWidth = x1 - 8 - (key ? keyWidth + 12 : 0);
    p.setPen(text);
    // The formula when it fits, else without it.
    const QString& title =
        fm.horizontalAdvance(state_.waitsTitle) <= titleWidth ? state_.waitsTitle : state_.waitsTitleShort;
    p.drawText(QRectF(8, y, titleWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(title, Qt::ElideRight, titleWidth));
    if (key) {
        double kx = x1 - keyWidth;
        p.setPen(Qt::NoPen);
        p.setBrush(solid);
        p.drawRect(QRectF(kx, y + line * 0.35, 10, line * 0.3));
        p.setPen(text);
        p.drawText(QPointF(kx + 14, y + fm.ascent() + 2), drawn);
        kx += 14 + fm.horizontalAdvance(drawn) + 12;
        p.setPen(QPen(edge, 1));
        p.setBrush(faint);
        p.drawRect(QRectF(kx, y + 4, 10, line - 8));
        p.setPen(text);
        p.drawText(QPointF(kx + 14, y + fm.ascent() + 2), could);
    }
    y += line;
    waitsHeading_ = QRectF(0, y - line, x1, line);
    const auto count = static_cast<double>(state_.waits.size());
    const double row = std::clamp((bottom - y) / count, 3.0, line);
    const bool roomy = row >= line - 0.01;
    const auto labelEvery = static_cast<std::size_t>(std::ceil(line / row));
    // Rows that do not fit leave a line for "+N more delayed".
    const double limit = bottom - (row * count > bottom - y + 0.5 ? line : 0);
    std::size_t hidden = 0;
    for (std::size_t i = 0; i < state_.waits.size(); ++i) {
        const QueueWait& w = state_.waits[i];
        if (y + row > limit + 0.01) {
            hidden = state_.waits.size() - i;
            break;
        }
        const double barTop = y + (roomy ? 3 : 0.5), barHeight = std::max(2.0, roomy ? line - 8 : row - 1);
        if (i % labelEvery == 0 && (roomy || y + line <= limit + 0.01)) {  // a label never runs into "+N more"
            p.setPen(text);
            p.drawText(QRectF(8, y, x0 - 8, roomy ? line : row * static_cast<double>(labelEvery)),
                       Qt::AlignLeft | Qt::AlignTop, tr("job %1").arg(w.job));
        }
        WaitGeometry g;
        g.job = w.job;
        // The range first, behind: from failure + low to failure + high (outlined when rows are
        // tall enough to keep the outlines apart).
        if (w.high > w.low) {
            g.range = QRectF(x0 + (w.failedAt + w.low) * scale, barTop - (roomy ? 2 : 0),
                             std::max(1.0, (w.high - w.low) * scale), barHeight + (roomy ? 4 : 0));
            p.setPen(roomy ? QPen(edge, 1) : QPen(Qt::NoPen));
            p.setBrush(faint);
            p.drawRect(g.range);
        }
        // The sleep drawn: solid, from the failure to when it is visible again.
        const double inset = roomy ? barHeight * 0.2 : 0;
        g.bar = QRectF(x0 + w.failedAt * scale, barTop + inset, std::max(2.0, (w.visibleAt - w.failedAt) * scale),
                       barHeight - 2 * inset);
        p.setPen(Qt::NoPen);
        p.setBrush(solid);
        p.drawRect(g.bar);
        // Its end, the moment it is back, marked by shape too.
        if (roomy) {
            p.setBrush(text);
            p.drawRect(QRectF(g.bar.right() - 1, barTop, 2, barHeight));
        }
        if (roomy) {
            // The whole label after the bar, else before it; else the short one (the range is drawn
            // and in the tooltip) likewise; only when even that fits neither side, elided on the roomier.
            const double after = std::max(g.bar.right(), g.range.right()) + 6, before = g.bar.left() - 6;
            const double roomAfter = std::max(0.0, x1 - after), roomBefore = std::max(0.0, before - x0);
            bool placed = false;
            for (const QString* candidate : {&w.label, &w.labelShort}) {
                const double width = fm.horizontalAdvance(*candidate);
                if (candidate->isEmpty() || (width > roomAfter && width > roomBefore)) continue;
                g.labelText = *candidate;
                g.label = width <= roomAfter ? QRectF(after, y, width, line) : QRectF(before - width, y, width, line);
                placed = true;
                break;
            }
            if (!placed) {
                const QString& shortest = w.labelShort.isEmpty() ? w.label : w.labelShort;
                const double room = std::max(roomAfter, roomBefore);
                g.labelText = fm.elidedText(shortest, Qt::ElideRight, room);
                const double width = fm.horizontalAdvance(g.labelText);
                g.label = roomAfter >= roomBefore ? QRectF(after, y, width, line) : QRectF(before - width, y, width, line);
            }
            p.setPen(text);
            // A pixel of slack: the measured advance is fractional and drawText must not elide again.
            p.drawText(g.label.adjusted(0, 0, 1, 0), Qt::AlignLeft | Qt::AlignVCenter, g.labelText);
        }
        paintedWaits_.push_back(g);
        y += row;
    }
    if (hidden > 0) {
        p.setPen(dimText);
        p.drawText(QPointF(8, y + fm.ascent()), tr("+%1 more delayed").arg(hidden));
        y += line;
    }
    return y;
}

bool QueueView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip && paintedSize_ == QSizeF(size())) {
        const QPointF at = static_cast<QHelpEvent*>(e)->pos();
        for (const auto& g : paintedWaits_) {
            const QRectF hit = g.bar.united(g.range.isNull() ? g.bar : g.range).adjusted(-2, -2, 2, 2);
            if (!hit.contains(at)) continue;
            for (const auto& w : state_.waits)
                if (w.job == g.job) QToolTip::showText(static_cast<QHelpEvent*>(e)->globalPos(), w.tip, this);
            return true;
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return PaintedView::event(e);
}

void QueueView::setState(QueueViewState state) {
    state_ = std::move(state);
    update();
}

qreal QueueView::contentHeight(qreal) const {
    // paintContent's rows at full height: counts, lanes, workers, backoffs with their heading, the
    // now label and the legend; or the dead-letter list beside them when it is longer.
    const QFontMetricsF fm(font());
    const double line = fm.height() + 4, margin = 8;
    const double top = margin + line * 1.4 + static_cast<double>(state_.lanes.size()) * line + line * 0.5;
    const double waits = state_.waits.empty() ? 0 : static_cast<double>(state_.waits.size() + 1) * line + 2;
    const double strips = top + static_cast<double>(std::max<std::size_t>(1, state_.workers.size())) * line + waits +
                          line * 2.6 + margin;
    const double letters = top + static_cast<double>(state_.deadLetters.size() + 1) * line + margin;
    return std::min(std::max(strips, letters), 4000.0);
}

void QueueView::paintContent(QPainter& p, const QSizeF& size) {
    const bool dark = isDarkPalette(this);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor faint = palette().color(QPalette::Mid);
    // A killed worker's name is dimmed but still text: the palette's placeholder colour meets 4.5:1.
    const QColor dimText = palette().color(QPalette::PlaceholderText);
    const QFontMetricsF fm(p.font());
    const double line = fm.height() + 4;
    const double margin = 8;
    double y = margin;
    p.setPen(text);
    p.drawText(QPointF(margin, y + fm.ascent()), state_.counts);
    y += line * 1.4;

    // Lanes: one row per priority, job chips in receive order.
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("w00 (retired)")) + 8;
    const double chipWidth = fm.horizontalAdvance(QStringLiteral("0000")) + 6;
    for (std::size_t lane = 0; lane < state_.lanes.size(); ++lane) {
        p.setPen(text);
        p.drawText(QPointF(margin, y + fm.ascent()), state_.laneNames[lane]);
        double x = margin + labelWidth;
        for (const auto job : state_.lanes[lane]) {
            if (x + chipWidth > size.width() - margin) {
                p.drawText(QPointF(x, y + fm.ascent()), QStringLiteral("…"));
                break;
            }
            const QRectF chip(x, y, chipWidth - 3, line - 3);
            p.setPen(faint);
            p.setBrush(palette().color(QPalette::Base));
            p.drawRoundedRect(chip, 3, 3);
            p.setPen(text);
            p.drawText(chip, Qt::AlignCenter, QString::number(job));
            x += chipWidth;
        }
        y += line;
    }
    y += line * 0.5;

    // Workers: a Gantt strip each over [0, end] seconds, the dead letters on the right.
    const double dlqWidth = std::min(size.width() * 0.3, 300.0);
    const double x0 = margin + labelWidth, x1 = size.width() - margin - dlqWidth - 12;
    const double scale = (x1 - x0) / state_.end;
    const double top = y;
    // The workers and the backoffs share the height above the footer (the now label, the legend):
    // all at full rows when they fit, else each a share (the backoffs at least a third).
    const double available = std::max(line, size.height() - y - line * 2.6);
    const auto workerCount = static_cast<double>(state_.workers.size());
    const auto waitRows = static_cast<double>(state_.waits.size() + 1);  // and the heading
    double workerRoom = available, waitRoom = 0;
    if (!state_.waits.empty()) {
        const double needW = workerCount * line, needD = waitRows * line;
        if (needW + needD <= available) {
            workerRoom = needW;
            waitRoom = available - needW;
        } else {
            const double share = available * waitRows / (waitRows + workerCount);
            waitRoom = std::clamp(share, std::min(needD, available / 3), std::min(needD, available * 0.6));
            workerRoom = available - waitRoom;
        }
    }
    // Many workers (the herd's 60) share the height: thinner rows, a label every few rows.
    const double row = state_.workers.empty() ? line : std::clamp(workerRoom / workerCount, 3.0, line);
    const auto labelEvery = static_cast<std::size_t>(std::ceil(line / row));
    // Rows that do not fit leave a line for "+N more".
    const double workerLimit = top + workerRoom - (row * workerCount > workerRoom + 0.5 ? line : 0);
    std::size_t hidden = 0;
    for (std::size_t w = 0; w < state_.workers.size(); ++w) {
        const auto& strip = state_.workers[w];
        if (y + row > workerLimit + 0.01) {
            hidden = state_.workers.size() - w;
            break;
        }
        if (w % labelEvery == 0) {
            p.setPen(strip.alive ? text : dimText);
            p.drawText(QRectF(margin, y, labelWidth, line), Qt::AlignLeft | Qt::AlignTop, strip.label);
        }
        const double barTop = y + (row >= line ? 2 : 0.5), barHeight = std::max(2.0, row >= line ? line - 6 : row - 1);
        // The worker's life: a thin line from when it was added to when it went, with end marks.
        const double mid = barTop + barHeight / 2;
        const double lifeFrom = x0 + strip.born * scale;
        const double lifeTo = x0 + (strip.gone >= 0 ? strip.gone : state_.now) * scale;
        p.setPen(QPen(dimText, 1));
        p.drawLine(QPointF(lifeFrom, mid), QPointF(lifeTo, mid));
        if (strip.born > 0) p.drawLine(QPointF(lifeFrom, barTop), QPointF(lifeFrom, barTop + barHeight));
        if (strip.gone >= 0) p.drawLine(QPointF(lifeTo, barTop), QPointF(lifeTo, barTop + barHeight));
        p.setPen(Qt::NoPen);
        for (const auto& bar : strip.bars) {
            const QRectF r(x0 + bar.from * scale, barTop, std::max(2.0, (bar.to - bar.from) * scale), barHeight);
            p.setBrush(outcomeColour(bar.outcome, dark));
            p.drawRect(r);
            // A failure is also marked by shape: a notch on top, so colour is not the only cue.
            if (bar.outcome == queue::Outcome::Failed && row >= line) {
                p.setBrush(text);
                p.drawRect(QRectF(r.right() - 2, r.top() - 2, 2, r.height() + 4));
            }
        }
        y += row;
    }
    if (row < line) y = std::max(y, top + line);
    if (hidden > 0) {
        p.setPen(dimText);
        p.drawText(QPointF(margin, y + fm.ascent()), tr("+%1 more").arg(hidden));
        if (!state_.waits.empty()) y += line;
    }
    paintedWaits_.clear();
    paintedSize_ = size;
    if (!state_.waits.empty()) y = paintWaits(p, y, top + workerRoom + waitRoom - y, x0, x1, scale, line);
    p.setPen(QPen(text, 1, Qt::DashLine));
    const double nowX = x0 + state_.now * scale;
    if (state_.waits.empty()) {
        p.drawLine(QPointF(nowX, top), QPointF(nowX, y));
    } else {  // across the workers and the backoffs, not through the backoffs' heading
        p.drawLine(QPointF(nowX, top), QPointF(nowX, waitsHeading_.top()));
        p.drawLine(QPointF(nowX, waitsHeading_.bottom()), QPointF(nowX, y));
    }
    p.drawText(QPointF(std::min(nowX + 3, x1 - 60), y + fm.ascent()),
               QString::fromStdString(queue::momentText(static_cast<sim::Time>(state_.now * sim::second))));
    y += line * 1.2;
    // Legend, in words as well as colour.
    double lx = x0;
    const std::pair<queue::Outcome, QString> legend[] = {{queue::Outcome::Running, tr("running")},
                                                        {queue::Outcome::Succeeded, tr("succeeded")},
                                                        {queue::Outcome::Failed, tr("failed (notched)")},
                                                        {queue::Outcome::TimedOut, tr("timed out")},
                                                        {queue::Outcome::Killed, tr("worker gone")}};
    for (const auto& entry : legend) {
        p.setPen(Qt::NoPen);
        p.setBrush(outcomeColour(entry.first, dark));
        p.drawRect(QRectF(lx, y + 3, 10, line - 8));
        p.setPen(text);
        p.drawText(QPointF(lx + 14, y + fm.ascent()), entry.second);
        lx += 24 + fm.horizontalAdvance(entry.second);
    }

    // Dead-letter queue.
    const double dx = size.width() - margin - dlqWidth;
    double dy = top;
    p.setPen(text);
    p.drawText(QPointF(dx, dy + fm.ascent()), tr("Dead-letter queue (%1)").arg(state_.deadLetters.size()));
    dy += line;
    for (const auto& entry : state_.deadLetters) {
        if (dy + line > size.height() - margin) {
            p.drawText(QPointF(dx, dy + fm.ascent()), QStringLiteral("…"));
            break;
        }
        p.drawText(QRectF(dx, dy, dlqWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(entry, Qt::ElideRight, dlqWidth));
        dy += line;
    }
}

}  // namespace stepwise::ui
