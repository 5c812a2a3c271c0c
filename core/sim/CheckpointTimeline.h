#pragma once
// A cursor over a long simulation that cannot keep every event's inverse: it keeps a copy of the
// whole simulation every K steps and, to go back, restores the nearest copy at or before the target
// and simulates forward again. Determinism (every random draw comes from state inside Sim) makes
// the replay exact. Same cursor API as trace::Timeline.
//
// Memory: at most floor(furthest step reached / K) + 1 copies of Sim, plus the current one.
// Time: forward() is one Sim::step(); back() and a backward seek(k) cost one copy plus up to K − 1
// steps; a forward seek costs the distance. Larger K: less memory, slower steps back.
//
// Seek by virtual time: seekTime(t) moves to the simulation as it stands at time t, for a Sim on
// the engine that tells its time (now(), nextTime()).
#include <algorithm>
#include <concepts>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/sim/Engine.h"

namespace stepwise::sim {

/// Sim requirements: copyable; void step() advances one unit (one request, one event);
/// std::size_t position() is the number of steps taken since the Sim given to the constructor
/// (plus that Sim's own position, which is this timeline's step 0 only if it is 0).
template <class Sim>
class CheckpointTimeline {
  public:
    /// `initial` is step 0; the timeline ends after `stepCount` steps (extendTo() moves the end, for
    /// a run that keeps going live). Precondition: every >= 1 (std::invalid_argument otherwise).
    CheckpointTimeline(Sim initial, std::size_t stepCount, std::size_t every = 1024)
        : current_(std::move(initial)), base_(current_.position()), stepCount_(stepCount), every_(every) {
        if (every_ == 0)
            throw std::invalid_argument("CheckpointTimeline: the checkpoint interval must be at least 1");
        checkpoints_.push_back(current_);
    }

    std::size_t step() const { return current_.position() - base_; }
    std::size_t stepCount() const { return stepCount_; }
    std::size_t checkpointInterval() const { return every_; }
    bool atStart() const { return step() == 0; }
    bool atEnd() const { return step() >= stepCount_; }

    /// The simulation as it is after step() steps: the exact slots, counts and last events.
    const Sim& state() const { return current_; }

    /// Copies held (memory is this times sizeof a Sim's state).
    std::size_t checkpointCount() const { return checkpoints_.size(); }

    /// Moves the end; a shorter end clamps the cursor back. Checkpoints past the end are kept
    /// (they are still exact) until memory matters more: they never exceed the bound above.
    void extendTo(std::size_t stepCount) {
        stepCount_ = stepCount;
        if (step() > stepCount_) seek(stepCount_);
    }

    bool forward() {
        if (atEnd()) return false;
        advance();
        return true;
    }

    /// A no-op returning false at step 0.
    bool back() {
        if (atStart()) return false;
        seek(step() - 1);
        return true;
    }

    /// Moves to step k (clamped to [0, stepCount()]).
    void seek(std::size_t k) {
        k = std::min(k, stepCount_);
        if (k < step())
            current_ = checkpoints_[k / every_];  // exists: every multiple of K up to step() was passed
        while (step() < k) advance();
    }

    /// Moves to the last step whose state().now() <= t: the simulation as it stands at virtual time
    /// t (step 0 if even step 1 is later; stepCount() if the run ends sooner). Returns the step.
    /// Sim must have Time now() (its time after its last step, non-decreasing from step to step)
    /// and Time nextTime() (the time its next step reaches). Cost: one copy of the latest
    /// checkpoint at or before t (when that is behind the cursor, or ahead of it), then the steps
    /// from there.
    std::size_t seekTime(Time t) requires requires(const Sim& s) {
        { s.now() } -> std::convertible_to<Time>;
        { s.nextTime() } -> std::convertible_to<Time>;
    }
    {
        // Checkpoints are in step order, hence in time order; only those within the end count.
        const std::size_t usable = std::min(checkpoints_.size(), stepCount_ / every_ + 1);
        const auto first = checkpoints_.begin(),
                   last = checkpoints_.begin() + static_cast<std::ptrdiff_t>(usable);
        const auto after = std::upper_bound(first, last, t, [](Time v, const Sim& s) { return v < s.now(); });
        const std::size_t best = after == first ? 0 : static_cast<std::size_t>(after - first) - 1;
        if (current_.now() > t || best * every_ > step()) current_ = checkpoints_[best];
        while (!atEnd() && current_.nextTime() <= t) advance();
        return step();
    }

  private:
    void advance() {
        current_.step();
        const std::size_t at = step();
        // Keep a copy at each multiple of K the first time it is reached.
        if (at % every_ == 0 && at / every_ == checkpoints_.size()) checkpoints_.push_back(current_);
    }

    Sim current_;
    std::size_t base_;
    std::size_t stepCount_;
    std::size_t every_;
    std::vector<Sim> checkpoints_;  // checkpoints_[i] = the state at step i × every_
};

}  // namespace stepwise::sim
