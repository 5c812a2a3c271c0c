// The backoff formulas of the AWS Architecture Blog ("Exponential Backoff and Jitter"): every value
// inside its formula's bounds, and over many samples the mean the formula implies, computed here by
// summing over every value the uniform draw can take (no code shared with Backoff.cpp).
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

#include "core/common/InputError.h"
#include "core/queue/Backoff.h"
#include "core/queue/RetryPolicy.h"
#include "tests/core/queue/BackoffReference.h"

using namespace stepwise;
using namespace stepwise::queue;

namespace {

/// Mean and variance of f(X), X uniform over the integers lo..hi.
std::pair<double, double> uniformMoments(std::int64_t lo, std::int64_t hi, const std::function<double(std::int64_t)>& f) {
    double sum = 0, sq = 0;
    for (std::int64_t x = lo; x <= hi; ++x) {
        const double v = f(x);
        sum += v;
        sq += v * v;
    }
    const double n = static_cast<double>(hi - lo + 1);
    const double mean = sum / n;
    return {mean, sq / n - mean * mean};
}

BackoffPolicy policy(BackoffKind kind, std::int64_t base = 100, std::int64_t cap = 5000) {
    return BackoffPolicy{kind, base, cap};
}

}  // namespace

TEST(Backoff, ExpoDoublesFromBaseUpToTheCap) {
    const BackoffPolicy p = policy(BackoffKind::None, 100, 1000);
    const std::vector<std::int64_t> expected = {100, 200, 400, 800, 1000, 1000};
    for (std::uint32_t n = 0; n < expected.size(); ++n) EXPECT_EQ(p.expo(n), expected[n]) << n;
    EXPECT_EQ(p.expo(10'000), 1000);
    const BackoffPolicy wide = policy(BackoffKind::None, 3, std::numeric_limits<std::int64_t>::max() / 4);
    for (std::uint32_t n = 0; n < 200; ++n) EXPECT_EQ(wide.expo(n), reference::expo(3, wide.cap, n)) << n;
}

TEST(Backoff, NoJitterIsExactlyExpo) {
    Random r(1);
    const BackoffPolicy p = policy(BackoffKind::None);
    for (std::uint32_t n = 0; n < 12; ++n) EXPECT_EQ(p.delay(n, 100, r), reference::expo(100, 5000, n));
}

TEST(Backoff, EveryDrawIsInsideItsFormulasBounds) {
    Random r(42);
    for (const auto kind : {BackoffKind::Full, BackoffKind::Equal}) {
        const BackoffPolicy p = policy(kind);
        for (int i = 0; i < 20'000; ++i) {
            const auto n = static_cast<std::uint32_t>(i % 10);
            const std::int64_t e = reference::expo(100, 5000, n);
            const std::int64_t d = p.delay(n, 100, r);
            if (kind == BackoffKind::Full) {
                ASSERT_GE(d, 0);
                ASSERT_LE(d, e);
            } else {
                ASSERT_GE(d, e / 2);
                ASSERT_LE(d, e / 2 + e / 2);
            }
        }
    }
    const BackoffPolicy p = policy(BackoffKind::Decorrelated);
    std::int64_t previous = p.base;
    for (int i = 0; i < 20'000; ++i) {
        const std::int64_t d = p.delay(0, previous, r);
        ASSERT_GE(d, p.base);
        ASSERT_LE(d, std::min<std::int64_t>(p.cap, 3 * previous));
        previous = (i % 7 == 6) ? p.base : d;  // restart a chain now and then
    }
}

TEST(Backoff, SampleMeansMatchTheFormulas) {
    constexpr int samples = 200'000;
    struct Case {
        BackoffKind kind;
        std::uint32_t n;
        std::int64_t previous;
        std::pair<double, double> moments;  // of one draw
    };
    const std::int64_t base = 100, cap = 5000;
    std::vector<Case> cases;
    for (std::uint32_t n : {0u, 3u, 7u}) {
        const std::int64_t e = reference::expo(base, cap, n);
        cases.push_back({BackoffKind::Full, n, base, uniformMoments(0, e, [](std::int64_t x) { return double(x); })});
        cases.push_back({BackoffKind::Equal, n, base,
                         uniformMoments(0, e / 2, [h = e / 2](std::int64_t x) { return double(h + x); })});
    }
    for (std::int64_t previous : {100, 900, 4000}) {
        cases.push_back({BackoffKind::Decorrelated, 0, previous,
                         uniformMoments(base, 3 * previous, [](std::int64_t x) { return double(std::min<std::int64_t>(x, 5000)); })});
    }
    Random r(7);
    for (const auto& c : cases) {
        const BackoffPolicy p = policy(c.kind, base, cap);
        double sum = 0;
        for (int i = 0; i < samples; ++i) sum += static_cast<double>(p.delay(c.n, c.previous, r));
        const double mean = sum / samples;
        const double error = std::sqrt(c.moments.second / samples);
        EXPECT_NEAR(mean, c.moments.first, 5 * error + 1e-9)
            << backoffName(c.kind) << " n=" << c.n << " previous=" << c.previous;
    }
}

TEST(Backoff, TheRangeIsTheFormulasRangeForEachPolicyAndEveryDrawReachesBothEnds) {
    // Small integers, so a few thousand draws hit every value: the range is neither too narrow
    // (a draw outside it) nor too wide (an end never drawn).
    const std::int64_t base = 4, cap = 37;  // an odd cap: equal jitter's halves round down
    Random r(3);
    for (const auto kind : {BackoffKind::None, BackoffKind::Full, BackoffKind::Equal, BackoffKind::Decorrelated}) {
        const BackoffPolicy p = policy(kind, base, cap);
        for (std::uint32_t n = 0; n < 9; ++n)
            for (const std::int64_t previous : {std::int64_t{1}, base, std::int64_t{7}, std::int64_t{20}, cap, 5 * cap}) {
                // The AWS blog's formulas, written out again: expo(n) = min(cap, base × 2^n).
                const std::int64_t e = reference::expo(base, cap, n);
                BackoffRange expected;
                switch (kind) {
                    case BackoffKind::None: expected = {e, e}; break;                  // expo(n)
                    case BackoffKind::Full: expected = {0, e}; break;                  // U(0, expo(n))
                    case BackoffKind::Equal: expected = {e / 2, e / 2 + e / 2}; break;  // e/2 + U(0, e/2)
                    case BackoffKind::Decorrelated:  // min(cap, U(base, 3 × previous)), never below base
                        expected = {base, std::min(cap, std::max(base, 3 * previous))};
                        break;
                }
                const BackoffRange got = p.range(n, previous);
                ASSERT_EQ(got.low, expected.low) << backoffName(kind) << " n=" << n << " previous=" << previous;
                ASSERT_EQ(got.high, expected.high) << backoffName(kind) << " n=" << n << " previous=" << previous;
                std::int64_t lowest = std::numeric_limits<std::int64_t>::max(), highest = -1;
                for (int i = 0; i < 3000; ++i) {
                    const std::int64_t d = p.delay(n, previous, r);
                    lowest = std::min(lowest, d);
                    highest = std::max(highest, d);
                }
                EXPECT_EQ(lowest, expected.low) << backoffName(kind) << " n=" << n << " previous=" << previous;
                EXPECT_EQ(highest, expected.high) << backoffName(kind) << " n=" << n << " previous=" << previous;
            }
    }
    // The retry policy hands the range out with the delay it drew.
    const RetryPolicy retry{5, policy(BackoffKind::Full, 100, 5000)};
    const RetryDecision d = retry.afterFailure(3, 100, r);
    EXPECT_EQ(d.range, (BackoffRange{0, 400}));
    EXPECT_LE(d.delay, 400);
}

TEST(Backoff, NamesParseAndAnUnknownOneListsTheKnown) {
    EXPECT_EQ(parseBackoff("decorrelated"), BackoffKind::Decorrelated);
    EXPECT_EQ(backoffName(parseBackoff("equal")), "equal");
    try {
        parseBackoff("exponential");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("none, full, equal, decorrelated"), std::string::npos) << e.what();
    }
}

TEST(RetryPolicy, DeadLettersWhenAnotherReceiveWouldExceedMaxReceiveCount) {
    Random r(1);
    RetryPolicy p{3, policy(BackoffKind::None)};
    EXPECT_FALSE(p.afterFailure(1, 100, r).deadLetter);
    EXPECT_EQ(p.afterFailure(1, 100, r).delay, 100);
    EXPECT_EQ(p.afterFailure(2, 100, r).delay, 200);
    EXPECT_TRUE(p.afterFailure(3, 100, r).deadLetter);
    EXPECT_TRUE(p.deadLetterOnTimeout(3));
    EXPECT_FALSE(p.deadLetterOnTimeout(2));
    RetryPolicy once{1, policy(BackoffKind::Full)};
    EXPECT_TRUE(once.afterFailure(1, 100, r).deadLetter);
}
