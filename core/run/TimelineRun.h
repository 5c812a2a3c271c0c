#pragma once
// The Run adapter over a trace::Timeline of invertible events: steps are events; the line and the
// sentence of a step come from the item's lineOf/explain on the event that led to it. An area
// subclasses it to add typed access to what its view needs (the graph, the DP labels, ...).
#include <functional>
#include <string>
#include <utility>

#include "core/run/Narration.h"
#include "core/run/Run.h"
#include "core/trace/Timeline.h"

namespace stepwise::run {

template <class Area>
class TimelineRun : public Run {
public:
    using State = typename Area::State;
    using Event = typename Area::Event;
    using Timeline = trace::Timeline<Area>;
    /// 0-based pseudo-code line of an event.
    using LineOf = std::function<int(const Event&)>;
    /// The sentence of an event; `after` is the state with it applied.
    using Explain = std::function<std::string(const State& after, const Event&, const trace::Trace<Event>&)>;

    TimelineRun(RunInfo info, Timeline timeline, LineOf lineOf, Explain explain)
        : info_(std::move(info)), timeline_(std::move(timeline)), lineOf_(std::move(lineOf)), explain_(std::move(explain)) {}

    std::string itemId() const override { return info_.itemId; }
    std::string title() const override { return info_.title; }
    std::size_t stepCount() const override { return info_.countedSteps.value_or(timeline_.stepCount()); }
    std::size_t step() const override { return timeline_.step(); }
    bool forward() override { return timeline_.forward(); }
    bool back() override { return timeline_.back(); }
    void seek(std::size_t k) override { timeline_.seek(k); }
    const std::vector<std::string>& pseudocode() const override { return info_.pseudocode; }
    int line() const override { return timeline_.atStart() ? 0 : lineOf_(timeline_.lastEvent()) + 1; }
    std::string sentence() const override {
        return timeline_.atStart() ? info_.intro : explain_(timeline_.state(), timeline_.lastEvent(), timeline_.trace());
    }
    const std::vector<StepGroup>& groups() const override { return info_.groups; }
    nlohmann::json result() const override { return info_.result; }
    std::string resultText() const override { return info_.resultText; }
    std::vector<std::string> warnings() const override { return info_.warnings; }

    const State& state() const { return timeline_.state(); }
    const Timeline& timeline() const { return timeline_; }
    const RunInfo& info() const { return info_; }

protected:
    RunInfo info_;
    Timeline timeline_;
    LineOf lineOf_;
    Explain explain_;
};

}  // namespace stepwise::run
