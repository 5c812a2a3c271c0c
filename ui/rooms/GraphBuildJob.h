#pragma once
// One graph run built off the GUI thread: the algorithm (recorded) and, for a graph not drawn
// before, its layout. The window stays responsive meanwhile; the room shows fraction() and may
// cancel(). The outcome comes back on the GUI thread through `done`, and never after cancel(): a
// cancelled job finishes its current piece of work in the background and drops what it made. A job
// deletes itself once its worker has finished.
#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>

#include "core/graph/GraphItemRun.h"
#include "core/layout/GraphLayout.h"

namespace stepwise::ui {

class GraphBuildJob : public QObject {
    Q_OBJECT
  public:
    struct Outcome {
        std::unique_ptr<graph::GraphItemRun> run;
        std::shared_ptr<const layout::GraphLayout> layout;  // null when none was asked for
        std::exception_ptr error;                           // what the build threw, if anything
    };
    using Build = std::function<std::unique_ptr<graph::GraphItemRun>()>;
    using Done = std::function<void(Outcome&)>;

    /// `build` makes the run (on the worker thread); with `layoutOf` the job also lays that graph out.
    GraphBuildJob(Build build, std::shared_ptr<const graph::Graph> layoutOf, Done done, QObject* parent);
    /// Waits for the worker (only a room being destroyed gets here with one still running).
    ~GraphBuildJob() override;

    void start();
    /// Stops waiting for the outcome: `done` is not called; the worker is told to stop early.
    void cancel();
    bool isRunning() const { return thread_ && thread_->isRunning(); }
    bool isCancelled() const { return cancelled_; }
    /// 0..1 during the layout (vertices placed), negative while the algorithm runs.
    double fraction() const;

  private:
    Build build_;
    std::shared_ptr<const graph::Graph> layoutOf_;
    Done done_;
    Outcome outcome_;  // written by the worker, read on the GUI thread after it finished
    layout::LayoutProgress progress_;
    std::atomic<bool> laying_{false};
    bool cancelled_ = false;
    QPointer<QThread> thread_;
};

}  // namespace stepwise::ui
