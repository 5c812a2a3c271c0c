#pragma once
// A run of the retry, rate-limiter or bulkhead item: its steps computed up front (ScriptSim),
// one group per operation, request or call, with the policy's configuration a view draws against.
#include "core/resilience/ScriptSim.h"
#include "core/run/CheckpointRun.h"

namespace stepwise::resilience {

enum class PolicyKind : std::uint8_t { Retry, RateLimiter, Bulkhead };

/// The configuration of the run's policy, in the numbers a view needs.
struct PolicyFacts {
    PolicyKind kind = PolicyKind::Retry;
    std::int64_t capacity = 1;  // maxAttempts, limitForPeriod or maxConcurrentCalls
    Time period = 0;            // rate limiter: limitRefreshPeriod
    Time timeout = 0;           // rate limiter: timeoutDuration; bulkhead: maxWaitDuration
    Time end = 0;               // the last moment the run reaches (a step's time, a call's end)
};

class PolicyItemRun : public run::CheckpointRun<ScriptSim> {
  public:
    PolicyItemRun(run::RunInfo info, std::vector<ScriptStep> steps, PolicyFacts facts = {});
    /// The current step; nullptr at step 0.
    const ScriptStep* current() const { return atStart() ? nullptr : &state().current(); }
    /// Every step of the run, the current one at index position() − 1.
    const std::vector<ScriptStep>& steps() const { return state().steps(); }
    /// Steps taken so far (0 at the start).
    std::size_t position() const { return state().position(); }
    const PolicyFacts& facts() const { return facts_; }

  private:
    PolicyFacts facts_;
};

}  // namespace stepwise::resilience
