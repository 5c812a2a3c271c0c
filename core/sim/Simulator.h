#pragma once
// The discrete-event engine every system simulation runs on (queue, breaker, balancer, cache with
// TTL, the lab). Virtual time only: nothing here reads a clock. The GUI advances it per frame with
// runUntil(now() + frameDt × speed), a single step is step(), "compute instantly" is runToEnd(); all
// three process the same events in the same order, so a run is the same however it is watched.
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_set>
#include <vector>

#include "core/trace/Random.h"

namespace stepwise::sim {

/// Virtual time in microseconds (int64: about 292,000 years). Models that think in milliseconds
/// multiply by `millisecond`; the engine itself attaches no meaning beyond ordering.
using Time = std::int64_t;
inline constexpr Time microsecond = 1;
inline constexpr Time millisecond = 1'000;
inline constexpr Time second = 1'000'000;
inline constexpr Time endOfTime = std::numeric_limits<Time>::max();

/// Identifies a scheduled event (its sequence number), for cancel().
using EventId = std::uint64_t;

class Simulator {
  public:
    /// A callback gets the simulator so it can schedule follow-ups and draw from random(). Capture
    /// model state by pointer only if the Simulator is never copied (a copy would call into the original).
    using Callback = std::function<void(Simulator&)>;

    /// `seed` seeds random(), the one source of randomness models draw from.
    explicit Simulator(std::uint64_t seed = 1) : random_(seed) {}

    /// The time of the event being processed, or the time runUntil() last advanced to.
    Time now() const { return now_; }
    Random& random() { return random_; }

    /// Queues cb at time `at`. Events run in order of (time, scheduling order): two events at the
    /// same time run in the order they were scheduled, so ties are deterministic.
    /// Precondition: at >= now() (std::invalid_argument otherwise: the past cannot change).
    EventId schedule(Time at, Callback cb);
    /// schedule(now() + delay, cb). Precondition: delay >= 0.
    EventId scheduleAfter(Time delay, Callback cb) { return schedule(now_ + delay, std::move(cb)); }

    /// Cancels a pending event; false if it already ran, was cancelled, or never existed.
    bool cancel(EventId id);

    /// Processes exactly one event (the earliest), moving now() to its time. False if none is pending.
    bool step();
    /// Processes every event with time <= t (including those scheduled meanwhile), then sets now()
    /// to t if t is later. Returns how many events ran.
    std::size_t runUntil(Time t);
    /// Processes events until none is pending or `maxEvents` have run (a guard against models that
    /// reschedule forever). now() stays at the last event's time. Returns how many ran.
    std::size_t runToEnd(std::size_t maxEvents = std::numeric_limits<std::size_t>::max());

    /// Events pending (cancelled ones excluded).
    std::size_t pending() const { return queue_.size() - cancelled_.size(); }
    bool idle() const { return pending() == 0; }
    /// Time of the next pending event, if any.
    std::optional<Time> nextTime();
    /// Events processed so far.
    std::uint64_t processed() const { return processed_; }

  private:
    struct Entry {
        Time at;
        EventId seq;
        Callback cb;
    };
    // A min-heap on (at, seq) kept with std::push_heap/pop_heap, so the comparator is "later first".
    static bool later(const Entry& a, const Entry& b) { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
    void dropCancelledTop();

    std::vector<Entry> queue_;
    std::unordered_set<EventId> cancelled_;  // lazily removed when they reach the top
    Time now_ = 0;
    EventId nextSeq_ = 0;
    std::uint64_t processed_ = 0;
    Random random_;
};

}  // namespace stepwise::sim
