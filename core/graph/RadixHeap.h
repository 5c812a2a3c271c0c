#pragma once
// A radix heap (Ahuja, Mehlhorn, Orlin, Tarjan 1990) of (key, vertex) pairs over non-negative
// double keys: a monotone priority queue for Dijkstra, whose popped keys never decrease.
//
// Non-negative doubles order like their IEEE-754 bit patterns read as unsigned integers, so the
// heap works on those 64-bit patterns. Bucket 0 holds entries whose key equals `last_` (the current
// minimum); bucket i > 0 holds entries whose key first differs from `last_` at bit
// i - 1. Every key in bucket i is larger than every key in a lower bucket, so the minimum sits in
// the first non-empty bucket; pop moves that bucket's entries to lower buckets against its minimum
// (each entry only ever moves down, at most 64 times, in practice a handful). Push and pop are
// O(1) plus that amortised movement, with no comparisons between entries.
//
// Ties come out by ascending vertex id, as from QuaternaryHeap, so a search's settle order, and so
// its trace, does not depend on which heap it uses, and the next vertex out is always the first of
// the frontier as GraphState orders it. Bucket 0 (the entries whose key is `last_`) is therefore a
// list of vertex ids sorted when it is filled (radix sort: a tie group of a few hundred costs a few
// instructions per entry), plus a small binary heap for ties pushed after that (zero-weight arcs).
//
// Not for A* or Prim, whose popped keys may decrease (they use QuaternaryHeap).
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <functional>
#include <vector>

namespace stepwise::graph {

class RadixHeap {
public:
    struct Entry {
        double key;
        std::uint32_t vertex;
    };

    bool empty() const { return size_ == 0; }
    std::size_t size() const { return size_; }

    /// Precondition: key >= the key last popped (so key >= 0 when it started from an empty heap),
    /// and not NaN. A key that breaks this cannot corrupt the heap (every bucket index stays in
    /// range); pops may then just come out of order.
    void push(double key, std::uint32_t vertex) {
        const std::uint64_t bits = bitsOf(key);
        ++size_;
        if (bits == last_) {  // a tie with the current minimum (a zero-weight arc)
            late_.push_back(vertex);
            std::push_heap(late_.begin(), late_.end(), std::greater<>{});
            return;
        }
        const unsigned b = bucketOf(bits ^ last_);
        buckets_[b].push_back({bits, vertex});
        occupied_ |= bitFor(b);
    }

    /// Removes and returns the entry with the smallest key, of those the one with the smallest
    /// vertex. Precondition: !empty().
    Entry pop() {
        if (next_ == ties_.size() && late_.empty()) refill();
        std::uint32_t vertex;
        if (!late_.empty() && (next_ == ties_.size() || late_.front() < ties_[next_])) {
            std::pop_heap(late_.begin(), late_.end(), std::greater<>{});
            vertex = late_.back();
            late_.pop_back();
        } else {
            vertex = ties_[next_++];
        }
        --size_;
        return {std::bit_cast<double>(last_), vertex};
    }

private:
    struct Item {
        std::uint64_t bits;
        std::uint32_t vertex;
    };

    // Adding 0.0 turns -0.0 into +0.0 (they compare equal as doubles and must here too).
    static std::uint64_t bitsOf(double key) { return std::bit_cast<std::uint64_t>(key + 0.0); }
    static unsigned bucketOf(std::uint64_t difference) { return static_cast<unsigned>(std::bit_width(difference)); }
    // Buckets 1..64 are bits 0..63 of occupied_ (keys equal to last_ never go to buckets_).
    static std::uint64_t bitFor(unsigned bucket) { return std::uint64_t{1} << (bucket - 1); }

    /// Bucket 0 is empty and the heap is not: make the first non-empty bucket's minimum the new
    /// `last_` and spread that bucket over the buckets below it.
    void refill() {
        const unsigned i = static_cast<unsigned>(std::countr_zero(occupied_)) + 1;
        std::vector<Item>& from = buckets_[i];
        std::uint64_t smallest = from[0].bits;
        for (const Item& item : from) smallest = item.bits < smallest ? item.bits : smallest;
        last_ = smallest;
        ties_.clear();
        next_ = 0;
        for (const Item& item : from) {
            if (item.bits == smallest) {
                ties_.push_back(item.vertex);
                continue;
            }
            const unsigned b = bucketOf(item.bits ^ smallest);  // < i: shares bits i-1.. with it
            buckets_[b].push_back(item);
            occupied_ |= bitFor(b);
        }
        from.clear();
        occupied_ &= ~bitFor(i);
        sortTies();
    }

    /// Sorts ties_ ascending: insertion sort when short, else LSD radix sort on the ids.
    void sortTies() {
        const std::size_t k = ties_.size();
        if (k <= 32) {
            for (std::size_t i = 1; i < k; ++i) {
                const std::uint32_t v = ties_[i];
                std::size_t j = i;
                for (; j > 0 && ties_[j - 1] > v; --j) ties_[j] = ties_[j - 1];
                ties_[j] = v;
            }
            return;
        }
        std::uint32_t all = 0;
        for (const std::uint32_t v : ties_) all |= v;
        // LSD radix sort in as few passes of at most 11 bits as the largest id needs (two for up
        // to four million vertices), so the counting array stays within the first-level cache.
        const auto width = static_cast<unsigned>(std::bit_width(all));
        const unsigned passes = (width + 10) / 11;
        const unsigned digit = passes == 0 ? 0 : (width + passes - 1) / passes;
        const std::uint32_t mask = (std::uint32_t{1} << digit) - 1;
        scratch_.resize(k);
        for (unsigned shift = 0; shift < width; shift += digit) {
            std::array<std::uint32_t, 2048> position;
            std::fill_n(position.begin(), mask + 1, 0u);
            for (const std::uint32_t v : ties_) ++position[(v >> shift) & mask];
            std::uint32_t sum = 0;
            for (std::uint32_t d = 0; d <= mask; ++d) {
                const std::uint32_t c = position[d];
                position[d] = sum;
                sum += c;
            }
            for (const std::uint32_t v : ties_) scratch_[position[(v >> shift) & mask]++] = v;
            ties_.swap(scratch_);
        }
    }

    // Bucket 0: ties_[next_..] sorted, late_ a min-heap; both hold vertices whose key is last_.
    std::vector<std::uint32_t> ties_;
    std::size_t next_ = 0;
    std::vector<std::uint32_t> late_;
    std::vector<std::uint32_t> scratch_;  // the radix sort's other buffer
    // buckets_[i] for i in 1..64 (index 0 unused).
    std::array<std::vector<Item>, 65> buckets_;
    std::uint64_t occupied_ = 0;  // which of buckets 1..64 hold entries
    std::uint64_t last_ = 0;      // bit pattern of the last popped key (0.0 before any pop)
    std::size_t size_ = 0;
};

}  // namespace stepwise::graph
