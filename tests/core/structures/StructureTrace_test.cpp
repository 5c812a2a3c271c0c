// Trace round trips for the structures, and the errors an operation list can earn.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/common/InputError.h"
#include "core/structures/StructureRuns.h"
#include "core/trace/Random.h"
#include "core/trace/Timeline.h"

namespace stepwise::structures {
namespace {

template <class Area>
void checkRoundTrip(const StructureRun<Area>& run, std::uint64_t seed) {
    trace::Timeline<Area> timeline(run.initial, run.trace);
    trace::Timeline<Area> stepper(run.initial, run.trace);
    Random r(seed);
    const auto k = r.below(timeline.stepCount() + 1);
    while (stepper.step() < k) {
        stepper.forward();
        ASSERT_FALSE(run.explain(stepper.state(), stepper.lastEvent()).empty());
        const int line = run.lineOf(stepper.lastEvent());
        ASSERT_GE(line, 0);
        ASSERT_LT(line, static_cast<int>(run.pseudocode.size()));
    }
    timeline.seek(timeline.stepCount());
    timeline.seek(k);
    ASSERT_TRUE(timeline.state() == stepper.state());
    timeline.seek(0);
    ASSERT_TRUE(timeline.state() == run.initial);
}

std::string randomOps(Random& r, const std::vector<std::string>& kinds, int count, std::uint32_t range) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        const auto& kind = kinds[r.below(kinds.size())];
        text += (i ? ", " : "") + kind;
        const int args = kind == "add" ? 3 : (kind == "union" || kind == "connected" || kind == "query" || kind == "update") ? 2 : kind == "push" || kind == "find" ? 1 : 0;
        std::uint64_t a = r.below(range), b = r.below(range);
        if (a > b) std::swap(a, b);
        if (args >= 1) text += " " + std::to_string(a);
        if (args >= 2) text += " " + std::to_string(b);
        if (args >= 3) text += " " + std::to_string(r.between(-5, 5));
    }
    return text;
}

}  // namespace

namespace {

/// The state at the end of a run's trace.
template <class Area>
typename Area::State finalState(const StructureRun<Area>& run) {
    trace::Timeline<Area> end(run.initial, run.trace);
    end.seek(end.stepCount());
    return end.state();
}

}  // namespace

TEST(StructureTrace, HeapWithPopsAndDecreaseKeysStepsBothWaysAndEndsAtTheUntracedHeap) {
    std::size_t pops = 0, decreases = 0;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        Random r(seed);
        // A valid operation list, built against a naive reference: id → key of what is in the heap.
        std::map<std::uint32_t, std::int64_t> live;
        std::uint32_t nextId = 0;
        std::string ops;
        std::vector<std::string> expectedPops;  // "key (id n)" in order, from the reference
        for (int i = 0; i < 40; ++i) {
            const double dice = r.unit();
            std::string op;
            if (live.empty() || dice < 0.4) {
                const auto key = r.between(0, 20);
                op = "push " + std::to_string(key);
                live[nextId++] = key;
            } else if (dice < 0.65) {
                auto it = live.begin();
                std::advance(it, static_cast<long>(r.below(live.size())));
                it->second -= r.between(0, 12);
                op = "decrease " + std::to_string(it->first) + " " + std::to_string(it->second);
                ++decreases;
            } else if (dice < 0.9) {
                const auto best =
                    std::min_element(live.begin(), live.end(), [](const auto& a, const auto& b) {
                        return std::pair(a.second, a.first) < std::pair(b.second, b.first);
                    });
                expectedPops.push_back(std::to_string(best->second) + " (id " + std::to_string(best->first) +
                                       ")");
                live.erase(best);
                op = "pop";
                ++pops;
            } else {
                op = "top";
            }
            ops += (i ? ", " : "") + op;
        }
        SCOPED_TRACE(ops);
        const auto run = runHeap(parseOperations(ops));
        checkRoundTrip(run, seed);
        std::vector<std::string> popAnswers;
        for (const auto& o : run.outcomes)
            if (o.operation == "pop") popAnswers.push_back(o.answer);
        EXPECT_EQ(popAnswers, expectedPops);

        const HeapState end = finalState(run);
        // The same operations untraced give the same array.
        IndexedHeap plain;
        trace::NullTracer<HeapEvent> off;
        for (const auto& op : parseOperations(ops)) {
            if (op.name == "push") plain.push(op.integer(0), off);
            else if (op.name == "pop")
                plain.pop(off);
            else if (op.name == "decrease")
                plain.decreaseKey(static_cast<std::uint32_t>(op.integer(0)), op.integer(1), off);
        }
        EXPECT_EQ(end.entries, plain.entries());
        // And it holds exactly the reference's entries, in heap order.
        std::map<std::uint32_t, std::int64_t> held;
        for (const auto& e : end.entries)
            EXPECT_TRUE(held.emplace(e.id, e.key).second) << "id " << e.id << " twice";
        EXPECT_EQ(held, live);
        for (std::size_t i = 1; i < end.entries.size(); ++i)
            EXPECT_LE(end.entries[(i - 1) / 2].key, end.entries[i].key);
    }
    EXPECT_GT(pops, 1000u);
    EXPECT_GT(decreases, 1000u);
}

