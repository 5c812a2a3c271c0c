#pragma once
// A run of the `queue` item: one engine event per step (a submit, a receive, an outcome, a timeout,
// a backoff ending, the auto-scaler, a fault), on a checkpointed timeline. Groups are the seconds
// of virtual time. Besides the cursor it keeps, from one pass over the whole run, every job's
// attempts (worker, times, outcome, backoff) for the result, the dead-letter list's histories and
// the worker Gantt strips, and the charts' series (QueueMetrics); asked to, it also runs the same
// workload without and with full jitter for the comparison chart.
#include <string>
#include <vector>

#include "core/queue/QueueMetrics.h"
#include "core/queue/QueueSimulation.h"
#include "core/run/CheckpointRun.h"

namespace stepwise::queue {

enum class Outcome : std::uint8_t { Running, Succeeded, Failed, TimedOut, Late, Killed };
/// "running", "succeeded", "failed", "timed out", "late", "killed".
std::string_view outcomeName(Outcome outcome);

/// One delivery of a job.
struct Attempt {
    std::uint32_t worker = 0;
    sim::Time received = 0;
    sim::Time ended = -1;     // its outcome's time; -1 while running
    std::int64_t backoff = -1;  // failed and retried: the sleep drawn
    BackoffRange backoffRange;  // with backoff: the formula's range it was drawn from
    Outcome outcome = Outcome::Running;
    bool deadLettered = false;  // this attempt's end sent the job to the dead-letter queue
    bool ranPastTimeout = false;  // it timed out while its worker still ran it (Late follows)
    // The steps (from 1) of the run where it was received, ended, and found late: what the
    // result so far (historiesAt) keeps of it at an earlier step.
    std::size_t receivedStep = 0, endedStep = 0, lateStep = 0;
};

struct JobHistory {
    std::uint8_t priority = 0;
    sim::Time submitted = -1;
    sim::Time done = -1;
    std::vector<Attempt> attempts;
    std::size_t submittedStep = 0, doneStep = 0;
};

/// A job waiting out its backoff (delayed) at the current step: what the queue view draws.
struct BackoffWait {
    std::uint32_t job = 0;       // from 0
    std::uint32_t receives = 0;  // its receive count (SQS's, reset by a redrive)
    sim::Time failedAt = 0;      // the failed delivery's end
    sim::Time visibleAt = 0;     // failedAt + delay: ready again then
    std::int64_t delay = 0;      // the sleep drawn
    BackoffRange range;          // the sleeps the formula could have drawn (delay is inside)
};

/// The histories as they stood after step `step`: later attempts dropped, later outcomes unknown.
std::vector<JobHistory> historiesAt(const std::vector<JobHistory>& histories, std::size_t step);

class QueueItemRun : public run::CheckpointRun<QueueSim> {
  public:
    static constexpr std::size_t checkpointEvery = 64;

    /// InputError for a config out of range (checkConfig) or a bad fault. `withJitter`: also
    /// run the workload with backoff without jitter and with full jitter (jitter()).
    explicit QueueItemRun(const QueueConfig& config, bool withJitter = false);

    const QueueConfig& config() const { return config_; }
    const QueueSim& sim() const { return state(); }
    /// Every job's attempts over the whole run (a view shows those before sim().now()).
    const std::vector<JobHistory>& histories() const { return histories_; }
    /// Every delayed job at the current step, by failure time (then job): when it failed, when it
    /// is visible again, and its backoff's range.
    std::vector<BackoffWait> waits() const;
    /// Virtual time at the end of the run.
    sim::Time endTime() const { return endTime_; }
    /// The charts' series over the whole run (a chart shows metrics().countAt(now) of them).
    const QueueMetrics& metrics() const { return metrics_; }
    /// Buckets of metrics() finished at the current step.
    std::size_t metricsShown() const { return metrics_.countAt(sim().now(), atEnd()); }
    /// The jitter comparison, when asked for (nullptr otherwise).
    const JitterComparison* jitter() const { return jitter_.empty() ? nullptr : &jitter_.front(); }
    /// Buckets of the comparison's run without (`full` false) or with full jitter finished at the
    /// current step's virtual time (all at the end); 0 without a comparison.
    std::size_t jitterShown(bool full) const;
    /// The charts up to the current step as CSV (and the comparison's retries, when there is one).
    std::string metricsCsv() const;
    /// The result as it stands at the current step (counts and histories so far).
    nlohmann::json resultSoFar() const override;

    /// What the constructor computes before the base class is built (one pass over the run).
    struct Prepared;

  private:
    QueueItemRun(const QueueConfig& config, Prepared prepared);

    QueueConfig config_;
    std::vector<JobHistory> histories_;
    sim::Time endTime_ = 0;
    QueueMetrics metrics_;
    std::vector<JitterComparison> jitter_;  // none or one
};

/// The item's result over a run to its end (what `run queue --json` prints under "result"), and
/// its text. Exposed for tests.
nlohmann::json queueResult(const QueueSim& end, const std::vector<JobHistory>& histories);
std::string queueResultText(const QueueSim& end, const std::vector<JobHistory>& histories);
/// Runs `sim` to its end, recording every job's attempts; calls onStep after each step if given.
std::vector<JobHistory> recordHistories(QueueSim& sim, const std::function<void(const QueueSim&)>& onStep = {});

}  // namespace stepwise::queue
