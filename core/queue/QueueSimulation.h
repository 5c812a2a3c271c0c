#pragma once
// An SQS-style job queue with a worker pool, on the discrete-event engine (core/sim/Engine.h).
// Producers submit jobs (steady, in bursts, or with a spike); ready jobs wait in lanes by priority;
// a worker receives up to `batch` jobs at a time, highest priority first, each then invisible for
// the visibility timeout; it runs them one after another, and each succeeds (acknowledged: done) or
// fails. A failed job waits out its backoff (delayed) and becomes ready again; one not acknowledged
// within its visibility timeout (its worker was killed, or it ran too long) becomes ready again as
// SQS does, so delivery is at least once. A job whose receive count would exceed maxReceiveCount
// goes to the dead-letter queue instead (RetryPolicy). An auto-scaler adds workers as the backlog
// per worker grows and retires them after a cool-down. Faults (FaultSchedule) change the failure
// rate, kill a worker, kill or retry a job by hand, redrive the dead letters.
//
// One step() is one engine event; every event changes something (timers of acknowledged jobs are
// cancelled, not skipped), and last() says what, for the narration. Copyable with the whole pending
// schedule and random state, so a CheckpointTimeline can seek back in it. Deterministic from its
// seed. Invariant after every step: submitted = completed + dead-lettered + ready + delayed +
// in flight.
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "core/queue/RetryPolicy.h"
#include "core/sim/Engine.h"
#include "core/sim/FaultSchedule.h"

namespace stepwise::queue {

using sim::Time;

enum class Producer : std::uint8_t { Steady, Bursts, Spike };

struct QueueConfig {
    std::size_t jobs = 40;
    std::uint32_t workers = 2;     // at the start
    std::uint32_t minWorkers = 2;  // the auto-scaler keeps within [minWorkers, maxWorkers]
    std::uint32_t maxWorkers = 2;  // autoscaling is on when maxWorkers > minWorkers
    double failureRate = 0.2;      // per attempt, 0..1
    RetryPolicy retry;
    Time visibilityTimeout = 30 * sim::second;
    Time meanService = 200 * sim::millisecond;  // exponentially distributed around it
    Producer producer = Producer::Steady;
    double rate = 10;              // jobs per second (Steady, and Spike outside the spike)
    std::uint32_t burst = 10;      // Bursts: jobs per burst
    Time burstEvery = 5 * sim::second;
    Time spikeAt = 2 * sim::second;  // Spike: the window and its rate
    Time spikeFor = 2 * sim::second;
    double spikeRate = 100;
    std::uint32_t priorities = 1;  // lanes; a job's priority is drawn uniformly, 0 the highest
    std::uint32_t batch = 1;       // jobs per receive
    std::uint32_t targetBacklog = 4;  // ready jobs per worker the auto-scaler aims at
    Time cooldown = 10 * sim::second;  // between a scaling action and a scale-in
    Time scaleEvery = sim::second;     // how often the auto-scaler looks
    sim::FaultSchedule faults;
    std::uint64_t seed = 1;
    /// Scripted outcomes (a practice question's instance): outcomes[j][d] is 'F' when delivery d
    /// (from 0, over redrives too) of job j fails, 'S' when it succeeds; deliveries beyond a
    /// job's script, and jobs beyond the list, draw from failureRate as usual.
    std::vector<std::string> outcomes;
};

enum class JobState : std::uint8_t { Unsubmitted, Ready, InFlight, Delayed, Dead, Done };

struct Job {
    Time enqueued = 0;         // submitted (or redriven)
    Time previousSleep = 0;    // decorrelated jitter's memory
    sim::EventId timer;        // the visibility timeout (in flight) or the backoff's end (delayed)
    std::uint32_t worker = 0;  // in flight: who received it (it may be dead since)
    std::uint32_t receipt = 0; // deliveries so far, over redrives too: names the current delivery
    std::uint16_t receives = 0;  // SQS's receive count (reset by a redrive)
    std::uint8_t priority = 0;
    JobState state = JobState::Unsubmitted;
};

struct Worker {
    enum class Status : std::uint8_t { Idle, Busy, Killed, Retired };
    Status status = Status::Idle;
    bool draining = false;            // retire when the batch is done
    bool polling = false;             // a Receive event is pending for it
    std::vector<std::uint32_t> batch; // received jobs, run in order
    std::uint32_t next = 0;           // index in batch of the job running
    std::vector<std::uint32_t> receipts;
    sim::EventId finish;
    Time started = 0;                 // the running job's start
    Time born = 0, gone = -1;
};

struct QueueEvent {
    enum class Kind : std::uint8_t { Arrival, Receive, Finish, Visibility, BackoffEnd, Scale, Fault };
    Kind kind = Kind::Arrival;
    std::uint32_t index = 0;    // Receive/Finish: the worker; Visibility/BackoffEnd: the job; Fault: the entry
    std::uint32_t receipt = 0;  // Finish/Visibility/BackoffEnd: the delivery it is about
};

/// What the last step did, for the narration and the views.
struct QueueStep {
    enum class Kind : std::uint8_t {
        None, Submitted, Received, Succeeded, Failed, Stale, BackoffOver, TimedOut, Scaled, Fault
    };
    Kind kind = Kind::None;
    std::uint32_t job = 0xFFFFFFFFu;
    std::uint32_t worker = 0xFFFFFFFFu;
    std::vector<std::uint32_t> jobs;  // Received: the batch
    bool deadLettered = false;        // Failed/TimedOut (and a JobKill fault)
    bool workerAlive = true;          // TimedOut: was the worker still running it
    std::int64_t delay = 0;           // Failed: the backoff drawn
    BackoffRange range;               // Failed: the range the formula drew it from
    std::uint32_t receives = 0;       // the job's receive count after the step
    std::uint32_t receipt = 0;        // Succeeded/Failed/Stale/TimedOut: the delivery (from 1)
    std::int32_t workersAdded = 0;    // Scaled: + added, − retired
    std::uint32_t desired = 0;        // Scaled: what the auto-scaler aimed at
    std::size_t backlog = 0;          // Scaled: ready jobs it saw
    std::size_t fault = 0;            // Fault: the entry in faults()
    std::size_t affected = 0;         // Fault: jobs it moved (redrive), 0 = none
};

class QueueSim {
  public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;

