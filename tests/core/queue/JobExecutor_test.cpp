// The threaded executor: a million jobs with injected failures on real threads, each job's outcome
// compared with a reference worked out here from the same failure rule (the first attempt that
// does not fail succeeds; none within maxReceives: dead-lettered), so nothing is lost, nothing
// runs more often than at-least-once allows, and no attempt overlaps another of the same job.
// Also run under ThreadSanitizer (the tsan preset).
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "core/queue/JobExecutor.h"

using namespace stepwise;
using namespace stepwise::queue;

namespace {

/// Whether attempt `a` of job `id` fails: a fixed hash, about `percent` % of attempts.
bool fails(std::uint64_t id, std::uint32_t a, std::uint64_t percent) {
    std::uint64_t x = id * 0x9e3779b97f4a7c15ULL + a * 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 31;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 29;
    return x % 100 < percent;
}

struct Ledger {
    explicit Ledger(std::size_t n) : calls(n), successes(n), overlaps(0) {}
    std::vector<std::atomic<std::uint32_t>> calls;
    std::vector<std::atomic<std::uint32_t>> successes;
    std::atomic<std::uint64_t> overlaps;
};

void checkAgainstReference(const JobExecutor& ex, const Ledger& ledger, std::uint64_t n, std::uint32_t maxReceives,
                           std::uint64_t percent) {
    const ExecutorStats st = ex.stats();
    EXPECT_EQ(st.submitted, n);
    EXPECT_EQ(st.completed + st.deadLettered, n);
    EXPECT_EQ(ledger.overlaps.load(), 0u);
    std::vector<std::uint8_t> dead(n, 0);
    for (const auto id : ex.deadLetters()) {
        ASSERT_LT(id, n);
        ASSERT_EQ(dead[id]++, 0) << "job " << id << " dead-lettered twice";
    }
    std::uint64_t completed = 0, attempts = 0;
    for (std::uint64_t id = 0; id < n; ++id) {
        std::uint32_t expected = 0;  // the attempt that succeeds, 0 for none
        for (std::uint32_t a = 1; a <= maxReceives && expected == 0; ++a)
            if (!fails(id, a, percent)) expected = a;
        const std::uint32_t calls = ledger.calls[id].load();
        attempts += calls;
        if (expected) {
            ++completed;
            ASSERT_EQ(calls, expected) << "job " << id;
            ASSERT_EQ(ledger.successes[id].load(), 1u) << "job " << id;
            ASSERT_EQ(dead[id], 0) << "job " << id;
        } else {
            ASSERT_EQ(calls, maxReceives) << "job " << id;
            ASSERT_EQ(ledger.successes[id].load(), 0u) << "job " << id;
            ASSERT_EQ(dead[id], 1) << "job " << id;
        }
    }
    EXPECT_EQ(st.completed, completed);
    EXPECT_EQ(st.attempts, attempts);
    EXPECT_EQ(st.retried, attempts - n);
}

JobExecutor::Handler handlerFor(Ledger& ledger, std::uint64_t percent) {
    return [&ledger, percent](std::uint64_t id, std::uint32_t attempt) {
        // The attempt number the executor passes must be this job's call count: a second
        // delivery running at the same time would break it.
        if (ledger.calls[id].fetch_add(1) + 1 != attempt) ledger.overlaps.fetch_add(1);
        const bool ok = !fails(id, attempt, percent);
        if (ok) ledger.successes[id].fetch_add(1);
        return ok;
    };
}

}  // namespace

TEST(JobExecutor, AMillionJobsWithInjectedFailuresEndExactlyOnceEachAsTheReferenceSays) {
    constexpr std::uint64_t n = 1'000'000, percent = 20;
    Ledger ledger(n);
    ExecutorConfig config;
    config.workers = 4;
    config.capacity = 1024;
    config.retry = {3, {BackoffKind::Full, 1000, 50'000}};
    config.timeScale = 0.001;  // backoffs of microseconds: the timer path runs, the test stays quick
    JobExecutor ex(config, handlerFor(ledger, percent));
    for (std::uint64_t id = 0; id < n; ++id) ex.submit(id);
    ex.drain();
    checkAgainstReference(ex, ledger, n, 3, percent);
    EXPECT_GT(ex.stats().deadLettered, 0u);
}

TEST(JobExecutor, ConcurrentProducersOnATinyQueueLoseNothing) {
    constexpr std::uint64_t n = 100'000, percent = 40;
    Ledger ledger(n);
    ExecutorConfig config;
    config.workers = 3;
    config.capacity = 8;  // producers block on a full queue most of the time
    config.retry = {4, {BackoffKind::Decorrelated, 100, 10'000}};
    config.timeScale = 0;
    JobExecutor ex(config, handlerFor(ledger, percent));
    std::vector<std::thread> producers;
    for (std::uint64_t p = 0; p < 3; ++p)
        producers.emplace_back([&ex, p] {
            for (std::uint64_t id = p; id < n; id += 3) ex.submit(id);
        });
    for (auto& t : producers) t.join();
    ex.drain();
    checkAgainstReference(ex, ledger, n, 4, percent);
}

TEST(JobExecutor, AThrowingHandlerCountsAsAFailedAttempt) {
    std::atomic<int> calls{0};
    ExecutorConfig config;
    config.retry = {2, {BackoffKind::None, 1, 1}};
    JobExecutor ex(config, [&](std::uint64_t, std::uint32_t) -> bool {
        ++calls;
        throw std::runtime_error("boom");
    });
    ex.submit(7);
    ex.drain();
    EXPECT_EQ(calls.load(), 2);
    EXPECT_EQ(ex.deadLetters(), std::vector<std::uint64_t>{7});
}

TEST(JobExecutor, RefusesABadConfiguration) {
    auto ok = [](std::uint64_t, std::uint32_t) { return true; };
    ExecutorConfig c;
    c.workers = 0;
    EXPECT_THROW(JobExecutor(c, ok), std::invalid_argument);
    c = {};
    c.capacity = 0;
    EXPECT_THROW(JobExecutor(c, ok), std::invalid_argument);
    c = {};
    c.retry.maxReceives = 0;
    EXPECT_THROW(JobExecutor(c, ok), std::invalid_argument);
    c.retry.maxReceives = 1001;
    EXPECT_THROW(JobExecutor(c, ok), std::invalid_argument);
}
