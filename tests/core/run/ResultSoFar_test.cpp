// The result as it stands at the current step (issue 8: the panels showed the final answer at step
// 0). For every catalogue item: at step 0 it is not the final result, at the end it is, and what it
// counts only grows as the run moves forward.
#include <gtest/gtest.h>

#include "core/catalogue/Catalogue.h"
#include "core/run/Run.h"

namespace stepwise {
namespace {

/// A number that only grows along a run: how much of the result is known.
std::size_t known(const nlohmann::json& r) {
    std::size_t n = 0;
    for (const char* list : {"order", "reached", "outcomes", "picks", "traceback", "transitions"})
        if (r.contains(list)) n += r[list].size();
    if (r.contains("distances")) n += r["distances"].size();
    if (r.contains("requests") && r["requests"].is_number()) n += r["requests"].get<std::size_t>();
    if (r.contains("filled")) n += r["filled"].get<std::size_t>();
    // The queue: counts that only grow (dead letters may be redriven, so their running total).
    for (const char* count : {"submitted", "completed", "dead_lettered_total", "deliveries"})
        if (r.contains(count)) n += r[count].get<std::size_t>();
    return n;
}

TEST(ResultSoFar, IsEmptyAtTheStartFinalAtTheEndAndGrowsInBetween) {
    using catalogue::Area;
    for (const auto& item : catalogue::catalogue()) {
        // The areas whose runs say their result so far; of the queue and resilience areas, the queue
        // and the breaker (retry, rate limiter and bulkhead show their result at the end).
        if (item.area != Area::Graph && item.area != Area::DynamicProgramming && item.area != Area::Structures &&
            item.area != Area::Caching && item.area != Area::LoadBalancing && item.id != "queue" &&
            item.id != "breaker")
            continue;
        SCOPED_TRACE(item.id);
        auto run = item.start(item.presetOptions());
        ASSERT_GT(run->stepCount(), 1u);
        EXPECT_NE(run->resultSoFar(), run->result()) << "step 0 already shows the final result";
        EXPECT_EQ(known(run->resultSoFar()), 0u) << run->resultSoFar().dump();
        std::size_t last = 0;
        while (run->forward()) {
            if (run->atEnd()) break;
            const std::size_t now = known(run->resultSoFar());
            EXPECT_GE(now, last) << "step " << run->step();
            last = now;
        }
        EXPECT_GT(last, 0u) << "nothing was known before the end";
        EXPECT_EQ(run->resultSoFar(), run->result());
        run->seek(0);
        EXPECT_EQ(known(run->resultSoFar()), 0u);
    }
}

TEST(ResultSoFar, TheDpValueIsUnknownUntilTheTableIsFilled) {
    auto run = catalogue::requireItem("edit-distance").start(catalogue::requireItem("edit-distance").presetOptions());
    const auto value = run->result().at("value");
    bool sawUnknown = false, sawKnown = false;
    while (run->forward()) {
        const auto r = run->resultSoFar();
        if (r.at("value").is_null()) {
            EXPECT_FALSE(sawKnown) << "step " << run->step();
            sawUnknown = true;
        } else {
            EXPECT_EQ(r.at("value"), value);
            sawKnown = true;
        }
    }
    EXPECT_TRUE(sawUnknown);
    EXPECT_TRUE(sawKnown);
}

TEST(ResultSoFar, CacheHitsCountOnlyTheRequestsServed) {
    const auto& item = catalogue::requireItem("cache");
    catalogue::Options o = item.presetOptions();
    o.erase("compare");
    o.erase("workload");
    o.set("ops", "a,b,a,a,c");
    o.set("capacity", "2");
    auto run = item.start(o);
    // Steps of request 3 (a hit): after them, 1 hit and 2 misses.
    run->seek(run->groups().at(2).last);
    const auto r = run->resultSoFar();
    EXPECT_EQ(r.at("requests"), 3);
    EXPECT_EQ(r.at("hits"), 1);
    EXPECT_EQ(r.at("misses"), 2);
}

TEST(ResultSoFar, TheQueueAtAStepHasOnlyThatStepsSubmissionsAndOutcomes) {
    const auto& item = catalogue::requireItem("queue");
    catalogue::Options o = item.presetOptions();
    auto run = item.start(o);
    const std::size_t total = run->result().at("completed");
    ASSERT_GT(total, 2u);
    // The step where the second job completes: two done, and no job history yet says more.
    std::size_t done = 0;
    while (run->forward() && done < 2) done = run->resultSoFar().at("completed");
    const auto r = run->resultSoFar();
    EXPECT_EQ(r.at("completed"), 2);
    std::size_t succeeded = 0, unsubmitted = 0;
    for (const auto& job : r.at("jobs")) {
        for (const auto& a : job.at("attempts")) succeeded += a.at("outcome") == "succeeded";
        unsubmitted += job.at("state") == "unsubmitted";
    }
    EXPECT_EQ(succeeded, 2u);
    EXPECT_GT(unsubmitted, 0u) << "the producer had not submitted every job yet";
}

TEST(ResultSoFar, TheBreakerAtAStepHasTheCallsAndTransitionsSoFarAndItsStateThen) {
    const auto& item = catalogue::requireItem("breaker");
    catalogue::Options o;
    o.set("sliding-window-size", "2");
    o.set("minimum-number-of-calls", "2");
    o.set("wait-duration-in-open-state", "1s");
    o.set("calls", "F,F,S,+2s,S,S");
    auto run = item.start(o);
    // At the end HALF_OPEN: after the wait two probes of the default 10 have run, too few to decide.
    ASSERT_EQ(run->result().at("state"), "HALF_OPEN");
    // After the second call's record and its transition: OPEN, two outcomes, one transition.
    run->seek(run->groups().at(1).last);
    const auto r = run->resultSoFar();
    EXPECT_EQ(r.at("state"), "OPEN");
    EXPECT_EQ(r.at("outcomes").size(), 2u);
    EXPECT_EQ(r.at("transitions").size(), 1u);
    EXPECT_EQ(r.at("rejected"), 0);
    run->seek(run->groups().at(2).last);  // the third call: rejected
    EXPECT_EQ(run->resultSoFar().at("rejected"), 1);
    EXPECT_EQ(run->resultSoFar().at("outcomes").back(), "rejected");
}

}  // namespace
}  // namespace stepwise
