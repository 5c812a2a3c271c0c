#pragma once
// The discrete-event engine every system simulation runs on (the balancer, the cache with TTL, and
// next the queue, the breaker and the lab). Virtual time only: nothing here reads a clock. The GUI
// advances it per frame with runUntil(now() + frameDt × speed), a single step is step(), "compute
// instantly" is runToEnd(); all three process the same events in the same order, so a run is the
// same however it is watched.
//
// Events are plain data (`Event` is a small struct or variant the model defines), not closures: the
// model passes a handler to step()/runUntil()/runToEnd() and dispatches on the event itself. So an
// Engine is an ordinary value: copying it copies the whole pending schedule and the random state,
// which is what lets CheckpointTimeline keep a copy of a whole simulation and resume it exactly.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/trace/Random.h"

namespace stepwise::sim {

/// Virtual time. The engine attaches no meaning beyond ordering: the cache and the balancer count
/// ticks (one request per tick); models that think in real units use the constants below
/// (microseconds, int64: about 292,000 years).
using Time = std::int64_t;
inline constexpr Time microsecond = 1;
inline constexpr Time millisecond = 1'000;
inline constexpr Time second = 1'000'000;
inline constexpr Time endOfTime = std::numeric_limits<Time>::max();

/// Names a scheduled event for cancel(): the slot it holds while pending and its sequence number
/// (the slot is reused after the event runs; the sequence number tells the occupants apart).
struct EventId {
    std::uint32_t slot = 0xFFFFFFFFu;
    std::uint64_t seq = 0;
    friend bool operator==(const EventId&, const EventId&) = default;
};

template <class Event>
class Engine {
    static_assert(std::is_copy_constructible_v<Event> && std::is_move_assignable_v<Event>,
                  "events are plain data: copying the engine copies them");

  public:
    /// `seed` seeds random(), the source of randomness models draw from.
    explicit Engine(std::uint64_t seed = 1) : random_(seed) {}

    /// The time of the event being processed, or the time runUntil() last advanced to.
    Time now() const { return now_; }
    Random& random() { return random_; }
    const Random& random() const { return random_; }

    /// Queues `event` at time `at`. Events run in order of (time, scheduling order): two events at
    /// the same time run in the order they were scheduled, so ties are deterministic.
    /// Precondition: at >= now() (std::invalid_argument otherwise: the past cannot change).
    /// Limits: 16,777,216 events pending at once, 2^40 scheduled in a run (std::length_error).
    EventId schedule(Time at, Event event) {
        if (at < now_)
            throw std::invalid_argument("Engine::schedule: time " + std::to_string(at) + " is before now (" +
                                        std::to_string(now_) + ")");
        const std::uint64_t seq = nextSeq_++;
        std::uint32_t slot;
        if (freeSlots_.empty()) {
            if (slotSeq_.size() > slotMask)
                throw std::length_error("Engine::schedule: more than 16,777,216 events pending");
            slot = static_cast<std::uint32_t>(slotSeq_.size());
            slotSeq_.push_back(seq);
            payload_.push_back(std::move(event));
        } else {
            slot = freeSlots_.back();
            freeSlots_.pop_back();
            slotSeq_[slot] = seq;
            payload_[slot] = std::move(event);
        }
        if (seq > maxSeq) throw std::length_error("Engine::schedule: more than 2^40 events scheduled");
        const Entry entry{at, (seq << slotBits) | slot};
        if (rootVacant_) {
            // The event being processed left the root empty: one sift down instead of a removal
            // and an insertion (the hold pattern, an event that schedules its successor).
            rootVacant_ = false;
            heap_.front() = entry;
            siftDown(0);
        } else {
            heap_.push_back(entry);
            siftUp(heap_.size() - 1);
        }
        return {slot, seq};
    }
    /// schedule(now() + delay, event). Precondition: delay >= 0.
    EventId scheduleAfter(Time delay, Event event) { return schedule(now_ + delay, std::move(event)); }

