// The cache room's views (issue 8): badges never cover the labels they belong to, nothing is drawn
// under 9 pt, the legend lists every look the slots and structure views paint at some step, and the
// second view of a run (LRU's hash map + doubly linked list, LFU's frequency buckets) agrees with
// what the cache does next: the key it evicts is the one the structure had at its tail.
#include <gtest/gtest.h>

#include <QTabBar>
#include <set>

#include "core/cache/CacheItemRun.h"
#include "ui/panels/cache/CacheRunConfig.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/CacheRoom.h"
#include "ui/views/cache/CacheSlotsView.h"
#include "ui/views/cache/CacheStructureView.h"
#include "ui/views/common/ViewFonts.h"
#include "ui/views/common/ViewLegend.h"

namespace stepwise::ui {
namespace {

CacheRunConfig config(const QString& a, const QString& b, int ttl = 0) {
    CacheRunConfig c;
    c.policyA = a;
    c.policyB = b;
    c.capacity = 6;
    c.ttl = ttl;
    c.requests = 150;
    c.workload = "zipf:0.9:20";
    return c;
}

TEST(CacheSlotsView, BadgesNeverOverlapTheirLabels) {
    for (double points : {8.0, 9.0, 10.0, 12.0}) {
        QFont widget;
        widget.setPointSizeF(points);
        const SlotFonts fonts = SlotFonts::from(widget);
        for (double width : {62.0, 70.0, 88.0, 104.0})
            for (const QString& name : {QString("a"), QString("key-12"), QString("a-very-long-key-name")})
                for (const QString& badge : {QString("HIT"), QString("NEW"), QString("OUT")}) {
                    const QRectF box(10, 20, width, 86);
                    const SlotBoxLayout l = CacheSlotsView::layoutBox(box, name, badge, fonts);
                    const std::string what = QString("%1pt %2px %3 %4").arg(points).arg(width).arg(name, badge).toStdString();
                    EXPECT_FALSE(l.badge.intersects(l.label)) << what;
                    EXPECT_FALSE(l.badge.intersects(l.detail)) << what;
                    EXPECT_FALSE(l.label.intersects(l.detail)) << what;
                    EXPECT_FALSE(l.detail.intersects(l.ttlBar)) << what;
                    EXPECT_TRUE(box.contains(l.badge)) << what;
                    EXPECT_TRUE(box.contains(l.label)) << what;
                    EXPECT_LE(l.ttlBar.bottom(), box.bottom()) << what;
                }
    }
}

TEST(CacheSlotsView, NothingIsDrawnUnderNinePoints) {
    for (double points : {7.0, 8.0, 9.0, 11.0}) {
        QFont widget;
        widget.setPointSizeF(points);
        const SlotFonts f = SlotFonts::from(widget);
        for (const QFont& font : {f.base, f.title, f.small, f.key, f.badge}) EXPECT_GE(pointsOf(font), 9.0);
    }
    QFont pixels;
    pixels.setPixelSize(10);
    EXPECT_GE(pointsOf(scaledFont(pixels, 0.8)), 9.0);
}

/// Walks every step of the room's run; calls f at each.
template <class F>
void walk(CacheRoom& room, F f) {
    PlaybackController& c = *room.playback();
    c.toStart();
    for (;;) {
        f();
        if (c.atEnd()) break;
        c.stepForward();
    }
}

TEST(CacheLegend, ListsEveryLookTheSlotsViewPaintsAtSomeStep) {
    CacheRoom room;
    room.resize(1300, 760);
    std::set<QString> seen;
    for (const auto& c : {config("lru", "lfu"), config("clock", "fifo", 8), config("s3-fifo", "sampled-lru", 5)}) {
        ASSERT_TRUE(room.applyConfig(c));
        walk(room, [&] {
            for (const auto* v : {room.slotsA(), room.slotsB()})
                for (const QString& id : CacheSlotsView::paintedLooks(v->state())) seen.insert(id);
        });
    }
    for (const char* look : {"hit", "new", "out", "expired", "ttl", "hand", "empty"}) EXPECT_TRUE(seen.count(look)) << look;
    const QStringList listed = room.legend()->ids();
    for (const QString& look : seen) EXPECT_TRUE(listed.contains(look)) << look.toStdString();
}

TEST(CacheLegend, ListsEveryLookTheStructureViewPaintsAtSomeStep) {
    CacheRoom room;
    room.resize(1300, 760);
    room.showStructures(true);
    EXPECT_EQ(room.viewTabs()->currentIndex(), 1);
    std::set<QString> seen;
    for (const auto& c : {config("lru", "lfu"), config("fifo", "lfu")}) {
        ASSERT_TRUE(room.applyConfig(c));
        walk(room, [&] {
            for (const auto* v : {room.structureA(), room.structureB()})
                for (const QString& id : CacheStructureView::paintedLooks(v->state())) seen.insert(id);
        });
    }
    for (const char* look : {"map", "head-tail", "bucket", "pointers", "moved", "new", "victim", "out"})
        EXPECT_TRUE(seen.count(look)) << look;
    const QStringList listed = room.legend()->ids();
    for (const QString& look : seen) EXPECT_TRUE(listed.contains(look)) << look.toStdString();
    room.showStructures(false);
    EXPECT_TRUE(room.legend()->ids().contains("hit"));
}

TEST(CacheStructureView, TheTailItShowsIsTheKeyTheCacheEvictsNext) {
    CacheRoom room;
    room.showStructures(true);
    for (const auto& c : {config("lru", "lfu"), config("fifo", "lfu"), config("lfu", "lru")}) {
        ASSERT_TRUE(room.applyConfig(c));
        const auto* run = room.cacheRun();
        ASSERT_NE(run, nullptr);
        // The views show the caches after the current request, so the victim is the tail shown
        // at the end of the request before.
        QString victim[2], shown[2];
        std::size_t request = 0;
        int checked = 0;
        walk(room, [&] {
            if (run->requestsServed() != request) {
                request = run->requestsServed();
                victim[0] = shown[0], victim[1] = shown[1];
            }
            const auto event = run->currentEvent();
            if (event && event->kind == cache::CacheEventKind::Evict) {
                const QString evicted = QString::fromStdString(run->keyName(event->key));
                EXPECT_EQ(evicted, victim[run->currentSide()]) << c.policyA.toStdString() << " step "
                                                                << room.playback()->step();
                ++checked;
            }
            for (std::size_t side = 0; side < 2; ++side) {
                const CacheStructureState& s = (side == 0 ? room.structureA() : room.structureB())->state();
                shown[side] = s.rows.empty() || s.rows.front().nodes.empty() ? QString()
                                                                               : s.rows.front().nodes.back().name;
            }
        });
        EXPECT_GT(checked, 20) << c.policyA.toStdString();
    }
}

TEST(CacheStructureView, NodesAndTagsDoNotOverlap) {
    CacheRoom room;
    room.resize(1300, 760);
    room.showStructures(true);
    ASSERT_TRUE(room.applyConfig(config("lru", "lfu")));
    room.playback()->seek(room.playback()->stepCount() / 2);
    for (const auto* v : {room.structureA(), room.structureB()})
        for (const QSizeF size : {QSizeF(900, 220), QSizeF(520, 300)}) {
            const auto boxes = v->layout(size);
            ASSERT_EQ(boxes.size(), 6u);
            for (std::size_t i = 0; i < boxes.size(); ++i) {
                EXPECT_FALSE(boxes[i].above.intersects(boxes[i].node));
                EXPECT_FALSE(boxes[i].below.intersects(boxes[i].node));
                EXPECT_LE(boxes[i].node.right(), size.width());
                for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                    EXPECT_FALSE(boxes[i].node.intersects(boxes[j].node)) << i << " " << j;
                    EXPECT_FALSE(boxes[i].above.intersects(boxes[j].node)) << i << " " << j;
                    EXPECT_FALSE(boxes[i].below.intersects(boxes[j].node)) << i << " " << j;
                }
            }
        }
}

}  // namespace
}  // namespace stepwise::ui
