// Retry, the token-bucket rate limiter and the bulkhead against their rules.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "core/resilience/Bulkhead.h"
#include "core/resilience/RateLimiter.h"
#include "core/resilience/Retry.h"

namespace stepwise::resilience {
namespace {

TEST(Retry, FixedWaitsWithoutBackoff) {
    RetryConfig c;
    for (std::uint32_t n = 1; n < 5; ++n) EXPECT_EQ(retryWait(c, n), 500 * millisecond);
}

TEST(Retry, ExponentialWaitsGrowByTheMultiplierUpToTheCap) {
    RetryConfig c;
    c.waitDuration = 100 * millisecond;
    c.exponentialBackoffMultiplier = 2;
    c.exponentialMaxWaitDuration = 500 * millisecond;
    EXPECT_EQ(retryWait(c, 1), 100 * millisecond);
    EXPECT_EQ(retryWait(c, 2), 200 * millisecond);
    EXPECT_EQ(retryWait(c, 3), 400 * millisecond);
    EXPECT_EQ(retryWait(c, 4), 500 * millisecond);
    EXPECT_EQ(retryWait(c, 60), 500 * millisecond);
}

TEST(Retry, AttemptsUntilSuccessOrMaxAttemptsWaitingBetween) {
    RetryConfig c;
    c.maxAttempts = 4;
    int calls = 0;
    std::vector<Time> slept;
    bool ok = false;
    EXPECT_EQ(executeWithRetry(c, [&] { return ++calls == 3; }, [&](Time t) { slept.push_back(t); }, ok), 3u);
    EXPECT_TRUE(ok);
    EXPECT_EQ(slept.size(), 2u);
    calls = 0;
    slept.clear();
    EXPECT_EQ(executeWithRetry(c, [&] { return ++calls == 99; }, [&](Time t) { slept.push_back(t); }, ok), 4u);
    EXPECT_FALSE(ok);
    EXPECT_EQ(slept.size(), 3u) << "no wait after the last attempt";
}

TEST(RateLimiter, EachPeriodRefillsToLimitForPeriodAndNoMore) {
    RateLimiterConfig c;
    c.limitForPeriod = 3;
    c.limitRefreshPeriod = 1 * second;
    c.timeoutDuration = 0;
    RateLimiter l(c);
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(l.tryAcquire(0));
    EXPECT_FALSE(l.tryAcquire(999 * millisecond));
    EXPECT_TRUE(l.tryAcquire(1 * second));
    EXPECT_EQ(l.available(100 * second), 3) << "idle periods do not pile up permits";
}

TEST(RateLimiter, AWaitWithinTheTimeoutReservesAPermitOfALaterCycle) {
    RateLimiterConfig c;
    c.limitForPeriod = 2;
    c.limitRefreshPeriod = 1 * second;
    c.timeoutDuration = 2 * second;
    RateLimiter l(c);
    EXPECT_EQ(l.acquire(250 * millisecond), 0);
    EXPECT_EQ(l.acquire(250 * millisecond), 0);
    EXPECT_EQ(l.acquire(250 * millisecond), 750 * millisecond);   // cycle 1
    EXPECT_EQ(l.acquire(250 * millisecond), 750 * millisecond);   // cycle 1, second permit
    EXPECT_EQ(l.acquire(250 * millisecond), 1750 * millisecond);  // cycle 2
    EXPECT_EQ(l.acquire(250 * millisecond), 1750 * millisecond);
    EXPECT_EQ(l.acquire(250 * millisecond), -1) << "cycle 3 is 2.75 s away, over the timeout";
    EXPECT_EQ(l.permits(), -4);
    EXPECT_EQ(l.available(3 * second), 2) << "reservations paid back, then full";
}

TEST(RateLimiter, NeverGrantsMoreThanLimitPerPeriodOverManyRandomRequests) {
    RateLimiterConfig c;
    c.limitForPeriod = 5;
    c.limitRefreshPeriod = 100 * millisecond;
    c.timeoutDuration = 0;
    RateLimiter l(c);
    std::vector<int> granted(1000, 0);
    std::uint64_t x = 88172645463325252ULL;
    Time now = 0;
    for (int i = 0; i < 20000; ++i) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        now += static_cast<Time>(x % 9000);
        if (now / c.limitRefreshPeriod >= 1000) break;
        if (l.tryAcquire(now)) ++granted[static_cast<std::size_t>(now / c.limitRefreshPeriod)];
    }
    for (int g : granted) EXPECT_LE(g, 5);
}

TEST(BulkheadSchedule, LimitsConcurrencyAndServesWaitersInArrivalOrder) {
    BulkheadConfig c;
    c.maxConcurrentCalls = 2;
    c.maxWaitDuration = 300 * millisecond;
    BulkheadSchedule b(c);
    EXPECT_EQ(b.admit(0, 300 * millisecond), 0);
    EXPECT_EQ(b.admit(0, 500 * millisecond), 0);
    EXPECT_EQ(b.busy(0), 2u);
    EXPECT_EQ(b.admit(0, 200 * millisecond), 300 * millisecond);  // takes the slot freed first
    EXPECT_EQ(b.admit(0, 100 * millisecond), -1) << "the next slot frees at 500 ms, over 300 ms";
    EXPECT_EQ(b.admit(250 * millisecond, 100 * millisecond), 500 * millisecond);
    EXPECT_EQ(b.busy(600 * millisecond), 0u);
}

TEST(Bulkhead, ThreadsNeverHoldMoreThanTheLimit) {
    BulkheadConfig c;
    c.maxConcurrentCalls = 3;
    c.maxWaitDuration = 0;
    Bulkhead bulkhead(c);
    std::atomic<int> inside{0}, most{0}, refused{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                if (!bulkhead.tryAcquire()) {
                    ++refused;
                    continue;
                }
                const int now = ++inside;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                --inside;
                bulkhead.release();
            }
        });
    for (auto& t : threads) t.join();
    EXPECT_LE(most.load(), 3);
    EXPECT_EQ(bulkhead.active(), 0u);
}

TEST(PolicyConfigs, BadValuesAreNamed) {
    RetryConfig r;
    r.maxAttempts = 0;
    EXPECT_NE(checkRetryConfig(r).find("maxAttempts"), std::string::npos);
    RateLimiterConfig l;
    l.limitRefreshPeriod = 0;
    EXPECT_NE(checkRateLimiterConfig(l).find("limitRefreshPeriod"), std::string::npos);
    BulkheadConfig b;
    b.maxConcurrentCalls = 0;
    EXPECT_NE(checkBulkheadConfig(b).find("maxConcurrentCalls"), std::string::npos);
}

}  // namespace
}  // namespace stepwise::resilience