    /// Cancels a pending event in O(1): its slot is marked, and the entry is dropped when it reaches
    /// the front. False if it already ran, was cancelled, or never existed.
    bool cancel(EventId id) {
        if (id.slot >= slotSeq_.size() || slotSeq_[id.slot] != id.seq) return false;
        slotSeq_[id.slot] = vacant;
        ++cancelledPending_;
        return true;
    }

    /// Processes exactly one event (the earliest): moves now() to its time and calls
    /// handler(Event&&), which may schedule and cancel. False if none is pending.
    template <class Handler>
    bool step(Handler&& handler) {
        fillVacantRoot();
        while (!heap_.empty()) {
            const Entry top = heap_.front();
            const std::uint32_t slot = top.slot();
            const bool live = slotSeq_[slot] == top.seq();
            slotSeq_[slot] = vacant;
            freeSlots_.push_back(slot);
            if (!live) {
                popTop();
                --cancelledPending_;
                continue;
            }
            now_ = top.at;
            ++processed_;
            // Moved out first: the handler may schedule into this very slot.
            Event event = std::move(payload_[slot]);
            rootVacant_ = true;  // the first event the handler schedules takes the root's place
            handler(std::move(event));
            fillVacantRoot();
            return true;
        }
        return false;
    }

    /// Processes every event with time <= t (including those scheduled meanwhile), then sets now()
    /// to t if t is later. Returns how many events ran.
    template <class Handler>
    std::size_t runUntil(Time t, Handler&& handler) {
        std::size_t ran = 0;
        for (auto next = nextTime(); next && *next <= t; next = nextTime()) {
            step(handler);
            ++ran;
        }
        if (t > now_) now_ = t;
        return ran;
    }

    /// Processes events until none is pending or `maxEvents` have run (a guard against models that
    /// reschedule forever). now() stays at the last event's time. Returns how many ran.
    template <class Handler>
    std::size_t runToEnd(Handler&& handler, std::size_t maxEvents = std::numeric_limits<std::size_t>::max()) {
        std::size_t ran = 0;
        while (ran < maxEvents && step(handler)) ++ran;
        return ran;
    }

    /// Events pending (cancelled ones excluded).
    std::size_t pending() const { return heap_.size() - cancelledPending_ - (rootVacant_ ? 1 : 0); }
    bool idle() const { return pending() == 0; }
    /// Time of the next pending event, if any (drops cancelled entries from the front).
    std::optional<Time> nextTime() {
        fillVacantRoot();
        dropCancelledFront();
        if (heap_.empty()) return std::nullopt;
        return heap_.front().at;
    }
    /// The payload of the next pending event (at nextTime()), or nullptr if none; valid until the
    /// engine changes. For a model that looks ahead (a fault due before its next arrival).
    const Event* nextEvent() {
        fillVacantRoot();
        dropCancelledFront();
        return heap_.empty() ? nullptr : &payload_[heap_.front().slot()];
    }
    /// Events processed so far.
    std::uint64_t processed() const { return processed_; }

    /// Calls f(Time at, const Event&) for every pending event, in no particular order (for views).
    template <class F>
    void forEachPending(F&& f) const {
        for (std::size_t i = rootVacant_ ? 1 : 0; i < heap_.size(); ++i)
            if (slotSeq_[heap_[i].slot()] == heap_[i].seq()) f(heap_[i].at, payload_[heap_[i].slot()]);
    }

    /// Room for `n` pending events without reallocating.
    void reserve(std::size_t n) {
        heap_.reserve(n);
        slotSeq_.reserve(n);
        payload_.reserve(n);
        freeSlots_.reserve(n);
    }

