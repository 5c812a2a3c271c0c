// The structures room's legend (issue 8): every look the tree view paints at some step of each
// item's example and presets (marks, double rings, glows, lazy pills, unbuilt nodes) has a line in
// the legend shown for that item, and each line names its look in words, not by colour alone.
#include <gtest/gtest.h>

#include <set>

#include "ui/playback/PlaybackController.h"
#include "ui/rooms/StructuresRoom.h"
#include "ui/views/common/ViewLegend.h"
#include "ui/views/tree/TreeLegend.h"
#include "ui/views/tree/TreeScene.h"
#include "ui/views/tree/TreeView.h"

namespace stepwise::ui {
namespace {

const QStringList kItems = {"heap", "trie", "segment-tree", "union-find"};

/// Every look painted over all steps of the room's current run.
std::set<QString> looksOverRun(StructuresRoom& room) {
    std::set<QString> seen;
    PlaybackController& c = *room.playback();
    c.toStart();
    for (;;) {
        for (const QString& id : paintedLooks(room.view()->treeScene()->picture())) seen.insert(id);
        if (c.atEnd()) break;
        c.stepForward();
    }
    return seen;
}

TEST(StructuresLegend, ListsEveryLookTheViewPaintsAtSomeStep) {
    StructuresRoom room;
    room.resize(1300, 800);
    for (const QString& id : kItems) {
        room.selectItem(id);
        QStringList presets = room.presets();
        if (presets.isEmpty()) presets << QString();
        for (const QString& preset : presets) {
            if (!preset.isEmpty()) {
                ASSERT_TRUE(room.applyPreset(preset)) << id.toStdString();
            }
            const std::set<QString> seen = looksOverRun(room);
            EXPECT_GE(seen.size(), 2u) << id.toStdString();  // the walk saw marks at all
            const QStringList listed = room.legend()->ids();
            for (const QString& look : seen)
                EXPECT_TRUE(listed.contains(look))
                    << id.toStdString() << " " << preset.toStdString() << " paints " << look.toStdString()
                    << " but its legend has no line for it";
        }
    }
}

TEST(StructuresLegend, EveryMarkHasALegendLineInWordsSomewhere) {
    std::set<QString> ids;
    for (TreeKind k : {TreeKind::Heap, TreeKind::Trie, TreeKind::SegmentTree, TreeKind::UnionFind})
        for (const LegendEntry& e : treeLegend(k)) {
            EXPECT_FALSE(e.words.isEmpty()) << e.id.toStdString();
            ids.insert(e.id);
        }
    for (NodeMark m : {NodeMark::Compare, NodeMark::Swap, NodeMark::Path, NodeMark::Miss, NodeMark::Inside,
                       NodeMark::Partial, NodeMark::Outside, NodeMark::Changed})
        EXPECT_TRUE(ids.count(markId(m))) << markId(m).toStdString();
}

TEST(StructuresLegend, FollowsTheItemShown) {
    StructuresRoom room;
    room.selectItem("segment-tree");
    EXPECT_TRUE(room.legend()->ids().contains("badge"));
    EXPECT_FALSE(room.legend()->ids().contains("compare"));
    room.selectItem("heap");
    EXPECT_TRUE(room.legend()->ids().contains("compare"));
    EXPECT_FALSE(room.legend()->ids().contains("badge"));
}

}  // namespace
}  // namespace stepwise::ui
