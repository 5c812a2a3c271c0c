// The cache room as a user meets it: LRU against LFU on one seeded workload, stepping both caches
// event by event and request by request, seeking back to the exact slots of a fresh run, live
// charts, and bad input reported without losing the run. Runs under the offscreen platform.
#include "ui/rooms/CacheRoom.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryFile>
#include <algorithm>
#include <map>

#include "core/cache/CacheItemRun.h"
#include "core/cache/CachePolicies.h"
#include "core/catalogue/Catalogue.h"
#include "core/trace/Random.h"
#include "ui/charts/MissRatioChart.h"
#include "ui/charts/TimeSeriesChart.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/panels/cache/CacheConfigPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/cache/CacheSlotsView.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

/// The step at the end of request `k` (0: the start).
std::size_t requestEnd(const CacheRoom& room, std::size_t k) {
    return k == 0 ? 0 : room.run()->groups().at(k - 1).last;
}

void seekRequest(CacheRoom& room, std::size_t k) { room.playback()->seek(requestEnd(room, k)); }

/// What a fresh run of `config` shows on `side` at `step`, built without the room.
SlotRowState freshState(const CacheRunConfig& config, std::size_t side, std::size_t step) {
    auto fresh = catalogue::requireItem("cache").start(config.toOptions());
    fresh->seek(step);
    return CacheSlotsView::fromRun(*fresh->as<cache::CacheItemRun>(), side);
}

QStringList details(const SlotRowState& s) {
    QStringList out;
    for (const auto& b : s.boxes)
        out << b.name + "|" + b.detail + "|" + QString::number(b.ttlLeft) + (b.hit ? "|hit" : "") +
                   (b.inserted ? "|new" : "");
    for (const auto& l : s.leaving) out << "left " + l.name + ": " + l.reason;
    return out;
}

struct Counts {
    std::size_t hits = 0, misses = 0;
};

/// Hits and misses of the first `n` keys through a plain LRU (a recency list) or LFU (use counts,
/// ties by least recent use), counted here and not by the room or the core.
Counts referenceCounts(bool lfu, std::size_t capacity, const std::vector<cache::Key>& keys, std::size_t n) {
    Counts out;
    std::map<cache::Key, std::pair<std::size_t, std::size_t>> cached;  // key → (uses, last use)
    for (std::size_t t = 0; t < n; ++t) {
        const cache::Key k = keys[t];
        if (auto it = cached.find(k); it != cached.end()) {
            ++out.hits;
            it->second = {it->second.first + 1, t};
            continue;
        }
        ++out.misses;
        if (cached.size() == capacity) {
            auto victim = std::min_element(cached.begin(), cached.end(), [&](const auto& a, const auto& b) {
                return lfu ? a.second < b.second : a.second.second < b.second.second;
            });
            cached.erase(victim);
        }
        cached[k] = {1, t};
    }
    return out;
}

}  // namespace

