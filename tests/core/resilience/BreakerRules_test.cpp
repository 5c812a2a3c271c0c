// The Resilience4j rules of SEMANTICS.md "Circuit breaker", case by case, on a fake clock.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/resilience/CircuitBreaker.h"

namespace stepwise::resilience {
namespace {

using S = BreakerState;

/// A breaker, its clock and a recording tracer, with one-letter calls.
struct Bench {
    explicit Bench(BreakerConfig c) : breaker(c) {}
    CircuitBreaker breaker;
    ManualClock clock;
    RecordingTracer trace;

    /// One call: 'S' or 'F', slow when `duration` says so. Returns whether it was permitted.
    bool call(char outcome, Time duration = 0) {
        if (!breaker.tryAcquirePermission(clock.now(), trace)) return false;
        breaker.onResult(clock.now(), duration, outcome == 'F', trace);
        return true;
    }
    void calls(const std::string& outcomes) {
        for (char c : outcomes) call(c);
    }
    void advance(Time t) {
        clock.advance(t);
        breaker.advanceTo(clock.now(), trace);
    }
    std::vector<Transition> transitions() const {
        std::vector<Transition> list;
        for (const auto& e : trace.events)
            if (e.kind == BreakerEvent::Kind::Transition) list.push_back(e.transition);
        return list;
    }
};

BreakerConfig small(std::uint32_t size = 10, std::uint32_t minimum = 10) {
    BreakerConfig c;
    c.slidingWindowSize = size;
    c.minimumNumberOfCalls = minimum;
    c.waitDurationInOpenState = 5 * second;
    c.permittedNumberOfCallsInHalfOpenState = 4;
    return c;
}

/// Opens the breaker (all calls fail) and moves it to HALF_OPEN.
void toHalfOpen(Bench& b) {
    b.calls(std::string(b.breaker.config().slidingWindowSize, 'F'));
    ASSERT_EQ(b.breaker.state(), S::Open);
    b.clock.advance(b.breaker.config().waitDurationInOpenState + 1);
}

TEST(BreakerRules, DefaultsAreResilience4js) {
    const BreakerConfig c;
    EXPECT_EQ(c.failureRateThreshold, 50);
    EXPECT_EQ(c.slowCallRateThreshold, 100);
    EXPECT_EQ(c.slowCallDurationThreshold, 60 * second);
    EXPECT_EQ(c.slidingWindowType, WindowType::CountBased);
    EXPECT_EQ(c.slidingWindowSize, 100u);
    EXPECT_EQ(c.minimumNumberOfCalls, 100u);
    EXPECT_EQ(c.waitDurationInOpenState, 60 * second);
    EXPECT_EQ(c.permittedNumberOfCallsInHalfOpenState, 10u);
    EXPECT_EQ(c.maxWaitDurationInHalfOpenState, 0);
    EXPECT_FALSE(c.automaticTransitionFromOpenToHalfOpenEnabled);
}

TEST(BreakerRules, InvalidConfigurationIsRefusedByName) {
    BreakerConfig c;
    c.failureRateThreshold = 0;
    EXPECT_NE(checkConfig(c).find("failureRateThreshold"), std::string::npos);
    c = {};
    c.slowCallRateThreshold = 100.5;
    EXPECT_NE(checkConfig(c).find("slowCallRateThreshold"), std::string::npos);
    c = {};
    c.slidingWindowSize = 0;
    EXPECT_NE(checkConfig(c).find("slidingWindowSize"), std::string::npos);
    c = {};
    c.waitDurationInOpenState = 0;
    EXPECT_NE(checkConfig(c).find("waitDurationInOpenState"), std::string::npos);
    EXPECT_THROW(CircuitBreaker{c}, std::invalid_argument);
}

struct RateCase {
    const char* name;
    std::uint32_t size, minimum;
    std::string calls;
    S expected;
};

class RateCases : public ::testing::TestWithParam<RateCase> {};

TEST_P(RateCases, TripsExactlyWhenARateReachesItsThresholdWithEnoughCalls) {
    const RateCase& c = GetParam();
    Bench b(small(c.size, c.minimum));
    b.calls(c.calls);
    EXPECT_EQ(b.breaker.state(), c.expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, RateCases,
    ::testing::Values(
        RateCase{"below the minimum nothing trips", 10, 5, "FFFF", S::Closed},
        RateCase{"at the minimum, 100 % trips", 10, 5, "FFFFF", S::Open},
        RateCase{"50 % is at the threshold: trips", 10, 4, "SSFF", S::Open},
        RateCase{"40 % stays closed", 10, 5, "SSSFF", S::Closed},
        RateCase{"count window: min(minimum, size) calls suffice", 4, 100, "SSFF", S::Open},
        RateCase{"old outcomes leave the count window", 4, 4, "FSSSSS", S::Closed},
        RateCase{"checked after every call, not only when full", 10, 2, "FF", S::Open},
        RateCase{"one failure in ten", 10, 10, "SSSSSSSSSF", S::Closed},
        RateCase{"five failures in ten", 10, 10, "SSSSSFFFFF", S::Open}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(BreakerRules, CauseSaysTheRateTheThresholdAndTheWindow) {
    Bench b(small(10, 10));
    b.calls("SSSSFFFFFF");  // the sixth failure is the tenth call: 60 %
    ASSERT_EQ(b.breaker.state(), S::Open);
    const auto t = b.transitions();
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(transitionCause(t[0]), "failure rate 60 % ≥ 50 % over the last 10 calls");
    EXPECT_EQ(t[0].from, S::Closed);
    EXPECT_EQ(t[0].to, S::Open);
    EXPECT_EQ(t[0].cause.kind, TransitionCause::Kind::FailureRate);
    EXPECT_EQ(t[0].cause.counts.calls, 10u);
    EXPECT_EQ(t[0].cause.counts.failed, 6u);
}

TEST(BreakerRules, SlowMeansStrictlyLongerThanTheThreshold) {
    BreakerConfig c = small(2, 2);
    c.slowCallDurationThreshold = 1 * second;
    c.slowCallRateThreshold = 100;
    Bench atThreshold(c);
    atThreshold.call('S', 1 * second);
    atThreshold.call('S', 1 * second);
    EXPECT_EQ(atThreshold.breaker.state(), S::Closed);
    EXPECT_EQ(atThreshold.breaker.window().counts().slow, 0u);

    Bench over(c);
    over.call('S', 1 * second + 1);
    over.call('S', 1 * second + 1);
    EXPECT_EQ(over.breaker.state(), S::Open);
    const auto t = over.transitions();
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].cause.kind, TransitionCause::Kind::SlowCallRate);
    EXPECT_EQ(transitionCause(t[0]), "slow-call rate 100 % ≥ 100 % over the last 2 calls");
}

TEST(BreakerRules, OpenRejectsUntilStrictlyMoreThanTheWaitHasPassed) {
    Bench b(small(2, 2));
    b.calls("FF");
    ASSERT_EQ(b.breaker.state(), S::Open);
    b.clock.advance(5 * second);  // exactly the wait: not more
    EXPECT_FALSE(b.call('S'));
    EXPECT_EQ(b.breaker.state(), S::Open);
    EXPECT_EQ(b.breaker.notPermitted(), 1u);
    b.clock.advance(1);  // one microsecond more
    EXPECT_TRUE(b.call('S'));
    EXPECT_EQ(b.breaker.state(), S::HalfOpen);
    const auto t = b.transitions();
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[1].at, 5 * second + 1);
    EXPECT_EQ(t[1].cause.kind, TransitionCause::Kind::WaitElapsed);
    EXPECT_FALSE(t[1].cause.automatic);
}

TEST(BreakerRules, HalfOpenFFSFReopensAndFSSSCloses) {
    Bench reopen(small(4, 4));
    toHalfOpen(reopen);
    reopen.calls("FFSF");
    EXPECT_EQ(reopen.breaker.state(), S::Open);
    EXPECT_EQ(transitionCause(reopen.transitions().back()), "failure rate 75 % ≥ 50 % over the 4 half-open calls");

    Bench close(small(4, 4));
    toHalfOpen(close);
    close.calls("FSSS");
    EXPECT_EQ(close.breaker.state(), S::Closed);
    EXPECT_EQ(transitionCause(close.transitions().back()),
              "failure rate 25 % < 50 % and slow-call rate 0 % < 100 % over the 4 half-open calls");
    EXPECT_EQ(close.breaker.window().counts().calls, 0u) << "CLOSED starts with fresh metrics";
}

TEST(BreakerRules, HalfOpenDecidesOnlyWhenEveryProbeIsRecorded) {
    Bench b(small(4, 4));
    toHalfOpen(b);
    b.calls("FFF");  // 100 % so far, but one probe is still out
    EXPECT_EQ(b.breaker.state(), S::HalfOpen);
    EXPECT_EQ(b.breaker.permitsLeft(), 1u);
}

TEST(BreakerRules, HalfOpenHandsOutExactlyItsPermits) {
    Bench b(small(4, 4));
    toHalfOpen(b);
    for (int i = 0; i < 4; ++i) EXPECT_TRUE(b.breaker.tryAcquirePermission(b.clock.now())) << i;
    EXPECT_FALSE(b.breaker.tryAcquirePermission(b.clock.now()));
    EXPECT_EQ(b.breaker.state(), S::HalfOpen);
}

TEST(BreakerRules, MaxWaitInHalfOpenReopens) {
    BreakerConfig c = small(2, 2);
    c.maxWaitDurationInHalfOpenState = 3 * second;
    Bench b(c);
    toHalfOpen(b);
    EXPECT_TRUE(b.call('S'));
    const Time entered = b.breaker.halfOpenedAt();
    b.advance(3 * second - 1);
    EXPECT_EQ(b.breaker.state(), S::HalfOpen);
    b.advance(1);
    EXPECT_EQ(b.breaker.state(), S::Open);
    EXPECT_EQ(b.transitions().back().at, entered + 3 * second);
    EXPECT_EQ(b.transitions().back().cause.kind, TransitionCause::Kind::MaxWaitInHalfOpen);
}

TEST(BreakerRules, AutomaticTransitionHappensByItselfJustAfterTheWait) {
    BreakerConfig c = small(2, 2);
    c.automaticTransitionFromOpenToHalfOpenEnabled = true;
    Bench b(c);
    b.calls("FF");
    b.advance(5 * second);
    EXPECT_EQ(b.breaker.state(), S::Open);
    b.advance(1);
    EXPECT_EQ(b.breaker.state(), S::HalfOpen);
    EXPECT_TRUE(b.transitions().back().cause.automatic);
    EXPECT_EQ(b.transitions().back().at, 5 * second + 1);

    Bench manual(small(2, 2));  // without it, time alone changes nothing
    manual.calls("FF");
    manual.advance(60 * second);
    EXPECT_EQ(manual.breaker.state(), S::Open);
}

TEST(BreakerRules, TimeWindowCountsACallWhileFewerThanNSecondsHavePassed) {
    BreakerConfig c = small(3, 2);
    c.slidingWindowType = WindowType::TimeBased;
    c.failureRateThreshold = 100;
    Bench b(c);
    b.call('F');  // second 0
    b.clock.set(2 * second + 999 * millisecond);  // second 2: 2 − 0 < 3, still counted
    EXPECT_EQ(b.breaker.tryAcquirePermission(b.clock.now()), true);
    b.breaker.onResult(b.clock.now(), 0, false);
    EXPECT_EQ(b.breaker.window().counts().calls, 2u);
    b.clock.set(3 * second);  // second 3: the call of second 0 has left
    b.call('F');
    EXPECT_EQ(b.breaker.window().counts().calls, 2u);
    EXPECT_EQ(b.breaker.window().counts().failed, 1u);
    EXPECT_EQ(b.breaker.state(), S::Closed);
    b.call('F');  // now F (s2: S), F, F → 2 of 3
    b.clock.set(6 * second);
    b.call('F');
    b.call('F');  // second 6 alone: F F → 100 %
    EXPECT_EQ(b.breaker.state(), S::Open);
    EXPECT_EQ(transitionCause(b.transitions().back()), "failure rate 100 % ≥ 100 % over the last 3 s (2 calls)");
}

TEST(BreakerRules, TimeWindowUsesTheMinimumNotTheWindowSize) {
    BreakerConfig c = small(2, 5);  // 2 seconds, at least 5 calls
    c.slidingWindowType = WindowType::TimeBased;
    Bench b(c);
    b.calls("FFFF");
    EXPECT_EQ(b.breaker.state(), S::Closed);
    b.call('F');
    EXPECT_EQ(b.breaker.state(), S::Open);
}

TEST(BreakerRules, DisabledPermitsEverythingAndRecordsNothing) {
    Bench b(small(2, 2));
    b.breaker.transitionTo(S::Disabled, 0, b.trace);
    b.calls("FFFFFF");
    EXPECT_EQ(b.breaker.state(), S::Disabled);
    EXPECT_EQ(b.breaker.window().counts().calls, 0u);
    EXPECT_EQ(b.breaker.notPermitted(), 0u);
}

TEST(BreakerRules, ForcedOpenRejectsEverythingAndNeverLeavesByItself) {
    BreakerConfig c = small(2, 2);
    c.automaticTransitionFromOpenToHalfOpenEnabled = true;
    c.maxWaitDurationInHalfOpenState = 1 * second;
    Bench b(c);
    b.breaker.transitionTo(S::ForcedOpen, 0, b.trace);
    for (int i = 0; i < 5; ++i) {
        b.advance(10 * 60 * second);
        EXPECT_FALSE(b.call('S'));
    }
    EXPECT_EQ(b.breaker.state(), S::ForcedOpen);
    EXPECT_EQ(b.breaker.notPermitted(), 5u);
    EXPECT_EQ(b.transitions().size(), 1u);
}

TEST(BreakerRules, MetricsOnlyRecordsButNeverTransitions) {
    Bench b(small(4, 2));
    b.breaker.transitionTo(S::MetricsOnly, 0, b.trace);
    b.calls("FFFFFFFF");
    EXPECT_EQ(b.breaker.state(), S::MetricsOnly);
    EXPECT_EQ(b.breaker.window().counts().calls, 4u);
    EXPECT_EQ(b.breaker.window().counts().failed, 4u);
    EXPECT_EQ(b.transitions().size(), 1u);
}

TEST(BreakerRules, SpecialStatesAreLeftByAnExplicitTransitionOrReset) {
    Bench b(small(2, 2));
    b.breaker.transitionTo(S::ForcedOpen, 0, b.trace);
    b.breaker.reset(0, b.trace);
    EXPECT_EQ(b.breaker.state(), S::Closed);
    EXPECT_EQ(b.transitions().back().cause.kind, TransitionCause::Kind::Reset);
    b.breaker.transitionTo(S::MetricsOnly, 0, b.trace);
    b.breaker.transitionTo(S::Closed, 0, b.trace);
    b.calls("FF");
    EXPECT_EQ(b.breaker.state(), S::Open);
}

TEST(BreakerRules, ResetInClosedClearsTheMetricsWithoutATransition) {
    Bench b(small(4, 4));
    b.calls("FFF");
    b.breaker.reset(0, b.trace);
    EXPECT_TRUE(b.transitions().empty());
    b.call('F');
    EXPECT_EQ(b.breaker.state(), S::Closed);
}

}  // namespace
}  // namespace stepwise::resilience
