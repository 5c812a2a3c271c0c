#pragma once
// Least recently used: a hit moves the key to the front; the back is evicted.
#include <vector>

#include "core/cache/SlotStore.h"

namespace stepwise::cache {

class LruPolicy {
public:
    explicit LruPolicy(std::size_t capacity, std::uint64_t /*seed*/ = 0) : store_(capacity), order_(capacity) {}

    std::size_t size() const { return store_.size(); }
    std::size_t capacity() const { return store_.capacity(); }
    bool contains(Key k) const { return store_.find(k) != noSlot; }
    const SlotStore& store() const { return store_; }
    SlotStore& store() { return store_; }

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
        if (store_.full()) {
            const auto victim = order_.tail();
            if constexpr (Tracer::enabled)
                tracer.emit(cache_event::Evict{store_.key(victim), EvictReason::LeastRecentlyUsed,
                                               static_cast<std::uint32_t>(now - store_.lastAccess(victim))});
            order_.remove(victim);
            store_.release(victim);
        }
        order_.pushFront(store_.add(k, value, now));
    }

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

private:
    SlotStore store_;
    SlotList order_;
};

/// First in, first out: hits change nothing; the oldest insertion is evicted.
class FifoPolicy {
public:
    explicit FifoPolicy(std::size_t capacity, std::uint64_t /*seed*/ = 0) : store_(capacity), order_(capacity), inserted_(capacity) {}

    std::size_t size() const { return store_.size(); }
    std::size_t capacity() const { return store_.capacity(); }
    bool contains(Key k) const { return store_.find(k) != noSlot; }
    const SlotStore& store() const { return store_; }
    SlotStore& store() { return store_; }

    template <class Tracer>
    bool touch(Key k, Tick now, Tracer&) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        store_.touch(s, now);
        return true;
    }

    template <class Tracer>
    void insert(Key k, std::uint64_t value, Tick now, Tracer& tracer) {
        if (store_.full()) {
            const auto victim = order_.tail();
            if constexpr (Tracer::enabled)
                tracer.emit(cache_event::Evict{store_.key(victim), EvictReason::FirstIn,
                                               static_cast<std::uint32_t>(now - inserted_[victim])});
            order_.remove(victim);
            store_.release(victim);
        }
        const auto s = store_.add(k, value, now);
        inserted_[s] = now;
        order_.pushFront(s);
    }

    bool erase(Key k) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        order_.remove(s);
        store_.release(s);
        return true;
    }

    std::vector<SlotView> view() const {
        std::vector<SlotView> out;
        for (auto s = order_.tail(); s != noSlot; s = order_.prev(s)) out.push_back({store_.key(s), store_.lastAccess(s), 0, 0});
        return out;
    }

private:
    SlotStore store_;
    SlotList order_;
    std::vector<Tick> inserted_;
};

}  // namespace stepwise::cache
