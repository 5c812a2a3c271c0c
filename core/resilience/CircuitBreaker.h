#pragma once
// Resilience4j's CircuitBreaker state machine (SEMANTICS.md "Circuit breaker"): CLOSED, OPEN,
// HALF_OPEN and the special states DISABLED, FORCED_OPEN, METRICS_ONLY, over a count- or
// time-based sliding window. Time is passed in (simulated or Clock::now()), so a breaker is a plain
// value a checkpointed run can copy. Not thread-safe: one thread, or a lock around it.
//
// Every call goes tryAcquirePermission(now) then, if permitted, onResult(now, duration, failed).
// Both are templates over a tracer: with NullTracer (the default) nothing is recorded and nothing
// allocates; with RecordingTracer each permission, recorded call and transition is an event.
#include <stdexcept>

#include "core/resilience/BreakerConfig.h"
#include "core/resilience/BreakerTrace.h"
#include "core/resilience/SlidingWindow.h"

namespace stepwise::resilience {

class CircuitBreaker {
  public:
    /// Precondition: checkConfig(config) is empty (std::invalid_argument with its message otherwise).
    explicit CircuitBreaker(const BreakerConfig& config)
        : config_(validated(config)),
          window_(config.slidingWindowType, config.slidingWindowSize),
          probes_(WindowType::CountBased, config.permittedNumberOfCallsInHalfOpenState) {}

    const BreakerConfig& config() const { return config_; }
    BreakerState state() const { return state_; }
    /// The window the current state records into: the half-open probes in HALF_OPEN, else the
    /// sliding window (DISABLED and FORCED_OPEN keep it empty).
    const SlidingWindow& window() const {
        return state_ == BreakerState::HalfOpen || (state_ == BreakerState::Open && probesInOpen_) ? probes_ : window_;
    }
    /// Calls refused since construction (OPEN, FORCED_OPEN, HALF_OPEN out of permits).
    std::uint64_t notPermitted() const { return notPermitted_; }
    /// HALF_OPEN: permits still to hand out.
    std::uint32_t permitsLeft() const { return permitsLeft_; }
    /// When OPEN (or HALF_OPEN) was entered.
    Time openedAt() const { return openedAt_; }
    Time halfOpenedAt() const { return halfOpenedAt_; }

    /// Asks to make a call at `now`. OPEN turns HALF_OPEN first when strictly more than
    /// waitDurationInOpenState has passed. Rejections are counted in notPermitted().
    template <class Tracer = NullTracer>
    bool tryAcquirePermission(Time now, Tracer&& tracer = {}) {
        advanceTo(now, tracer);
        bool permitted;
        switch (state_) {
            case BreakerState::Closed:
            case BreakerState::Disabled:
            case BreakerState::MetricsOnly:
                permitted = true;
                break;
            case BreakerState::Open:
                if (now - openedAt_ > config_.waitDurationInOpenState) {
                    enterHalfOpen(now, waitCause(now, false), tracer);
                    permitted = takePermit();
                } else {
                    permitted = false;
                }
                break;
            case BreakerState::HalfOpen:
                permitted = takePermit();
                break;
            default:  // ForcedOpen
                permitted = false;
        }
        if (!permitted) ++notPermitted_;
        tracer.permission(now, state_, permitted, permitsLeft_);
        return permitted;
    }

