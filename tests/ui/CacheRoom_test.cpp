// The cache room as a user meets it: LRU against LFU on one seeded workload, stepping both caches in
// lockstep, seeking back to the exact slots of a fresh run, live charts, and bad input reported
// without losing the run. Runs under the offscreen platform.
#include "ui/rooms/CacheRoom.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryFile>

#include "core/cache/CachePolicies.h"
#include "core/trace/Random.h"
#include "ui/charts/TimeSeriesChart.h"
#include "ui/charts/MissRatioChart.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/panels/cache/CacheConfigPanel.h"
#include "ui/views/cache/CacheSlotsView.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

/// What a fresh run of one side shows after `k` requests, built without the room.
SlotRowState freshState(const CacheComparison& model, const QString& policy, std::size_t k) {
    const auto& c = model.config();
    cache::CacheOptions o;
    o.capacity = static_cast<std::size_t>(c.capacity);
    o.seed = c.seed;
    sim::CacheRunSim run(policy.toStdString(), o, model.left().keys(), c.ttl);
    for (std::size_t i = 0; i < k; ++i) run.step();
    return CacheSlotsView::fromRun(run, [&](cache::Key key) { return model.keyName(key); });
}

QStringList details(const SlotRowState& s) {
    QStringList out;
    for (const auto& b : s.boxes)
        out << b.name + "|" + b.detail + "|" + QString::number(b.ttlLeft) + (b.hit ? "|hit" : "") +
                   (b.inserted ? "|new" : "");
    for (const auto& l : s.leaving) out << "left " + l.name + ": " + l.reason;
    return out;
}

}  // namespace

TEST(CacheRoom, OpensWithLruAgainstLfuOnAZipfWorkloadAtStepZero) {
    CacheRoom room;
    ASSERT_NE(room.comparison(), nullptr);
    EXPECT_EQ(room.currentItem(), "cache-compare");
    EXPECT_EQ(room.comparison()->config().policyA, "lru");
    EXPECT_EQ(room.comparison()->config().policyB, "lfu");
    EXPECT_EQ(room.comparison()->config().capacity, 8);
    EXPECT_EQ(room.comparison()->config().kind, CacheWorkloadKind::Zipf);
    EXPECT_EQ(room.playback()->step(), 0u);
    EXPECT_EQ(room.playback()->stepCount(), 400u);
    EXPECT_TRUE(room.slotsA()->slotNames().isEmpty());
    EXPECT_TRUE(room.slotsB()->slotNames().isEmpty());
    EXPECT_EQ(room.hitRatioChart()->pointCount(0), 0);
    // The miss-ratio curve is there from the start: sizes 1 .. 2 × capacity for both policies.
    EXPECT_EQ(room.missRatioChart()->series(0)->count(), 16);
    EXPECT_EQ(room.missRatioChart()->series(1)->count(), 16);
}

TEST(CacheRoom, SteppingChangesBothSlotViewsAndGrowsTheChart) {
    CacheRoom room;
    QStringList previousA = room.slotsA()->slotNames(), previousB = room.slotsB()->slotNames();
    for (int i = 1; i <= 12; ++i) {
        room.playback()->stepForward();
        const SlotRowState& a = room.slotsA()->state();
        const SlotRowState& b = room.slotsB()->state();
        EXPECT_EQ(a.position, static_cast<std::size_t>(i));
        EXPECT_EQ(b.position, static_cast<std::size_t>(i));
        EXPECT_EQ(a.hits + a.misses, static_cast<std::size_t>(i));
        // Both sides served the same key.
        const QString key =
            room.comparison()->keyName(room.comparison()->requestKey(static_cast<std::size_t>(i)));
        EXPECT_TRUE(a.request.contains("key " + key + " ")) << a.request.toStdString();
        EXPECT_TRUE(b.request.contains("key " + key + " ")) << b.request.toStdString();
        EXPECT_TRUE(room.slotsA()->slotNames().contains(key));
        EXPECT_TRUE(room.slotsB()->slotNames().contains(key));
        EXPECT_EQ(room.hitRatioChart()->pointCount(0), i);
        EXPECT_EQ(room.hitRatioChart()->pointCount(1), i);
    }
    EXPECT_NE(room.slotsA()->slotNames(), previousA);
    EXPECT_NE(room.slotsB()->slotNames(), previousB);
    EXPECT_TRUE(room.explanation()->where().contains("12"));
    // The chart's last point is the hit ratio so far.
    const auto* series = room.hitRatioChart()->series(0);
    const QPointF last = series->at(series->count() - 1);
    EXPECT_DOUBLE_EQ(last.x(), 12);
    EXPECT_NEAR(last.y(), 100.0 * room.comparison()->left().hitRatio(), 1e-9);
}