namespace {

/// The words a trie state holds: every live node that ends a word, spelled back to the root.
std::set<std::string> wordsOf(const TrieState& s) {
    std::set<std::string> words;
    for (std::uint32_t n = 1; n < s.nodes.size(); ++n) {
        if (!s.nodes[n].alive || !s.nodes[n].terminal) continue;
        std::string w;
        for (std::uint32_t at = n; at != 0; at = s.nodes[at].parent) {
            EXPECT_TRUE(s.nodes[at].alive) << "a live word runs through a deleted node";
            w.insert(w.begin(), s.nodes[at].letter);
        }
        words.insert(w);
    }
    return words;
}

}  // namespace

TEST(StructureTrace, TrieEndsHoldingTheWordsOfANaiveSet) {
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        Random r(seed);
        std::set<std::string> reference;
        std::vector<std::string> expected;
        std::string ops;
        for (int i = 0; i < 30; ++i) {
            static const char* kinds[] = {"insert", "search", "prefix", "delete"};
            std::string w;
            for (auto n = 1 + r.below(4); n > 0; --n) w.push_back(static_cast<char>('a' + r.below(3)));
            const std::string kind = kinds[r.below(4)];
            ops += (i ? ", " : "") + kind + " " + w;
            if (kind == "insert")
                expected.push_back(reference.insert(w).second ? "added" : "already there");
            else if (kind == "delete")
                expected.push_back(reference.erase(w) ? "deleted" : "not there");
            else if (kind == "search")
                expected.push_back(reference.count(w) ? "true" : "false");
            else {
                std::string list = "[";
                for (const auto& x : reference)
                    if (x.starts_with(w)) list += (list.size() > 1 ? ", " : "") + x;
                expected.push_back(list + "]");
            }
        }
        SCOPED_TRACE(ops);
        const auto run = runTrie(parseOperations(ops));
        checkRoundTrip(run, seed);
        std::vector<std::string> answers;
        for (const auto& o : run.outcomes) answers.push_back(o.answer);
        EXPECT_EQ(answers, expected);
        const TrieState end = finalState(run);
        EXPECT_EQ(wordsOf(end), reference);
        // Deletion prunes: no live leaf is left that ends no word.
        std::vector<bool> hasLiveChild(end.nodes.size(), false);
        for (std::uint32_t n = 1; n < end.nodes.size(); ++n)
            if (end.nodes[n].alive) hasLiveChild[end.nodes[n].parent] = true;
        for (std::uint32_t n = 1; n < end.nodes.size(); ++n)
            if (end.nodes[n].alive) {
                EXPECT_TRUE(end.nodes[n].terminal || hasLiveChild[n]) << "node " << n << " is a dead end";
            }
    }
}

