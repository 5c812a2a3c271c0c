// Trace round trips for every DP problem: to the end and back, seek = single steps, final = untraced.
#include <gtest/gtest.h>

#include <array>
#include <type_traits>

#include "core/common/InputError.h"
#include "core/dp/DpProblem.h"
#include "core/trace/Random.h"
#include "core/trace/Timeline.h"

namespace stepwise::dp {
namespace {

DpInput randomInput(const std::string& id, Random& r) {
    DpInput in;
    auto str = [&](std::size_t n) {
        std::string s;
        for (std::size_t i = r.below(n + 1); i > 0; --i) s.push_back(static_cast<char>('a' + r.below(3)));
        return s;
    };
    if (id == "lcs" || id == "edit-distance") {
        in.a = str(9);
        in.b = str(9);
    } else if (id == "knapsack") {
        for (std::size_t i = r.below(7); i > 0; --i) {
            in.weights.push_back(r.between(0, 6));
            in.values.push_back(r.between(0, 9));
        }
        in.capacity = r.between(0, 12);
    } else if (id == "lis") {
        for (std::size_t i = r.below(10); i > 0; --i) in.values.push_back(r.between(0, 9));
        in.method = r.chance(0.5) ? "patience" : "table";
    } else {
        for (std::size_t i = r.below(4); i > 0; --i) in.coins.push_back(r.between(1, 6));
        in.amount = r.between(0, 15);
    }
    return in;
}

/// Every field of a DP event (kind first), since the events have no operator==.
std::array<std::int64_t, 3> eventFields(const DpEvent& e) {
    return std::visit(
        [&](const auto& x) -> std::array<std::int64_t, 3> {
            using T = std::decay_t<decltype(x)>;
            const auto kind = static_cast<std::int64_t>(e.index());
            if constexpr (std::is_same_v<T, event::Fill>)
                return {kind, x.cell, x.value};
            else if constexpr (std::is_same_v<T, event::FillWide>)
                return {kind, x.cell, x.value};
            else if constexpr (std::is_same_v<T, event::Overwrite>)
                return {kind, x.cell, x.values};
            else if constexpr (std::is_same_v<T, event::Trace>)
                return {kind, x.cell, 0};
            else
                static_assert(sizeof(T) == 0, "eventFields misses a DP event type");
        },
        e);
}

}  // namespace

TEST(DpTrace, EventFieldsTellDifferentEventsApart) {
    // The comparison below must be able to fail: events that differ in one field compare unequal.
    EXPECT_NE(eventFields(event::Fill{3, 7}), eventFields(event::Fill{3, 8}));
    EXPECT_NE(eventFields(event::Fill{3, 7}), eventFields(event::Fill{4, 7}));
    EXPECT_NE(eventFields(event::Fill{3, 7}), eventFields(event::Trace{3}));
    EXPECT_NE(eventFields(event::FillWide{3, 0}), eventFields(event::Overwrite{3, 0}));
    EXPECT_EQ(eventFields(event::Overwrite{5, 2}), eventFields(event::Overwrite{5, 2}));
}

TEST(DpTrace, EveryProblemReplaysBothWaysAndEndsAtTheUntracedTable) {
    for (const auto& problem : dpCatalogue()) {
        Random r(21);
        for (int t = 0; t < 200; ++t) {
            const DpInput in = randomInput(problem.id, r);
            const DpRun traced = problem.run(in, true, 10'000);
            const DpRun plain = problem.run(in, false, 10'000);
            ASSERT_TRUE(traced.recorded);
            ASSERT_FALSE(traced.truncated);
            EXPECT_EQ(traced.result.value, plain.result.value) << problem.id;
            trace::Timeline<DpArea> timeline(traced.initial, traced.trace);
            timeline.seek(timeline.stepCount());
            if (!plain.table.empty()) {
                ASSERT_EQ(timeline.state().value, plain.table) << problem.id;
            }
            ASSERT_EQ(timeline.state().path.size(), traced.result.traceback.size()) << problem.id;
            // seek(k) equals k single steps, and every step has a sentence and a valid line
            const auto k = r.below(timeline.stepCount() + 1);
            trace::Timeline<DpArea> stepper(traced.initial, traced.trace);
            while (stepper.step() < k) {
                stepper.forward();
                ASSERT_FALSE(traced.explain(stepper.state(), stepper.lastEvent()).empty()) << problem.id;
                const int line = traced.lineOf(stepper.lastEvent());
                ASSERT_GE(line, 0);
                ASSERT_LT(line, static_cast<int>(problem.pseudocode.size()));
            }
            timeline.seek(k);
            ASSERT_EQ(timeline.state(), stepper.state()) << problem.id;
            timeline.seek(0);
            ASSERT_EQ(timeline.state(), traced.initial) << problem.id;
            // same input, same trace: every event's kind and fields, and the value pool
            const DpRun again = problem.run(in, true, 10'000);
            ASSERT_EQ(again.trace.events.size(), traced.trace.events.size()) << problem.id;
            for (std::size_t i = 0; i < again.trace.events.size(); ++i)
                ASSERT_EQ(eventFields(again.trace.events[i]), eventFields(traced.trace.events[i]))
                    << problem.id << " event " << i;
            ASSERT_EQ(again.trace.values, traced.trace.values) << problem.id;
        }
    }
}

TEST(DpTrace, ExplainsTheEditDistanceRecurrenceWithNumbers) {
    DpInput in;
    in.a = "kitten";
    in.b = "sitting";
    const DpRun run = findDpProblem("edit-distance")->run(in, true, 10'000);
    trace::Timeline<DpArea> timeline(run.initial, run.trace);
    timeline.seek(3 * 8 + 2 + 1);  // the step that fills D[3][2]
    EXPECT_EQ(run.explain(timeline.state(), timeline.lastEvent()),
              "D[3][2] = min(D[2][2]+1, D[3][1]+1, D[2][1]+1) = min(2, 4, 3) = 2, since t ≠ i");
    const auto deps = run.dependencies(3 * 8 + 2);
    EXPECT_EQ(deps.size(), 3u);
}

TEST(DpInputErrors, BadInputsSayWhatIsWrong) {
    auto expectError = [](const char* id, DpInput in, const std::string& fragment) {
        try {
            findDpProblem(id)->run(in, false, 10'000);
            ADD_FAILURE() << "expected an error containing " << fragment;
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
        }
    };
    DpInput k;
    k.weights = {1, 2};
    k.values = {3};
    k.capacity = 5;
    expectError("knapsack", k, "one value per weight");
    k.values = {3, 4};
    k.capacity = -1;
    expectError("knapsack", k, "capacity -1 is negative");
    k.capacity = 5;
    k.weights = {1, -2};
    expectError("knapsack", k, "weight of item 1 is negative");
    DpInput c;
    c.coins = {1, 0};
    c.amount = 3;
    expectError("coin-change", c, "coin 1 is 0");
    c.coins = {1};
    c.amount = -4;
    expectError("coin-change", c, "amount -4 is negative");
    DpInput l;
    l.method = "fast";
    expectError("lis", l, "unknown LIS method");
}

}  // namespace stepwise::dp