    /// Records a permitted call that took `duration` and failed or not. A call is slow when its
    /// duration is strictly greater than slowCallDurationThreshold. CLOSED → OPEN when a rate
    /// reaches its threshold; HALF_OPEN decides once every probe is recorded. DISABLED, OPEN and
    /// FORCED_OPEN record nothing.
    template <class Tracer = NullTracer>
    void onResult(Time now, Time duration, bool failed, Tracer&& tracer = {}) {
        advanceTo(now, tracer);
        const auto outcome = static_cast<Outcome>((failed ? Failed : Success) |
                                                  (duration > config_.slowCallDurationThreshold ? Slow : 0));
        switch (state_) {
            case BreakerState::Closed:
            case BreakerState::MetricsOnly: {
                window_.record(outcome, now);
                const WindowCounts counts = window_.snapshot(now);
                tracer.recorded(now, state_, outcome, duration, counts, true);
                TransitionCause cause;
                if (state_ == BreakerState::Closed && tripped(counts, config_.effectiveMinimumCalls(), false, cause))
                    enterOpen(now, cause, tracer);
                break;
            }
            case BreakerState::HalfOpen: {
                probes_.record(outcome, now);
                const WindowCounts counts = probes_.counts();
                tracer.recorded(now, state_, outcome, duration, counts, true);
                if (counts.calls < config_.permittedNumberOfCallsInHalfOpenState) break;
                TransitionCause cause;
                cause.halfOpenWindow = true;
                cause.windowSize = config_.permittedNumberOfCallsInHalfOpenState;
                if (tripped(counts, config_.permittedNumberOfCallsInHalfOpenState, true, cause)) {
                    enterOpen(now, cause, tracer);
                } else {
                    cause.kind = TransitionCause::Kind::BelowThresholds;
                    cause.threshold = config_.failureRateThreshold;
                    cause.slowThreshold = config_.slowCallRateThreshold;
                    enter(now, BreakerState::Closed, cause, tracer);
                }
                break;
            }
            default:
                tracer.recorded(now, state_, outcome, duration, window().counts(), false);
        }
    }
    template <class Tracer = NullTracer>
    void onSuccess(Time now, Time duration, Tracer&& tracer = {}) {
        onResult(now, duration, false, tracer);
    }
    template <class Tracer = NullTracer>
    void onError(Time now, Time duration, Tracer&& tracer = {}) {
        onResult(now, duration, true, tracer);
    }

    /// The timers that act by themselves, due by `now`: HALF_OPEN → OPEN once
    /// maxWaitDurationInHalfOpenState (> 0) has passed, and, with automatic transition on,
    /// OPEN → HALF_OPEN at the first microsecond strictly after waitDurationInOpenState.
    /// Each transition is stamped with the time it fell due.
    template <class Tracer = NullTracer>
    void advanceTo(Time now, Tracer&& tracer = {}) {
        for (;;) {
            const Time due = nextTimer();
            if (due > now) return;
            if (state_ == BreakerState::HalfOpen) {
                TransitionCause cause;
                cause.kind = TransitionCause::Kind::MaxWaitInHalfOpen;
                cause.waited = due - halfOpenedAt_;
                cause.limit = config_.maxWaitDurationInHalfOpenState;
                enterOpen(due, cause, tracer);
            } else {
                enterHalfOpen(due, waitCause(due, true), tracer);
            }
        }
    }

    /// When advanceTo() would next act; a time past every clock (sim::endOfTime) when never.
    Time nextTimer() const {
        if (state_ == BreakerState::HalfOpen && config_.maxWaitDurationInHalfOpenState > 0)
            return halfOpenedAt_ + config_.maxWaitDurationInHalfOpenState;
        if (state_ == BreakerState::Open && config_.automaticTransitionFromOpenToHalfOpenEnabled)
            return openedAt_ + config_.waitDurationInOpenState + 1;
        return sim::endOfTime;
    }

    /// An explicit transition (transitionToClosedState(), ...ForcedOpenState(), ...): the only way
    /// out of DISABLED, FORCED_OPEN and METRICS_ONLY besides reset(). Fresh metrics.
    template <class Tracer = NullTracer>
    void transitionTo(BreakerState target, Time now, Tracer&& tracer = {}) {
        TransitionCause cause;
        cause.kind = TransitionCause::Kind::Requested;
        if (target == BreakerState::Open)
            enterOpen(now, cause, tracer);
        else if (target == BreakerState::HalfOpen)
            enterHalfOpen(now, cause, tracer);
        else
            enter(now, target, cause, tracer);
    }

