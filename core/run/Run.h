#pragma once
// One interface over any item's run: a cursor over its steps with the pseudo-code line and the
// sentence of each, step groups, and the result. The CLI's --trace/--json, the GUI's player and
// step header, practice and export all go through it. Two adapters implement it: TimelineRun
// (invertible events) and CheckpointRun (checkpointed simulations). An area's view gets its typed
// state through as<T>() on the area's own run class.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/common/JsonStream.h"

namespace stepwise::run {

/// Consecutive steps that belong together: one operation, one request, one job. Steps are
/// numbered as step() is (step k = k events applied), so a group covers steps first..last.
struct StepGroup {
    std::string label;  // "push 5", "request 3", "tick 4"
    std::size_t first = 1;
    std::size_t last = 1;
};

class Run {
  public:
    virtual ~Run() = default;

    /// The catalogue id and the title of what runs ("Topological sort (Kahn)").
    virtual std::string itemId() const = 0;
    virtual std::string title() const = 0;

    virtual std::size_t stepCount() const = 0;
    virtual std::size_t step() const = 0;
    bool atStart() const { return step() == 0; }
    bool atEnd() const { return step() >= stepCount(); }
    virtual bool forward() = 0;
    virtual bool back() = 0;
    /// Moves to step k, clamped to [0, stepCount()].
    virtual void seek(std::size_t k) = 0;

    virtual const std::vector<std::string>& pseudocode() const = 0;
    /// 1-based pseudo-code line of the current step (the one that led here); 0 at step 0.
    virtual int line() const = 0;
    /// What the current step did, in plain words; at step 0 what the run starts from.
    virtual std::string sentence() const = 0;

    /// The run's groups, in order, covering every step; empty when steps are not grouped.
    virtual const std::vector<StepGroup>& groups() const;
    /// Index into groups() of the group holding `step` (0 for step 0), or groups().size() if none.
    std::size_t groupOf(std::size_t step) const;

    /// The final result: the "result" object of `stepwise-cli run ID --json`.
    virtual nlohmann::json result() const = 0;
    /// The result as it stands at the current step, in result()'s terms as far as they are known
    /// here: the counts up to this step, the answers of the operations done, a DP value once its
    /// table is filled, the order and distances reached so far. At the last step it is result().
    /// What a panel shows while the user steps (issue 8: panels showed the final answer at step 0).
    /// The default knows nothing before the end.
    virtual nlohmann::json resultSoFar() const { return atEnd() ? result() : nlohmann::json::object(); }
    /// The same result written value by value (JsonWriter prints result() exactly); a run with a
    /// big result overrides it so the CLI never holds the whole document.
    virtual void writeResult(JsonSink& out) const { out.value(result()); }
    /// The readable result the CLI prints without --json, heading line first.
    virtual std::string resultText() const = 0;
    /// Said on standard error by the CLI, in a banner by the GUI (a truncated trace, say).
    virtual std::vector<std::string> warnings() const { return {}; }

    /// This run as its area's run class, or nullptr (views use it for their typed state).
    template <class T>
    const T* as() const {
        return dynamic_cast<const T*>(this);
    }
    template <class T>
    T* as() {
        return dynamic_cast<T*>(this);
    }
};

}  // namespace stepwise::run