    /// InputError for a config out of range (see checkConfig) or a fault of another area, a
    /// worker or job that does not exist, a rate outside 0..1, a negative time.
    explicit QueueSim(QueueConfig config);

    /// One event. False once nothing is pending (the run is over).
    bool step();
    void runToEnd() {
        while (step()) {
        }
    }
    std::size_t position() const { return static_cast<std::size_t>(engine_.processed()); }
    bool finished() const { return engine_.idle(); }
    Time now() const { return engine_.now(); }
    /// The next event's time (endOfTime when none): what CheckpointTimeline::seekTime looks at.
    Time nextTime() const;

    const QueueConfig& config() const { return config_; }
    const QueueStep& last() const { return last_; }
    const std::vector<Job>& jobs() const { return jobs_; }
    const std::vector<Worker>& workers() const { return workers_; }
    /// Ready jobs per priority lane, in the order they will be received.
    const std::vector<std::deque<std::uint32_t>>& lanes() const { return lanes_; }
    /// The dead-letter queue, oldest first.
    const std::vector<std::uint32_t>& deadLetters() const { return dlq_; }
    double failureRate() const { return failureRate_; }

    std::size_t submitted() const { return submitted_; }
    std::size_t completed() const { return completed_; }
    std::size_t ready() const { return ready_; }
    std::size_t inFlight() const { return inFlight_; }
    std::size_t delayed() const { return delayed_; }
    std::size_t dead() const { return dlq_.size(); }
    /// Deliveries put back for another one (after a failure or a timeout).
    std::size_t retried() const { return retried_; }
    /// Jobs that entered the dead-letter queue, counting a redriven job again if it returns.
    std::size_t deadLettered() const { return deadLetteredTotal_; }
    /// Runs that finished after their delivery had timed out: done twice, or for nothing.
    std::size_t duplicates() const { return duplicates_; }
    std::size_t redriven() const { return redriven_; }
    std::size_t deliveries() const { return deliveries_; }
    /// Workers alive (idle or busy).
    std::uint32_t activeWorkers() const { return activeWorkers_; }
    const sim::Engine<QueueEvent>& engine() const { return engine_; }

  private:
    void handle(const QueueEvent& e);
    void arrive(std::uint32_t job);
    void receive(std::uint32_t worker);
    void finish(std::uint32_t worker, std::uint32_t receipt);
    void visibility(std::uint32_t job, std::uint32_t receipt);
    void backoffEnd(std::uint32_t job);
    void scale();
    void applyFault(std::size_t index);

    Time arrivalAfter(Time t, std::uint64_t submittedSoFar) const;
    void makeReady(std::uint32_t job);
    void deadLetter(std::uint32_t job);
    void startNext(std::uint32_t worker);
    void wakeIdle();
    void ensureScaler();
    std::uint32_t addWorker();
    void retire(std::uint32_t worker);
    void leaveInFlight(std::uint32_t job);

    QueueConfig config_;
    mutable sim::Engine<QueueEvent> engine_;  // mutable: nextTime() drops cancelled entries
    std::vector<Job> jobs_;
    std::vector<Worker> workers_;
    std::vector<std::deque<std::uint32_t>> lanes_;
    std::vector<std::uint32_t> dlq_;
    std::vector<std::uint32_t> idle_;  // idle workers with no poll pending
    std::size_t pollsPending_ = 0;
    QueueStep last_;
    double failureRate_ = 0;
    std::size_t submitted_ = 0, completed_ = 0, ready_ = 0, inFlight_ = 0, delayed_ = 0;
    std::size_t retried_ = 0, deadLetteredTotal_ = 0, duplicates_ = 0, redriven_ = 0, deliveries_ = 0;
    std::uint32_t activeWorkers_ = 0;
    bool scalerPending_ = false;
    Time lastScale_ = 0;
};

/// InputError for: no workers, maxReceives outside 1..1000, maxWorkers below minWorkers, workers
/// outside [minWorkers, maxWorkers], a timeout, service time, backoff base or period <= 0, cap
/// below base, a failure rate outside 0..1, a rate <= 0, zero priorities, batch or target.
void checkConfig(const QueueConfig& config);

}  // namespace stepwise::queue
