// The resilience room: it opens on the breaker's example, a live dependency (the sliders are on,
// and it trips, probes and closes within the first 50 steps); stepping to the end and back gives
// the same view state at every step, a slider keeps the step and every step up to it and changes
// the calls after it only, a special-state button makes that transition the next step (a live run
// and a call list alike), the policy items show the policy page, and bad options keep the run.
// Offscreen.
#include "ui/rooms/ResilienceRoom.h"

#include <gtest/gtest.h>

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QStackedWidget>

#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/PolicyItemRun.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/resilience/BreakerView.h"
#include "ui/views/resilience/PolicyView.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

std::vector<BreakerViewState> statesUpTo(ResilienceRoom& room, std::size_t last) {
    std::vector<BreakerViewState> out;
    for (std::size_t k = 0; k <= last; ++k) {
        room.playback()->seek(k);
        out.push_back(room.breakerView()->state());
    }
    return out;
}

/// Moves to the first step at or after `step` that ends its call-list item.
std::size_t endOfItem(ResilienceRoom& room, std::size_t step) {
    room.playback()->seek(step);
    while (!room.breakerRun()->sim().lastOfToken()) room.playback()->stepForward();
    return room.playback()->step();
}

}  // namespace

TEST(ResilienceRoom, OpensTheBreakerAndStepsToTheEndAndBackToTheSameViews) {
    ResilienceRoom room;
    ASSERT_NE(room.breakerRun(), nullptr);
    EXPECT_EQ(room.currentItem(), "breaker");
    EXPECT_TRUE(room.breakerView()->isVisibleTo(&room));
    EXPECT_EQ(room.stepView(), room.breakerView());
    std::vector<BreakerViewState> forward{room.breakerView()->state()};
    bool sawOpen = false, sawTransition = false;
    while (!room.playback()->atEnd()) {
        room.playback()->stepForward();
        forward.push_back(room.breakerView()->state());
        sawOpen = sawOpen || forward.back().state == resilience::BreakerState::Open;
        sawTransition = sawTransition || forward.back().transitionNow;
        EXPECT_EQ(room.explanation()->sentence().toStdString(), room.run()->sentence());
    }
    EXPECT_TRUE(sawOpen);
    EXPECT_TRUE(sawTransition);
    for (std::size_t k = forward.size() - 1; k-- > 0;) {
        room.playback()->stepBack();
        ASSERT_EQ(room.playback()->step(), k);
        EXPECT_TRUE(room.breakerView()->state() == forward[k]) << "step " << k;
    }
}

TEST(ResilienceRoom, OpensOnALiveDependencyThatTripsProbesAndClosesInTheFirstSteps) {
    ResilienceRoom room;
    EXPECT_TRUE(room.errorSlider()->isEnabled());
    EXPECT_TRUE(room.latencySlider()->isEnabled());
    EXPECT_TRUE(room.button("fail")->isEnabled());
    EXPECT_TRUE(room.button("recover")->isEnabled());
    using S = resilience::BreakerState;
    const std::vector<std::pair<S, S>> story = {{S::Closed, S::Open}, {S::Open, S::HalfOpen}, {S::HalfOpen, S::Closed}};
    std::vector<std::pair<S, S>> seen;
    while (room.playback()->step() < 50 && !room.playback()->atEnd()) {
        room.playback()->stepForward();
        const auto& st = room.breakerView()->state();
        if (st.transitionNow) seen.emplace_back(st.from, st.to);
    }
    EXPECT_TRUE(seen == story) << seen.size() << " transitions in the first 50 steps";
    // The sliders act from the first step: every call failing trips it sooner.
    room.playback()->seek(0);
    room.errorSlider()->setValue(100);
    EXPECT_FALSE(room.bannerIsError()) << room.bannerText().toStdString();
    ASSERT_FALSE(room.breakerRun()->transitions().empty());
    EXPECT_LT(room.breakerRun()->transitions()[0].at, 3500 * resilience::millisecond);
}

