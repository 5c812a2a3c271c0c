// The resilience items as the catalogue builds them: every step has a line and a sentence, groups
// cover the steps, runs are deterministic, and stepping back gives each step's words again.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/run/Run.h"

namespace stepwise {
namespace {

struct Walked {
    std::vector<int> lines;
    std::vector<std::string> sentences;
    bool operator==(const Walked&) const = default;
};

Walked walkForward(run::Run& r) {
    Walked w;
    r.seek(0);
    w.sentences.push_back(r.sentence());
    w.lines.push_back(r.line());
    while (r.forward()) {
        w.lines.push_back(r.line());
        w.sentences.push_back(r.sentence());
    }
    return w;
}

const std::vector<std::string> resilienceIds = {"breaker", "retry", "rate-limiter", "bulkhead"};

std::vector<std::pair<std::string, std::string>> everyPreset() {
    std::vector<std::pair<std::string, std::string>> all;
    for (const auto& id : resilienceIds) {
        const auto& item = catalogue::requireItem(id);
        all.push_back({id, "example"});
        for (const auto& p : item.presets) all.push_back({id, p.name});
    }
    return all;
}

TEST(ResilienceItems, EveryPresetStepsWithALineAndASentenceAndGroupsCoverEveryStep) {
    for (const auto& [id, preset] : everyPreset()) {
        SCOPED_TRACE(id + " " + preset);
        const auto& item = catalogue::requireItem(id);
        const auto run = item.start(item.presetOptions(preset));
        ASSERT_GT(run->stepCount(), 0u);
        const Walked w = walkForward(*run);
        for (std::size_t k = 1; k < w.lines.size(); ++k) {
            EXPECT_GE(w.lines[k], 1) << "step " << k;
            EXPECT_LE(w.lines[k], static_cast<int>(run->pseudocode().size())) << "step " << k;
            EXPECT_FALSE(w.sentences[k].empty()) << "step " << k;
        }
        std::size_t next = 1;
        for (const auto& g : run->groups()) {
            EXPECT_EQ(g.first, next) << g.label;
            EXPECT_GE(g.last, g.first) << g.label;
            next = g.last + 1;
        }
        EXPECT_EQ(next, run->stepCount() + 1);
    }
}

TEST(ResilienceItems, SteppingBackGivesEveryStepItsWordsAgain) {
    for (const auto& [id, preset] : everyPreset()) {
        SCOPED_TRACE(id + " " + preset);
        const auto& item = catalogue::requireItem(id);
        const auto run = item.start(item.presetOptions(preset));
        const Walked forward = walkForward(*run);
        for (std::size_t k = run->stepCount(); k-- > 0;) {
            ASSERT_TRUE(run->back());
            EXPECT_EQ(run->step(), k);
            EXPECT_EQ(run->sentence(), forward.sentences[k]) << "step " << k;
            EXPECT_EQ(run->line(), forward.lines[k]) << "step " << k;
        }
        EXPECT_FALSE(run->back());
        run->seek(run->stepCount() / 2);
        EXPECT_EQ(run->sentence(), forward.sentences[run->stepCount() / 2]);
    }
}

TEST(ResilienceItems, SameOptionsGiveTheSameRun) {
    for (const auto& [id, preset] : everyPreset()) {
        SCOPED_TRACE(id + " " + preset);
        const auto& item = catalogue::requireItem(id);
        const auto a = item.start(item.presetOptions(preset));
        const auto b = item.start(item.presetOptions(preset));
        EXPECT_EQ(a->result().dump(), b->result().dump());
        EXPECT_EQ(walkForward(*a), walkForward(*b));
    }
}

TEST(ResilienceItems, BreakerResultHasOutcomesTransitionsAndState) {
    const auto& item = catalogue::requireItem("breaker");
    catalogue::Options o;
    o.set("sliding-window-size", "4");
    o.set("minimum-number-of-calls", "4");
    o.set("wait-duration-in-open-state", "2s");
    o.set("permitted-number-of-calls-in-half-open-state", "4");
    o.set("calls", "F,F,F,F,S,+2s,S,+1ms,F,F,S,F");
    const auto run = item.start(o);
    const auto r = run->result();
    EXPECT_EQ(r["outcomes"], nlohmann::json({"permitted", "permitted", "permitted", "permitted", "rejected", "rejected",
                                            "permitted", "permitted", "permitted", "permitted"}));
    ASSERT_EQ(r["transitions"].size(), 3u);
    EXPECT_EQ(r["transitions"][0]["at"], 0);
    EXPECT_EQ(r["transitions"][0]["from"], "CLOSED");
    EXPECT_EQ(r["transitions"][0]["to"], "OPEN");
    EXPECT_EQ(r["transitions"][1]["at"], 2001);
    EXPECT_EQ(r["transitions"][1]["to"], "HALF_OPEN");
    EXPECT_EQ(r["transitions"][2]["to"], "OPEN");
    EXPECT_EQ(r["transitions"][2]["cause"], "failure rate 75 % ≥ 50 % over the 4 half-open calls");
    EXPECT_EQ(r["state"], "OPEN");
    // One group per item of the list, labelled as typed.
    ASSERT_EQ(run->groups().size(), 12u);
    EXPECT_EQ(run->groups()[5].label, "+2s");
}

TEST(ResilienceItems, TheStateSoFarIsTheStepsNotTheRestOfItsCalls) {
    // Call 2 fails and trips the breaker: its permission step is still CLOSED.
    const auto& item = catalogue::requireItem("breaker");
    catalogue::Options o;
    o.set("sliding-window-size", "2");
    o.set("minimum-number-of-calls", "2");
    o.set("calls", "F,F");
    const auto run = item.start(o);
    auto* b = run->as<resilience::BreakerItemRun>();
    std::vector<std::string> kinds, states;
    while (run->forward()) {
        states.push_back(run->resultSoFar()["state"]);
        kinds.push_back(b->currentEvent()->kind == resilience::BreakerEvent::Kind::Permitted    ? "permitted"
                        : b->currentEvent()->kind == resilience::BreakerEvent::Kind::Transition ? "transition"
                                                                                                 : "other");
    }
    ASSERT_GE(kinds.size(), 5u);
    EXPECT_EQ(kinds[2], "permitted");
    EXPECT_EQ(states[2], "CLOSED");
    EXPECT_EQ(kinds.back(), "transition");
    EXPECT_EQ(states.back(), "OPEN");
}

TEST(ResilienceItems, BreakerRunShowsTheBreakerAtEachStep) {
    const auto& item = catalogue::requireItem("breaker");
    const auto run = item.start(item.presetOptions("half-open-probes"));
    auto* b = run->as<resilience::BreakerItemRun>();
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->currentEvent(), nullptr);
    bool sawHalfOpen = false;
    while (run->forward()) {
        ASSERT_NE(b->currentEvent(), nullptr);
        if (b->breaker().state() == resilience::BreakerState::HalfOpen) sawHalfOpen = true;
    }
    EXPECT_TRUE(sawHalfOpen);
    EXPECT_EQ(b->transitions().size(), run->result()["transitions"].size());
}

TEST(ResilienceItems, AutomaticTransitionIsStampedJustAfterTheWait) {
    const auto& item = catalogue::requireItem("breaker");
    const auto r = item.start(item.presetOptions("automatic"))->result();
    ASSERT_GE(r["transitions"].size(), 2u);
    EXPECT_EQ(r["transitions"][1]["to"], "HALF_OPEN");
    EXPECT_DOUBLE_EQ(r["transitions"][1]["at"].get<double>(), 1000.001);
}

TEST(ResilienceItems, ARetryInFrontTriesEachFailingCallAgainThroughTheBreaker) {
    const auto& item = catalogue::requireItem("breaker");
    catalogue::Options o;
    o.set("sliding-window-size", "3");
    o.set("minimum-number-of-calls", "3");
    o.set("retry-max-attempts", "3");
    o.set("retry-wait-duration", "100ms");
    o.set("calls", "S,F,S");
    const auto r = item.start(o)->result();
    // Call 2 fails twice, which with call 1 makes 2 of 3 failed: OPEN; its third attempt is refused,
    // and so are call 3's three.
    EXPECT_EQ(r["attempts"], nlohmann::json({{"permitted"},
                                             {"permitted", "permitted", "rejected"},
                                             {"rejected", "rejected", "rejected"}}));
    EXPECT_EQ(r["outcomes"], nlohmann::json({"permitted", "rejected", "rejected"}));
    ASSERT_EQ(r["transitions"].size(), 1u);
    EXPECT_EQ(r["transitions"][0]["at"], 100) << "the second attempt came after one wait";
}

TEST(ResilienceItems, BadInlineOptionsNameTheOption) {
    const auto& item = catalogue::requireItem("breaker");
    for (const auto& [option, value] : std::vector<std::pair<std::string, std::string>>{
             {"failure-rate-threshold", "101"},
             {"slow-call-rate-threshold", "0"},
             {"wait-duration-in-open-state", "0"},
             {"slow-call-duration-threshold", "fast"}}) {
        catalogue::Options o;
        o.set("calls", "S");
        o.set(option, value);
        try {
            (void)item.start(o);
            ADD_FAILURE() << option << " " << value << " was accepted";
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find("--" + option), std::string::npos) << e.what();
        }
    }
}

}  // namespace
}  // namespace stepwise
