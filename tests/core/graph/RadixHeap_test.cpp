#include "core/graph/RadixHeap.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>
#include <utility>
#include <vector>

#include "core/trace/Random.h"

namespace stepwise::graph {
namespace {

/// A key at least `floor`, drawn from a mix that makes ties, tiny steps, exponent changes and
/// huge jumps all common.
double keyAtLeast(Random& rng, double floor) {
    switch (rng.below(6)) {
        case 0: return floor;                                                      // a tie
        case 1: return floor + static_cast<double>(rng.between(1, 100));           // integer weights
        case 2: return floor + rng.uniform(0, 1);                                  // real weights
        case 3: return std::nextafter(floor, std::numeric_limits<double>::infinity());  // one ulp
        case 4: return floor * 2 + 1e-300;                                         // across an exponent
        default: return floor + rng.uniform(0, 1e12);                              // far away
    }
}

}  // namespace

TEST(RadixHeap, PopsLikeAMultisetUnderMonotoneUse) {
    Random rng(77);
    for (int round = 0; round < 200; ++round) {
        RadixHeap heap;
        std::multiset<std::pair<double, std::uint32_t>> reference;
        double lastPopped = 0;
        const int operations = static_cast<int>(rng.between(1, 2000));
        for (int op = 0; op < operations; ++op) {
            if (reference.empty() || rng.chance(0.55)) {
                const double key = keyAtLeast(rng, lastPopped);
                const auto vertex = static_cast<std::uint32_t>(rng.below(1000));
                heap.push(key, vertex);
                reference.insert({key, vertex});
            } else {
                // The smallest (key, vertex) pair: equal keys come out by vertex id.
                const RadixHeap::Entry e = heap.pop();
                ASSERT_EQ(e.key, reference.begin()->first) << "round " << round << ", operation " << op;
                ASSERT_EQ(e.vertex, reference.begin()->second) << "round " << round << ", operation " << op;
                reference.erase(reference.begin());
                lastPopped = e.key;
            }
            ASSERT_EQ(heap.size(), reference.size());
            ASSERT_EQ(heap.empty(), reference.empty());
        }
    }
}

TEST(RadixHeap, NegativeZeroIsZero) {
    RadixHeap heap;
    heap.push(-0.0, 1);
    heap.push(0.0, 2);
    heap.push(1.0, 3);
    EXPECT_EQ(heap.pop().key, 0.0);
    const RadixHeap::Entry second = heap.pop();
    EXPECT_EQ(second.key, 0.0);
    EXPECT_FALSE(std::signbit(second.key));
    EXPECT_EQ(heap.pop().vertex, 3u);
    EXPECT_TRUE(heap.empty());
}

TEST(RadixHeap, TiesComeOutByVertexIdWhateverThePushOrder) {
    // Including ties pushed after the minimum was reached (zero-weight arcs).
    RadixHeap heap;
    for (std::uint32_t v : {7u, 3u, 9u, 1u}) heap.push(2.5, v);
    heap.push(4.0, 0);
    EXPECT_EQ(heap.pop().vertex, 1u);
    heap.push(2.5, 2);
    heap.push(2.5, 8);
    std::vector<std::uint32_t> order;
    while (!heap.empty()) order.push_back(heap.pop().vertex);
    EXPECT_EQ(order, (std::vector<std::uint32_t>{2, 3, 7, 8, 9, 0}));
}

TEST(RadixHeap, LargeTieGroupsOfAnyIdWidthComeOutSorted) {
    // Groups past the insertion-sort size go through the radix sort: one, two and three passes.
    Random rng(31);
    for (const std::uint32_t idBound : {1'000u, 3'000'000u, 4'000'000'000u}) {
        RadixHeap heap;
        std::multiset<std::pair<double, std::uint32_t>> reference;
        for (int i = 0; i < 3000; ++i) {
            const double key = static_cast<double>(rng.below(4));  // four groups of about 750
            const auto vertex = static_cast<std::uint32_t>(rng.below(idBound));
            heap.push(key, vertex);
            reference.insert({key, vertex});
        }
        for (const auto& [key, vertex] : reference) {
            const RadixHeap::Entry e = heap.pop();
            ASSERT_EQ(e.key, key);
            ASSERT_EQ(e.vertex, vertex) << "ids below " << idBound;
        }
        EXPECT_TRUE(heap.empty());
    }
}

TEST(RadixHeap, OutOfOrderKeysStayInBounds) {
    // Breaking the monotone precondition (what a negative weight would do) must not corrupt memory:
    // every pushed entry still comes out exactly once.
    Random rng(9);
    RadixHeap heap;
    std::multiset<std::pair<double, std::uint32_t>> pushed;
    for (int op = 0; op < 20000; ++op) {
        if (heap.empty() || rng.chance(0.5)) {
            const double key = rng.uniform(-1e6, 1e6);
            const auto vertex = static_cast<std::uint32_t>(op);
            heap.push(key, vertex);
            pushed.insert({key, vertex});
        } else {
            const auto e = heap.pop();
            const auto it = pushed.find({e.key, e.vertex});
            ASSERT_NE(it, pushed.end());
            pushed.erase(it);
        }
    }
    while (!heap.empty()) {
        const auto e = heap.pop();
        const auto it = pushed.find({e.key, e.vertex});
        ASSERT_NE(it, pushed.end());
        pushed.erase(it);
    }
    EXPECT_TRUE(pushed.empty());
}

}  // namespace stepwise::graph
