#pragma once
// S3-FIFO (Yang et al., SOSP 2023): a small FIFO (10 % of the space) filters one-hit wonders, a main
// FIFO with 2-bit frequencies gives reinsertion, and a ghost FIFO of recently evicted keys sends a
// returning key straight to main. Algorithm 1 of the paper: leaving small, a key accessed more than
// once moves to main (its frequency reset, as libCacheSim does), otherwise it goes to the ghost; at
// main's tail a key with frequency > 0 is reinserted with frequency − 1.
#include <algorithm>
#include <vector>

#include "core/cache/SlotStore.h"

namespace stepwise::cache {

/// Keys recently evicted from the small queue (no values): a bounded FIFO with O(1) removal.
class GhostQueue {
public:
    explicit GhostQueue(std::size_t capacity) : keys_(capacity), order_(capacity), index_(capacity) {
        for (std::size_t s = capacity; s > 0; --s) free_.push_back(static_cast<std::uint32_t>(s - 1));
    }
    bool contains(Key k) const { return index_.find(k) != FlatIndex::missing; }
    /// Removes k if present; true when it was.
    bool take(Key k) {
        const auto s = index_.find(k);
        if (s == FlatIndex::missing) return false;
        drop(s);
        return true;
    }
    /// Adds k as the newest ghost, forgetting the oldest when full. Precondition: !contains(k).
    void remember(Key k) {
        if (free_.empty()) drop(order_.tail());
        const auto s = free_.back();
        free_.pop_back();
        keys_[s] = k;
        order_.pushFront(s);
        index_.insert(k, s);
    }

private:
    void drop(std::uint32_t s) {
        index_.erase(keys_[s]);
        order_.remove(s);
        free_.push_back(s);
    }
    std::vector<Key> keys_;
    SlotList order_;
    FlatIndex index_;
    std::vector<std::uint32_t> free_;
};

class S3FifoPolicy {
public:
    explicit S3FifoPolicy(std::size_t capacity, std::uint64_t /*seed*/ = 0)
        : store_(capacity), small_(capacity), main_(capacity), inMain_(capacity, 0), freq_(capacity, 0),
          smallCapacity_(std::max<std::size_t>(1, capacity / 10)), ghost_(std::max<std::size_t>(1, capacity)) {}

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
        freq_[s] = static_cast<std::uint8_t>(std::min(freq_[s] + 1, 3));
        return true;
    }

    template <class Tracer>
    void insert(Key k, std::uint64_t value, Tick now, Tracer& tracer) {
        while (store_.full()) evict(tracer);
        const bool ghost = ghost_.take(k);
        const auto s = store_.add(k, value, now);
        freq_[s] = 0;
        inMain_[s] = ghost;
        (ghost ? main_ : small_).pushFront(s);
    }

    bool erase(Key k) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        (inMain_[s] ? main_ : small_).remove(s);
        store_.release(s);
        return true;
    }

    /// Small queue tail first, then main queue tail first.
    std::vector<SlotView> view() const {
        std::vector<SlotView> out;
        for (auto s = small_.tail(); s != noSlot; s = small_.prev(s)) out.push_back({store_.key(s), store_.lastAccess(s), freq_[s], 0});
        for (auto s = main_.tail(); s != noSlot; s = main_.prev(s)) out.push_back({store_.key(s), store_.lastAccess(s), freq_[s], 1});
        return out;
    }
    bool inGhost(Key k) const { return ghost_.contains(k); }

private:
    template <class Tracer>
    void evict(Tracer& tracer) {
        if (small_.size() >= smallCapacity_ || main_.empty()) evictSmall(tracer);
        else evictMain(tracer);
    }

    template <class Tracer>
    void evictSmall(Tracer& tracer) {
        while (!small_.empty()) {
            const auto t = small_.tail();
            small_.remove(t);
            if (freq_[t] > 1) {
                if constexpr (Tracer::enabled) tracer.emit(cache_event::Promote{store_.key(t)});
                freq_[t] = 0;
                inMain_[t] = 1;
                main_.pushFront(t);
                if (main_.size() > capacity() - smallCapacity_) {
                    evictMain(tracer);
                    return;
                }
            } else {
                if constexpr (Tracer::enabled) tracer.emit(cache_event::Evict{store_.key(t), EvictReason::SmallQueue, freq_[t]});
                ghost_.remember(store_.key(t));
                store_.release(t);
                return;
            }
        }
    }

    template <class Tracer>
    void evictMain(Tracer& tracer) {
        while (!main_.empty()) {
            const auto t = main_.tail();
            if (freq_[t] > 0) {
                --freq_[t];
                main_.moveToFront(t);
            } else {
                if constexpr (Tracer::enabled) tracer.emit(cache_event::Evict{store_.key(t), EvictReason::MainQueue, 0});
                main_.remove(t);
                store_.release(t);
                return;
            }
        }
    }

    SlotStore store_;
    SlotList small_, main_;
    std::vector<std::uint8_t> inMain_, freq_;
    std::size_t smallCapacity_;
    GhostQueue ghost_;
};

}  // namespace stepwise::cache
