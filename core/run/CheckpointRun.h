#pragma once
// The Run adapter over a checkpointed simulation (sim::CheckpointTimeline): a step is one Sim
// step (a request, an event of the engine); going back restores the nearest checkpoint and
// simulates forward, exact by determinism. The line and the sentence are read off the Sim after
// the step (its last events), so narration lives in core with the model.
#include <functional>
#include <string>
#include <utility>

#include "core/run/Narration.h"
#include "core/run/Run.h"
#include "core/sim/CheckpointTimeline.h"

namespace stepwise::run {

template <class Sim>
class CheckpointRun : public NarratedRun {
  public:
    using Timeline = sim::CheckpointTimeline<Sim>;
    /// 0-based pseudo-code line of the step that led to `sim`.
    using LineOf = std::function<int(const Sim&)>;
    /// The sentence of the step that led to `sim`.
    using Explain = std::function<std::string(const Sim&)>;

    CheckpointRun(RunInfo info, Timeline timeline, LineOf lineOf, Explain explain)
        : NarratedRun(std::move(info)),
          timeline_(std::move(timeline)),
          lineOf_(std::move(lineOf)),
          explain_(std::move(explain)) {}

    std::size_t stepCount() const override { return timeline_.stepCount(); }
    std::size_t step() const override { return timeline_.step(); }
    bool forward() override { return timeline_.forward(); }
    bool back() override { return timeline_.back(); }
    void seek(std::size_t k) override { timeline_.seek(k); }
    int line() const override { return timeline_.atStart() ? 0 : lineOf_(timeline_.state()) + 1; }
    std::string sentence() const override {
        return timeline_.atStart() ? info_.intro : explain_(timeline_.state());
    }

    const Sim& state() const { return timeline_.state(); }
    const Timeline& timeline() const { return timeline_; }
    Timeline& timeline() { return timeline_; }

  protected:
    Timeline timeline_;
    LineOf lineOf_;
    Explain explain_;
};

}  // namespace stepwise::run