  private:
    // A heap entry is 16 bytes: the time, and the sequence number (high 40 bits) with the slot that
    // holds the payload (low 24 bits). The payload stays put in its slot while entries move.
    static constexpr int slotBits = 24;
    static constexpr std::uint64_t slotMask = (std::uint64_t{1} << slotBits) - 1;
    static constexpr std::uint64_t maxSeq = (std::uint64_t{1} << (64 - slotBits)) - 1;
    struct Entry {
        Time at;
        std::uint64_t key;
        std::uint32_t slot() const { return static_cast<std::uint32_t>(key & slotMask); }
        std::uint64_t seq() const { return key >> slotBits; }
    };
    static constexpr std::uint64_t vacant = std::numeric_limits<std::uint64_t>::max();
    static constexpr std::size_t arity = 4;  // a 4-ary heap: half the levels of a binary one

    // (at, seq) as one unsigned 128-bit key: at >= 0 always (nothing is scheduled before time 0),
    // and seq is unique, so this orders by time, then by scheduling order, in one wide comparison.
    static bool before(const Entry& a, const Entry& b) {
        const auto ka = (static_cast<__uint128_t>(static_cast<std::uint64_t>(a.at)) << 64) | a.key;
        const auto kb = (static_cast<__uint128_t>(static_cast<std::uint64_t>(b.at)) << 64) | b.key;
        return ka < kb;
    }

    void siftUp(std::size_t i) {
        Entry moving = std::move(heap_[i]);
        while (i > 0) {
            const std::size_t parent = (i - 1) / arity;
            if (!before(moving, heap_[parent])) break;
            heap_[i] = std::move(heap_[parent]);
            i = parent;
        }
        heap_[i] = std::move(moving);
    }

    void siftDown(std::size_t i) {
        const std::size_t n = heap_.size();
        const Entry moving = heap_[i];
        for (;;) {
            const std::size_t first = arity * i + 1;
            if (first >= n) break;
            const std::size_t end = std::min(first + arity, n);
            std::size_t best = first;
            for (std::size_t c = first + 1; c < end; ++c)
                if (before(heap_[c], heap_[best])) best = c;
            if (!before(heap_[best], moving)) break;
            heap_[i] = heap_[best];
            i = best;
        }
        heap_[i] = moving;
    }

    /// Removes the root the last processed event left empty, if nothing took its place.
    void fillVacantRoot() {
        if (!rootVacant_) return;
        rootVacant_ = false;
        popTop();
    }

    // Floyd's bottom-up removal: walk the hole from the root to a leaf along the smallest children
    // (no comparison with the moving entry on the way down), then sift the last entry up from there.
    void popTop() {
        const std::size_t n = heap_.size() - 1;
        if (n == 0) {
            heap_.pop_back();
            return;
        }
        Entry last = std::move(heap_.back());
        heap_.pop_back();
        std::size_t hole = 0;
        for (;;) {
            const std::size_t first = arity * hole + 1;
            if (first >= n) break;
            const std::size_t end = std::min(first + arity, n);
            std::size_t best = first;
            for (std::size_t c = first + 1; c < end; ++c)
                if (before(heap_[c], heap_[best])) best = c;
            heap_[hole] = std::move(heap_[best]);
            hole = best;
        }
        heap_[hole] = std::move(last);
        siftUp(hole);
    }

    void dropCancelledFront() {
        while (cancelledPending_ > 0 && !heap_.empty() &&
               slotSeq_[heap_.front().slot()] != heap_.front().seq()) {
            freeSlots_.push_back(heap_.front().slot());
            popTop();
            --cancelledPending_;
        }
    }

    std::vector<Entry> heap_;               // a min-heap on (at, seq)
    std::vector<std::uint64_t> slotSeq_;    // per slot: the seq of its pending event, or `vacant`
    std::vector<Event> payload_;            // per slot: its pending event's payload
    std::vector<std::uint32_t> freeSlots_;  // slots whose event ran or was dropped
    std::size_t cancelledPending_ = 0;      // cancelled entries still in the heap
    bool rootVacant_ = false;               // in a handler: heap_[0] is the processed event, taken
    Time now_ = 0;
    std::uint64_t nextSeq_ = 0;
    std::uint64_t processed_ = 0;
    Random random_;
};

}  // namespace stepwise::sim
