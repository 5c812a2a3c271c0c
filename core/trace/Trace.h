#pragma once
// A recorded run: the ordered list of invertible events an algorithm emitted.
// Events are small (an area keeps each alternative of its event variant within 12 bytes, so the
// variant is 16); the rare wide value an event must remember (a replaced distance, say) lives in
// a side pool of doubles and the event holds its index.
#include <cstdint>
#include <limits>
#include <vector>

namespace stepwise::trace {

/// Index into Trace::values; `noValue` stands for "there was no value" (an unset distance).
using ValueRef = std::uint32_t;
inline constexpr ValueRef noValue = std::numeric_limits<ValueRef>::max();

template <class Event>
struct Trace {
    std::vector<Event> events;
    std::vector<double> values;

    std::size_t size() const { return events.size(); }
    bool empty() const { return events.empty(); }

    /// The value an event kept, or `fallback` when it kept none.
    double value(ValueRef ref, double fallback) const { return ref == noValue ? fallback : values[ref]; }

    /// Bytes held per recorded event, pool included (what the benchmark reports).
    double bytesPerEvent() const {
        if (events.empty()) return 0.0;
        const double bytes = static_cast<double>(events.capacity() * sizeof(Event) + values.capacity() * sizeof(double));
        return bytes / static_cast<double>(events.size());
    }
};

/// The tracer an algorithm runs with when nobody watches: every call compiles to nothing.
template <class Event>
struct NullTracer {
    static constexpr bool enabled = false;
    void emit(const Event&) {}
    ValueRef keep(double) { return noValue; }
};

/// The tracer for a run that reports its step count but keeps no trace (the CLI without --trace):
/// the algorithm takes its traced path, and each event is counted and dropped.
template <class Event>
struct CountingTracer {
    static constexpr bool enabled = true;
    void emit(const Event&) { ++count_; }
    ValueRef keep(double) { return noValue; }
    std::size_t count() const { return count_; }

private:
    std::size_t count_ = 0;
};

/// The tracer that records every event into a Trace it owns.
template <class Event>
class RecordingTracer {
public:
    static constexpr bool enabled = true;

    /// Stop recording (and report `truncated()`) after this many events; protects memory.
    explicit RecordingTracer(std::size_t limit = std::numeric_limits<std::size_t>::max()) : limit_(limit) {}

    void emit(const Event& event) {
        if (trace_.events.size() < limit_) trace_.events.push_back(event);
        else truncated_ = true;
    }
    ValueRef keep(double value) {
        // Past the limit the event that would hold it is dropped too: keep nothing, so memory stays bounded.
        if (trace_.events.size() >= limit_) return noValue;
        trace_.values.push_back(value);
        return static_cast<ValueRef>(trace_.values.size() - 1);
    }
    void reserve(std::size_t events) { trace_.events.reserve(events); }

    bool truncated() const { return truncated_; }
    const Trace<Event>& trace() const { return trace_; }
    Trace<Event> take() { return std::move(trace_); }

private:
    Trace<Event> trace_;
    std::size_t limit_;
    bool truncated_ = false;
};

}  // namespace stepwise::trace
