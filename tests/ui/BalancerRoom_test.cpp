// The load-balancer room: stepping updates the backends and the counts chart, seeking back shows a
// fresh run's state, a slow-down applies from the current request on, the last backend cannot be
// removed, bad weights keep the run, and on the hash ring a removal highlights exactly the keys
// that moved. Runs under the offscreen platform.
#include "ui/rooms/BalancerRoom.h"

#include <gtest/gtest.h>

#include <QTableWidget>

#include "core/trace/Random.h"
#include "ui/charts/BackendCountsChart.h"
#include "core/balance/BalancerItemRun.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/panels/balance/BalancerConfigPanel.h"
#include "ui/views/balance/BalancerView.h"
#include "ui/views/balance/HashRingView.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

balance::BalancerSim freshSim(const BalancerRoom& room, std::size_t k) {
    balance::BalancerSim sim(balance::makeBalancer(room.config().policy.toStdString(), room.balancerRun()->backends()),
                             room.config().seed);
    for (std::size_t i = 0; i < k; ++i) sim.step();
    return sim;
}

}  // namespace

TEST(BalancerRoom, SteppingUpdatesTheBackendsAndTheCountsChart) {
    BalancerRoom room;
    ASSERT_NE(room.run(), nullptr);
    EXPECT_EQ(room.currentItem(), "balancer");
    for (std::size_t i = 1; i <= 40; ++i) {
        room.playback()->stepForward();
        const auto& st = room.view()->state();
        std::uint64_t served = 0;
        double charted = 0;
        int picked = 0;
        for (std::size_t b = 0; b < st.backends.size(); ++b) {
            served += st.backends[b].served;
            charted += room.countsChart()->count(static_cast<int>(b));
            EXPECT_EQ(room.countsChart()->count(static_cast<int>(b)),
                      static_cast<double>(st.backends[b].served));
            picked += st.backends[b].picked;
        }
        EXPECT_EQ(served, i);
        EXPECT_EQ(charted, static_cast<double>(i));
        EXPECT_EQ(picked, 1);
        EXPECT_FALSE(st.why.isEmpty());
    }
    // The sentence is the core's, as the CLI's trace prints it.
    EXPECT_TRUE(room.explanation()->sentence().startsWith("request 40 → ")) << room.explanation()->sentence().toStdString();
    EXPECT_GT(room.pseudocode()->lineCount(), 0);  // the balancer room has its pseudo-code now
    EXPECT_GE(room.pseudocode()->currentLine(), 0);
}

TEST(BalancerRoom, SeekingBackShowsAFreshRunSteppedThatFar) {
    Random random(99);
    for (const char* policy :
         {"round-robin", "weighted-round-robin", "least-connections", "power-of-two", "consistent-hash"}) {
        BalancerRoom room;
        room.setPolicy(policy);
        ASSERT_EQ(room.config().policy, policy);
        room.playback()->seek(250);
        for (int probe = 0; probe < 3; ++probe) {
            const std::size_t k = random.below(250);
            room.playback()->seek(k);
            const auto fresh = freshSim(room, k);
            const auto& st = room.view()->state();
            for (std::size_t b = 0; b < st.backends.size(); ++b) {
                EXPECT_EQ(st.backends[b].served, fresh.counts()[b]) << policy << " step " << k;
                EXPECT_EQ(st.backends[b].active, fresh.active()[b]) << policy << " step " << k;
            }
            if (k > 0) {
                EXPECT_EQ(room.balancerRun()->sim().lastPick().backend, fresh.lastPick().backend);
            }
        }
    }
}

TEST(BalancerRoom, SlowingABackendDownKeepsHistoryAndSlowsTheRest) {
    BalancerRoom room;
    room.setPolicy("least-connections");
    room.playback()->seek(20);
    const auto before20 = room.view()->state();
    room.playback()->seek(60);
    room.setSlow(0, true);
    EXPECT_EQ(room.playback()->step(), 60u);
    EXPECT_EQ(room.balancerRun()->sim().slowdown(0), BalancerRoom::slowFactor);
    room.playback()->seek(20);  // before the change: the same history as before
    const auto& after20 = room.view()->state();
    ASSERT_EQ(after20.backends.size(), before20.backends.size());
    for (std::size_t b = 0; b < after20.backends.size(); ++b) {
        EXPECT_EQ(after20.backends[b].served, before20.backends[b].served);
        EXPECT_EQ(after20.backends[b].active, before20.backends[b].active);
    }
    EXPECT_EQ(room.balancerRun()->sim().slowdown(0), 1.0);
    room.playback()->seek(200);
    EXPECT_EQ(room.view()->state().backends[0].slowdown, BalancerRoom::slowFactor);
    EXPECT_EQ(room.configPanel()->table()->item(0, 2)->checkState(), Qt::Checked);
}

