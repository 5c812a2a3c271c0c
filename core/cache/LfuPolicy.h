#pragma once
// Least frequently used in O(1): keys sit in per-frequency buckets, each an LRU list, and the
// buckets form a list in increasing frequency. Ties go to the least recently used (DESIGN.md).
#include <vector>

#include "core/cache/PolicyStructure.h"
#include "core/cache/SlotStore.h"

namespace stepwise::cache {

class LfuPolicy {
public:
    explicit LfuPolicy(std::size_t capacity, std::uint64_t /*seed*/ = 0)
        : store_(capacity), entries_(capacity), bucketOf_(capacity, noSlot), bucketFreq_(capacity + 1, 0),
          bucketPrev_(capacity + 1, noSlot), bucketNext_(capacity + 1, noSlot), bucketHead_(capacity + 1, noSlot),
          bucketTail_(capacity + 1, noSlot) {
        // Buckets are recycled through their own free list. Every bucket holds a key, and a hit makes
        // its new bucket before the old one empties, so capacity + 1 always suffice.
        for (std::size_t b = capacity + 1; b > 0; --b) freeBuckets_.push_back(static_cast<std::uint32_t>(b - 1));
    }

    std::size_t size() const { return store_.size(); }
    std::size_t capacity() const { return store_.capacity(); }
    bool contains(Key k) const { return store_.find(k) != noSlot; }
    const SlotStore& store() const { return store_; }
    SlotStore& store() { return store_; }
    std::uint32_t frequency(Key k) const { return bucketFreq_[bucketOf_[store_.find(k)]]; }

    template <class Tracer>
    bool touch(Key k, Tick now, Tracer&) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        store_.touch(s, now);
        const auto from = bucketOf_[s];
        const auto freq = bucketFreq_[from] + 1;
        auto to = bucketNext_[from];
        if (to == noSlot || bucketFreq_[to] != freq) to = newBucketAfter(from, freq);
        unlink(s);
        link(s, to);
        return true;
    }

    template <class Tracer>
    void insert(Key k, std::uint64_t value, Tick now, Tracer& tracer) {
        if (store_.full()) {
            const auto victim = bucketTail_[first_];  // least frequent, then least recent
            if constexpr (Tracer::enabled)
                tracer.emit(cache_event::Evict{store_.key(victim), EvictReason::LeastFrequentlyUsed, bucketFreq_[first_]});
            unlink(victim);
            store_.release(victim);
        }
        const auto s = store_.add(k, value, now);
        auto b = first_;
        if (b == noSlot || bucketFreq_[b] != 1) b = newBucketAfter(noSlot, 1);
        link(s, b);
    }

    bool erase(Key k) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        unlink(s);
        store_.release(s);
        return true;
    }

    std::vector<SlotView> view() const {
        std::vector<SlotView> out;
        for (auto b = first_; b != noSlot; b = bucketNext_[b])
            for (auto s = bucketTail_[b]; s != noSlot; s = entries_.prev(s))
                out.push_back({store_.key(s), store_.lastAccess(s), bucketFreq_[b], 0});
        return out;
    }

    /// The frequency buckets from the lowest, each walked from its head along `next` links.
    PolicyStructure structure() const {
        PolicyStructure out{PolicyStructure::Kind::Buckets, {}};
        for (auto b = first_; b != noSlot; b = bucketNext_[b]) {
            StructureBucket bucket{bucketFreq_[b], {}};
            for (auto s = bucketHead_[b]; s != noSlot; s = entries_.next(s)) bucket.keys.push_back(store_.key(s));
            out.buckets.push_back(std::move(bucket));
        }
        return out;
    }

private:
    /// A bucket for `freq` right after `after` (noSlot: at the front).
    std::uint32_t newBucketAfter(std::uint32_t after, std::uint32_t freq) {
        const auto b = freeBuckets_.back();
        freeBuckets_.pop_back();
        bucketFreq_[b] = freq;
        bucketHead_[b] = bucketTail_[b] = noSlot;
        bucketPrev_[b] = after;
        bucketNext_[b] = after == noSlot ? first_ : bucketNext_[after];
        if (bucketNext_[b] != noSlot) bucketPrev_[bucketNext_[b]] = b;
        if (after == noSlot) first_ = b;
        else bucketNext_[after] = b;
        return b;
    }

    void link(std::uint32_t s, std::uint32_t b) {
        // Each bucket is a slice of one shared prev/next array pair, kept per bucket by head/tail.
        entries_.setLinks(s, noSlot, bucketHead_[b]);
        if (bucketHead_[b] != noSlot) entries_.setPrev(bucketHead_[b], s);
        bucketHead_[b] = s;
        if (bucketTail_[b] == noSlot) bucketTail_[b] = s;
        bucketOf_[s] = b;
    }

    void unlink(std::uint32_t s) {
        const auto b = bucketOf_[s];
        const auto p = entries_.prev(s), n = entries_.next(s);
        if (p != noSlot) entries_.setNext(p, n);
        else bucketHead_[b] = n;
        if (n != noSlot) entries_.setPrev(n, p);
        else bucketTail_[b] = p;
        if (bucketHead_[b] == noSlot) {  // empty: drop the bucket
            if (bucketPrev_[b] != noSlot) bucketNext_[bucketPrev_[b]] = bucketNext_[b];
            else first_ = bucketNext_[b];
            if (bucketNext_[b] != noSlot) bucketPrev_[bucketNext_[b]] = bucketPrev_[b];
            freeBuckets_.push_back(b);
        }
    }

    /// prev/next arrays without list bookkeeping (the buckets keep their own ends).
    class Links {
    public:
        explicit Links(std::size_t n) : prev_(n, noSlot), next_(n, noSlot) {}
        std::uint32_t prev(std::uint32_t s) const { return prev_[s]; }
        std::uint32_t next(std::uint32_t s) const { return next_[s]; }
        void setPrev(std::uint32_t s, std::uint32_t p) { prev_[s] = p; }
        void setNext(std::uint32_t s, std::uint32_t n) { next_[s] = n; }
        void setLinks(std::uint32_t s, std::uint32_t p, std::uint32_t n) { prev_[s] = p, next_[s] = n; }

    private:
        std::vector<std::uint32_t> prev_, next_;
    };

    SlotStore store_;
    Links entries_;
    std::vector<std::uint32_t> bucketOf_;
    std::vector<std::uint32_t> bucketFreq_, bucketPrev_, bucketNext_, bucketHead_, bucketTail_;
    std::vector<std::uint32_t> freeBuckets_;
    std::uint32_t first_ = noSlot;
};

}  // namespace stepwise::cache
