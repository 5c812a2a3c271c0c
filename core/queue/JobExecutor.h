#pragma once
// The job queue on real threads, as a library: std::thread workers take jobs from one bounded
// concurrent queue (moodycamel's BlockingConcurrentQueue, bounded by a semaphore of free slots)
// and retry or dead-letter them by the same RetryPolicy as the simulated queue (QueueSimulation).
// A failed job sleeps out its backoff (scaled by timeScale: 0 retries at once) on its worker's
// own timer heap, so retries never wait for a slot and a full queue cannot deadlock the workers.
// Delivery is at least once: a job's handler runs once per attempt, at most maxReceives times,
// and each job ends exactly once, completed or dead-lettered.
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
};

struct ExecutorStats {
    std::uint64_t submitted = 0;
    std::uint64_t completed = 0;
    std::uint64_t retried = 0;
    std::uint64_t deadLettered = 0;
    std::uint64_t attempts = 0;
};

class JobExecutor {
  public:
    /// Runs one attempt: true on success. Called from worker threads, concurrently for different
    /// jobs; `attempt` counts from 1.
    using Handler = std::function<bool(std::uint64_t id, std::uint32_t attempt)>;

    /// Starts the workers. std::invalid_argument for no workers, a zero capacity, maxReceives
    /// outside 1..1000, a negative timeScale.
    JobExecutor(ExecutorConfig config, Handler handler);
    /// Stops the workers once every job is done (drain()), then joins them.
    ~JobExecutor();
    JobExecutor(const JobExecutor&) = delete;
    JobExecutor& operator=(const JobExecutor&) = delete;

    /// Queues a job; blocks while the queue is full. Thread-safe.
    void submit(std::uint64_t id);
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
