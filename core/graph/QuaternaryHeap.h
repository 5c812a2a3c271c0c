#pragma once
// A 4-ary min-heap of (key, vertex) pairs, used with lazy deletion by the shortest-path searches.
// Four children per node keep a sift-down within one or two cache lines; it beats std::priority_queue
// by a clear margin on the benchmark graphs.
//
// Speed (see tests/bench): keys are stored as order-preserving 64-bit integers, so (key, vertex)
// compares as one 128-bit integer without branches, and pop sinks the hole to a leaf choosing the
// smaller child (three comparisons per level) before lifting the last entry into it, which is
// usually a step or two. Each node's children share one cache line.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

namespace stepwise::graph {

class QuaternaryHeap {
public:
    struct Entry {
        double key;
        std::uint32_t vertex;
    };

    QuaternaryHeap() : slots_(root + padding, sentinel) {}

    bool empty() const { return end_ == root; }
    std::size_t size() const { return end_ - root; }
    void clear() {
        std::fill(slots_.begin() + root, slots_.begin() + end_, sentinel);
        end_ = root;
    }
    void reserve(std::size_t n) {
        if (slots_.size() < root + n + padding) slots_.resize(root + n + padding, sentinel);
    }
    /// Precondition: !empty().
    Entry top() const { return decode(slots_[root]); }

    /// Precondition: key is not NaN. Equal keys come out by ascending vertex.
    void push(double key, std::uint32_t vertex) {
        if (end_ + padding >= slots_.size()) slots_.resize(2 * slots_.size(), sentinel);
        const Slot e = encode(key, vertex);
        Slot* const a = slots_.data();
        std::size_t i = end_++;
        while (i > root) {
            const std::size_t p = parentOf(i);
            if (!(e < a[p])) break;
            a[i] = a[p];
            i = p;
        }
        a[i] = e;
    }

    /// Removes and returns the smallest entry. Precondition: !empty().
    Entry pop() {
        Slot* const a = slots_.data();
        const Slot result = a[root];
        const Slot last = a[--end_];
        a[end_] = sentinel;
        if (end_ == root) return decode(result);
        // Sink the hole to a leaf. Children past the end are sentinels, so every node with a first
        // child has four to compare, and the tournament below has no branches.
        std::size_t i = root;
        for (std::size_t first = firstChildOf(i); first < end_; first = firstChildOf(i)) {
            const Slot* const c = a + first;
            const bool right01 = c[1] < c[0];
            const bool right23 = c[3] < c[2];
            const Slot min01 = right01 ? c[1] : c[0];
            const Slot min23 = right23 ? c[3] : c[2];
            const bool pick23 = min23 < min01;
            a[i] = pick23 ? min23 : min01;
            i = first + (pick23 ? 2 + std::size_t{right23} : std::size_t{right01});
        }
        while (i > root) {
            const std::size_t p = parentOf(i);
            if (!(last < a[p])) break;
            a[i] = a[p];
            i = p;
        }
        a[i] = last;
        return decode(result);
    }

private:
    // (order(key) << 32) | vertex: comparing these compares keys, then vertex ids. Ties by vertex id
    // keep traces independent of insertion history details.
    using Slot = __uint128_t;

    // The root sits at index 3 so that every node's four children, 4p-8 .. 4p-5, start at a multiple
    // of four: with 16-byte slots in 64-byte aligned storage they fill exactly one cache line.
    static constexpr std::size_t root = 3;
    static std::size_t firstChildOf(std::size_t p) { return 4 * p - 8; }
    static std::size_t parentOf(std::size_t c) { return c / 4 + 2; }
    // Slots from end_ on hold the sentinel, which no (non-NaN key, vertex) pair reaches; at least
    // `padding` of them, enough for the last node's four children.
    static constexpr Slot sentinel = ~Slot{0};
    static constexpr std::size_t padding = 4;

    // IEEE doubles order like sign-magnitude integers: flip every bit of a negative, only the sign
    // bit of a positive, and unsigned order matches numeric order. Adding 0.0 turns -0.0 into +0.0,
    // which compare equal as doubles and must here too.
    static Slot encode(double key, std::uint32_t vertex) {
        const auto bits = std::bit_cast<std::uint64_t>(key + 0.0);
        const std::uint64_t ordered = bits & signBit ? ~bits : bits | signBit;
        return (static_cast<Slot>(ordered) << 32) | vertex;
    }
    static Entry decode(Slot s) {
        const auto ordered = static_cast<std::uint64_t>(s >> 32);
        const std::uint64_t bits = ordered & signBit ? ordered & ~signBit : ~ordered;
        return {std::bit_cast<double>(bits), static_cast<std::uint32_t>(s)};
    }
    static constexpr std::uint64_t signBit = std::uint64_t{1} << 63;

    template <class T>
    struct CacheLineAllocator {
        using value_type = T;
        CacheLineAllocator() = default;
        template <class U>
        CacheLineAllocator(const CacheLineAllocator<U>&) {}
        T* allocate(std::size_t n) {
            return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t{64}));
        }
        void deallocate(T* p, std::size_t) { ::operator delete(p, std::align_val_t{64}); }
        friend bool operator==(const CacheLineAllocator&, const CacheLineAllocator&) { return true; }
    };

    std::vector<Slot, CacheLineAllocator<Slot>> slots_;
    std::size_t end_ = root;  // one past the last entry
};

}  // namespace stepwise::graph
