// Consistent hashing in the balancer room (issue 8): backends keep their colours when another is
// removed or added (colour by name, not position), the ring's note is never cut off at the bottom,
// the panel header names the item, and the legend lists every look the backends view and the ring
// paint at some step.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/balance/BalancerItemRun.h"
#include "ui/panels/balance/BalancerConfigPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/BalancerRoom.h"
#include "ui/views/balance/BackendColours.h"
#include "ui/views/balance/BalancerView.h"
#include "ui/views/balance/HashRingView.h"
#include "ui/views/common/ViewLegend.h"

namespace stepwise::ui {
namespace {

std::map<std::string, int> slotsByName(const BalancerRoom& room) {
    std::map<std::string, int> out;
    const auto& backends = room.balancerRun()->backends();
    for (std::size_t i = 0; i < backends.size(); ++i) {
        out[backends[i].name] = room.ringView()->colourSlot(i);
        EXPECT_EQ(room.view()->state().backends[i].colour, room.ringView()->colourSlot(i)) << backends[i].name;
    }
    return out;
}

TEST(BackendColours, KeepsSlotsByNameAndReusesTheLowestFree) {
    BackendColours c;
    EXPECT_EQ(c.assign({"a", "b", "c", "d"}), (std::vector<int>{0, 1, 2, 3}));
    EXPECT_EQ(c.assign({"a", "c", "d"}), (std::vector<int>{0, 2, 3}));  // b gone: nobody else changes
    EXPECT_EQ(c.assign({"a", "c", "d", "e"}), (std::vector<int>{0, 2, 3, 1}));  // e takes b's free slot
    EXPECT_EQ(c.assign({"e", "a"}), (std::vector<int>{1, 0}));  // order does not matter, names do
    EXPECT_EQ(c.slotOf("c"), -1);
    // Distinct names always get distinct slots.
    const auto many = c.assign({"p", "q", "r", "e", "s", "t", "a", "u"});
    EXPECT_EQ(std::set<int>(many.begin(), many.end()).size(), many.size());
}

TEST(ConsistentHashing, RemovingABackendKeepsTheOthersColours) {
    BalancerRoom room;
    room.resize(1300, 760);
    ASSERT_TRUE(room.applyPreset("consistent-hash"));
    room.playback()->seek(30);
    const auto before = slotsByName(room);
    ASSERT_GE(before.size(), 3u);
    ASSERT_TRUE(room.removeBackend(1));
    const auto after = slotsByName(room);
    EXPECT_EQ(after.size(), before.size() - 1);
    for (const auto& [name, slot] : after) EXPECT_EQ(slot, before.at(name)) << name;
    // Removing the first one too: positions shift, colours do not.
    ASSERT_TRUE(room.removeBackend(0));
    for (const auto& [name, slot] : slotsByName(room)) EXPECT_EQ(slot, before.at(name)) << name;
    room.addBackend();
    const auto added = slotsByName(room);
    std::set<int> distinct;
    for (const auto& [name, slot] : added) distinct.insert(slot);
    EXPECT_EQ(distinct.size(), added.size());
    for (const auto& [name, slot] : added)
        if (before.count(name) && name != room.balancerRun()->backends().back().name) {
            EXPECT_EQ(slot, before.at(name)) << name;
        }
}

TEST(ConsistentHashing, ThePanelHeaderNamesTheItem) {
    BalancerRoom room;
    EXPECT_EQ(room.configPanel()->title(), "Load balancer");
    ASSERT_TRUE(room.applyPreset("consistent-hash"));
    EXPECT_EQ(room.configPanel()->title(), "Consistent hashing");
    room.setPolicy("round-robin");
    EXPECT_EQ(room.configPanel()->title(), "Load balancer");
}

TEST(ConsistentHashing, TheNoteFitsInsideTheRingViewAtAnySize) {
    BalancerRoom room;
    ASSERT_TRUE(room.applyPreset("consistent-hash"));
    room.playback()->seek(20);
    ASSERT_TRUE(room.removeBackend(2));
    ASSERT_FALSE(room.ringView()->note().isEmpty());
    for (const QSizeF size : {QSizeF(220, 240), QSizeF(300, 300), QSizeF(380, 420), QSizeF(600, 500)}) {
        const auto [box, text] = room.ringView()->noteGeometry(size);
        EXPECT_GE(box.top(), 0);
        EXPECT_LE(box.bottom(), size.height()) << size.width() << "x" << size.height();
        EXPECT_GE(box.height(), text.height()) << size.width() << "x" << size.height();
        EXPECT_LE(text.bottom(), box.bottom() + 0.5);
    }
}

TEST(ConsistentHashing, TheRingDrawsEveryVirtualNode) {
    BalancerRoom room;
    ASSERT_TRUE(room.applyPreset("consistent-hash"));
    const std::size_t expected = room.balancerRun()->ring().points();
    EXPECT_GE(expected, 400u);
    EXPECT_TRUE(room.ringView()->paintedLooks().contains("tick"));
}

TEST(BalancerLegend, ListsEveryLookTheViewsPaintAtSomeStep) {
    BalancerRoom room;
    room.resize(1300, 760);
    for (const QString& preset : room.presets()) {
        ASSERT_TRUE(room.applyPreset(preset));
        for (const QString& policy : {QString("power-of-two"), QString("consistent-hash")}) {
            room.setPolicy(policy);
            room.playback()->seek(10);
            room.setSlow(0, true);
            if (policy == QString("consistent-hash")) room.removeBackend(1);
            std::set<QString> seen;
            PlaybackController& c = *room.playback();
            c.toStart();
            while (!c.atEnd()) {
                for (const QString& id : BalancerView::paintedLooks(room.view()->state())) seen.insert(id);
                if (!room.ringView()->isHidden())
                    for (const QString& id : room.ringView()->paintedLooks()) seen.insert(id);
                c.stepForward();
            }
            EXPECT_TRUE(seen.count("slow") && seen.count("picked")) << policy.toStdString();
            if (policy == QString("consistent-hash")) {
                EXPECT_TRUE(seen.count("moved"));
            } else {
                EXPECT_TRUE(seen.count("other"));
            }
            const QStringList listed = room.legend()->ids();
            for (const QString& look : seen)
                EXPECT_TRUE(listed.contains(look)) << policy.toStdString() << " paints " << look.toStdString();
        }
    }
}

}  // namespace
}  // namespace stepwise::ui
