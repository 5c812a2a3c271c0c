#pragma once
// The job-queue room: the `queue` item (its presets: the thundering herd without and with jitter,
// the two side by side, auto-scaling, dead letters and a redrive). On the left the options as one
// line, as the CLI takes them (`--jobs 30 --workers 3 --faults kill-worker@1500ms=1`), with Run,
// the live controls, then the pseudo-code and the sentence; in the middle the lanes, the workers'
// Gantt strips and the dead-letter queue over tabs of charts (depth by state, throughput, latency,
// retries and dead letters, workers, the jitter comparison). One step is one event of the
// simulation; a group is one second of virtual time. The player, presets, apply (keeping the step)
// and the error banner are the scaffold's.
//
// A live control (failure rate up or down, kill a worker, kill or retry a job, redrive) adds an
// entry to the run's `--faults` at the next whole millisecond after the current step and applies
// the options again: the steps so far are the same, only what follows changes, and stepping back
// goes through the history as before.
#include "ui/rooms/RoomScaffold.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace stepwise::queue {
class QueueItemRun;
}

namespace stepwise::ui {

class QueueView;
class VirtualTimeChart;

class QueueRoom : public RoomScaffold {
    Q_OBJECT
  public:
    explicit QueueRoom(QWidget* parent = nullptr);
    ~QueueRoom() override;

    StepView* stepView() const override;
    /// The charts for export: depth, throughput, latency, retries, workers (and the jitter
    /// comparison when it is on); each one's CSV is the whole metrics table at the current step.
    QList<ChartExport> charts() const override;
    const queue::QueueItemRun* queueRun() const;
    QueueView* view() const { return view_; }
    QLineEdit* optionsEdit() const { return options_; }

    /// The live controls: each adds a fault at the current virtual time and runs again (false and
    /// the banner on bad input, e.g. a worker that does not exist).
    bool changeFailureRate(double delta);
    bool killWorker(int worker);  // from 1
    bool killJob(int job);        // from 1
    bool retryJob(int job);       // from 1
    bool redrive();
    /// Turns the jitter comparison (`--compare jitter`) on or off, keeping the step.
    bool setCompareJitter(bool on);

    VirtualTimeChart* depthChart() const { return depth_; }
    VirtualTimeChart* throughputChart() const { return throughput_; }
    VirtualTimeChart* latencyChart() const { return latency_; }
    VirtualTimeChart* retriesChart() const { return retries_; }
    VirtualTimeChart* workersChart() const { return workers_; }
    VirtualTimeChart* jitterChart() const { return jitterChart_; }
    QTabWidget* chartTabs() const { return tabs_; }
    /// The charts up to the current step as CSV (the core's QueueItemRun::metricsCsv).
    QString chartsCsv() const;

  protected:
    catalogue::Options editorOptions() const override;
    void setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) override;
    void runInstalled(run::Run& run) override;
    void showStep(run::Run& run) override;

  private:
    /// Adds `kind@<next ms>[=value]` to the run's faults and applies.
    bool addFault(const QString& kind, const QString& value);
    QWidget* buildLiveControls(QWidget* parent);
    void updateControls();

    QLineEdit* options_;
    QPushButton* run_;
    QueueView* view_;
    QLabel* rateLabel_;
    QSpinBox* worker_;
    QSpinBox* job_;
    QCheckBox* compare_;
    QTabWidget* tabs_;
    VirtualTimeChart* depth_;
    VirtualTimeChart* throughput_;
    VirtualTimeChart* latency_;
    VirtualTimeChart* retries_;
    VirtualTimeChart* workers_;
    VirtualTimeChart* jitterChart_;
    bool comparing_ = false;
};

}  // namespace stepwise::ui
