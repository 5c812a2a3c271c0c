#pragma once
// What a circuit breaker tells a tracer: permissions, recorded calls and transitions, each with
// its time and, for a transition, its cause as data. NullTracer compiles to nothing (the fast
// path); RecordingTracer keeps every event (the runs, the tests, the benchmark's "tracing on").
#include <cstdint>
#include <vector>

#include "core/resilience/SlidingWindow.h"

namespace stepwise::resilience {

enum class BreakerState : std::uint8_t { Closed, Open, HalfOpen, Disabled, ForcedOpen, MetricsOnly };

/// "CLOSED", "OPEN", "HALF_OPEN", "DISABLED", "FORCED_OPEN", "METRICS_ONLY".
const char* stateName(BreakerState state);

/// Why a transition happened, as data (transitionCause() says it in words).
struct TransitionCause {
    enum class Kind : std::uint8_t {
        FailureRate,       // CLOSED/HALF_OPEN → OPEN: failure rate ≥ threshold
        SlowCallRate,      // CLOSED/HALF_OPEN → OPEN: slow-call rate ≥ threshold
        BelowThresholds,   // HALF_OPEN → CLOSED: every probe recorded, both rates below
        WaitElapsed,       // OPEN → HALF_OPEN: more than waitDurationInOpenState passed
        MaxWaitInHalfOpen, // HALF_OPEN → OPEN: maxWaitDurationInHalfOpenState passed
        Requested,         // an explicit transitionTo...State()
        Reset,             // reset(): CLOSED with fresh metrics
    };
    Kind kind = Kind::Requested;
    WindowCounts counts;      // the window the rates came from
    double threshold = 0;     // the threshold crossed (or, BelowThresholds, the failure threshold)
    double slowThreshold = 0; // BelowThresholds: the slow-call threshold
    bool halfOpenWindow = false;
    WindowType windowType = WindowType::CountBased;
    std::uint32_t windowSize = 0;
    bool automatic = false;   // WaitElapsed: by itself (automatic transition) or on a request
    Time waited = 0;          // WaitElapsed / MaxWaitInHalfOpen: time in the state left
    Time limit = 0;           // the wait that was exceeded
};

struct Transition {
    Time at = 0;
    BreakerState from = BreakerState::Closed;
    BreakerState to = BreakerState::Closed;
    TransitionCause cause;
};

/// "failure rate 60 % ≥ 50 % over the last 10 calls".
std::string transitionCause(const Transition& t);

/// One event of a breaker, as a run keeps it.
struct BreakerEvent {
    /// Advance: the clock moved (a run's event); Cleared: reset() in CLOSED (fresh metrics, no transition);
    /// RetryWait: a Retry in front of the breaker waits before the next attempt (the clock moves).
    /// RateLimiter / Bulkhead: a permitted call passes the rate limiter or the bulkhead inside the
    /// breaker (BreakerSim's decoration order), at once, after a wait, or refused (`gate`).
    enum class Kind : std::uint8_t {
        Permitted, Rejected, Recorded, Ignored, Transition, Advance, Cleared, RetryWait, RateLimiter, Bulkhead
    };
    /// How a call fared at the rate limiter or the bulkhead.
    enum class Gate : std::uint8_t { Permitted, Waited, Rejected };
    /// Which inner policy refused the call a Recorded / Ignored event records as a failure.
    enum class RefusedBy : std::uint8_t { None, RateLimiter, Bulkhead };
    Kind kind = Kind::Permitted;
    Time at = 0;
    BreakerState state = BreakerState::Closed;  // after the event
    Outcome outcome = Success;                   // Recorded / Ignored
    Time duration = 0;                           // Recorded / Ignored; Advance: how far
    WindowCounts counts;                         // Recorded: the window after it
    std::uint32_t permitsLeft = 0;               // Permitted in HALF_OPEN: permits still to hand out
    Transition transition;                       // Transition
    std::uint32_t attempt = 0;                   // with a Retry in front: which attempt (from 1)
    Gate gate = Gate::Permitted;                 // RateLimiter / Bulkhead (duration: the wait, or the timeout)
    std::int64_t level = 0;                      // RateLimiter: permits left (negative: reserved); Bulkhead: slots busy
    RefusedBy refusedBy = RefusedBy::None;       // Recorded / Ignored: the inner policy's refusal recorded
    Time innerWait = 0;                          // Recorded / Ignored: of the duration, time spent waiting inside
};

struct NullTracer {
    void permission(Time, BreakerState, bool, std::uint32_t) {}
    void recorded(Time, BreakerState, Outcome, Time, const WindowCounts&, bool) {}
    void transition(const Transition&) {}
};

struct RecordingTracer {
    std::vector<BreakerEvent> events;

    void permission(Time at, BreakerState state, bool permitted, std::uint32_t permitsLeft) {
        BreakerEvent e;
        e.kind = permitted ? BreakerEvent::Kind::Permitted : BreakerEvent::Kind::Rejected;
        e.at = at;
        e.state = state;
        e.permitsLeft = permitsLeft;
        events.push_back(e);
    }
    void recorded(Time at, BreakerState state, Outcome outcome, Time duration, const WindowCounts& counts,
                  bool kept) {
        BreakerEvent e;
        e.kind = kept ? BreakerEvent::Kind::Recorded : BreakerEvent::Kind::Ignored;
        e.at = at;
        e.state = state;
        e.outcome = outcome;
        e.duration = duration;
        e.counts = counts;
        events.push_back(e);
    }
    void transition(const Transition& t) {
        BreakerEvent e;
        e.kind = BreakerEvent::Kind::Transition;
        e.at = t.at;
        e.state = t.to;
        e.transition = t;
        events.push_back(e);
    }
};

}  // namespace stepwise::resilience
