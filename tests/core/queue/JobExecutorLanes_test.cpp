// The threaded executor's priority lanes and visibility timeout: a higher lane is served first; a
// delivery whose handler overruns the timeout is delivered again (or dead-lettered on its last
// receive) and its late answer is refused; over many jobs with random overruns, each job still
// ends exactly once and is never delivered more than maxReceives times. Also run under TSan.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "core/queue/JobExecutor.h"

using namespace stepwise;
using namespace stepwise::queue;
using namespace std::chrono_literals;

namespace {

/// Waits (up to 10 s) until `done` holds.
template <class Done>
bool eventually(Done done) {
    for (int i = 0; i < 10'000 && !done(); ++i) std::this_thread::sleep_for(1ms);
    return done();
}

}  // namespace

TEST(JobExecutorLanes, TheHighestLaneIsServedFirstAndEachLaneInOrder) {
    std::atomic<bool> started{false}, release{false};
    std::mutex m;
    std::vector<std::uint64_t> order;
    ExecutorConfig config;
    config.workers = 1;
    config.priorities = 3;
    JobExecutor ex(config, [&](std::uint64_t id, std::uint32_t) {
        if (id == 999) {  // the gate: holds the only worker while the others queue up
            started = true;
            while (!release) std::this_thread::sleep_for(1ms);
            return true;
        }
        std::lock_guard lock(m);
        order.push_back(id);
        return true;
    });
    ex.submit(999, 1);
    ASSERT_TRUE(eventually([&] { return started.load(); }));
    for (std::uint64_t k = 0; k < 10; ++k) {
        ex.submit(100 + k, 2);
        ex.submit(k, 0);
        ex.submit(50 + k, 1);
    }
    release = true;
    ex.drain();
    std::vector<std::uint64_t> expected;
    for (std::uint64_t base : {0, 50, 100})
        for (std::uint64_t k = 0; k < 10; ++k) expected.push_back(base + k);
    std::lock_guard lock(m);
    EXPECT_EQ(order, expected);
}

TEST(JobExecutorLanes, ADeliveryPastItsVisibilityTimeoutIsDeliveredAgainAndItsLateAnswerRefused) {
    std::atomic<int> calls{0};
    std::vector<std::uint32_t> attempts(3, 0);
    ExecutorConfig config;
    config.workers = 2;
    config.visibilityTimeout = 20'000;  // 20 ms
    JobExecutor ex(config, [&](std::uint64_t, std::uint32_t attempt) {
        ++calls;
        if (attempt == 1) std::this_thread::sleep_for(300ms);  // overruns: taken back at 20 ms
        return true;
    });
    ex.submit(1);
    ex.drain();  // the second delivery completed the job while the first still ran
    EXPECT_EQ(ex.stats().completed, 1u);
    EXPECT_EQ(ex.stats().timedOut, 1u);
    EXPECT_EQ(ex.stats().retried, 1u);
    ASSERT_TRUE(eventually([&] { return ex.stats().lateAcks == 1; }));
    EXPECT_EQ(calls.load(), 2);
    EXPECT_EQ(ex.stats().completed, 1u) << "the late success counted again";
    EXPECT_TRUE(ex.deadLetters().empty());
}

TEST(JobExecutorLanes, ATimeoutOnTheLastAllowedReceiveDeadLetters) {
    std::atomic<int> calls{0};
    ExecutorConfig config;
    config.workers = 2;
    config.retry.maxReceives = 2;
    config.visibilityTimeout = 10'000;
    JobExecutor ex(config, [&](std::uint64_t, std::uint32_t) {
        ++calls;
        std::this_thread::sleep_for(100ms);
        return true;  // always too late
    });
    ex.submit(5);
    ex.drain();
    EXPECT_EQ(ex.deadLetters(), std::vector<std::uint64_t>{5});
    EXPECT_EQ(ex.stats().completed, 0u);
    EXPECT_EQ(ex.stats().timedOut, 2u);
    ASSERT_TRUE(eventually([&] { return ex.stats().lateAcks == 2; }));
    EXPECT_EQ(calls.load(), 2);
}

TEST(JobExecutorLanes, WithRandomOverrunsEveryJobEndsOnceAndIsDeliveredAtMostMaxReceivesTimes) {
    constexpr std::uint64_t n = 3000;
    constexpr std::uint32_t maxReceives = 3;
    std::vector<std::atomic<std::uint32_t>> calls(n);
    ExecutorConfig config;
    config.workers = 4;
    config.priorities = 4;
    config.capacity = 64;
    config.retry = {maxReceives, {BackoffKind::Full, 100, 1000}};
    config.timeScale = 1;
    config.visibilityTimeout = 3000;  // 3 ms
    JobExecutor ex(config, [&](std::uint64_t id, std::uint32_t attempt) {
        calls[id].fetch_add(1);
        const std::uint64_t h = (id * 2654435761u + attempt * 40503u) % 97;
        if (h < 3) std::this_thread::sleep_for(6ms);  // overruns its timeout
        return h % 5 != 1;                            // and about a fifth fail
    });
    for (std::uint64_t id = 0; id < n; ++id) ex.submit(id, static_cast<std::uint32_t>(id % 4));
    ex.drain();
    const ExecutorStats st = ex.stats();
    EXPECT_EQ(st.submitted, n);
    EXPECT_EQ(st.completed + st.deadLettered, n);
    EXPECT_GT(st.timedOut, 0u);
    std::vector<std::uint8_t> dead(n, 0);
    for (const auto id : ex.deadLetters()) {
        ASSERT_LT(id, n);
        ASSERT_EQ(dead[id]++, 0) << "job " << id << " dead-lettered twice";
    }
    ASSERT_TRUE(eventually([&] { return ex.stats().lateAcks == ex.stats().timedOut; }));
    std::uint64_t total = 0;
    for (std::uint64_t id = 0; id < n; ++id) {
        EXPECT_GE(calls[id].load(), 1u) << "job " << id;
        EXPECT_LE(calls[id].load(), maxReceives) << "job " << id;
        total += calls[id].load();
    }
    EXPECT_EQ(ex.stats().attempts, total);
    // Every delivery ends one way: answered in time (a completion, or a failure that is retried
    // or dead-lettered) or taken back at its timeout (then retried or dead-lettered): so the
    // deliveries are the completions, the retries and the dead letters.
    EXPECT_EQ(total, st.completed + st.retried + st.deadLettered);
}

TEST(JobExecutorLanes, RefusesBadLanesTimeoutsAndPriorities) {
    auto ok = [](std::uint64_t, std::uint32_t) { return true; };
    ExecutorConfig c;
    c.priorities = 0;
    EXPECT_THROW(JobExecutor(c, ok), std::invalid_argument);
    c.priorities = 17;
    EXPECT_THROW(JobExecutor(c, ok), std::invalid_argument);
    c = {};
    c.visibilityTimeout = -1;
    EXPECT_THROW(JobExecutor(c, ok), std::invalid_argument);
    c = {};
    c.priorities = 2;
    JobExecutor ex(c, ok);
    EXPECT_THROW(ex.submit(1, 2), std::invalid_argument);
    ex.submit(1, 1);
    ex.drain();
    EXPECT_EQ(ex.stats().completed, 1u);
}
