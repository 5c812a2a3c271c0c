// Trace round trips for the structures, and the errors an operation list can earn.
#include <gtest/gtest.h>

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

TEST(StructureTrace, HeapStepsBothWaysAndEndsAtTheHeap) {
    for (std::uint64_t seed = 0; seed < 100; ++seed) {
        Random r(seed);
        std::string ops = "push 5";
        for (int i = 0; i < 30; ++i) ops += r.chance(0.6) ? ", push " + std::to_string(r.between(0, 20)) : ", top";
        const auto run = runHeap(parseOperations(ops));
        checkRoundTrip(run, seed);
        trace::Timeline<HeapArea> end(run.initial, run.trace);
        end.seek(end.stepCount());
        IndexedHeap plain;
        trace::NullTracer<HeapEvent> off;
        for (const auto& op : parseOperations(ops))
            if (op.name == "push") plain.push(op.integer(0), off);
        EXPECT_EQ(end.state().entries, plain.entries());
    }
}

TEST(StructureTrace, TrieSegmentTreeAndUnionFindStepBothWays) {
    for (std::uint64_t seed = 0; seed < 100; ++seed) {
        Random r(seed);
        std::string trieOps;
        for (int i = 0; i < 25; ++i) {
            static const char* kinds[] = {"insert", "search", "prefix", "delete"};
            std::string w;
            for (auto n = 1 + r.below(4); n > 0; --n) w.push_back(static_cast<char>('a' + r.below(3)));
            trieOps += std::string(i ? ", " : "") + kinds[r.below(4)] + " " + w;
        }
        checkRoundTrip(runTrie(parseOperations(trieOps)), seed);
        std::vector<std::int64_t> values(1 + r.below(12));
        for (auto& v : values) v = r.between(-9, 9);
        checkRoundTrip(runSegmentTree(SegmentKind::Sum, values, parseOperations(randomOps(r, {"query", "update", "add"}, 20, static_cast<std::uint32_t>(values.size())))), seed);
        checkRoundTrip(runSegmentTree(SegmentKind::Min, values, parseOperations(randomOps(r, {"query", "add"}, 20, static_cast<std::uint32_t>(values.size())))), seed);
        checkRoundTrip(runUnionFind(10, parseOperations(randomOps(r, {"union", "find", "connected"}, 30, 10))), seed);
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
