#pragma once
// Fixed-capacity storage shared by the cache policies: key, value and last access per slot, an
// index from key to slot, a free list, and an intrusive doubly linked list per policy's needs.
#include <cstdint>
#include <vector>

#include "core/cache/CacheEvent.h"
#include "core/cache/FlatIndex.h"

namespace stepwise::cache {

inline constexpr std::uint32_t noSlot = 0xFFFFFFFFu;

/// An intrusive list over slots (prev/next arrays live here; head = most recent).
class SlotList {
public:
    explicit SlotList(std::size_t capacity = 0) : prev_(capacity, noSlot), next_(capacity, noSlot) {}
    std::uint32_t head() const { return head_; }
    std::uint32_t tail() const { return tail_; }
    std::uint32_t next(std::uint32_t s) const { return next_[s]; }  // towards the tail
    std::uint32_t prev(std::uint32_t s) const { return prev_[s]; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    void pushFront(std::uint32_t s) {
        prev_[s] = noSlot;
        next_[s] = head_;
        if (head_ != noSlot) prev_[head_] = s;
        head_ = s;
        if (tail_ == noSlot) tail_ = s;
        ++size_;
    }
    void remove(std::uint32_t s) {
        if (prev_[s] != noSlot) next_[prev_[s]] = next_[s];
        else head_ = next_[s];
        if (next_[s] != noSlot) prev_[next_[s]] = prev_[s];
        else tail_ = prev_[s];
        --size_;
    }
    void moveToFront(std::uint32_t s) {
        if (head_ == s) return;
        remove(s);
        pushFront(s);
    }

private:
    std::vector<std::uint32_t> prev_, next_;
    std::uint32_t head_ = noSlot, tail_ = noSlot;
    std::size_t size_ = 0;
};

class SlotStore {
public:
    explicit SlotStore(std::size_t capacity)
        : key_(capacity), value_(capacity), lastAccess_(capacity), expiry_(capacity, 0), index_(capacity) {
        free_.reserve(capacity);
        for (std::size_t s = capacity; s > 0; --s) free_.push_back(static_cast<std::uint32_t>(s - 1));
    }

    std::size_t capacity() const { return key_.size(); }
    std::size_t size() const { return index_.size(); }
    bool full() const { return free_.empty(); }
    std::uint32_t find(Key k) const { return index_.find(k); }

    /// Precondition: !full(), k not present.
    std::uint32_t add(Key k, std::uint64_t value, Tick now) {
        const std::uint32_t s = free_.back();
        free_.pop_back();
        key_[s] = k;
        value_[s] = value;
        lastAccess_[s] = now;
        expiry_[s] = 0;
        index_.insert(k, s);
        return s;
    }
    void release(std::uint32_t s) {
        index_.erase(key_[s]);
        free_.push_back(s);
    }

    Key key(std::uint32_t s) const { return key_[s]; }
    std::uint64_t value(std::uint32_t s) const { return value_[s]; }
    void setValue(std::uint32_t s, std::uint64_t v) { value_[s] = v; }
    Tick lastAccess(std::uint32_t s) const { return lastAccess_[s]; }
    void touch(std::uint32_t s, Tick now) { lastAccess_[s] = now; }
    /// When the slot's key expires; 0 = never. Kept beside the key so a hit checks it without a
    /// second hash lookup.
    Tick expiry(std::uint32_t s) const { return expiry_[s]; }
    void setExpiry(std::uint32_t s, Tick when) { expiry_[s] = when; }

private:
    std::vector<Key> key_;
    std::vector<std::uint64_t> value_;
    std::vector<Tick> lastAccess_;
    std::vector<Tick> expiry_;
    FlatIndex index_;
    std::vector<std::uint32_t> free_;
};

/// One entry as a view shows it, in the policy's own order (first = next to go, or most recent).
struct SlotView {
    Key key;
    Tick lastAccess;
    std::uint32_t frequency;  // LFU count, Redis counter, S3-FIFO frequency, CLOCK bit
    std::uint8_t queue;       // S3-FIFO: 0 small, 1 main; CLOCK: 1 when the hand points here
};

}  // namespace stepwise::cache
