#pragma once
// The Run adapter over a trace::Timeline of invertible events: steps are events; the line and the
// sentence of a step come from the item's lineOf/explain on the event that led to it. An area
// subclasses it to add typed access to what its view needs (the graph, the DP labels, ...).
#include <functional>
#include <string>
#include <utility>

#include "core/run/Narration.h"
#include "core/trace/Timeline.h"

namespace stepwise::run {

template <class Area>
class TimelineRun : public CursorRun<trace::Timeline<Area>> {
  public:
    using State = typename Area::State;
    using Event = typename Area::Event;
    using Timeline = trace::Timeline<Area>;
    /// 0-based pseudo-code line of an event.
    using LineOf = std::function<int(const Event&)>;
    /// The sentence of an event; `after` is the state with it applied.
    using Explain = std::function<std::string(const State& after, const Event&, const trace::Trace<Event>&)>;

    TimelineRun(RunInfo info, Timeline timeline, LineOf lineOf, Explain explain)
        : CursorRun<Timeline>(std::move(info), std::move(timeline)),
          lineOf_(std::move(lineOf)),
          explain_(std::move(explain)) {}

    int line() const override {
        const Timeline& t = this->timeline_;
        return t.atStart() ? 0 : lineOf_(t.lastEvent()) + 1;
    }
    std::string sentence() const override {
        const Timeline& t = this->timeline_;
        return t.atStart() ? this->info_.intro : explain_(t.state(), t.lastEvent(), t.trace());
    }

  protected:
    LineOf lineOf_;
    Explain explain_;
};

}  // namespace stepwise::run
