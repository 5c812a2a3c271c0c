#pragma once
// The job queue on real threads, as a library: std::thread workers take jobs from one bounded
// concurrent queue (moodycamel's BlockingConcurrentQueue, bounded by a semaphore of free slots)
// and retry or dead-letter them by the same RetryPolicy as the simulated queue (QueueSimulation).
// A failed job sleeps out its backoff (scaled by timeScale: 0 retries at once) on its worker's
// own timer heap, so retries never wait for a slot and a full queue cannot deadlock the workers.
// Delivery is at least once: a job's handler runs once per attempt, at most maxReceives times,
// and each job ends exactly once, completed or dead-lettered.
//
// Priorities: `priorities` lanes, 0 the highest; a worker takes ready jobs from the highest
// non-empty lane first (retries keep their job's lane). Visibility timeout (off by default): a
// delivery whose handler has not returned within visibilityTimeout µs of its start is taken back
// and delivered again, to another worker, with its receive count (or dead-lettered when that was
// the last allowed receive, as SQS does); when the slow handler returns at last its answer is
// refused (a late acknowledgement, counted) and changes nothing. So with a timeout two
// deliveries of one job may overlap: that is what at-least-once allows.
//
//   JobExecutor ex({.workers = 4, .retry = {3, {BackoffKind::Full, 1000, 100000}}},
//                  [](std::uint64_t id, std::uint32_t attempt) { return send(id); });
//   for (std::uint64_t id = 0; id < n; ++id) ex.submit(id);
//   ex.drain();  // every job completed or dead-lettered
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/queue/RetryPolicy.h"

namespace stepwise::queue {

struct ExecutorConfig {
    std::uint32_t workers = 2;
    std::size_t capacity = 4096;  // jobs waiting in the queue at most; submit() blocks beyond it
    RetryPolicy retry;
    double timeScale = 1;  // backoff µs × timeScale of real time
    std::uint64_t seed = 1;  // jitter: worker w draws from Random(seed + w)
    std::uint32_t priorities = 1;       // lanes, 1..16; submit()'s priority is below it
    std::int64_t visibilityTimeout = 0; // µs of real time a delivery may run; 0: no timeout
};

struct ExecutorStats {
    std::uint64_t submitted = 0;
    std::uint64_t completed = 0;
    std::uint64_t retried = 0;
    std::uint64_t deadLettered = 0;
    std::uint64_t attempts = 0;
    std::uint64_t timedOut = 0;   // deliveries taken back at their visibility timeout
    std::uint64_t lateAcks = 0;   // answers of such deliveries, refused when they came
};

class JobExecutor {
  public:
    /// Runs one attempt: true on success. Called from worker threads, concurrently for different
    /// jobs; `attempt` counts from 1.
    using Handler = std::function<bool(std::uint64_t id, std::uint32_t attempt)>;

    /// Starts the workers. std::invalid_argument for no workers, a zero capacity, maxReceives
    /// outside 1..1000, a negative timeScale, priorities outside 1..16, a negative timeout.
    JobExecutor(ExecutorConfig config, Handler handler);
    /// Stops the workers once every job is done (drain()), then joins them.
    ~JobExecutor();
    JobExecutor(const JobExecutor&) = delete;
    JobExecutor& operator=(const JobExecutor&) = delete;

    /// Queues a job in lane `priority` (0 the highest); blocks while the queue is full.
    /// std::invalid_argument for a priority >= config.priorities. Thread-safe.
    void submit(std::uint64_t id, std::uint32_t priority = 0);
    /// Blocks until every job submitted so far has completed or been dead-lettered.
    void drain();
    ExecutorStats stats() const;
    /// The ids of dead-lettered jobs, in the order they died (after drain(): all of them).
    std::vector<std::uint64_t> deadLetters() const;

  private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace stepwise::queue
