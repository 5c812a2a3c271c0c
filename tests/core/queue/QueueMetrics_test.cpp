// The queue's chart series (QueueMetrics) against references computed another way over seeded
// random runs: the depth by state and the workers against a recount of every job and worker after
// each event; jobs done, p50 and p99 against a brute-force sort of the latencies taken from the
// run's job histories; bucket widths stay round and runs within 500 buckets; the jitter comparison
// puts both runs on one width and the herd's retries come in taller waves. Plus bad fault strings.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/trace/Random.h"
#include "core/queue/QueueItemRun.h"
#include "core/queue/QueueMetrics.h"

using namespace stepwise;
using namespace stepwise::queue;

namespace {

QueueConfig randomConfig(std::uint64_t seed) {
    Random r(seed * 104729 + 11);
    QueueConfig c;
    c.seed = seed;
    c.jobs = 1 + r.below(seed % 5 == 0 ? 3000 : 120);  // some long enough to widen the buckets
    c.workers = static_cast<std::uint32_t>(1 + r.below(4));
    c.minWorkers = c.workers;
    c.maxWorkers = r.chance(0.4) ? c.workers + static_cast<std::uint32_t>(r.below(5)) : c.workers;
    c.failureRate = r.unit() * 0.7;
    c.retry.maxReceives = static_cast<std::uint32_t>(1 + r.below(4));
    c.retry.backoff.kind = static_cast<BackoffKind>(r.below(4));
    c.retry.backoff.base = static_cast<std::int64_t>(1 + r.below(800)) * sim::millisecond;
    c.retry.backoff.cap = c.retry.backoff.base * 20;
    c.visibilityTimeout = static_cast<sim::Time>(100 + r.below(4000)) * sim::millisecond;
    c.meanService = static_cast<sim::Time>(10 + r.below(300)) * sim::millisecond;
    c.rate = 2 + r.unit() * 30;
    if (r.chance(0.5)) c.faults.add({static_cast<sim::Time>(r.below(3000)) * sim::millisecond, sim::FaultKind::WorkerKill, 0, 0});
    if (r.chance(0.3)) c.faults.add({static_cast<sim::Time>(r.below(6000)) * sim::millisecond, sim::FaultKind::Redrive, 0, 0});
    return c;
}

struct Recount {
    sim::Time at;
    double ready, inFlight, delayed, dead, workers;
};

Recount recount(const QueueSim& s) {
    std::map<JobState, double> n;
    for (const auto& j : s.jobs()) ++n[j.state];
    double alive = 0;
    for (const auto& w : s.workers())
        alive += w.status == Worker::Status::Idle || w.status == Worker::Status::Busy ? 1 : 0;
    return {s.now(), n[JobState::Ready], n[JobState::InFlight], n[JobState::Delayed], n[JobState::Dead], alive};
}

/// The quantile by sorting and counting: the smallest latency with at least q of all at or below it.
double bruteQuantile(std::vector<sim::Time> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    for (std::size_t i = 0; i < v.size(); ++i)
        if (static_cast<double>(i + 1) >= q * static_cast<double>(v.size()) - 1e-9)
            return static_cast<double>(v[i]) / sim::millisecond;
    return static_cast<double>(v.back()) / sim::millisecond;
}

bool roundWidth(sim::Time w) {
    // 100 ms × 10^k or 200 ms × 10^k.
    sim::Time d = w / (100 * sim::millisecond);
    if (d * 100 * sim::millisecond != w) return false;
    while (d >= 10 && d % 10 == 0) d /= 10;
    return d == 1 || d == 2;
}

}  // namespace

TEST(QueueMetrics, DepthAndWorkersMatchARecountAfterEveryEventOverRandomRuns) {
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        const QueueConfig c = randomConfig(seed);
        QueueSim s(c);
        QueueMetricsRecorder recorder(c.jobs);
        std::vector<Recount> states{recount(s)};
        while (s.step()) {
            recorder.record(s);
            states.push_back(recount(s));
        }
        const QueueMetrics m = recorder.finish(s);
        ASSERT_TRUE(roundWidth(m.bucket)) << seed << ": " << m.bucket;
        ASSERT_LE(m.size(), QueueMetricsRecorder::maxBuckets) << seed;
        // The buckets cover the run: the last one ends after the last event, the one before does not.
        ASSERT_GT(m.ready[m.size() - 1].at, s.now()) << seed;
        if (m.size() > 1) {
            ASSERT_LE(m.ready[m.size() - 2].at, s.now()) << seed;
        }
        for (std::size_t k = 0; k < m.size(); ++k) {
            const sim::Time end = m.ready[k].at;
            // The state after the last event before the bucket's end (the final state for the last).
            Recount want = states.front();
            for (const auto& st : states)
                if (st.at < end || k + 1 == m.size()) want = st;
            EXPECT_EQ(m.ready[k].value, want.ready) << seed << " bucket " << k;
            EXPECT_EQ(m.inFlight[k].value, want.inFlight) << seed << " bucket " << k;
            EXPECT_EQ(m.delayed[k].value, want.delayed) << seed << " bucket " << k;
            EXPECT_EQ(m.dead[k].value, want.dead) << seed << " bucket " << k;
            EXPECT_EQ(m.workers[k].value, want.workers) << seed << " bucket " << k;
        }
    }
}

