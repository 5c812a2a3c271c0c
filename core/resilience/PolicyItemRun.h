#pragma once
// A run of the retry, rate-limiter or bulkhead item: its steps computed up front (ScriptSim),
// one group per operation, request or call.
#include "core/resilience/ScriptSim.h"
#include "core/run/CheckpointRun.h"

namespace stepwise::resilience {

class PolicyItemRun : public run::CheckpointRun<ScriptSim> {
  public:
    PolicyItemRun(run::RunInfo info, std::vector<ScriptStep> steps);
    /// The current step; nullptr at step 0.
    const ScriptStep* current() const { return atStart() ? nullptr : &state().current(); }
};

}  // namespace stepwise::resilience
