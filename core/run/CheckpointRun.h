#pragma once
// The Run adapter over a checkpointed simulation (sim::CheckpointTimeline): a step is one Sim
// step (a request, an event of the engine); going back restores the nearest checkpoint and
// simulates forward, exact by determinism. The line and the sentence are read off the Sim after
// the step (its last events), so narration lives in core with the model.
#include <functional>
#include <string>
#include <utility>

#include "core/run/Narration.h"
#include "core/sim/CheckpointTimeline.h"

namespace stepwise::run {

template <class Sim>
class CheckpointRun : public CursorRun<sim::CheckpointTimeline<Sim>> {
  public:
    using Timeline = sim::CheckpointTimeline<Sim>;
    /// 0-based pseudo-code line of the step that led to `sim`.
    using LineOf = std::function<int(const Sim&)>;
    /// The sentence of the step that led to `sim`.
    using Explain = std::function<std::string(const Sim&)>;

    CheckpointRun(RunInfo info, Timeline timeline, LineOf lineOf, Explain explain)
        : CursorRun<Timeline>(std::move(info), std::move(timeline)),
          lineOf_(std::move(lineOf)),
          explain_(std::move(explain)) {}

    int line() const override { return this->timeline_.atStart() ? 0 : lineOf_(this->timeline_.state()) + 1; }
    std::string sentence() const override {
        return this->timeline_.atStart() ? this->info_.intro : explain_(this->timeline_.state());
    }

  protected:
    LineOf lineOf_;
    Explain explain_;
};

}  // namespace stepwise::run