TEST(QueueMetrics, ThroughputAndLatencyQuantilesMatchABruteForceSortOfTheHistories) {
    std::size_t checkedBuckets = 0, widened = 0;
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        const QueueConfig c = randomConfig(seed);
        const QueueItemRun run(c);
        const QueueMetrics& m = run.metrics();
        widened += m.bucket > 100 * sim::millisecond;
        std::vector<std::vector<sim::Time>> perBucket(m.size());
        for (const JobHistory& h : run.histories()) {
            if (h.done < 0) continue;
            const auto k = static_cast<std::size_t>(h.done / m.bucket);
            ASSERT_LT(k, m.size()) << seed;
            perBucket[k].push_back(h.done - h.submitted);
        }
        const double seconds = static_cast<double>(m.bucket) / sim::second;
        for (std::size_t k = 0; k < m.size(); ++k) {
            // Throughput: jobs done in the second before the bucket's end (or since 0), per second.
            const sim::Time end = m.ready[k].at, from = std::max<sim::Time>(0, end - std::max(sim::second, m.bucket));
            std::size_t done = 0;
            for (const JobHistory& h : run.histories()) done += h.done >= from && h.done < end;
            EXPECT_NEAR(m.throughput[k].value, static_cast<double>(done) / (static_cast<double>(end - from) / sim::second),
                        1e-9)
                << seed << " bucket " << k;
            EXPECT_DOUBLE_EQ(m.p50[k].value, bruteQuantile(perBucket[k], 0.50)) << seed << " bucket " << k;
            EXPECT_DOUBLE_EQ(m.p99[k].value, bruteQuantile(perBucket[k], 0.99)) << seed << " bucket " << k;
            checkedBuckets += !perBucket[k].empty();
        }
        // Dead letters entering and retries coming back add up to the run's own totals.
        double dead = 0, retries = 0;
        for (std::size_t k = 0; k < m.size(); ++k) {
            dead += m.deadLettered[k].value * seconds;
            retries += m.retries[k].value * seconds;
        }
        EXPECT_NEAR(dead, static_cast<double>(run.result()["dead_lettered_total"].get<std::size_t>()), 1e-6) << seed;
        // No job is retried by hand here, and nothing is delayed at the end: every retry came back.
        EXPECT_NEAR(retries, static_cast<double>(run.result()["retried"].get<std::size_t>()), 1e-6) << seed;
    }
    EXPECT_GT(checkedBuckets, 1000u);
    EXPECT_GT(widened, 0u) << "no run was long enough to widen its buckets";
}

TEST(QueueMetrics, CountAtShowsTheBucketsFinishedByNowAndAllAtTheEnd) {
    QueueConfig c;
    c.jobs = 50;
    const QueueMetrics m = recordMetrics(c);
    ASSERT_GT(m.size(), 3u);
    EXPECT_EQ(m.countAt(0, false), 0u);
    EXPECT_EQ(m.countAt(m.bucket - 1, false), 0u);
    EXPECT_EQ(m.countAt(m.bucket, false), 1u);
    EXPECT_EQ(m.countAt(3 * m.bucket + 5, false), 3u);
    EXPECT_EQ(m.countAt(sim::endOfTime / 2, false), m.size());
    EXPECT_EQ(m.countAt(0, true), m.size());
    const std::string csv = m.csv(2);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3);
    EXPECT_EQ(csv.rfind("time_s,ready,in_flight,delayed,dead,done_per_s,", 0), 0u);
}

TEST(QueueMetrics, TheJitterComparisonSharesABucketWidthAndTheHerdComesInTallerWaves) {
    const auto& item = catalogue::requireItem("queue");
    const auto run = item.start(item.presetOptions("herd-vs-jitter"));
    const auto* q = run->as<QueueItemRun>();
    ASSERT_NE(q->jitter(), nullptr);
    const JitterComparison& j = *q->jitter();
    EXPECT_EQ(j.none.bucket, j.full.bucket);
    auto peak = [](const QueueMetrics& m) {
        double most = 0, total = 0;
        for (const auto& s : m.retries.samples()) {
            most = std::max(most, s.value);
            total += s.value;
        }
        return std::pair(most, total);
    };
    const auto [noneMost, noneTotal] = peak(j.none);
    const auto [fullMost, fullTotal] = peak(j.full);
    EXPECT_GT(noneTotal, 0);
    EXPECT_GT(fullTotal, 0);
    EXPECT_GE(noneMost, 2 * fullMost) << noneMost << " vs " << fullMost;
    // Without the comparison there is none; a bad --compare is named.
    EXPECT_EQ(item.start(item.presetOptions("thundering-herd"))->as<QueueItemRun>()->jitter(), nullptr);
    auto options = item.presetOptions("herd-vs-jitter");
    options.set("compare", "both");
    try {
        item.start(options);
        ADD_FAILURE() << "accepted --compare both";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("--compare"), std::string::npos) << e.what();
    }
}

TEST(QueueMetrics, AFaultForAJobThatDoesNotExistIsRefusedWithItsRange) {
    const auto& item = catalogue::requireItem("queue");
    catalogue::Options o({{"jobs", "10"}, {"faults", "kill-job@1s=11"}});
    try {
        item.start(o);
        ADD_FAILURE() << "accepted job 11 of 10";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("there is no job 11 (jobs are 1 to 10)"), std::string::npos) << e.what();
    }
    o.set("faults", "kill-job@1s=3,stall-worker@2s=1");
    try {
        item.start(o);
        ADD_FAILURE() << "accepted stall-worker";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("entry 2 'stall-worker@2s=1': unknown kind"), std::string::npos)
            << e.what();
    }
}
