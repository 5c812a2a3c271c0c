#pragma once
// A run of the `breaker` item: a call list through a Resilience4j circuit breaker, one breaker
// event per step (permission, record, transition, clock), one group per token of the list. It
// gives a breaker view what it draws, typed: the breaker at the current step (state, window,
// permits), the current event, and every transition of the whole run.
#include <memory>
#include <string>
#include <vector>

#include "core/resilience/BreakerSim.h"
#include "core/run/CheckpointRun.h"

namespace stepwise::resilience {

struct BreakerRunSpec {
    BreakerConfig config;
    RetryConfig retry = BreakerSim::noRetry();  // in front of the breaker; maxAttempts 1: none
    InnerPolicies inner;                        // a rate limiter and a bulkhead inside it, each optional
    std::vector<CallToken> tokens;
    std::string source;  // where the configuration came from ("breaker.yaml, instance backendA"), for the intro
    std::vector<std::string> warnings;
};

/// The window as one recorded call left it: a point of the rate chart.
struct BreakerSample {
    std::size_t step = 0;
    Time at = 0;
    WindowCounts counts;
    std::uint32_t minimum = 0;  // calls needed before the window has rates
    bool halfOpen = false;      // counts are the half-open probes
    std::uint32_t epoch = 0;    // transitions before it: a new epoch is a new window
    bool rated() const { return counts.calls > 0 && counts.calls >= minimum; }
};

/// Calls so far: permissions granted and refused, and the outcomes of the permitted ones.
struct BreakerTally {
    std::size_t step = 0;
    std::uint32_t permitted = 0, rejected = 0, failed = 0, slow = 0;
};

/// The pseudo-code every breaker run shows (lines are 1-based in Run::line()).
const std::vector<std::string>& breakerPseudocode();
/// "6000 ms", "5000.001 ms".
std::string formatMillis(Time t);

class BreakerItemRun : public run::CheckpointRun<BreakerSim> {
  public:
    static constexpr std::size_t checkpointEvery = 64;
    /// Most steps of one run (InputError beyond): the result lists every call and transition.
    static constexpr std::size_t maxSteps = 2'000'000;

    /// Precondition: checkConfig(spec.config) is empty (std::invalid_argument otherwise).
    /// InputError for a run over maxSteps, or a clock move cycling the timers too often.
    explicit BreakerItemRun(const BreakerRunSpec& spec);

    const BreakerRunSpec& spec() const { return spec_; }
    const BreakerSim& sim() const { return state(); }
    /// The breaker after the current step's token (a call's permission and its record together).
    const CircuitBreaker& breaker() const { return sim().breaker(); }
    /// The breaker as of the current step's event: what the drawing shows (at step 0, the fresh one).
    const CircuitBreaker& breakerAtStep() const { return atStart() ? sim().breaker() : sim().breakerAtEvent(); }
    /// The current step's event; nullptr at step 0.
    const BreakerEvent* currentEvent() const { return atStart() ? nullptr : &sim().event(); }
    /// The state as of the current step's event (the breaker after its whole token may already
    /// have moved on: a record's step comes before the transition it causes).
    BreakerState stateAtStep() const { return atStart() ? breaker().state() : sim().event().state; }
    /// Every transition of the run, in order (the result's "transitions").
    const std::vector<Transition>& transitions() const { return transitions_; }
    /// One sample per recorded call, in step order (the chart of failure and slow-call rates).
    const std::vector<BreakerSample>& samples() const { return samples_; }
    /// The rate chart's data up to the current step as CSV: per recorded call that had enough
    /// calls for a rate, its time, the window's failure and slow-call rates and both thresholds.
    std::string ratesCsv() const;
    /// The tallies as they stand at `step` (all zero at step 0).
    BreakerTally tallyAt(std::size_t step) const;
    /// How many of transitions() happened at or before `step`.
    std::size_t transitionsBy(std::size_t step) const;
    /// The clock at the last step.
    Time endTime() const { return endTime_; }
    /// The result as it stands at the current step: the calls answered so far, the transitions
    /// made so far, the state now.
    nlohmann::json resultSoFar() const override;

    /// How much of the result each step has made (one entry per step, from step 1).
    struct Progress {
        std::uint32_t outcomes = 0, transitions = 0;
        std::uint32_t permitted = 0, rejected = 0;
    };

  private:
    struct Prepared;
    BreakerItemRun(const BreakerRunSpec& spec, Prepared prepared);

    BreakerRunSpec spec_;
    std::vector<Transition> transitions_;
    std::vector<std::size_t> transitionSteps_;
    std::vector<BreakerSample> samples_;
    std::vector<BreakerTally> tallies_;  // one per step that changed them
    Time endTime_ = 0;
    std::vector<Progress> progress_;
};

}  // namespace stepwise::resilience
