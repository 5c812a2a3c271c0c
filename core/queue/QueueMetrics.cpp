#include "core/queue/QueueMetrics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace stepwise::queue {

sim::Time nearestRank(const std::vector<sim::Time>& sorted, double q) {
    if (sorted.empty()) return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

std::size_t QueueMetrics::countAt(sim::Time now, bool finished) const {
    if (finished) return size();
    if (now < 0 || bucket <= 0) return 0;
    return std::min(size(), static_cast<std::size_t>(now / bucket));
}

std::vector<const sim::TimeSeries*> QueueMetrics::all() const {
    return {&ready, &inFlight, &delayed, &dead, &throughput, &p50, &p99, &retries, &deadLettered, &workers};
}

std::string QueueMetrics::csv(std::size_t count) const {
    std::string out =
        "time_s,ready,in_flight,delayed,dead,done_per_s,latency_p50_ms,latency_p99_ms,retries_per_s,"
        "dead_lettered_per_s,workers\n";
    const auto series = all();
    count = std::min(count, size());
    char cell[64];
    for (std::size_t k = 0; k < count; ++k) {
        std::snprintf(cell, sizeof cell, "%g", static_cast<double>(ready[k].at) / sim::second);
        out += cell;
        for (const sim::TimeSeries* s : series) {
            std::snprintf(cell, sizeof cell, ",%g", (*s)[k].value);
            out += cell;
        }
        out += '\n';
    }
    return out;
}

QueueMetricsRecorder::QueueMetricsRecorder(std::size_t jobs, sim::Time minBucket)
    : width_(std::max<sim::Time>(minBucket, 100 * sim::millisecond)), buckets_(1), submitted_(jobs, 0) {
    // Where on the ladder 100 ms, 200 ms, 1 s, 2 s, 10 s, ... the width is: after a 2, ×5 comes.
    sim::Time d = width_ / (100 * sim::millisecond);
    while (d >= 10 && d % 10 == 0) d /= 10;
    fiveNext_ = d == 2;
}

void QueueMetricsRecorder::advanceTo(sim::Time t) {
    while (t >= static_cast<sim::Time>(buckets_.size()) * width_) {
        Bucket& open = buckets_.back();
        open.ready = state_.ready;
        open.inFlight = state_.inFlight;
        open.delayed = state_.delayed;
        open.dead = state_.dead;
        open.workers = state_.workers;
        buckets_.emplace_back();
        if (buckets_.size() > maxBuckets) merge();
    }
}

void QueueMetricsRecorder::merge() {
    const std::size_t f = fiveNext_ ? 5 : 2;
    fiveNext_ = !fiveNext_;
    std::vector<Bucket> merged((buckets_.size() + f - 1) / f);
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
        Bucket& to = merged[i / f];
        Bucket& from = buckets_[i];
        // The depth is the group's last bucket's (its end is the group's end).
        to.ready = from.ready;
        to.inFlight = from.inFlight;
        to.delayed = from.delayed;
        to.dead = from.dead;
        to.workers = from.workers;
        to.done += from.done;
        to.retries += from.retries;
        to.deadLettered += from.deadLettered;
        to.latencies.insert(to.latencies.end(), from.latencies.begin(), from.latencies.end());
    }
    buckets_ = std::move(merged);
    width_ *= static_cast<sim::Time>(f);
}

void QueueMetricsRecorder::record(const QueueSim& sim) {
    advanceTo(sim.now());
    Bucket& open = buckets_.back();
    const QueueStep& l = sim.last();
    switch (l.kind) {
        case QueueStep::Kind::Submitted:
            if (l.job < submitted_.size()) submitted_[l.job] = sim.now();
            break;
        case QueueStep::Kind::Succeeded:
            ++open.done;
            if (l.job < submitted_.size()) open.latencies.push_back(sim.now() - submitted_[l.job]);
            break;
        case QueueStep::Kind::BackoffOver:
            ++open.retries;
            break;
        case QueueStep::Kind::TimedOut:
            if (!l.deadLettered) ++open.retries;
            break;
        default:
            break;
    }
    open.deadLettered += sim.deadLettered() - deadTotal_;
    deadTotal_ = sim.deadLettered();
    state_.ready = sim.ready();
    state_.inFlight = sim.inFlight();
    state_.delayed = sim.delayed();
    state_.dead = sim.dead();
    state_.workers = sim.activeWorkers();
}

