#include "core/resilience/PolicyItemRun.h"

namespace stepwise::resilience {

PolicyItemRun::PolicyItemRun(run::RunInfo info, std::vector<ScriptStep> steps, PolicyFacts facts)
    : CheckpointRun(std::move(info),
                    [&] {
                        const std::size_t count = steps.size();
                        return Timeline(ScriptSim(std::make_shared<const std::vector<ScriptStep>>(std::move(steps))),
                                        count, 256);
                    }(),
                    [](const ScriptSim& s) { return s.current().line; },
                    [](const ScriptSim& s) { return s.current().sentence; }),
      facts_(facts) {}

}  // namespace stepwise::resilience
