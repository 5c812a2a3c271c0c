// Step kinds: every step of every item whose area names kinds has one; the steps of chosen kinds
// are exactly those whose events are of that kind (checked against the trace itself); walking
// leaves the run where it was.
#include <gtest/gtest.h>

#include <set>
#include <variant>

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/StepKinds.h"
#include "core/dp/DpItemRun.h"
#include "core/graph/GraphItemRun.h"
#include "core/run/Run.h"

namespace stepwise::catalogue {
namespace {

std::unique_ptr<run::Run> example(const std::string& id) {
    const CatalogueItem& item = requireItem(id);
    return item.start(item.presetOptions());
}

TEST(StepKinds, DijkstraRelaxAndSettleStepsAreTheTracesRelaxAndSettleEvents) {
    auto run = example("dijkstra");
    const auto* g = run->as<graph::GraphItemRun>();
    ASSERT_NE(g, nullptr);
    std::vector<std::size_t> expected;
    const auto& events = g->timeline().trace().events;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (std::holds_alternative<graph::event::Relax>(events[i]) ||
            std::holds_alternative<graph::event::Settle>(events[i]))
            expected.push_back(i + 1);  // step k = k events applied
    ASSERT_FALSE(expected.empty());
    run->seek(3);
    EXPECT_EQ(stepsOfKinds(*run, 0, run->stepCount(), {"relax", "settle"}), expected);
    EXPECT_EQ(run->step(), 3u) << "the walk puts the run back";
    const auto kinds = stepKinds(*run, 0, run->stepCount());
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), "relax"), kinds.end());
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), "settle"), kinds.end());
    EXPECT_EQ(std::find(kinds.begin(), kinds.end(), "traceback"), kinds.end());
    EXPECT_EQ(std::set<std::string>(kinds.begin(), kinds.end()).size(), kinds.size()) << "each kind once";
}

TEST(StepKinds, ARangeLimitsTheSteps) {
    auto run = example("dijkstra");
    const auto all = stepsOfKinds(*run, 0, run->stepCount(), {"settle"});
    ASSERT_GE(all.size(), 3u);
    const auto some = stepsOfKinds(*run, all[1], all[2], {"settle"});
    EXPECT_EQ(some, (std::vector<std::size_t>{all[1], all[2]}));
}

TEST(StepKinds, DpFillsAndTraceback) {
    auto run = example("lcs");
    const auto* d = run->as<dp::DpItemRun>();
    ASSERT_NE(d, nullptr);
    std::size_t traces = 0;
    for (const auto& e : d->timeline().trace().events) traces += std::holds_alternative<dp::event::Trace>(e);
    EXPECT_EQ(stepsOfKinds(*run, 0, run->stepCount(), {"traceback"}).size(), traces);
}

TEST(StepKinds, EveryStepOfEveryNamedAreaHasAKindAndStepZeroHasNone) {
    for (const auto& item : catalogue()) {
        if (item.area == Area::Lab) continue;  // no items yet
        auto run = item.start(item.presetOptions());
        EXPECT_EQ(stepKind(*run), "") << item.id << " at step 0";
        const std::size_t n = std::min<std::size_t>(run->stepCount(), 300);
        for (std::size_t k = 1; k <= n; ++k) {
            run->seek(k);
            EXPECT_FALSE(stepKind(*run).empty()) << item.id << " step " << k;
        }
    }
}

TEST(StepKinds, QueueAndBreakerKindsAreWhatTheirSentencesSay) {
    // Against the narration, not the events the kinds come from.
    auto queue = example("queue");
    for (std::size_t k : stepsOfKinds(*queue, 1, queue->stepCount(), {"receive"})) {
        queue->seek(k);
        EXPECT_NE(queue->sentence().find(" receives "), std::string::npos) << queue->sentence();
    }
    EXPECT_FALSE(stepsOfKinds(*queue, 1, queue->stepCount(), {"submit"}).empty());
    auto breaker = example("breaker");
    const auto transitions = stepsOfKinds(*breaker, 1, breaker->stepCount(), {"transition"});
    EXPECT_FALSE(transitions.empty());
    for (std::size_t k : transitions) {
        breaker->seek(k);
        EXPECT_NE(breaker->sentence().find(" → "), std::string::npos) << breaker->sentence();
    }
    auto limiter = example("rate-limiter");
    for (std::size_t k : stepsOfKinds(*limiter, 1, limiter->stepCount(), {"refuse"})) {
        limiter->seek(k);
        EXPECT_NE(limiter->sentence().find("refused"), std::string::npos) << limiter->sentence();
    }
}

TEST(StepKinds, SplitsALiberally) {
    EXPECT_EQ(splitKinds("relax,settle"), (std::vector<std::string>{"relax", "settle"}));
    EXPECT_EQ(splitKinds(" relax, settle ,"), (std::vector<std::string>{"relax", "settle"}));
    EXPECT_TRUE(splitKinds(" , ").empty());
}

}  // namespace
}  // namespace stepwise::catalogue
