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

struct ScriptStep {
    int line = 0;  // 0-based pseudo-code line
    std::string sentence;
    Time at = 0;
    std::int64_t level = 0;  // what the view shows: permits in the bucket, busy slots, the attempt
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