QueueMetrics QueueMetricsRecorder::finish(const QueueSim& sim) {
    if (sim.position() == 0) {  // nothing happened: the state at the start
        state_.workers = sim.activeWorkers();
    }
    Bucket& open = buckets_.back();
    open.ready = state_.ready;
    open.inFlight = state_.inFlight;
    open.delayed = state_.delayed;
    open.dead = state_.dead;
    open.workers = state_.workers;
    QueueMetrics m;
    m.bucket = width_;
    const double perSecond = static_cast<double>(sim::second) / static_cast<double>(width_);
    // Throughput over the trailing second: its buckets (fewer at the start, over the time so far).
    const auto window = static_cast<std::size_t>(std::max<sim::Time>(1, sim::second / width_));
    std::size_t doneInWindow = 0;
    for (std::size_t k = 0; k < buckets_.size(); ++k) {
        Bucket& b = buckets_[k];
        const auto at = static_cast<sim::Time>(k + 1) * width_;
        std::sort(b.latencies.begin(), b.latencies.end());
        m.ready.append(at, static_cast<double>(b.ready));
        m.inFlight.append(at, static_cast<double>(b.inFlight));
        m.delayed.append(at, static_cast<double>(b.delayed));
        m.dead.append(at, static_cast<double>(b.dead));
        doneInWindow += b.done;
        if (k >= window) doneInWindow -= buckets_[k - window].done;
        const std::size_t spanned = std::min(k + 1, window);
        m.throughput.append(at, static_cast<double>(doneInWindow) * perSecond / static_cast<double>(spanned));
        m.p50.append(at, static_cast<double>(nearestRank(b.latencies, 0.50)) / sim::millisecond);
        m.p99.append(at, static_cast<double>(nearestRank(b.latencies, 0.99)) / sim::millisecond);
        m.retries.append(at, static_cast<double>(b.retries) * perSecond);
        m.deadLettered.append(at, static_cast<double>(b.deadLettered) * perSecond);
        m.workers.append(at, static_cast<double>(b.workers));
    }
    return m;
}

namespace {

QueueMetrics record(const QueueConfig& config, sim::Time minBucket, sim::Time* end, JitterRun* run = nullptr) {
    QueueSim sim(config);
    QueueMetricsRecorder recorder(config.jobs, minBucket);
    if (run) run->retryTimes.clear();
    while (sim.step()) {
        recorder.record(sim);
        if (!run) continue;
        const QueueStep& l = sim.last();
        if (l.kind == QueueStep::Kind::BackoffOver || (l.kind == QueueStep::Kind::TimedOut && !l.deadLettered))
            run->retryTimes.push_back(sim.now());
    }
    if (end) *end = sim.now();
    if (run) {
        run->submitted = sim.submitted();
        run->completed = sim.completed();
        run->retried = sim.retried();
        run->deadLettered = sim.dead();
    }
    return recorder.finish(sim);
}

}  // namespace

QueueMetrics recordMetrics(const QueueConfig& config, sim::Time minBucket) {
    return record(config, minBucket, nullptr);
}

JitterComparison compareJitter(const QueueConfig& config) {
    QueueConfig none = config, full = config;
    none.retry.backoff.kind = BackoffKind::None;
    full.retry.backoff.kind = BackoffKind::Full;
    JitterComparison c;
    c.none = record(none, 100 * sim::millisecond, &c.endNone, &c.runNone);
    c.full = record(full, c.none.bucket, &c.endFull, &c.runFull);
    // The longer run may need wider buckets: both on the wider.
    if (c.full.bucket > c.none.bucket) c.none = record(none, c.full.bucket, &c.endNone);
    return c;
}

std::pair<std::size_t, sim::Time> JitterRun::peak(sim::Time window) const {
    // Two pointers over the sorted times: the window starting at each retry.
    std::size_t most = 0, end = 0;
    sim::Time at = -1;
    for (std::size_t i = 0; i < retryTimes.size(); ++i) {
        end = std::max(end, i);
        while (end < retryTimes.size() && retryTimes[end] < retryTimes[i] + window) ++end;
        if (end - i > most) {
            most = end - i;
            at = retryTimes[i];
        }
    }
    return {most, at};
}

std::vector<std::size_t> JitterRun::perBucket(sim::Time width, std::size_t count) const {
    std::vector<std::size_t> out(count, 0);
    for (const sim::Time t : retryTimes) {
        const auto k = static_cast<std::size_t>(t / width);
        if (k < count) ++out[k];
    }
    return out;
}

}  // namespace stepwise::queue
