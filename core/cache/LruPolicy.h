#pragma once
// LRU and FIFO: one list of slots, the tail evicted.
#include <vector>

#include "core/cache/PolicyStructure.h"
#include "core/cache/SlotStore.h"

namespace stepwise::cache {

/// What LRU and FIFO share: slots on one list, tail = next victim. They differ only in whether a
/// hit moves the key to the front and in how they explain an eviction.
class ListPolicyBase {
public:
    std::size_t size() const { return store_.size(); }
    std::size_t capacity() const { return store_.capacity(); }
    bool contains(Key k) const { return store_.find(k) != noSlot; }
    const SlotStore& store() const { return store_; }
    SlotStore& store() { return store_; }

    bool erase(Key k) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        order_.remove(s);
        store_.release(s);
        return true;
    }

    /// Next victim first.
    std::vector<SlotView> view() const {
        std::vector<SlotView> out;
        for (auto s = order_.tail(); s != noSlot; s = order_.prev(s)) out.push_back({store_.key(s), store_.lastAccess(s), 0, 0});
        return out;
    }

    /// The hash map + doubly linked list, walked from the head along `next` links.
    PolicyStructure structure() const {
        PolicyStructure out{PolicyStructure::Kind::List, {StructureBucket{}}};
        for (auto s = order_.head(); s != noSlot; s = order_.next(s)) out.buckets.front().keys.push_back(store_.key(s));
        return out;
    }

protected:
    explicit ListPolicyBase(std::size_t capacity) : store_(capacity), order_(capacity) {}

    /// Evicts the tail when full (reporting `reason` with `detail(victim)`), then adds k at the front.
    template <class Tracer, class Detail>
    std::uint32_t insertAtFront(Key k, std::uint64_t value, Tick now, Tracer& tracer, EvictReason reason, Detail detail) {
        if (store_.full()) {
            const auto victim = order_.tail();
            if constexpr (Tracer::enabled) tracer.emit(cache_event::Evict{store_.key(victim), reason, detail(victim)});
            order_.remove(victim);
            store_.release(victim);
        }
        const auto s = store_.add(k, value, now);
        order_.pushFront(s);
        return s;
    }

    SlotStore store_;
    SlotList order_;
};

/// Least recently used: a hit moves the key to the front; the back is evicted.
class LruPolicy : public ListPolicyBase {
public:
    explicit LruPolicy(std::size_t capacity, std::uint64_t /*seed*/ = 0) : ListPolicyBase(capacity) {}

    template <class Tracer>
    bool touch(Key k, Tick now, Tracer&) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        store_.touch(s, now);
        order_.moveToFront(s);
        return true;
    }

    /// Precondition: !contains(k), capacity() > 0.
    template <class Tracer>
    void insert(Key k, std::uint64_t value, Tick now, Tracer& tracer) {
        insertAtFront(k, value, now, tracer, EvictReason::LeastRecentlyUsed,
                      [&](std::uint32_t victim) { return static_cast<std::uint32_t>(now - store_.lastAccess(victim)); });
    }
};

/// First in, first out: hits change nothing; the oldest insertion is evicted.
class FifoPolicy : public ListPolicyBase {
public:
    explicit FifoPolicy(std::size_t capacity, std::uint64_t /*seed*/ = 0) : ListPolicyBase(capacity), inserted_(capacity) {}

    template <class Tracer>
    bool touch(Key k, Tick now, Tracer&) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        store_.touch(s, now);
        return true;
    }

    template <class Tracer>
    void insert(Key k, std::uint64_t value, Tick now, Tracer& tracer) {
        const auto s = insertAtFront(k, value, now, tracer, EvictReason::FirstIn,
                                     [&](std::uint32_t victim) { return static_cast<std::uint32_t>(now - inserted_[victim]); });
        inserted_[s] = now;
    }

private:
    std::vector<Tick> inserted_;
};

}  // namespace stepwise::cache
