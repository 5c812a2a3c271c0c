#pragma once
// The queue's charts as data: one sample per bucket of virtual time (100 ms, 200 ms, 1 s, 2 s,
// 10 s, ... whichever keeps a run within 500 buckets), computed from one pass over the run by
// QueueMetricsRecorder. A bucket [k·w, (k+1)·w) is sampled at its end, (k+1)·w: the depth by
// state and the workers as they stand after its last event, and what happened inside it (jobs
// done, their latencies from first submission to done, retries coming back, dead letters) as
// rates per second or quantiles. Throughput is over the last second up to the bucket's end (the
// buckets in it; a bucket of a second or more alone), so 100 ms buckets do not make it a comb. The views draw these series; they compute nothing.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/queue/QueueSimulation.h"
#include "core/sim/TimeSeries.h"

namespace stepwise::queue {

struct QueueMetrics {
    sim::Time bucket = 100 * sim::millisecond;  // the width of a bucket
    // Samples' `at` is the bucket's end in µs of virtual time.
    sim::TimeSeries ready{"ready"}, inFlight{"in flight"}, delayed{"delayed"}, dead{"dead letters"};
    sim::TimeSeries throughput{"jobs done per second"};  // over the second up to the bucket's end
    sim::TimeSeries p50{"latency p50 (ms)"}, p99{"latency p99 (ms)"};  // 0 in a bucket with none done
    sim::TimeSeries retries{"retries per second"};  // jobs back in the queue after a backoff or a timeout
    sim::TimeSeries deadLettered{"dead-lettered per second"};
    sim::TimeSeries workers{"workers"};  // alive at the bucket's end

    std::size_t size() const { return ready.size(); }
    /// Buckets finished by virtual time `now` (their end at or before it); all of them at the
    /// run's end (`finished`), the last bucket ending after the last event.
    std::size_t countAt(sim::Time now, bool finished) const;
    /// Every series, in the order above (a chart or the CSV walks them).
    std::vector<const sim::TimeSeries*> all() const;
    /// The first `count` buckets as CSV: a header `time_s,ready,...`, then one row per bucket.
    std::string csv(std::size_t count) const;
};

/// Feeds on a QueueSim after each of its steps and builds its QueueMetrics.
class QueueMetricsRecorder {
  public:
    static constexpr std::size_t maxBuckets = 500;
    /// `jobs`: the run's job count. `minBucket`: the narrowest bucket (to line up two runs).
    explicit QueueMetricsRecorder(std::size_t jobs, sim::Time minBucket = 100 * sim::millisecond);

    /// Call after every step of the simulation, with the simulation.
    void record(const QueueSim& sim);
    /// The series, the last bucket closed at the simulation's time.
    QueueMetrics finish(const QueueSim& sim);

  private:
    struct Bucket {
        std::size_t ready = 0, inFlight = 0, delayed = 0, dead = 0;
        std::uint32_t workers = 0;
        std::size_t done = 0, retries = 0, deadLettered = 0;
        std::vector<sim::Time> latencies;
    };
    void advanceTo(sim::Time t);
    void merge();

    sim::Time width_;
    std::vector<Bucket> buckets_;  // buckets_.back() is the open one
    Bucket state_;                 // the depth after the last event
    std::vector<sim::Time> submitted_;
    std::size_t deadTotal_ = 0;
    bool fiveNext_ = false;  // widths go ×2, ×5, ×2, ×5: 100 ms, 200 ms, 1 s, 2 s, 10 s
};

/// The q-quantile of sorted values by nearest rank (the smallest value with at least q of them at
/// or below it); 0 for none.
sim::Time nearestRank(const std::vector<sim::Time>& sorted, double q);

/// Records the metrics of a whole run of `config` (from its start to its end).
QueueMetrics recordMetrics(const QueueConfig& config, sim::Time minBucket = 100 * sim::millisecond);

/// One run of the jitter comparison as the CLI prints it: its counts at the end, and the moment
/// each retry came back to the queue (a backoff over, or a visibility timeout not dead-lettered:
/// what the retries chart counts).
struct JitterRun {
    std::size_t submitted = 0, completed = 0, retried = 0, deadLettered = 0;
    std::vector<sim::Time> retryTimes;  // in order

    /// The most retries back within one window [t, t + window) of virtual time (the herd's
    /// height), and the first retry time t where it is reached (-1 without retries).
    std::pair<std::size_t, sim::Time> peak(sim::Time window) const;
    /// Retries back per bucket [k·width, (k+1)·width), `count` buckets from 0.
    std::vector<std::size_t> perBucket(sim::Time width, std::size_t count) const;
};

/// The same workload and seed with retries without jitter and with full jitter, on buckets of one
/// width: the thundering herd beside its cure.
struct JitterComparison {
    QueueMetrics none, full;
    sim::Time endNone = 0, endFull = 0;
    JitterRun runNone, runFull;
};
JitterComparison compareJitter(const QueueConfig& config);

}  // namespace stepwise::queue