namespace {

/// The value of each element a segment-tree state stands for: its leaf plus the adds its
/// ancestors still owe their children.
std::vector<std::int64_t> elementsOf(const SegmentTreeState& s) {
    std::vector<std::int64_t> out(s.size, 0);
    std::vector<bool> seen(s.size, false);
    for (std::size_t k = 1; k < s.value.size(); ++k) {
        if (s.lo[k] > s.hi[k] || s.lo[k] != s.hi[k]) continue;
        std::int64_t v = s.value[k];
        for (std::size_t up = k / 2; up >= 1; up /= 2) v += s.lazy[up];
        EXPECT_FALSE(seen[s.lo[k]]) << "two leaves for element " << s.lo[k];
        seen[s.lo[k]] = true;
        out[s.lo[k]] = v;
    }
    for (std::size_t i = 0; i < s.size; ++i) EXPECT_TRUE(seen[i]) << "no leaf for element " << i;
    return out;
}

std::int64_t naiveRange(SegmentKind kind, const std::vector<std::int64_t>& a, std::size_t l, std::size_t h) {
    std::int64_t v = a[l];
    for (auto i = l + 1; i <= h; ++i)
        v = kind == SegmentKind::Sum   ? v + a[i]
            : kind == SegmentKind::Min ? std::min(v, a[i])
                                       : std::max(v, a[i]);
    return v;
}

}  // namespace

TEST(StructureTrace, SegmentTreeEndsAtTheValuesOfAPlainArray) {
    for (auto kind : {SegmentKind::Sum, SegmentKind::Min, SegmentKind::Max}) {
        for (std::uint64_t seed = 0; seed < 150; ++seed) {
            Random r(seed);
            std::vector<std::int64_t> values(1 + r.below(12));
            for (auto& v : values) v = r.between(-9, 9);
            const std::string ops =
                randomOps(r, {"query", "update", "add"}, 25, static_cast<std::uint32_t>(values.size()));
            SCOPED_TRACE(ops);
            const auto run = runSegmentTree(kind, values, parseOperations(ops));
            checkRoundTrip(run, seed);
            // Replay the operations on a plain array, checking each query's answer by brute force.
            std::vector<std::int64_t> plain = values;
            const auto parsed = parseOperations(ops);
            ASSERT_EQ(run.outcomes.size(), parsed.size());
            for (std::size_t i = 0; i < parsed.size(); ++i) {
                const auto& op = parsed[i];
                const auto a = static_cast<std::size_t>(op.integer(0));
                if (op.name == "query") {
                    EXPECT_EQ(
                        run.outcomes[i].answer,
                        std::to_string(naiveRange(kind, plain, a, static_cast<std::size_t>(op.integer(1)))));
                } else if (op.name == "update") {
                    plain[a] = op.integer(1);
                } else {
                    for (auto k = a; k <= static_cast<std::size_t>(op.integer(1)); ++k)
                        plain[k] += op.integer(2);
                }
            }
            const SegmentTreeState end = finalState(run);
            EXPECT_EQ(elementsOf(end), plain);
            // Every inner node holds its children's combination plus what it still owes them.
            for (std::size_t k = 1; 2 * k + 1 < end.value.size(); ++k) {
                if (end.lo[k] > end.hi[k] || end.lo[k] == end.hi[k]) continue;
                const auto length = static_cast<std::int64_t>(end.hi[k] - end.lo[k] + 1);
                const std::int64_t left = end.value[2 * k], right = end.value[2 * k + 1];
                const std::int64_t expected = kind == SegmentKind::Sum ? left + right + end.lazy[k] * length
                                              : kind == SegmentKind::Min
                                                  ? std::min(left, right) + end.lazy[k]
                                                  : std::max(left, right) + end.lazy[k];
                EXPECT_EQ(end.value[k], expected) << "node " << k;
            }
        }
    }
}