    /// CLOSED with fresh metrics; a transition is reported only when the state changes.
    template <class Tracer = NullTracer>
    void reset(Time now, Tracer&& tracer = {}) {
        if (state_ == BreakerState::Closed) {
            window_.clear();
            return;
        }
        TransitionCause cause;
        cause.kind = TransitionCause::Kind::Reset;
        enter(now, BreakerState::Closed, cause, tracer);
    }

  private:
    static const BreakerConfig& validated(const BreakerConfig& config) {
        if (const std::string problem = checkConfig(config); !problem.empty()) throw std::invalid_argument(problem);
        return config;
    }

    bool takePermit() {
        if (permitsLeft_ == 0) return false;
        --permitsLeft_;
        return true;
    }

    /// A rate at or over its threshold, with at least `minimum` calls; fills `cause` when so.
    bool tripped(const WindowCounts& c, std::uint32_t minimum, bool halfOpen, TransitionCause& cause) const {
        if (c.calls == 0 || c.calls < minimum) return false;
        // failed / calls × 100 ≥ threshold, without dividing (exact for whole-number thresholds).
        const double calls = c.calls;
        const bool failing = c.failed * 100.0 >= config_.failureRateThreshold * calls;
        const bool slow = c.slow * 100.0 >= config_.slowCallRateThreshold * calls;
        if (!failing && !slow) return false;
        cause.kind = failing ? TransitionCause::Kind::FailureRate : TransitionCause::Kind::SlowCallRate;
        cause.counts = c;
        cause.threshold = failing ? config_.failureRateThreshold : config_.slowCallRateThreshold;
        cause.halfOpenWindow = halfOpen;
        cause.windowType = halfOpen ? WindowType::CountBased : config_.slidingWindowType;
        cause.windowSize = halfOpen ? config_.permittedNumberOfCallsInHalfOpenState : config_.slidingWindowSize;
        return true;
    }

    TransitionCause waitCause(Time at, bool automatic) const {
        TransitionCause cause;
        cause.kind = TransitionCause::Kind::WaitElapsed;
        cause.automatic = automatic;
        cause.waited = at - openedAt_;
        cause.limit = config_.waitDurationInOpenState;
        return cause;
    }

    template <class Tracer>
    void enter(Time at, BreakerState to, TransitionCause& cause, Tracer& tracer) {
        if (cause.kind == TransitionCause::Kind::BelowThresholds) cause.counts = probes_.counts();
        const BreakerState from = state_;
        state_ = to;
        window_.clear();
        probesInOpen_ = false;
        permitsLeft_ = 0;
        tracer.transition(Transition{at, from, to, cause});
    }
    template <class Tracer>
    void enterOpen(Time at, const TransitionCause& cause, Tracer& tracer) {
        openedAt_ = at;
        // OPEN keeps the numbers that tripped it (the window or the probes), as Resilience4j's
        // OpenState keeps its metrics; CLOSED starts fresh.
        const BreakerState was = state_;
        probesInOpen_ = was == BreakerState::HalfOpen;
        state_ = BreakerState::Open;
        permitsLeft_ = 0;
        tracer.transition(Transition{at, was, BreakerState::Open, cause});
    }
    template <class Tracer>
    void enterHalfOpen(Time at, const TransitionCause& cause, Tracer& tracer) {
        const BreakerState was = state_;
        state_ = BreakerState::HalfOpen;
        halfOpenedAt_ = at;
        probes_.clear();
        permitsLeft_ = config_.permittedNumberOfCallsInHalfOpenState;
        tracer.transition(Transition{at, was, BreakerState::HalfOpen, cause});
    }

    BreakerConfig config_;
    BreakerState state_ = BreakerState::Closed;
    SlidingWindow window_;
    SlidingWindow probes_;
    std::uint32_t permitsLeft_ = 0;
    std::uint64_t notPermitted_ = 0;
    Time openedAt_ = 0;
    Time halfOpenedAt_ = 0;
    bool probesInOpen_ = false;
};

}  // namespace stepwise::resilience