TEST(CacheRoom, SeekingBackShowsTheSameSlotsAsAFreshRunSteppedThatFar) {
    Random random(2024);
    int checked = 0;
    for (int round = 0; round < 12; ++round) {
        CacheRoom room;
        CacheRunConfig c;
        const auto& names = cache::policyNames();
        c.policyA = QString::fromStdString(names[random.below(names.size())]);
        c.policyB = QString::fromStdString(names[random.below(names.size())]);
        c.capacity = static_cast<int>(1 + random.below(12));
        c.ttl = random.below(2) ? 0 : static_cast<int>(3 + random.below(20));
        c.workload = QString("zipf:0.8:%1").arg(5 + random.below(40));
        c.requests = 300;
        c.seed = random.below(1000);
        ASSERT_TRUE(room.applyConfig(c)) << room.configPanel()->messageText().toStdString();
        room.playback()->seek(250);  // past several checkpoints
        for (int probe = 0; probe < 4; ++probe) {
            const std::size_t k = random.below(250);
            room.playback()->seek(k);
            EXPECT_EQ(details(room.slotsA()->state()), details(freshState(*room.comparison(), c.policyA, k)))
                << c.policyA.toStdString() << " capacity " << c.capacity << " ttl " << c.ttl << " at step "
                << k;
            EXPECT_EQ(details(room.slotsB()->state()), details(freshState(*room.comparison(), c.policyB, k)))
                << c.policyB.toStdString() << " capacity " << c.capacity << " ttl " << c.ttl << " at step "
                << k;
            EXPECT_EQ(static_cast<std::size_t>(room.hitRatioChart()->pointCount(0)), k);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 48);
}

TEST(CacheRoom, AMissInsertsAHitIsMarkedAndTheVictimLeavesWithItsReason) {
    CacheRoom room;
    CacheRunConfig c;
    c.capacity = 2;
    c.kind = CacheWorkloadKind::Typed;
    c.workload = "a,b,a,c";
    ASSERT_TRUE(room.applyConfig(c));
    room.playback()->seek(1);
    ASSERT_EQ(room.slotsA()->state().boxes.size(), 1u);
    EXPECT_TRUE(room.slotsA()->state().boxes[0].inserted);
    room.playback()->seek(3);  // a again: a hit on both
    for (auto* view : {room.slotsA(), room.slotsB()}) {
        bool hitOnA = false;
        for (const auto& s : view->state().boxes) hitOnA = hitOnA || (s.name == "a" && s.hit);
        EXPECT_TRUE(hitOnA);
        EXPECT_TRUE(view->state().lastHit);
    }
    room.playback()->seek(4);  // c: LRU evicts b (idle since tick 2), LFU evicts b (used once)
    const auto& lru = room.slotsA()->state();
    ASSERT_EQ(lru.leaving.size(), 1u);
    EXPECT_EQ(lru.leaving[0].name, "b");
    EXPECT_EQ(lru.leaving[0].reason, "least recently used: idle 2 ticks");
    const auto& lfu = room.slotsB()->state();
    ASSERT_EQ(lfu.leaving.size(), 1u);
    EXPECT_EQ(lfu.leaving[0].name, "b");
    EXPECT_TRUE(lfu.leaving[0].reason.startsWith("least frequently used"))
        << lfu.leaving[0].reason.toStdString();
    EXPECT_EQ(room.slotsA()->slotNames(), QStringList({"a", "c"}));
}

TEST(CacheRoom, TtlBarsDrainAndExpiredKeysLeaveSayingSo) {
    CacheRoom room;
    CacheRunConfig c;
    c.capacity = 4;
    c.ttl = 2;
    c.kind = CacheWorkloadKind::Typed;
    c.workload = "a,b,c,a";  // a expires at tick 3, so the access at tick 4 finds it expired
    ASSERT_TRUE(room.applyConfig(c));
    room.playback()->seek(2);
    for (const auto& s : room.slotsA()->state().boxes) {
        EXPECT_GE(s.ttlFraction, 0.0);
        EXPECT_LE(s.ttlFraction, 1.0);
    }
    room.playback()->seek(4);
    bool expiredA = false;
    for (const auto& l : room.slotsA()->state().leaving)
        expiredA = expiredA || (l.name == "a" && l.expired && l.reason.startsWith("expired"));
    EXPECT_TRUE(expiredA);
    EXPECT_FALSE(room.slotsA()->state().lastHit);
}

TEST(CacheRoom, BadCapacityShowsAnErrorAndKeepsTheRun) {
    CacheRoom room;
    room.playback()->seek(30);
    const CacheComparison* before = room.comparison();
    const QStringList shown = room.slotsA()->slotNames();
    for (int capacity : {0, -3}) {
        CacheRunConfig c = room.comparison()->config();
        c.capacity = capacity;
        EXPECT_FALSE(room.applyConfig(c));
        EXPECT_TRUE(room.configPanel()->messageIsError());
        EXPECT_TRUE(room.configPanel()->messageText().contains("capacity must be at least 1"))
            << room.configPanel()->messageText().toStdString();
        EXPECT_EQ(room.comparison(), before);
        EXPECT_EQ(room.playback()->step(), 30u);
        EXPECT_EQ(room.slotsA()->slotNames(), shown);
    }
}

TEST(CacheRoom, MalformedSequenceNamesTheItemAndKeepsTheRun) {
    CacheRoom room;
    auto* panel = room.configPanel();
    // Choosing "typed sequence" runs its example at once; then the user types a bad one.
    panel->workloadCombo()->setCurrentIndex(
        panel->workloadCombo()->findData(static_cast<int>(CacheWorkloadKind::Typed)));
    EXPECT_EQ(room.comparison()->config().kind, CacheWorkloadKind::Typed);
    room.playback()->seek(10);
    const CacheComparison* before = room.comparison();
    panel->workloadEdit()->setText("a,b,,c");
    panel->runButton()->click();
    EXPECT_TRUE(panel->messageIsError());
    EXPECT_TRUE(panel->messageText().contains("access 3 is empty")) << panel->messageText().toStdString();
    EXPECT_EQ(room.comparison(), before);
    EXPECT_EQ(room.playback()->step(), 10u);
    EXPECT_EQ(panel->workloadEdit()->text(), "a,b,,c");  // what the user typed stays, to be fixed
}

TEST(CacheRoom, UnknownPolicyAndBadWorkloadAreExplained) {
    CacheRoom room;
    CacheRunConfig c = room.comparison()->config();
    c.policyB = "mru";
    EXPECT_FALSE(room.applyConfig(c));
    EXPECT_TRUE(room.configPanel()->messageText().contains("unknown cache policy 'mru'"));
    EXPECT_TRUE(room.configPanel()->messageText().contains("lru"));
    c = room.comparison()->config();
    c.workload = "zipf:x:10";
    EXPECT_FALSE(room.applyConfig(c));
    EXPECT_TRUE(room.configPanel()->messageIsError());
    EXPECT_EQ(room.comparison()->config().policyB, "lfu");
}

TEST(CacheRoom, MalformedTraceFileNamesTheLine) {
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write("1\n2\n# a comment\nthree\n");
    file.close();
    CacheRoom room;
    const CacheComparison* before = room.comparison();
    room.openFile(file.fileName());
    EXPECT_TRUE(room.configPanel()->messageIsError());
    EXPECT_TRUE(room.configPanel()->messageText().contains("line 4"))
        << room.configPanel()->messageText().toStdString();
    EXPECT_EQ(room.comparison(), before);

    QTemporaryFile good;
    ASSERT_TRUE(good.open());
    good.write("1\n2\n1\n3\n");
    good.close();
    room.openFile(good.fileName());
    EXPECT_FALSE(room.configPanel()->messageIsError()) << room.configPanel()->messageText().toStdString();
    EXPECT_EQ(room.comparison()->config().kind, CacheWorkloadKind::Trace);
    room.playback()->seek(3);
    EXPECT_TRUE(room.slotsA()->state().lastHit);  // the third request is 1 again
}

TEST(CacheRoom, ChangingCapacityWhileRunningKeepsTheStep) {
    CacheRoom room;
    room.playback()->seek(50);
    room.configPanel()->capacitySpin()->setValue(10);
    EXPECT_EQ(room.comparison()->config().capacity, 10);
    EXPECT_EQ(room.playback()->step(), 50u);
    EXPECT_EQ(room.slotsA()->state().capacity, 10u);
    EXPECT_EQ(details(room.slotsA()->state()), details(freshState(*room.comparison(), "lru", 50)));
    EXPECT_EQ(room.hitRatioChart()->pointCount(0), 50);
    EXPECT_EQ(room.missRatioChart()->series(0)->count(), 20);
}

TEST(CacheRoom, PresetsAreItemsOfTheRoom) {
    CacheRoom room;
    QStringList ids;
    for (const auto& item : room.items()) ids << item.id;
    EXPECT_TRUE(ids.contains("cache-compare"));
    room.selectItem("cache-s3-fifo");
    EXPECT_EQ(room.currentItem(), "cache-s3-fifo");
    EXPECT_EQ(room.comparison()->config().policyB, "s3-fifo");
    EXPECT_EQ(room.playback()->step(), 0u);
}
