// The catalogue's `queue` item: the result against the run's own end state, stepping back (seek to
// the end and back gives the same states and sentences), presets, and one test per kind of bad
// input, each naming its option.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/queue/QueueFaults.h"
#include "core/queue/QueueItemRun.h"

using namespace stepwise;

namespace {

const catalogue::CatalogueItem& queueItem() { return catalogue::requireItem("queue"); }

std::unique_ptr<run::Run> start(std::map<std::string, std::string> values) {
    return queueItem().start(catalogue::Options(std::move(values)));
}

std::string expectError(std::map<std::string, std::string> values) {
    try {
        start(std::move(values));
    } catch (const InputError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no InputError";
    return {};
}

std::string snapshot(const run::Run& run) {
    const auto& s = run.as<queue::QueueItemRun>()->sim();
    std::string out = std::to_string(s.position()) + "@" + std::to_string(s.now()) + ":" + run.sentence() + "|" +
                      std::to_string(run.line()) + "|";
    for (const auto& j : s.jobs())
        out += std::to_string(static_cast<int>(j.state)) + "/" + std::to_string(j.receives) + ",";
    for (const auto& w : s.workers()) out += std::to_string(static_cast<int>(w.status));
    return out;
}

}  // namespace

TEST(QueueItem, TheResultCountsAddUpAndListEveryJobsAttempts) {
    const auto run = start({{"jobs", "50"}, {"workers", "3"}, {"failure-rate", "0.4"}, {"max-receives", "3"},
                            {"backoff", "equal"}, {"seed", "5"}});
    const auto r = run->result();
    EXPECT_EQ(r["submitted"], 50);
    EXPECT_EQ(r["submitted"].get<int>(),
              r["completed"].get<int>() + r["dead_lettered"].get<int>() + r["queued"].get<int>() + r["in_flight"].get<int>());
    ASSERT_EQ(r["jobs"].size(), 50u);
    int retries = 0;
    for (const auto& job : r["jobs"]) {
        ASSERT_GE(job["attempts"].size(), 1u);
        ASSERT_LE(job["attempts"].size(), 3u);
        for (const auto& a : job["attempts"]) retries += a.contains("backoff_ms");
        if (job["state"] == "dead_lettered") {
            EXPECT_EQ(job["attempts"].size(), 3u);
            EXPECT_TRUE(job["attempts"].back()["dead_lettered"].get<bool>());
        }
    }
    EXPECT_EQ(r["retried"].get<int>(), retries);  // no timeouts in this run: every retry is a backoff
    EXPECT_GT(r["dead_lettered"].get<int>(), 0);
}

TEST(QueueItem, SeekingToTheEndAndBackGivesTheSameStatesAndSentences) {
    const auto run = start({{"jobs", "120"}, {"workers", "4"}, {"failure-rate", "0.3"}, {"batch", "2"},
                            {"max-workers", "8"}, {"faults", "kill-worker@2s=2,failure-rate@4s=0.9,redrive@20s"}});
    std::vector<std::string> forward;
    forward.push_back(snapshot(*run));
    while (run->forward()) forward.push_back(snapshot(*run));
    ASSERT_EQ(forward.size(), run->stepCount() + 1);
    ASSERT_GT(run->stepCount(), 200u);
    for (std::size_t k = run->stepCount() + 1; k-- > 0;) {
        run->seek(k);
        ASSERT_EQ(snapshot(*run), forward[k]) << k;
    }
    for (std::size_t k : {std::size_t{7}, run->stepCount() / 2, std::size_t{3}, run->stepCount()}) {
        run->seek(k);
        EXPECT_EQ(snapshot(*run), forward[k]);
    }
    EXPECT_FALSE(run->groups().empty());
    EXPECT_EQ(run->groups().back().last, run->stepCount());
}

TEST(QueueItem, TheExampleAndEveryPresetRun) {
    EXPECT_GT(start({})->stepCount(), 0u);
    for (const auto& preset : queueItem().presets) {
        const auto run = queueItem().start(queueItem().presetOptions(preset.name));
        EXPECT_GT(run->stepCount(), 0u) << preset.name;
        const auto r = run->result();
        EXPECT_EQ(r["submitted"].get<int>(), r["completed"].get<int>() + r["dead_lettered"].get<int>() +
                                                 r["queued"].get<int>() + r["in_flight"].get<int>());
    }
}

TEST(QueueItem, BadInputNamesItsOption) {
    auto has = [](const std::string& message, const std::string& part) {
        EXPECT_NE(message.find(part), std::string::npos) << message;
    };
    has(expectError({{"jobs", "5"}, {"max-receives", "0"}}), "--max-receives");
    has(expectError({{"jobs", "5"}, {"max-receives", "1001"}}), "--max-receives");
    has(expectError({{"jobs", "5"}, {"workers", "3"}, {"max-workers", "2"}}), "--max-workers");
    has(expectError({{"jobs", "5"}, {"min-workers", "4"}, {"max-workers", "2"}}), "below the minimum");
    has(expectError({{"jobs", "5"}, {"visibility-timeout", "0"}}), "--visibility-timeout");
    has(expectError({{"jobs", "5"}, {"visibility-timeout", "-30"}}), "--visibility-timeout");
    has(expectError({{"jobs", "5"}, {"service", "0"}}), "--service");
    has(expectError({{"jobs", "5"}, {"failure-rate", "1.5"}}), "--failure-rate");
    has(expectError({{"jobs", "5"}, {"failure-rate", "often"}}), "--failure-rate");
    has(expectError({{"jobs", "5"}, {"backoff", "linear"}}), "--backoff");
    has(expectError({{"jobs", "5"}, {"base", "1000"}, {"cap", "10"}}), "--cap");
    has(expectError({{"jobs", "5"}, {"rate", "0"}}), "--rate");
    has(expectError({{"jobs", "5"}, {"batch", "11"}}), "--batch");
    has(expectError({{"jobs", "100001"}}), "--jobs");
    has(expectError({{"jobs", "5"}, {"faults", "kill-job@1s=6"}}), "no job 6");
    has(expectError({{"jobs", "5"}, {"faults", "explode@1s"}}), "unknown kind 'explode'");
}

TEST(QueueFaults, ParsesEveryKindAndRoundTripsItsText) {
    const auto f = queue::parseQueueFaults("failure-rate@10s=0.8, kill-worker@5s=1,kill-job@250ms=17,retry-job@40000=17,redrive@1.5s");
    ASSERT_EQ(f.size(), 5u);
    EXPECT_EQ(f[0].kind, sim::FaultKind::JobKill);  // sorted by time
    EXPECT_EQ(f[0].at, 250 * sim::millisecond);
    EXPECT_EQ(f[0].target, 16u);
    EXPECT_EQ(f[1].kind, sim::FaultKind::Redrive);
    EXPECT_EQ(f[1].at, 1500 * sim::millisecond);
    EXPECT_EQ(f[2].kind, sim::FaultKind::WorkerKill);
    EXPECT_EQ(f[2].target, 0u);
    EXPECT_EQ(f[3].kind, sim::FaultKind::FailureRate);
    EXPECT_DOUBLE_EQ(f[3].value, 0.8);
    EXPECT_EQ(f[4].at, 40 * sim::second);
    EXPECT_EQ(queue::faultText(f[2]), "kill-worker@5s=1");
    EXPECT_EQ(queue::faultText(f[3]), "failure-rate@10s=0.8");
    EXPECT_TRUE(queue::parseQueueFaults("").empty());
}

TEST(QueueFaults, MalformedEntriesNameTheirPositionAndWhatWasExpected) {
    auto error = [](const std::string& text) {
        try {
            queue::parseQueueFaults(text);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    auto has = [](const std::string& message, const std::string& part) {
        EXPECT_NE(message.find(part), std::string::npos) << message;
    };
    has(error("redrive"), "expected KIND@TIME");
    has(error("redrive@1s,,redrive@2s"), "entry 2 is empty");
    has(error("kill-worker@1s"), "expected =N");
    has(error("kill-worker@1s=0"), "expected =N");
    has(error("kill-job@1s=x"), "entry 1 'kill-job@1s=x'");
    has(error("failure-rate@1s=2"), "between 0 and 1");
    has(error("failure-rate@-1s=0.5"), "is not a duration");
    has(error("redrive@soon"), "is not a duration");
    has(error("redrive@1s=3"), "takes no value");
    has(error("redrive@1s,"), "entry 2 is empty");
}

namespace {

/// The most retries (deliveries after the first) received within any 100 ms of each other.
std::size_t retryPeak(const std::string& preset) {
    const auto run = queueItem().start(queueItem().presetOptions(preset));
    std::vector<sim::Time> times;
    for (const auto& h : run->as<queue::QueueItemRun>()->histories())
        for (std::size_t i = 1; i < h.attempts.size(); ++i) times.push_back(h.attempts[i].received);
    std::sort(times.begin(), times.end());
    std::size_t peak = 0;
    for (std::size_t i = 0, j = 0; j < times.size(); ++j) {
        while (times[j] - times[i] > 100 * sim::millisecond) ++i;
        peak = std::max(peak, j - i + 1);
    }
    return peak;
}

}  // namespace

TEST(QueueItem, WithoutJitterRetriesComeBackTogetherAndFullJitterSpreadsThem) {
    const std::size_t herd = retryPeak("thundering-herd"), spread = retryPeak("full-jitter");
    EXPECT_GE(herd, 2 * spread) << "no jitter: " << herd << " retries in 100 ms; full jitter: " << spread;
}
