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
    std::vector<CallToken> tokens;
    std::string source;  // where the configuration came from ("breaker.yaml, instance backendA"), for the intro
    std::vector<std::string> warnings;
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
    const CircuitBreaker& breaker() const { return sim().breaker(); }
    /// The current step's event; nullptr at step 0.
    const BreakerEvent* currentEvent() const { return atStart() ? nullptr : &sim().event(); }
    /// Every transition of the run, in order (the result's "transitions").
    const std::vector<Transition>& transitions() const { return transitions_; }
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
    std::vector<Progress> progress_;
};

}  // namespace stepwise::resilience
