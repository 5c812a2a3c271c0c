#pragma once
// A breaker run through a call list, one breaker event per step: a permission granted or refused,
// a call recorded, a transition, the clock moving. Each token of the list is processed whole (its
// events kept), and the steps walk through them, so every step shows the event's own numbers.
// Copyable (the breaker is a value), so CheckpointTimeline can go back in it.
#include <memory>
#include <optional>
#include <vector>

#include "core/resilience/CallList.h"
#include "core/resilience/CircuitBreaker.h"
#include "core/resilience/Bulkhead.h"
#include "core/resilience/RateLimiter.h"
#include "core/resilience/Retry.h"

namespace stepwise::resilience {

/// The rate limiter and the bulkhead a breaker run may decorate its calls with, each optional.
/// Resilience4j's Spring Boot aspect order (its documentation): Retry ( CircuitBreaker ( RateLimiter (
/// TimeLimiter ( Bulkhead ( call ) ) ) ) ). So a call the breaker permits asks the rate limiter for a
/// permit, then the bulkhead for a slot; a refusal there (RequestNotPermitted, BulkheadFullException)
/// is an exception the breaker records as a failure (its default: every exception counts), and the
/// Retry outside may try again. The breaker times the whole decorated call, so a wait inside adds
/// to the duration it judges slow. Every wait holds the call list back (the clock moves, as for a
/// Retry's backoff); a call's own duration does not, so calls at the same time overlap in the bulkhead.
struct InnerPolicies {
    std::optional<RateLimiterConfig> rateLimiter;
    std::optional<BulkheadConfig> bulkhead;
};

class BreakerSim {
  public:
    /// Most events one token may make: with automatic transition and maxWaitDurationInHalfOpenState
    /// both on, a long clock advance cycles OPEN → HALF_OPEN → OPEN by itself, two events a cycle.
    static constexpr std::size_t maxEventsPerToken = 100'000;

    /// `retry` sits in front of the breaker (Resilience4j's order: Retry(CircuitBreaker(call))): a
    /// failed or rejected call is tried again after its wait, with the same outcome (the dependency
    /// is as it was), until it succeeds or maxAttempts are spent. maxAttempts 1: no retry.
    BreakerSim(const BreakerConfig& config, std::shared_ptr<const std::vector<CallToken>> tokens,
               const RetryConfig& retry = noRetry(), const InnerPolicies& inner = {});
    static RetryConfig noRetry() {
        RetryConfig r;
        r.maxAttempts = 1;
        return r;
    }
    const RetryConfig& retry() const { return retry_; }
    /// The rate limiter inside the breaker, when there is one.
    const std::optional<RateLimiter>& rateLimiter() const { return limiter_; }
    /// The bulkhead inside the breaker, when there is one.
    const std::optional<BulkheadSchedule>& bulkhead() const { return bulkhead_; }
    const InnerPolicies& inner() const { return inner_; }

    /// One event. Precondition: !done(). InputError for a token that would make more than
    /// maxEventsPerToken events.
    void step();
    bool done() const { return pendingAt_ == pending_.events.size() && next_ == tokens_->size(); }
    std::size_t position() const { return position_; }

    /// The breaker after the current token (every event of it).
    const CircuitBreaker& breaker() const { return breaker_; }
    /// The breaker as of the current event: after the breaker calls the token made up to it (its
    /// permission, its record, the clock moving), so a "permitted" step does not show the call's
    /// outcome in the window yet. Precondition: position() > 0.
    const CircuitBreaker& breakerAtEvent() const;
    const std::vector<CallToken>& tokens() const { return *tokens_; }
    /// The event of the current step. Precondition: position() > 0.
    const BreakerEvent& event() const { return pending_.events[pendingAt_ - 1]; }
    /// Index of the token the current event belongs to. Precondition: position() > 0.
    std::size_t tokenIndex() const { return next_ - 1; }
    /// 1-based number of the current token's call (calls counted without clock moves); 0 for
    /// another token.
    std::size_t callNumber() const { return callNumber_; }
    /// True when the current event is the last of its token.
    bool lastOfToken() const { return pendingAt_ == pending_.events.size(); }
    /// The simulated clock after the current token.
    Time now() const { return now_; }

  private:
    void processToken();
    /// One attempt of call token `t`: the breaker's permission, then the inner policies, then the record.
    /// Returns whether it succeeded.
    bool attemptCall(const CallToken& t);
    /// InputError when moving the clock by `delta` would cycle the breaker's timers too often.
    void checkCycles(Time delta) const;
    /// Runs `call` on the breaker and keeps the breaker after it (for breakerAtEvent).
    template <class Call>
    void onBreaker(Call&& call) {
        const std::size_t before = pending_.events.size();
        call(breaker_);
        after_.emplace_back(before, breaker_);
    }

    CircuitBreaker breaker_;
    RetryConfig retry_;
    InnerPolicies inner_;
    std::optional<RateLimiter> limiter_;
    std::optional<BulkheadSchedule> bulkhead_;
    std::shared_ptr<const std::vector<CallToken>> tokens_;
    std::size_t next_ = 0;
    RecordingTracer pending_;  // the events of token next_ − 1
    // Per breaker call of that token: the events before it, and the breaker after it.
    std::vector<std::pair<std::size_t, CircuitBreaker>> after_;
    std::size_t pendingAt_ = 0;
    std::size_t position_ = 0;
    std::size_t calls_ = 0;
    std::size_t callNumber_ = 0;
    Time now_ = 0;
};

}  // namespace stepwise::resilience