TEST(ResilienceRoom, ASliderKeepsTheStepAndChangesOnlyTheCallsAfterIt) {
    ResilienceRoom room;
    ASSERT_TRUE(room.applyPreset("live"));
    EXPECT_TRUE(room.errorSlider()->isEnabled());
    EXPECT_EQ(room.errorSlider()->value(), 5);
    const std::size_t step = 120;
    const auto before = statesUpTo(room, step);
    const auto* old = room.breakerRun();
    room.errorSlider()->setValue(100);
    ASSERT_NE(room.breakerRun(), old) << room.bannerText().toStdString();
    EXPECT_FALSE(room.bannerIsError()) << room.bannerText().toStdString();
    EXPECT_EQ(room.playback()->step(), step);
    EXPECT_TRUE(room.optionsEdit()->toPlainText().contains("error=100%")) << room.optionsEdit()->toPlainText().toStdString();
    EXPECT_TRUE(statesUpTo(room, step) == before);
    // Every call recorded after the change failed, as the slider said.
    std::size_t failures = 0;
    for (int i = 0; i < 60 && !room.playback()->atEnd(); ++i) {
        room.playback()->stepForward();
        const auto* e = room.breakerRun()->currentEvent();
        if (e->kind == resilience::BreakerEvent::Kind::Recorded) {
            EXPECT_TRUE(e->outcome & resilience::Failed) << room.run()->sentence();
            ++failures;
        }
    }
    EXPECT_GT(failures, 0u);
    EXPECT_EQ(room.errorSlider()->value(), 100);
    room.button("recover")->click();
    EXPECT_TRUE(room.optionsEdit()->toPlainText().contains("error=0%")) << room.optionsEdit()->toPlainText().toStdString();
}

TEST(ResilienceRoom, ASpecialStateButtonMakesItsTransitionTheNextStep) {
    ResilienceRoom room;
    for (const QString preset : {"example", "fixed-calls"}) {
        SCOPED_TRACE(preset.toStdString());
        ASSERT_TRUE(room.applyPreset(preset));
        const std::size_t step = endOfItem(room, 3);
        const auto before = statesUpTo(room, step);
        room.button("forced-open")->click();
        EXPECT_FALSE(room.bannerIsError()) << room.bannerText().toStdString();
        EXPECT_EQ(room.playback()->step(), step);
        EXPECT_TRUE(statesUpTo(room, step) == before);
        // A clock move to the action's time may come first, but no call.
        for (int i = 0; i < 3 && !room.breakerView()->state().transitionNow; ++i) room.playback()->stepForward();
        const auto& st = room.breakerView()->state();
        EXPECT_TRUE(st.transitionNow);
        EXPECT_EQ(st.to, resilience::BreakerState::ForcedOpen);
        EXPECT_EQ(st.state, resilience::BreakerState::ForcedOpen);
        EXPECT_TRUE(st.cause.contains("FORCED_OPEN")) << st.cause.toStdString();
        room.button("reset")->click();
        for (int i = 0; i < 3 && room.breakerView()->state().state != resilience::BreakerState::Closed; ++i)
            room.playback()->stepForward();
        EXPECT_EQ(room.breakerView()->state().state, resilience::BreakerState::Closed);
    }
    // On a call list the dependency controls are off and say why.
    ASSERT_TRUE(room.applyPreset("fixed-calls"));
    EXPECT_FALSE(room.errorSlider()->isEnabled());
    EXPECT_FALSE(room.button("fail")->isEnabled());
    EXPECT_TRUE(room.button("disabled")->isEnabled());
}

TEST(ResilienceRoom, PolicyItemsShowThePolicyPage) {
    ResilienceRoom room;
    const QStringList ids = {"retry", "rate-limiter", "bulkhead"};
    for (const QString& id : ids) {
        SCOPED_TRACE(id.toStdString());
        room.selectItem(id);
        EXPECT_EQ(room.currentItem(), id);
        ASSERT_NE(room.policyRun(), nullptr);
        EXPECT_EQ(room.pages()->currentWidget(), room.policyView());
        EXPECT_EQ(room.stepView(), room.policyView());
        EXPECT_FALSE(room.button("forced-open")->isVisibleTo(&room));
        room.playback()->stepForward();
        EXPECT_EQ(room.explanation()->sentence().toStdString(), room.policyRun()->current()->sentence);
    }
    room.selectItem("breaker");
    EXPECT_TRUE(room.breakerView()->isVisibleTo(&room));
    EXPECT_TRUE(room.button("forced-open")->isVisibleTo(&room));
}

TEST(ResilienceRoom, BadOptionsShowTheBannerAndKeepTheRun) {
    ResilienceRoom room;
    const auto* before = room.breakerRun();
    room.optionsEdit()->setPlainText("--dependency 0s:error=300% --duration 10s");
    EXPECT_FALSE(room.applyEditor());
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("--dependency")) << room.bannerText().toStdString();
    EXPECT_TRUE(room.bannerText().contains("0 to 100")) << room.bannerText().toStdString();
    EXPECT_EQ(room.breakerRun(), before);
    room.optionsEdit()->setPlainText("--dependency 0s:error=50%,rate=10/s --duration 10s --seed 4");
    EXPECT_TRUE(room.applyEditor());
    EXPECT_TRUE(room.errorSlider()->isEnabled());
}
