#pragma once
// What a run says besides its steps: title, pseudo-code, the result in JSON and text, warnings.
// Both adapters derive from NarratedRun, which keeps one RunInfo filled by the item's factory.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/run/Run.h"

namespace stepwise::run {

struct RunInfo {
    std::string itemId;
    std::string title;
    std::vector<std::string> pseudocode;
    std::string intro;  // the sentence at step 0
    nlohmann::json result = nlohmann::json::object();
    std::string resultText;
    std::vector<std::string> warnings;
    std::vector<StepGroup> groups;
    /// Set for a run built without its trace (RunLimits::record false): its step count, counted
    /// as it ran. Such a run stays at step 0; only stepCount(), result() and resultText() apply.
    std::optional<std::size_t> countedSteps;
};

/// The part of Run both adapters share: everything RunInfo answers.
class NarratedRun : public Run {
  public:
    explicit NarratedRun(RunInfo info) : info_(std::move(info)) {}

    std::string itemId() const override { return info_.itemId; }
    std::string title() const override { return info_.title; }
    const std::vector<std::string>& pseudocode() const override { return info_.pseudocode; }
    const std::vector<StepGroup>& groups() const override { return info_.groups; }
    nlohmann::json result() const override { return info_.result; }
    std::string resultText() const override { return info_.resultText; }
    std::vector<std::string> warnings() const override { return info_.warnings; }
    const RunInfo& info() const { return info_; }

  protected:
    RunInfo info_;
};

/// NarratedRun over a cursor (trace::Timeline or sim::CheckpointTimeline: the same API, step(),
/// stepCount(), forward(), back(), seek(k), state()), so both adapters move the same way.
template <class Cursor>
class CursorRun : public NarratedRun {
  public:
    CursorRun(RunInfo info, Cursor cursor) : NarratedRun(std::move(info)), timeline_(std::move(cursor)) {}

    std::size_t stepCount() const override { return info_.countedSteps.value_or(timeline_.stepCount()); }
    std::size_t step() const override { return timeline_.step(); }
    bool forward() override { return timeline_.forward(); }
    bool back() override { return timeline_.back(); }
    void seek(std::size_t k) override { timeline_.seek(k); }

    const auto& state() const { return timeline_.state(); }
    const Cursor& timeline() const { return timeline_; }
    Cursor& timeline() { return timeline_; }

  protected:
    Cursor timeline_;
};

}  // namespace stepwise::run
