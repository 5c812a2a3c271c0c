#pragma once
// A binary min-heap of (key, id) with a position index, so it is also an indexed priority queue
// with decrease-key. Written once over a tracer: the null tracer leaves a plain heap.
#include <cstdint>
#include <limits>
#include <variant>
#include <vector>

#include "core/trace/PackedValue.h"
#include "core/trace/Trace.h"

namespace stepwise::structures {

struct HeapEntry {
    std::uint32_t id;
    std::int64_t key;
    friend bool operator==(const HeapEntry&, const HeapEntry&) = default;
};

struct HeapState {
    std::vector<HeapEntry> entries;  // the heap array: children of i are 2i+1 and 2i+2
    friend bool operator==(const HeapState&, const HeapState&) = default;
};

namespace heap_event {
struct Append { std::uint32_t id; trace::PackedValue key; };
struct RemoveLast { std::uint32_t id; trace::PackedValue key; };
/// Which part of the algorithm a compare or swap belongs to: its pseudo-code line depends on it,
/// not on the direction of i and j (sift-down compares a child with its parent too).
enum class Phase : std::uint8_t { SiftUp, SiftDown, PopSwap };
/// Positions i and j were compared (nothing changes).
struct Compare { std::uint32_t i; std::uint32_t j; Phase phase; };
struct Swap { std::uint32_t i; std::uint32_t j; Phase phase; };
/// The key at position `at` changes (decrease-key); old and new in the trace's pool.
struct SetKey { std::uint32_t at; trace::ValueRef old; trace::ValueRef key; };
}  // namespace heap_event

using HeapEvent = std::variant<heap_event::Append, heap_event::RemoveLast, heap_event::Compare, heap_event::Swap,
                               heap_event::SetKey>;
static_assert(sizeof(HeapEvent) <= 16);

struct HeapArea {
    using State = HeapState;
    using Event = HeapEvent;
    static void apply(State& s, const Event& e, const trace::Trace<Event>& t);
    static void revert(State& s, const Event& e, const trace::Trace<Event>& t);
};

class IndexedHeap {
public:
    static constexpr std::uint32_t absent = std::numeric_limits<std::uint32_t>::max();

    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    /// Precondition: !empty().
    const HeapEntry& top() const { return heap_.front(); }
    bool contains(std::uint32_t id) const { return id < pos_.size() && pos_[id] != absent; }
    /// Precondition: contains(id).
    std::int64_t key(std::uint32_t id) const { return heap_[pos_[id]].key; }
    const std::vector<HeapEntry>& entries() const { return heap_; }

    /// Inserts `key` under the next id (0, 1, 2, ...) and returns that id.
    template <class Tracer>
    std::uint32_t push(std::int64_t key, Tracer& tracer) {
        const auto id = static_cast<std::uint32_t>(pos_.size());
        pos_.push_back(static_cast<std::uint32_t>(heap_.size()));
        heap_.push_back({id, key});
        if constexpr (Tracer::enabled) tracer.emit(heap_event::Append{id, trace::PackedValue::of(key)});
        siftUp(heap_.size() - 1, tracer);
        return id;
    }

    /// Removes and returns the smallest entry. Precondition: !empty().
    template <class Tracer>
    HeapEntry pop(Tracer& tracer) {
        const HeapEntry top = heap_.front();
        const std::size_t last = heap_.size() - 1;
        if (last != 0) swapAt(0, last, heap_event::Phase::PopSwap, tracer);
        pos_[top.id] = absent;
        heap_.pop_back();
        if constexpr (Tracer::enabled) tracer.emit(heap_event::RemoveLast{top.id, trace::PackedValue::of(top.key)});
        if (!heap_.empty()) siftDown(0, tracer);
        return top;
    }

    /// Lowers the key of `id`. Preconditions: contains(id), key <= this->key(id).
    template <class Tracer>
    void decreaseKey(std::uint32_t id, std::int64_t key, Tracer& tracer) {
        const std::uint32_t at = pos_[id];
        if constexpr (Tracer::enabled)
            tracer.emit(heap_event::SetKey{at, tracer.keep(static_cast<double>(heap_[at].key)), tracer.keep(static_cast<double>(key))});
        heap_[at].key = key;
        siftUp(at, tracer);
    }

private:
    static bool less(const HeapEntry& a, const HeapEntry& b) { return a.key < b.key || (a.key == b.key && a.id < b.id); }

    template <class Tracer>
    void swapAt(std::size_t i, std::size_t j, heap_event::Phase phase, Tracer& tracer) {
        std::swap(heap_[i], heap_[j]);
        pos_[heap_[i].id] = static_cast<std::uint32_t>(i);
        pos_[heap_[j].id] = static_cast<std::uint32_t>(j);
        if constexpr (Tracer::enabled) tracer.emit(heap_event::Swap{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), phase});
    }

    template <class Tracer>
    void siftUp(std::size_t i, Tracer& tracer) {
        while (i > 0) {
            const std::size_t parent = (i - 1) / 2;
            if constexpr (Tracer::enabled) tracer.emit(heap_event::Compare{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(parent), heap_event::Phase::SiftUp});
            if (!less(heap_[i], heap_[parent])) break;
            swapAt(i, parent, heap_event::Phase::SiftUp, tracer);
            i = parent;
        }
    }

    template <class Tracer>
    void siftDown(std::size_t i, Tracer& tracer) {
        for (;;) {
            const std::size_t left = 2 * i + 1, right = left + 1;
            std::size_t smallest = i;
            if (left < heap_.size()) {
                if constexpr (Tracer::enabled) tracer.emit(heap_event::Compare{static_cast<std::uint32_t>(left), static_cast<std::uint32_t>(smallest), heap_event::Phase::SiftDown});
                if (less(heap_[left], heap_[smallest])) smallest = left;
            }
            if (right < heap_.size()) {
                if constexpr (Tracer::enabled) tracer.emit(heap_event::Compare{static_cast<std::uint32_t>(right), static_cast<std::uint32_t>(smallest), heap_event::Phase::SiftDown});
                if (less(heap_[right], heap_[smallest])) smallest = right;
            }
            if (smallest == i) return;
            swapAt(i, smallest, heap_event::Phase::SiftDown, tracer);
            i = smallest;
        }
    }

    std::vector<HeapEntry> heap_;
    std::vector<std::uint32_t> pos_;  // id → position, or absent
};

}  // namespace stepwise::structures
