#pragma once
// CLOCK (second chance): slots on a ring with a reference bit; a hit sets the bit; to evict, the
// hand clears set bits as it passes and takes the first slot whose bit is clear.
#include <vector>

#include "core/cache/SlotStore.h"

namespace stepwise::cache {

class ClockPolicy {
public:
    explicit ClockPolicy(std::size_t capacity, std::uint64_t /*seed*/ = 0)
        : store_(capacity), ring_(capacity, noSlot), position_(capacity, 0), referenced_(capacity, 0) {
        for (std::size_t at = capacity; at > 0; --at) freePositions_.push_back(at - 1);
    }

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
        referenced_[s] = 1;
        return true;
    }

    template <class Tracer>
    void insert(Key k, std::uint64_t value, Tick now, Tracer& tracer) {
        std::size_t at;
        if (store_.full()) {
            std::uint32_t passed = 0;
            while (referenced_[ring_[hand_]]) {  // second chance
                referenced_[ring_[hand_]] = 0;
                advance();
                ++passed;
            }
            at = hand_;
            const auto victim = ring_[at];
            if constexpr (Tracer::enabled) tracer.emit(cache_event::Evict{store_.key(victim), EvictReason::ClockHand, passed});
            store_.release(victim);
        } else {
            at = freePositions_.back();
            freePositions_.pop_back();
        }
        const auto s = store_.add(k, value, now);
        ring_[at] = s;
        position_[s] = at;
        referenced_[s] = 0;
        if (store_.full() && at == hand_) advance();  // the hand moves past the slot it just filled
    }

    bool erase(Key k) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        ring_[position_[s]] = noSlot;
        freePositions_.push_back(position_[s]);
        store_.release(s);
        return true;
    }

    /// Ring order starting at the hand.
    std::vector<SlotView> view() const {
        std::vector<SlotView> out;
        for (std::size_t i = 0; i < ring_.size(); ++i) {
            const std::size_t at = (hand_ + i) % ring_.size();
            const auto s = ring_[at];
            if (s != noSlot) out.push_back({store_.key(s), store_.lastAccess(s), referenced_[s], static_cast<std::uint8_t>(i == 0)});
        }
        return out;
    }

private:
    void advance() { hand_ = (hand_ + 1) % ring_.size(); }
    SlotStore store_;
    std::vector<std::uint32_t> ring_;      // ring position → slot
    std::vector<std::size_t> position_;    // slot → ring position
    std::vector<std::uint8_t> referenced_;
    std::vector<std::size_t> freePositions_;  // ring positions without a key (next to fill last)
    std::size_t hand_ = 0;
};

}  // namespace stepwise::cache
