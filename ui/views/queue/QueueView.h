#pragma once
// The job queue at one step: the ready lanes by priority (job chips, highest priority on top), each
// worker's Gantt strip over virtual time (one bar per delivery, by outcome, with a "now" line), each
// delayed job's backoff on the same time axis (the sleep drawn, solid, from its failure to when it
// is visible again, over the range its formula could have drawn, faint, with its receive count),
// and the dead-letter queue with each job's history. Renders a QueueViewState; fromRun() extracts
// it from the core's state at the step (QueueItemRun::waits for the backoffs: nothing is computed
// here).
#include <QString>
#include <vector>

#include "core/queue/QueueItemRun.h"
#include "ui/views/common/PaintedView.h"

namespace stepwise::ui {

struct QueueBar {
    double from = 0, to = 0;  // seconds of virtual time
    queue::Outcome outcome = queue::Outcome::Running;
    std::uint32_t job = 0;
};

struct QueueWorkerStrip {
    QString label;   // "w1", "w2 (killed)"
    bool alive = true;
    double born = 0, gone = -1;  // seconds: added (by the auto-scaler after 0), killed or retired (-1: not)
    std::vector<QueueBar> bars;
};

/// A delayed job waiting out its backoff (times in seconds of virtual time).
struct QueueWait {
    std::uint32_t job = 0;  // from 1
    double failedAt = 0, visibleAt = 0;
    double low = 0, high = 0;  // the formula's range, from failedAt (low == high: no jitter)
    QString label;             // "receive 2 of 3 · 466.3 ms (0 ms – 1.00 s)"
    QString labelShort;        // "receive 2 of 3 · 466.3 ms", where the whole one does not fit
    QString tip;               // the same with its times, for the tooltip
};

struct QueueViewState {
    std::vector<QString> laneNames;
    std::vector<std::vector<std::uint32_t>> lanes;  // ready job ids (from 1), in receive order
    std::vector<QueueWorkerStrip> workers;
    std::vector<QueueWait> waits;      // by failure time
    QString waitsTitle;                // "Backoff with full jitter, U(0, expo(n)) · 2 delayed"
    QString waitsTitleShort;           // the same without the formula, for a narrow view
    std::vector<QString> deadLetters;  // "job 12 · 3 tries · failed at 2.79 s"
    QString counts;                    // "ready 3 · in flight 2 · delayed 1 · dead 0 · done 12"
    double now = 0, end = 1;           // seconds
};

class QueueView : public PaintedView {
    Q_OBJECT
  public:
    explicit QueueView(QWidget* parent = nullptr);

    static QueueViewState fromRun(const queue::QueueItemRun& run);
    void setState(QueueViewState state);
    const QueueViewState& state() const { return state_; }

    /// Where the last paint drew each delayed job's wait, in its coordinates: `bar` the sleep drawn,
    /// `range` the formula's range (empty without jitter), `label` its text's box (empty on rows too
    /// thin for text) and `labelText` the text drawn there.
    struct WaitGeometry {
        std::uint32_t job = 0;  // from 1
        QRectF bar, range, label;
        QString labelText;
    };
    const std::vector<WaitGeometry>& paintedWaits() const { return paintedWaits_; }

    QSize sizeHint() const override { return {900, 520}; }
    QSize minimumSizeHint() const override { return {480, 300}; }

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;
    qreal contentHeight(qreal width) const override;
    bool event(QEvent* e) override;

  private:
    /// Draws the backoff rows from `y` within `height` on the axis x0 + t·scale; returns the y below.
    double paintWaits(QPainter& p, double y, double height, double x0, double x1, double scale, double line);

    QueueViewState state_;
    std::vector<WaitGeometry> paintedWaits_;
    QSizeF paintedSize_;
    QRectF waitsHeading_;  // the last paint's backoff heading (the now line skips it)
};

}  // namespace stepwise::ui