TEST(BalancerRoom, RemovingTheLastBackendIsRefusedAndNothingChanges) {
    BalancerRoom room;
    BalancerRunConfig one = room.config();
    one.backends = {{"solo", "1"}};
    ASSERT_TRUE(room.applyConfig(one));
    room.playback()->seek(15);
    const run::Run* before = room.run();
    EXPECT_FALSE(room.removeBackend(0));
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("last backend"))
        << room.bannerText().toStdString();
    EXPECT_EQ(room.run(), before);
    EXPECT_EQ(room.balancerRun()->backends().size(), 1u);
    EXPECT_EQ(room.configPanel()->table()->rowCount(), 1);
    EXPECT_EQ(room.playback()->step(), 15u);
}

TEST(BalancerRoom, BadWeightsAreReportedAndTheRunIsKept) {
    BalancerRoom room;
    room.playback()->seek(25);
    const run::Run* before = room.run();
    for (const char* weight : {"0", "-2", "x", "1.5"}) {
        room.configPanel()->table()->item(1, 1)->setText(weight);  // emits rowsEdited
        EXPECT_TRUE(room.bannerIsError()) << weight;
        EXPECT_TRUE(room.bannerText().contains("positive integer"))
            << room.bannerText().toStdString();
        EXPECT_EQ(room.run(), before);
        EXPECT_EQ(room.playback()->step(), 25u);
        EXPECT_EQ(room.configPanel()->table()->item(1, 1)->text(), weight);  // kept, to be fixed
    }
    room.configPanel()->table()->item(1, 1)->setText("3");
    EXPECT_FALSE(room.bannerIsError());
    EXPECT_EQ(room.balancerRun()->backends()[1].weight, 3);
    EXPECT_EQ(room.playback()->step(), 25u);
}

TEST(BalancerRoom, ConsistentHashRemovalHighlightsTheKeysThatMoved) {
    BalancerRoom room;
    ASSERT_TRUE(room.applyPreset("consistent-hash"));
    ASSERT_EQ(room.config().policy, "consistent-hash");
    EXPECT_FALSE(room.ringView()->isHidden());
    EXPECT_TRUE(room.ringView()->moved().empty());
    room.playback()->seek(40);
    const auto before = room.balancerRun()->backends();
    ASSERT_TRUE(room.removeBackend(1));
    const auto after = room.balancerRun()->backends();
    ASSERT_EQ(after.size(), before.size() - 1);
    const auto expected = balance::movedKeys(before, after, room.balancerRun()->sampleKeys());
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(room.ringView()->moved(), std::set<std::uint64_t>(expected.begin(), expected.end()));
    // Only the removed backend's keys move.
    const balance::HashRing old(before, 100);
    for (auto k : expected) EXPECT_EQ(before[old.owner(k)].name, "cache-2");
    EXPECT_TRUE(room.ringView()->note().contains("Removing cache-2"))
        << room.ringView()->note().toStdString();
    EXPECT_EQ(room.playback()->step(), 40u);

    room.addBackend();
    EXPECT_EQ(room.balancerRun()->backends().back().name, "cache-5");
    EXPECT_FALSE(room.ringView()->moved().empty());
    EXPECT_TRUE(room.ringView()->note().contains("cache-5"));
}

TEST(BalancerRoom, TheRingIsShownOnlyForConsistentHashing) {
    BalancerRoom room;
    EXPECT_TRUE(room.ringView()->isHidden());
    room.setPolicy("consistent-hash");
    EXPECT_FALSE(room.ringView()->isHidden());
    room.setPolicy("power-of-two");
    EXPECT_TRUE(room.ringView()->isHidden());
}
