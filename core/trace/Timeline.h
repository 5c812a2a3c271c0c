#pragma once
// A cursor over a trace. Step k means "the first k events applied". Moving the cursor applies or
// reverts events one at a time, so a seek costs time proportional to the distance travelled and
// never re-runs the algorithm.
#include <algorithm>
#include <cstddef>
#include <utility>

#include "core/trace/Trace.h"

namespace stepwise::trace {

/// Area requirements:
///   typename Area::State, typename Area::Event;
///   static void Area::apply(State&, const Event&, const Trace<Event>&);
///   static void Area::revert(State&, const Event&, const Trace<Event>&);
/// revert(apply(s, e), e) must equal s exactly.
template <class Area>
class Timeline {
public:
    using State = typename Area::State;
    using Event = typename Area::Event;

    Timeline(State initial, Trace<Event> trace) : state_(std::move(initial)), trace_(std::move(trace)) {}

    std::size_t step() const { return cursor_; }
    std::size_t stepCount() const { return trace_.size(); }
    bool atStart() const { return cursor_ == 0; }
    bool atEnd() const { return cursor_ == trace_.size(); }

    const State& state() const { return state_; }
    const Trace<Event>& trace() const { return trace_; }

    /// The event that led to the current step; precondition: !atStart().
    const Event& lastEvent() const { return trace_.events[cursor_ - 1]; }

    bool forward() {
        if (atEnd()) return false;
        Area::apply(state_, trace_.events[cursor_], trace_);
        ++cursor_;
        return true;
    }

    bool back() {
        if (atStart()) return false;
        --cursor_;
        Area::revert(state_, trace_.events[cursor_], trace_);
        return true;
    }

    /// Moves to step k (clamped to [0, stepCount()]).
    void seek(std::size_t k) {
        k = std::min(k, trace_.size());
        // A local cursor: with the member, GCC 12 misreads the loop bound after inlining (-Waggressive-loop-optimizations).
        std::size_t at = cursor_;
        const Event* events = trace_.events.data();
        for (; at < k; ++at) Area::apply(state_, events[at], trace_);
        for (; at > k; --at) Area::revert(state_, events[at - 1], trace_);
        cursor_ = at;
    }

private:
    State state_;
    Trace<Event> trace_;
    std::size_t cursor_ = 0;
};

}  // namespace stepwise::trace