TEST(CacheRoom, OpensWithLruAgainstLfuOnAZipfWorkloadAtStepZero) {
    CacheRoom room;
    ASSERT_NE(room.cacheRun(), nullptr);
    EXPECT_EQ(room.currentItem(), "cache");
    EXPECT_EQ(room.cacheRun()->policy(0), "lru");
    EXPECT_EQ(room.cacheRun()->policy(1), "lfu");
    EXPECT_EQ(room.cacheRun()->spec().options.capacity, 8u);
    EXPECT_EQ(room.configPanel()->config().kind, CacheWorkloadKind::Zipf);
    EXPECT_EQ(room.playback()->step(), 0u);
    EXPECT_EQ(room.cacheRun()->requestCount(), 400u);
    EXPECT_EQ(room.run()->groups().size(), 400u);  // a group per request
    EXPECT_GT(room.playback()->stepCount(), 400u);  // a step per event
    EXPECT_GT(room.pseudocode()->lineCount(), 0);    // the cache room has its pseudo-code now
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
        room.playback()->nextGroup();  // one request
        const SlotRowState& a = room.slotsA()->state();
        const SlotRowState& b = room.slotsB()->state();
        EXPECT_EQ(a.position, static_cast<std::size_t>(i));
        EXPECT_EQ(b.position, static_cast<std::size_t>(i));
        // The counts shown, against the same keys replayed through references in the test.
        const auto& keys = room.cacheRun()->keys();
        const Counts lru = referenceCounts(false, 8, keys, static_cast<std::size_t>(i));
        const Counts lfu = referenceCounts(true, 8, keys, static_cast<std::size_t>(i));
        EXPECT_EQ(a.hits, lru.hits) << "request " << i;
        EXPECT_EQ(a.misses, lru.misses) << "request " << i;
        EXPECT_EQ(b.hits, lfu.hits) << "request " << i;
        EXPECT_EQ(b.misses, lfu.misses) << "request " << i;
        // Both sides served the same key.
        const QString key = QString::fromStdString(
            room.cacheRun()->keyName(room.cacheRun()->requestKey(static_cast<std::size_t>(i))));
        EXPECT_TRUE(a.request.contains("key " + key + " ")) << a.request.toStdString();
        EXPECT_TRUE(b.request.contains("key " + key + " ")) << b.request.toStdString();
        EXPECT_TRUE(room.slotsA()->slotNames().contains(key));
        EXPECT_TRUE(room.slotsB()->slotNames().contains(key));
        EXPECT_EQ(room.hitRatioChart()->pointCount(0), i);
        EXPECT_EQ(room.hitRatioChart()->pointCount(1), i);
    }
    EXPECT_NE(room.slotsA()->slotNames(), previousA);
    EXPECT_NE(room.slotsB()->slotNames(), previousB);
    EXPECT_EQ(room.cacheRun()->requestsServed(), 12u);
    EXPECT_FALSE(room.explanation()->sentence().isEmpty());
    // The chart's last point is the hit ratio so far.
    const auto* series = room.hitRatioChart()->series(0);
    const QPointF last = series->at(series->count() - 1);
    EXPECT_DOUBLE_EQ(last.x(), 12);
    EXPECT_NEAR(last.y(), 100.0 * room.cacheRun()->cacheAt(0).hitRatio(), 1e-9);
    // Further on, where both policies have hit and evicted, the counts still agree.
    seekRequest(room, 300);
    const auto& keys = room.cacheRun()->keys();
    const Counts lru = referenceCounts(false, 8, keys, 300), lfu = referenceCounts(true, 8, keys, 300);
    ASSERT_GT(lru.hits, 0u);
    ASSERT_NE(lru.hits, lfu.hits);  // the workload tells the two policies apart
    EXPECT_EQ(room.slotsA()->state().hits, lru.hits);
    EXPECT_EQ(room.slotsA()->state().misses, lru.misses);
    EXPECT_EQ(room.slotsB()->state().hits, lfu.hits);
    EXPECT_EQ(room.slotsB()->state().misses, lfu.misses);
    const auto* later = room.hitRatioChart()->series(0);
    ASSERT_GT(later->count(), 0);
    EXPECT_DOUBLE_EQ(later->at(later->count() - 1).x(), 300);
    EXPECT_NEAR(later->at(later->count() - 1).y(), 100.0 * static_cast<double>(lru.hits) / 300.0, 1e-9);
}

TEST(CacheRoom, SeekingBackShowsTheSameSlotsAsAFreshRunSteppedThatFar) {
    Random random(2024);
    int withEvictions = 0;  // probes that landed on a step where a key left: the comparison has teeth
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
        ASSERT_TRUE(room.applyConfig(c)) << room.bannerText().toStdString();
        seekRequest(room, 250);  // past several checkpoints
        const std::size_t far = room.playback()->step();
        for (int probe = 0; probe < 4; ++probe) {
            const std::size_t k = random.below(far);
            room.playback()->seek(k);
            EXPECT_EQ(details(room.slotsA()->state()), details(freshState(c, 0, k)))
                << c.policyA.toStdString() << " capacity " << c.capacity << " ttl " << c.ttl << " at step "
                << k;
            EXPECT_EQ(details(room.slotsB()->state()), details(freshState(c, 1, k)))
                << c.policyB.toStdString() << " capacity " << c.capacity << " ttl " << c.ttl << " at step "
                << k;
            EXPECT_EQ(static_cast<std::size_t>(room.hitRatioChart()->pointCount(0)),
                      room.cacheRun()->requestsServed());
            withEvictions += !room.slotsA()->state().leaving.empty();
        }
    }
    EXPECT_GT(withEvictions, 3);
}

TEST(CacheRoom, AMissInsertsAHitIsMarkedAndTheVictimLeavesWithItsReason) {
    CacheRoom room;
    CacheRunConfig c;
    c.capacity = 2;
    c.kind = CacheWorkloadKind::Typed;
    c.workload = "a,b,a,c";
    ASSERT_TRUE(room.applyConfig(c));
    seekRequest(room, 1);
    ASSERT_EQ(room.slotsA()->state().boxes.size(), 1u);
    EXPECT_TRUE(room.slotsA()->state().boxes[0].inserted);
    seekRequest(room, 3);  // a again: a hit on both
    for (auto* view : {room.slotsA(), room.slotsB()}) {
        bool hitOnA = false;
        for (const auto& s : view->state().boxes) hitOnA = hitOnA || (s.name == "a" && s.hit);
        EXPECT_TRUE(hitOnA);
        EXPECT_TRUE(view->state().lastHit);
    }
    seekRequest(room, 4);  // c: LRU evicts b (idle since tick 2), LFU evicts b (used once)
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
    seekRequest(room, 2);
    for (const auto& s : room.slotsA()->state().boxes) {
        EXPECT_GE(s.ttlFraction, 0.0);
        EXPECT_LE(s.ttlFraction, 1.0);
    }
    seekRequest(room, 4);
    bool expiredA = false;
    for (const auto& l : room.slotsA()->state().leaving)
        expiredA = expiredA || (l.name == "a" && l.expired && l.reason.startsWith("expired"));
    EXPECT_TRUE(expiredA);
    EXPECT_FALSE(room.slotsA()->state().lastHit);
}

