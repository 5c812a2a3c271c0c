// The breaker's drawing at each step shows the window as of that step's event. A call's permission
// and its record are two steps of one token of the call list; the drawing showed the whole token,
// so "call 2: permitted" already drew call 2's ✗ in the window while "Calls so far" said 0 failed.
// Checked over every preset and seeded random call lists (with transitions and retries).
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/catalogue/Catalogue.h"
#include "core/resilience/BreakerItemRun.h"
#include "ui/views/resilience/BreakerView.h"

namespace stepwise::ui {
namespace {

using resilience::BreakerEvent;

struct Shown {
    BreakerEvent event;  // kind Advance at step 0 (none)
    BreakerViewState view;
};

std::vector<Shown> walk(const catalogue::Options& options) {
    const auto& item = catalogue::requireItem("breaker");
    const auto run = item.start(options);
    auto* b = run->as<resilience::BreakerItemRun>();
    std::vector<Shown> out;
    BreakerEvent none;
    none.kind = BreakerEvent::Kind::Advance;
    out.push_back({none, BreakerView::fromRun(*b)});
    while (run->forward()) out.push_back({*b->currentEvent(), BreakerView::fromRun(*b)});
    return out;
}

/// A random call list: successes, failures (some slow), clock moves.
std::string randomCalls(std::mt19937_64& random) {
    std::string calls;
    const int n = 10 + static_cast<int>(random() % 30);
    for (int i = 0; i < n; ++i) {
        if (!calls.empty()) calls += ",";
        switch (random() % 6) {
            case 0: calls += "+" + std::to_string(200 + random() % 2000) + "ms"; break;
            case 1:
            case 2: calls += "F/" + std::to_string(10 + random() % 300) + "ms"; break;
            default: calls += "S/" + std::to_string(10 + random() % 300) + "ms"; break;
        }
    }
    return calls;
}

void expectTheWindowMovesAtItsRecords(const std::vector<Shown>& steps, const std::string& what) {
    for (std::size_t k = 1; k < steps.size(); ++k) {
        const Shown& s = steps[k];
        if (s.event.kind == BreakerEvent::Kind::Permitted) {
            // A permission changes no count: the window is the one the step before showed.
            EXPECT_EQ(s.view.counts, steps[k - 1].view.counts) << what << " step " << k;
            EXPECT_EQ(s.view.outcomes, steps[k - 1].view.outcomes) << what << " step " << k;
        }
        const bool transitionNext = k + 1 < steps.size() && steps[k + 1].event.kind == BreakerEvent::Kind::Transition;
        if (s.event.kind == BreakerEvent::Kind::Recorded && !transitionNext) {
            // The record's own numbers (the sentence's "window N calls: F failed") are the drawing's.
            EXPECT_EQ(s.view.counts, s.event.counts) << what << " step " << k;
        }
    }
}

TEST(BreakerViewSteps, EveryPresetDrawsTheWindowAsOfTheStepsEvent) {
    const auto& item = catalogue::requireItem("breaker");
    for (const auto& preset : item.presets) {
        const auto steps = walk(item.presetOptions(preset.name));
        expectTheWindowMovesAtItsRecords(steps, preset.name);
    }
}

TEST(BreakerViewSteps, SeededCallListsDrawTheWindowAsOfTheStepsEvent) {
    std::mt19937_64 random(2026);
    for (int trial = 0; trial < 60; ++trial) {
        catalogue::Options o;
        const std::string calls = randomCalls(random);
        o.set("calls", calls);
        o.set("sliding-window-size", std::to_string(3 + random() % 5));
        o.set("minimum-number-of-calls", std::to_string(2 + random() % 3));
        o.set("wait-duration-in-open-state", "1s");
        o.set("permitted-number-of-calls-in-half-open-state", std::to_string(1 + random() % 3));
        o.set("slow-call-duration-threshold", "200ms");
        if (trial % 3 == 0) o.set("retry-max-attempts", "3");
        if (trial % 4 == 1) o.set("sliding-window-type", "time-based");
        expectTheWindowMovesAtItsRecords(walk(o), calls);
    }
}

// The step the review found: call 2 fails, and its permission step shows it not yet.
TEST(BreakerViewSteps, APermissionStepShowsTheWindowWithoutItsCall) {
    catalogue::Options o;
    o.set("calls", "S,F");
    o.set("sliding-window-size", "10");
    o.set("minimum-number-of-calls", "5");
    const auto steps = walk(o);
    ASSERT_GE(steps.size(), 5u);
    EXPECT_EQ(steps[1].event.kind, BreakerEvent::Kind::Permitted);
    EXPECT_EQ(steps[1].view.counts.calls, 0u);
    EXPECT_EQ(steps[2].view.counts.calls, 1u);
    EXPECT_EQ(steps[3].event.kind, BreakerEvent::Kind::Permitted);
    EXPECT_EQ(steps[3].view.counts.calls, 1u);
    EXPECT_EQ(steps[3].view.counts.failed, 0u);
    EXPECT_EQ(steps[4].view.counts.failed, 1u);
    EXPECT_EQ(steps[4].view.failed, 1u);
}

}  // namespace
}  // namespace stepwise::ui