TEST(StructureTrace, UnionFindEndsWithTheSetsOfANaiveRelabelling) {
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        Random r(seed);
        const std::uint32_t n = 10;
        const std::string ops = randomOps(r, {"union", "find", "connected"}, 30, n);
        SCOPED_TRACE(ops);
        const auto run = runUnionFind(n, parseOperations(ops));
        checkRoundTrip(run, seed);
        // Naive: every element carries its set's label; a union relabels one whole set.
        std::vector<std::uint32_t> label(n);
        for (std::uint32_t i = 0; i < n; ++i) label[i] = i;
        UnionFind plain(n);
        trace::NullTracer<UnionFindEvent> off;
        const auto parsed = parseOperations(ops);
        for (std::size_t i = 0; i < parsed.size(); ++i) {
            const auto& op = parsed[i];
            const auto a = static_cast<std::uint32_t>(op.integer(0));
            if (op.name == "union") {
                const auto b = static_cast<std::uint32_t>(op.integer(1));
                EXPECT_EQ(run.outcomes[i].answer, label[a] != label[b] ? "joined" : "already together");
                const auto from = label[b], to = label[a];
                for (auto& l : label)
                    if (l == from) l = to;
                plain.unite(a, b, off);
            } else if (op.name == "connected") {
                const auto b = static_cast<std::uint32_t>(op.integer(1));
                EXPECT_EQ(run.outcomes[i].answer, label[a] == label[b] ? "true" : "false");
                plain.find(a, off);
                plain.find(b, off);
            } else {
                const auto root = std::stoul(run.outcomes[i].answer);
                ASSERT_LT(root, n);
                EXPECT_EQ(label[root], label[a]) << "find " << a << " answered a root outside its set";
                plain.find(a, off);
            }
        }
        const UnionFindState end = finalState(run);
        EXPECT_EQ(end, plain.state());  // the untraced structure, path compression included
        auto rootOf = [&](std::uint32_t v) {
            for (int guard = 0; end.parent[v] != v; ++guard) {
                if (guard > static_cast<int>(n)) return n;  // a loop in the parent pointers
                v = end.parent[v];
            }
            return v;
        };
        for (std::uint32_t u = 0; u < n; ++u)
            for (std::uint32_t v = 0; v < n; ++v)
                EXPECT_EQ(rootOf(u) == rootOf(v), label[u] == label[v]) << u << " and " << v;
    }
}

TEST(StructureErrors, EachBadOperationNamesItself) {
    auto expectError = [](auto&& f, const std::string& fragment) {
        try {
            f();
            ADD_FAILURE() << "expected an error containing " << fragment;
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
        }
    };
    expectError([] { runHeap(parseOperations("push 1, pop, pop")); }, "operation 3 'pop': the heap is empty");
    expectError([] { runHeap(parseOperations("push x")); }, "'x' is not a whole number");
    expectError([] { runHeap(parseOperations("push 4, decrease 0 9")); }, "larger than the current key 4");
    expectError([] { runHeap(parseOperations("shove 1")); }, "unknown");
    expectError([] { runSegmentTree(SegmentKind::Sum, {1, 2, 3}, parseOperations("query 1 5")); }, "out of bounds (valid: 0..2)");
    expectError([] { runSegmentTree(SegmentKind::Sum, {1, 2, 3}, parseOperations("add 2 1 4")); }, "the range is empty");
    expectError([] { runUnionFind(4, parseOperations("union 1 7")); }, "element 7 is out of bounds");
    expectError([] { runTrie(parseOperations("insert")); }, "expected 'insert WORD'");
    expectError([] { parseOperations(" , ,"); }, "no operations given");
}

}  // namespace stepwise::structures