TEST(CacheRoom, BadCapacityShowsAnErrorAndKeepsTheRun) {
    CacheRoom room;
    room.playback()->seek(30);
    const run::Run* before = room.run();
    const QStringList shown = room.slotsA()->slotNames();
    for (int capacity : {0, -3}) {
        CacheRunConfig c = room.configPanel()->config();
        c.capacity = capacity;
        EXPECT_FALSE(room.applyConfig(c));
        EXPECT_TRUE(room.bannerIsError());
        EXPECT_TRUE(room.bannerText().contains("capacity")) << room.bannerText().toStdString();
        EXPECT_EQ(room.run(), before);
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
    EXPECT_EQ(room.configPanel()->config().kind, CacheWorkloadKind::Typed);
    room.playback()->seek(10);
    const run::Run* before = room.run();
    panel->workloadEdit()->setText("a,b,,c");
    panel->runButton()->click();
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("3")) << room.bannerText().toStdString();
    EXPECT_EQ(room.run(), before);
    EXPECT_EQ(room.playback()->step(), 10u);
    EXPECT_EQ(panel->workloadEdit()->text(), "a,b,,c");  // what the user typed stays, to be fixed
}

TEST(CacheRoom, UnknownPolicyAndBadWorkloadAreExplained) {
    CacheRoom room;
    const CacheRunConfig start = room.configPanel()->config();
    CacheRunConfig c = start;
    c.policyB = "mru";
    EXPECT_FALSE(room.applyConfig(c));
    EXPECT_TRUE(room.bannerText().contains("mru")) << room.bannerText().toStdString();
    EXPECT_TRUE(room.bannerText().contains("lru"));
    c = start;
    c.workload = "zipf:x:10";
    EXPECT_FALSE(room.applyConfig(c));
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_EQ(room.cacheRun()->policy(1), "lfu");
}

TEST(CacheRoom, MalformedTraceFileNamesTheLine) {
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write("1\n2\n# a comment\nthree\n");
    file.close();
    CacheRoom room;
    const run::Run* before = room.run();
    room.openFile(file.fileName());
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("line 4")) << room.bannerText().toStdString();
    EXPECT_EQ(room.run(), before);

    QTemporaryFile good;
    ASSERT_TRUE(good.open());
    good.write("1\n2\n1\n3\n");
    good.close();
    room.openFile(good.fileName());
    EXPECT_FALSE(room.bannerIsError()) << room.bannerText().toStdString();
    EXPECT_EQ(room.configPanel()->config().kind, CacheWorkloadKind::Trace);
    seekRequest(room, 3);
    EXPECT_TRUE(room.slotsA()->state().lastHit);  // the third request is 1 again
}

TEST(CacheRoom, ChangingCapacityWhileRunningKeepsTheStep) {
    CacheRoom room;
    seekRequest(room, 50);
    const std::size_t step = room.playback()->step();
    room.configPanel()->capacitySpin()->setValue(10);
    EXPECT_EQ(room.cacheRun()->spec().options.capacity, 10u);
    EXPECT_EQ(room.playback()->step(), step);
    EXPECT_EQ(room.slotsA()->state().capacity, 10u);
    EXPECT_EQ(details(room.slotsA()->state()), details(freshState(room.configPanel()->config(), 0, step)));
    EXPECT_EQ(static_cast<std::size_t>(room.hitRatioChart()->pointCount(0)),
              room.cacheRun()->samplesUpTo(room.cacheRun()->requestsServed()));
    EXPECT_EQ(room.missRatioChart()->series(0)->count(), 20);
}

TEST(CacheRoom, PresetsComeFromTheCatalogueAndStartAtStepZero) {
    CacheRoom room;
    ASSERT_EQ(room.items().size(), 1);
    EXPECT_EQ(room.items()[0].id, "cache");
    EXPECT_TRUE(room.presets().contains("s3-fifo"));
    EXPECT_TRUE(room.presets().contains("ttl"));
    room.playback()->seek(40);
    ASSERT_TRUE(room.applyPreset("s3-fifo"));
    EXPECT_EQ(room.currentItem(), "cache");
    EXPECT_EQ(room.cacheRun()->policy(1), "s3-fifo");
    EXPECT_EQ(room.configPanel()->config().policyB, "s3-fifo");
    EXPECT_EQ(room.playback()->step(), 0u);
}
