#pragma once
// The job queue at one step: the ready lanes by priority (job chips, highest priority on top), each
// worker's Gantt strip over virtual time (one bar per delivery, by outcome, with a "now" line), and
// the dead-letter queue with each job's history. Renders a QueueViewState; fromRun() extracts it.
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

struct QueueViewState {
    std::vector<QString> laneNames;
    std::vector<std::vector<std::uint32_t>> lanes;  // ready job ids (from 1), in receive order
    std::vector<QueueWorkerStrip> workers;
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

    QSize sizeHint() const override { return {900, 520}; }
    QSize minimumSizeHint() const override { return {480, 300}; }

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;

  private:
    QueueViewState state_;
};

}  // namespace stepwise::ui
