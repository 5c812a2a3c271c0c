// Each structure against an obviously-correct reference over many seeded random operation mixes.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <queue>
#include <set>

#include "core/structures/IndexedHeap.h"
#include "core/structures/SegmentTree.h"
#include "core/structures/Trie.h"
#include "core/structures/UnionFind.h"
#include "core/trace/Random.h"

namespace stepwise::structures {
namespace {
trace::NullTracer<HeapEvent> heapOff;
trace::NullTracer<TrieEvent> trieOff;
trace::NullTracer<SegmentEvent> segmentOff;
trace::NullTracer<UnionFindEvent> unionOff;
}  // namespace

TEST(IndexedHeap, PopsInTheOrderOfPriorityQueueAndSortedArray) {
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        Random r(seed);
        IndexedHeap heap;
        std::priority_queue<std::pair<std::int64_t, std::uint32_t>, std::vector<std::pair<std::int64_t, std::uint32_t>>,
                            std::greater<>>
            reference;
        std::vector<std::int64_t> sorted;
        for (int step = 0; step < 200; ++step) {
            if (heap.empty() || r.chance(0.6)) {
                const auto key = r.between(-50, 50);
                const auto id = heap.push(key, heapOff);
                reference.push({key, id});
                sorted.insert(std::upper_bound(sorted.begin(), sorted.end(), key), key);
            } else {
                const auto top = heap.pop(heapOff);
                ASSERT_EQ(top.key, reference.top().first);
                ASSERT_EQ(top.id, reference.top().second);  // ties by id, as the reference's pair order
                ASSERT_EQ(top.key, sorted.front());
                reference.pop();
                sorted.erase(sorted.begin());
            }
            ASSERT_EQ(heap.size(), sorted.size());
        }
    }
}

TEST(IndexedHeap, DecreaseKeyKeepsTheHeapOrder) {
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        Random r(seed);
        IndexedHeap heap;
        std::map<std::uint32_t, std::int64_t> live;
        for (int step = 0; step < 150; ++step) {
            const double dice = r.unit();
            if (live.empty() || dice < 0.45) {
                const auto key = r.between(0, 100);
                live[heap.push(key, heapOff)] = key;
            } else if (dice < 0.75) {
                auto it = live.begin();
                std::advance(it, static_cast<long>(r.below(live.size())));
                const auto key = it->second - r.between(0, 30);
                heap.decreaseKey(it->first, key, heapOff);
                it->second = key;
            } else {
                const auto top = heap.pop(heapOff);
                const auto best = std::min_element(live.begin(), live.end(), [](auto& a, auto& b) {
                    return a.second < b.second || (a.second == b.second && a.first < b.first);
                });
                ASSERT_EQ(top.id, best->first);
                ASSERT_EQ(top.key, best->second);
                live.erase(best);
            }
            const auto& e = heap.entries();
            for (std::size_t i = 1; i < e.size(); ++i) ASSERT_LE(e[(i - 1) / 2].key, e[i].key);
        }
    }
}

TEST(Trie, AgreesWithASetOfStrings) {
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        Random r(seed);
        Trie trie;
        std::set<std::string> words;
        auto word = [&] {
            std::string w;
            for (auto n = r.below(5); n > 0; --n) w.push_back(static_cast<char>('a' + r.below(3)));
            return w;
        };
        for (int step = 0; step < 120; ++step) {
            const std::string w = word();
            const double dice = r.unit();
            if (dice < 0.4) {
                ASSERT_EQ(trie.insert(w, trieOff), words.insert(w).second);
            } else if (dice < 0.6) {
                ASSERT_EQ(trie.erase(w, trieOff), words.erase(w) == 1);
            } else if (dice < 0.8) {
                ASSERT_EQ(trie.contains(w, trieOff), words.count(w) == 1);
            } else {
                std::vector<std::string> expected;
                for (const auto& x : words)
                    if (x.starts_with(w)) expected.push_back(x);
                ASSERT_EQ(trie.withPrefix(w, trieOff), expected);
            }
            ASSERT_EQ(trie.words(), words.size());
        }
    }
}

TEST(SegmentTree, AgreesWithANaiveArrayUnderRandomOperationMixes) {
    for (auto kind : {SegmentKind::Sum, SegmentKind::Min, SegmentKind::Max}) {
        for (std::uint64_t seed = 0; seed < 200; ++seed) {
            Random r(seed);
            std::vector<std::int64_t> values(1 + r.below(40));
            for (auto& v : values) v = r.between(-100, 100);
            SegmentTree tree(kind, values, segmentOff);
            for (int step = 0; step < 100; ++step) {
                std::size_t l = r.below(values.size()), h = r.below(values.size());
                if (l > h) std::swap(l, h);
                const double dice = r.unit();
                if (dice < 0.3) {
                    const auto v = r.between(-100, 100);
                    tree.assign(l, v, segmentOff);
                    values[l] = v;
                } else if (dice < 0.6) {
                    const auto d = r.between(-20, 20);
                    tree.add(l, h, d, segmentOff);
                    for (auto i = l; i <= h; ++i) values[i] += d;
                } else {
                    std::int64_t expected = values[l];
                    for (auto i = l + 1; i <= h; ++i)
                        expected = kind == SegmentKind::Sum ? expected + values[i]
                                   : kind == SegmentKind::Min ? std::min(expected, values[i])
                                                              : std::max(expected, values[i]);
                    ASSERT_EQ(tree.query(l, h, segmentOff), expected) << "seed " << seed;
                }
            }
        }
    }
}

TEST(UnionFind, AgreesWithNaiveConnectivity) {
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        Random r(seed);
        const auto n = static_cast<std::uint32_t>(1 + r.below(30));
        UnionFind sets(n);
        std::vector<std::uint32_t> label(n);  // naive: relabel a whole component on every union
        for (std::uint32_t i = 0; i < n; ++i) label[i] = i;
        for (int step = 0; step < 100; ++step) {
            const auto a = static_cast<std::uint32_t>(r.below(n)), b = static_cast<std::uint32_t>(r.below(n));
            if (r.chance(0.5)) {
                ASSERT_EQ(sets.unite(a, b, unionOff), label[a] != label[b]);
                const auto from = label[b], to = label[a];
                for (auto& l : label)
                    if (l == from) l = to;
            } else {
                ASSERT_EQ(sets.find(a, unionOff) == sets.find(b, unionOff), label[a] == label[b]);
            }
        }
        for (std::uint32_t v = 0; v < n; ++v) ASSERT_LE(sets.state().rank[v], 5u);  // union by rank: rank ≤ log2(n)
    }
}

}  // namespace stepwise::structures
