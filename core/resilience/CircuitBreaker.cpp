#include "core/resilience/CircuitBreaker.h"

#include <cmath>
#include <cstdio>

namespace stepwise::resilience {

const char* stateName(BreakerState state) {
    switch (state) {
        case BreakerState::Closed:
            return "CLOSED";
        case BreakerState::Open:
            return "OPEN";
        case BreakerState::HalfOpen:
            return "HALF_OPEN";
        case BreakerState::Disabled:
            return "DISABLED";
        case BreakerState::ForcedOpen:
            return "FORCED_OPEN";
        case BreakerState::MetricsOnly:
            return "METRICS_ONLY";
    }
    return "?";
}

const char* windowTypeName(WindowType type) {
    return type == WindowType::CountBased ? "COUNT_BASED" : "TIME_BASED";
}

namespace {

std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", v);
    std::string s = text;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

std::string rate(std::uint32_t part, std::uint32_t calls) {
    return number(calls == 0 ? 0.0 : 100.0 * part / calls) + " %";
}

std::string over(const TransitionCause& c) {
    if (c.halfOpenWindow) return "over the " + std::to_string(c.counts.calls) + " half-open calls";
    if (c.windowType == WindowType::CountBased)
        return "over the last " + std::to_string(c.counts.calls) + (c.counts.calls == 1 ? " call" : " calls");
    return "over the last " + std::to_string(c.windowSize) + " s (" + std::to_string(c.counts.calls) +
           (c.counts.calls == 1 ? " call)" : " calls)");
}

}  // namespace

std::string formatDuration(Time t) {
    if (t != 0 && t % (3600 * second) == 0) return std::to_string(t / (3600 * second)) + " h";
    if (t != 0 && t % (60 * second) == 0) return std::to_string(t / (60 * second)) + " min";
    if (t != 0 && t % second == 0) return std::to_string(t / second) + " s";
    if (t % millisecond == 0) return std::to_string(t / millisecond) + " ms";
    return std::to_string(t) + " µs";
}

std::string checkConfig(const BreakerConfig& c) {
    auto percent = [](const char* name, double v) -> std::string {
        if (!(v > 0 && v <= 100))
            return std::string(name) + " must be a percentage in (0, 100], not " + number(v);
        return {};
    };
    if (auto p = percent("failureRateThreshold", c.failureRateThreshold); !p.empty()) return p;
    if (auto p = percent("slowCallRateThreshold", c.slowCallRateThreshold); !p.empty()) return p;
    if (c.slowCallDurationThreshold <= 0) return "slowCallDurationThreshold must be more than 0";
    if (c.slidingWindowSize == 0) return "slidingWindowSize must be at least 1";
    if (c.minimumNumberOfCalls == 0) return "minimumNumberOfCalls must be at least 1";
    if (c.waitDurationInOpenState <= 0) return "waitDurationInOpenState must be more than 0";
    if (c.permittedNumberOfCallsInHalfOpenState == 0) return "permittedNumberOfCallsInHalfOpenState must be at least 1";
    if (c.maxWaitDurationInHalfOpenState < 0) return "maxWaitDurationInHalfOpenState must not be negative";
    return {};
}

std::string describeConfig(const BreakerConfig& c) {
    std::string s = c.slidingWindowType == WindowType::CountBased
                        ? "count-based window of " + std::to_string(c.slidingWindowSize) + " calls"
                        : "time-based window of " + std::to_string(c.slidingWindowSize) + " s";
    s += ", failure threshold " + number(c.failureRateThreshold) + " %, slow-call threshold " +
         number(c.slowCallRateThreshold) + " % (slow: over " + formatDuration(c.slowCallDurationThreshold) +
         "), at least " + std::to_string(c.effectiveMinimumCalls()) + " calls, " +
         formatDuration(c.waitDurationInOpenState) + " in OPEN, " +
         std::to_string(c.permittedNumberOfCallsInHalfOpenState) + " half-open probes";
    if (c.maxWaitDurationInHalfOpenState > 0)
        s += " (at most " + formatDuration(c.maxWaitDurationInHalfOpenState) + ")";
    if (c.automaticTransitionFromOpenToHalfOpenEnabled) s += ", automatic OPEN → HALF_OPEN";
    return s;
}

std::string transitionCause(const Transition& t) {
    const TransitionCause& c = t.cause;
    switch (c.kind) {
        case TransitionCause::Kind::FailureRate:
            return "failure rate " + rate(c.counts.failed, c.counts.calls) + " ≥ " + number(c.threshold) + " % " +
                   over(c);
        case TransitionCause::Kind::SlowCallRate:
            return "slow-call rate " + rate(c.counts.slow, c.counts.calls) + " ≥ " + number(c.threshold) + " % " +
                   over(c);
        case TransitionCause::Kind::BelowThresholds:
            return "failure rate " + rate(c.counts.failed, c.counts.calls) + " < " + number(c.threshold) +
                   " % and slow-call rate " + rate(c.counts.slow, c.counts.calls) + " < " +
                   number(c.slowThreshold) + " % " + over(c);
        case TransitionCause::Kind::WaitElapsed:
            return c.automatic ? "more than the " + formatDuration(c.limit) +
                                     " wait in OPEN has passed (automatic transition)"
                               : "a call came " + formatDuration(c.waited) + " after OPEN, more than the " +
                                     formatDuration(c.limit) + " wait";
        case TransitionCause::Kind::MaxWaitInHalfOpen:
            return "the probes took longer than maxWaitDurationInHalfOpenState (" + formatDuration(c.limit) + ")";
        case TransitionCause::Kind::Requested:
            return "requested by hand";
        case TransitionCause::Kind::Reset:
            return "reset: fresh metrics";
    }
    return {};
}

}  // namespace stepwise::resilience
