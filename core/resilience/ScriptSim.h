#pragma once
// The steps of a small policy run (retry, rate limiter, bulkhead), computed once and walked by
// CheckpointTimeline: the policies are cheap, so each step carries its line, its sentence and the
// few numbers a view draws, and the "simulation" is a position in that list.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/resilience/Clock.h"

namespace stepwise::resilience {

/// What a policy step is, for a view's timeline mark.
enum class StepKind : std::uint8_t {
    Clock,      // the clock moved
    Attempt,    // retry: one attempt, its outcome in `failed`
    Backoff,    // retry: the wait before the next attempt, ending at `at`
    Done,       // retry: the operation ends, succeeded or (failed) out of attempts
    Permitted,  // rate limiter / bulkhead: at once
    Waited,     // rate limiter / bulkhead: after a wait of `wait`
    Rejected,   // rate limiter / bulkhead: refused
};

struct ScriptStep {
    int line = 0;  // 0-based pseudo-code line
    std::string sentence;
    Time at = 0;
    std::int64_t level = 0;  // what the view shows: permits in the bucket, busy slots, the attempt
    StepKind kind = StepKind::Clock;
    bool failed = false;       // Attempt, Done: the outcome
    std::uint32_t number = 0;  // the operation (retry), request (rate limiter) or call (bulkhead); 0: the clock
    std::uint32_t attempt = 0; // retry: which attempt (from 1)
    Time wait = 0;             // Backoff: its length; Waited: how long; Rejected: the timeout it would exceed
    Time duration = 0;         // bulkhead: how long the call holds its slot
    std::uint32_t slot = 0;    // bulkhead: the slot the call took (from 0)
    Time nextRefresh = 0;      // rate limiter: the first refresh boundary after `at`
};

class ScriptSim {
  public:
    explicit ScriptSim(std::shared_ptr<const std::vector<ScriptStep>> steps) : steps_(std::move(steps)) {}
    void step() { ++position_; }
    std::size_t position() const { return position_; }
    /// Precondition: position() > 0.
    const ScriptStep& current() const { return (*steps_)[position_ - 1]; }
    const std::vector<ScriptStep>& steps() const { return *steps_; }

  private:
    std::shared_ptr<const std::vector<ScriptStep>> steps_;
    std::size_t position_ = 0;
};

}  // namespace stepwise::resilience
