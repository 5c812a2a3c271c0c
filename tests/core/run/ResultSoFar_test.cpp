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
    for (const char* list : {"order", "reached", "outcomes", "picks", "traceback"})
        if (r.contains(list)) n += r[list].size();
    if (r.contains("distances")) n += r["distances"].size();
    if (r.contains("requests") && r["requests"].is_number()) n += r["requests"].get<std::size_t>();
    if (r.contains("filled")) n += r["filled"].get<std::size_t>();
    return n;
}

TEST(ResultSoFar, IsEmptyAtTheStartFinalAtTheEndAndGrowsInBetween) {
    using catalogue::Area;
    for (const auto& item : catalogue::catalogue()) {
        // The areas whose runs say their result so far (queue and resilience: not yet).
        if (item.area != Area::Graph && item.area != Area::DynamicProgramming && item.area != Area::Structures &&
            item.area != Area::Caching && item.area != Area::LoadBalancing)
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

}  // namespace
}  // namespace stepwise
