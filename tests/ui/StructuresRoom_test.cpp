#include "ui/rooms/StructuresRoom.h"

#include <gtest/gtest.h>

#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <algorithm>
#include <set>

#include "core/catalogue/Catalogue.h"
#include "core/structures/StructureRuns.h"
#include "core/trace/Timeline.h"
#include "ui/app/MainWindow.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/structures/OperationEditor.h"
#include "ui/panels/structures/OutcomePanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/tree/TreeScene.h"
#include "ui/views/tree/TreeView.h"

namespace stepwise::ui {
namespace {

using namespace structures;

const QStringList kItems = {"heap", "trie", "segment-tree", "union-find"};

/// Everything a node shows, as one comparable string per node.
QStringList snapshot(const StructuresRoom& room) {
    QStringList out;
    const TreePicture& p = room.view()->treeScene()->picture();
    for (const auto& n : p.nodes)
        out << QString("%1<%2 %3|%4|%5|%6|%7|%8")
                   .arg(n.id)
                   .arg(n.parent)
                   .arg(n.text, n.caption, n.badge, n.tag)
                   .arg(static_cast<int>(n.mark))
                   .arg(n.focus);
    for (const auto& c : p.array)
        out << "cell " + c.text + "/" + c.index + "/" + QString::number(static_cast<int>(c.mark));
    return out;
}

QList<std::uint32_t> sorted(std::initializer_list<std::uint32_t> ids) {
    QList<std::uint32_t> list(ids);
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

/// The item's catalogue example as the editor shows it (one operation per line).
StructureInput defaultStructureInput(const QString& id) {
    const catalogue::Options o = catalogue::requireItem(id.toStdString()).presetOptions();
    StructureInput in;
    in.operations = QString::fromStdString(o.text("ops")).split(QRegularExpression("\\s*,\\s*")).join("\n");
    in.values = QString::fromStdString(o.text("values")).split(QRegularExpression("\\s*,\\s*")).join(", ");
    in.kind = QString::fromStdString(o.text("kind", "sum"));
    in.size = static_cast<int>(o.integer("size", 8));
    return in;
}

StructureRun<HeapArea> defaultHeapRun() {
    return runHeap(parseOperations(defaultStructureInput("heap").operations.toStdString()));
}

}  // namespace

TEST(StructuresRoom, OpensEachItemWithItsExampleDrawn) {
    StructuresRoom room;
    room.resize(1300, 800);
    EXPECT_EQ(room.items().size(), 4);
    for (const QString& id : kItems) {
        room.selectItem(id);
        EXPECT_EQ(room.currentItem(), id);
        EXPECT_FALSE(room.bannerIsError()) << id.toStdString();
        ASSERT_GT(room.playback()->stepCount(), 0u) << id.toStdString();
        room.playback()->toEnd();
        EXPECT_GT(room.view()->treeScene()->nodeCount(), 1) << id.toStdString();
        const auto ops = parseOperations(defaultStructureInput(id).operations.toStdString());
        EXPECT_EQ(room.outcomes()->count(), static_cast<int>(ops.size()));
    }
}

TEST(StructuresRoom, SteppingForwardChangesTheTreeAndBackRestoresIt) {
    StructuresRoom room;
    for (const QString& id : kItems) {
        room.selectItem(id);
        PlaybackController& c = *room.playback();
        c.toStart();
        std::vector<QStringList> forward{snapshot(room)};
        int changes = 0;
        while (!c.atEnd()) {
            c.stepForward();
            forward.push_back(snapshot(room));
            changes += forward.back() != forward[forward.size() - 2];
        }
        // Every event either changes the structure or marks what it looked at.
        EXPECT_EQ(changes, static_cast<int>(c.stepCount())) << id.toStdString();
        for (std::size_t k = forward.size() - 1; k-- > 0;) {
            c.stepBack();
            ASSERT_EQ(snapshot(room), forward[k]) << id.toStdString() << " step " << k;
        }
    }
}

TEST(StructuresRoom, HeapMarksTheComparedAndSwappedEntriesInTreeAndArray) {
    StructuresRoom room;
    room.selectItem("heap");
    const auto run = defaultHeapRun();
    trace::Timeline<HeapArea> timeline(run.initial, run.trace);
    int compares = 0, swaps = 0;
    for (std::size_t k = 1; k <= run.trace.size(); ++k) {
        timeline.seek(k);
        room.playback()->seek(k);
        const TreeScene& scene = *room.view()->treeScene();
        ASSERT_EQ(scene.nodeCount(), static_cast<int>(timeline.state().entries.size()));
        EXPECT_EQ(scene.arrayCellCount(), scene.nodeCount());
        const HeapEvent& e = timeline.lastEvent();
        if (auto* cmp = std::get_if<heap_event::Compare>(&e)) {
            ++compares;
            EXPECT_EQ(scene.markedIds(NodeMark::Compare), sorted({cmp->i, cmp->j})) << "step " << k;
        } else if (auto* sw = std::get_if<heap_event::Swap>(&e)) {
            ++swaps;
            EXPECT_EQ(scene.markedIds(NodeMark::Swap), sorted({sw->i, sw->j})) << "step " << k;
            for (const auto& cell : {sw->i, sw->j})
                EXPECT_EQ(scene.picture().array[cell].mark, NodeMark::Swap);
        }
        for (std::size_t i = 0; i < timeline.state().entries.size(); ++i)
            EXPECT_EQ(scene.picture().nodes[i].text.toLongLong(), timeline.state().entries[i].key);
    }
    EXPECT_GT(compares, 3);
    EXPECT_GT(swaps, 1);
}

TEST(StructuresRoom, SegmentTreeShowsLazyBadgesAndVisitKinds) {
    StructuresRoom room;
    room.selectItem("segment-tree");
    const StructureInput in = defaultStructureInput("segment-tree");
    std::vector<std::int64_t> values;
    for (const QString& v : in.values.split(',')) values.push_back(v.trimmed().toLongLong());
    const auto run = runSegmentTree(SegmentKind::Sum, values, parseOperations(in.operations.toStdString()));
    trace::Timeline<SegmentTreeArea> timeline(run.initial, run.trace);
    int badges = 0;
    std::set<int> kinds;
    for (std::size_t k = 0; k <= run.trace.size(); ++k) {
        timeline.seek(k);
        room.playback()->seek(k);
        const TreeScene& scene = *room.view()->treeScene();
        const auto& s = timeline.state();
        for (const auto& node : scene.picture().nodes) {
            EXPECT_EQ(node.text.toLongLong(), s.value[node.id]);
            // A node the build has not reached shows no value (issue 8: it showed 0).
            EXPECT_EQ(node.text == QStringLiteral("·"), !s.built[node.id]) << "step " << k << " node " << node.id;
            if (k == 0) {
                EXPECT_EQ(node.text, QStringLiteral("·"));
            }
            EXPECT_EQ(node.badge.isEmpty(), s.lazy[node.id] == 0) << "step " << k << " node " << node.id;
            badges += !node.badge.isEmpty();
        }
        if (k == 0) continue;
        if (auto* enter = std::get_if<segment_event::Enter>(&timeline.lastEvent())) {
            const NodeMark want = enter->how == segment_event::Visit::Inside    ? NodeMark::Inside
                                  : enter->how == segment_event::Visit::Partial ? NodeMark::Partial
                                                                                : NodeMark::Outside;
            kinds.insert(static_cast<int>(want));
            EXPECT_TRUE(scene.markedIds(want).contains(enter->node)) << "step " << k;
            EXPECT_EQ(scene.focusId(), enter->node);
            // Shown by a word as well as the outline: never by colour alone.
            for (const auto& node : scene.picture().nodes) {
                if (node.id == enter->node) {
                    EXPECT_FALSE(node.tag.isEmpty());
                }
            }
        }
    }
    EXPECT_GT(badges, 0);
    EXPECT_EQ(kinds.size(), 3u);
}

TEST(StructuresRoom, TrieWalkLightsThePathFromTheRoot) {
    StructuresRoom room;
    room.selectItem("trie");
    const auto run = runTrie(parseOperations(defaultStructureInput("trie").operations.toStdString()));
    trace::Timeline<TrieArea> timeline(run.initial, run.trace);
    int visits = 0;
    for (std::size_t k = 1; k <= run.trace.size(); ++k) {
        timeline.seek(k);
        room.playback()->seek(k);
        auto* visit = std::get_if<trie_event::Visit>(&timeline.lastEvent());
        if (!visit || !visit->found) continue;
        ++visits;
        QList<std::uint32_t> path;
        for (std::uint32_t v = visit->node; v != 0; v = timeline.state().nodes[v].parent) path.append(v);
        path.append(0);
        std::sort(path.begin(), path.end());
        EXPECT_EQ(room.view()->treeScene()->markedIds(NodeMark::Path), path) << "step " << k;
        EXPECT_EQ(room.view()->treeScene()->litEdgeCount(), path.size() - 1);
    }
    EXPECT_GT(visits, 5);
}

TEST(StructuresRoom, UnionFindDrawsEachParentArrowAndRank) {
    StructuresRoom room;
    room.selectItem("union-find");
    const StructureInput in = defaultStructureInput("union-find");
    const auto run =
        runUnionFind(static_cast<std::uint32_t>(in.size), parseOperations(in.operations.toStdString()));
    trace::Timeline<UnionFindArea> timeline(run.initial, run.trace);
    for (std::size_t k = 0; k <= run.trace.size(); ++k) {
        timeline.seek(k);
        room.playback()->seek(k);
        const TreePicture& p = room.view()->treeScene()->picture();
        ASSERT_EQ(p.nodes.size(), timeline.state().parent.size());
        EXPECT_TRUE(p.forest);
        for (const auto& node : p.nodes) {
            const std::uint32_t parent = timeline.state().parent[node.id];
            EXPECT_EQ(node.parent, parent == node.id ? kNoParent : parent);
            EXPECT_EQ(node.caption, QString("rank %1").arg(timeline.state().rank[node.id]));
        }
    }
}

TEST(StructuresRoom, CurrentOperationIsMarkedAndLaterAnswersWait) {
    StructuresRoom room;
    room.selectItem("heap");
    const auto starts = room.operationStarts();
    ASSERT_GE(starts.size(), 3u);
    room.playback()->seek(starts[2] + 1);  // inside the third operation
    EXPECT_EQ(room.outcomes()->current(), 2);
    EXPECT_TRUE(room.outcomes()->rowText(2).startsWith("▶"));
    EXPECT_TRUE(room.outcomes()->rowText(1).contains("→") && room.outcomes()->rowText(1).contains("id 1"));
    EXPECT_FALSE(room.outcomes()->rowText(3).contains("→"));
    room.playback()->toEnd();
    const auto run = defaultHeapRun();
    for (int i = 0; i < room.outcomes()->count(); ++i) {
        const std::string& answer = run.outcomes[static_cast<std::size_t>(i)].answer;
        if (!answer.empty()) {
            EXPECT_TRUE(room.outcomes()->rowText(i).contains(QString::fromStdString(answer)));
        }
    }
}

TEST(StructuresRoom, BadOperationShowsWhyAndKeepsThePreviousRun) {
    StructuresRoom room;
    struct Case {
        const char* item;
        QString operations;
        const char* expected;
    };
    const Case cases[] = {{"heap", "push 1\npop\npop", "empty"},
                          {"segment-tree", "query 0 99", "out of bounds"},
                          {"trie", "insert car\nfly away", "unknown"},
                          {"union-find", "union 0 99", "operation 1"}};
    for (const Case& c : cases) {
        room.selectItem(c.item);
        room.playback()->seek(room.playback()->stepCount() / 2);
        const QStringList before = snapshot(room);
        const std::size_t steps = room.playback()->stepCount(), at = room.playback()->step();
        room.editor()->operationsEdit()->setPlainText(c.operations);
        room.applyEditor();
        EXPECT_TRUE(room.bannerIsError()) << c.item;
        EXPECT_TRUE(room.bannerText().contains(c.expected))
            << room.bannerText().toStdString();
        EXPECT_EQ(room.editor()->operationsEdit()->toPlainText(), c.operations);  // nothing typed is lost
        EXPECT_EQ(snapshot(room), before) << c.item;
        EXPECT_EQ(room.playback()->stepCount(), steps);
        EXPECT_EQ(room.playback()->step(), at);
    }
    // A good run afterwards clears the message.
    room.editor()->setInput(defaultStructureInput("union-find"));
    room.applyEditor();
    EXPECT_FALSE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().isEmpty());
}

TEST(StructuresRoom, RandomInputsAreSeededAndAlwaysValid) {
    StructuresRoom room;
    for (const QString& id : kItems) {
        room.selectItem(id);
        EXPECT_EQ(randomStructureInput(id, 5), randomStructureInput(id, 5));
        std::set<QString> distinct;
        for (std::uint64_t seed = 0; seed < 40; ++seed) {
            const StructureInput in = randomStructureInput(id, seed);
            distinct.insert(in.operations + in.values);
            room.editor()->setInput(in);
            room.applyEditor();
            ASSERT_FALSE(room.bannerIsError())
                << id.toStdString() << " seed " << seed << ": " << room.bannerText().toStdString();
        }
        EXPECT_GT(distinct.size(), 30u) << id.toStdString();
    }
    // The button uses the seed box, then moves it on.
    room.selectItem("heap");
    room.editor()->setSeed(11);
    room.editor()->findChild<QPushButton*>("randomOperationsButton")->click();
    EXPECT_EQ(room.editor()->input().operations, randomStructureInput("heap", 11).operations);
    EXPECT_EQ(room.editor()->seed(), 12u);
}

TEST(StructuresRoom, SwitchingItemsKeepsEachItemsInputAndStep) {
    StructuresRoom room;
    room.selectItem("trie");
    room.editor()->operationsEdit()->setPlainText("insert zebra\nsearch zeb");
    room.applyEditor();
    room.playback()->seek(3);
    room.selectItem("heap");
    room.selectItem("trie");
    EXPECT_EQ(room.editor()->input().operations, "insert zebra\nsearch zeb");
    EXPECT_EQ(room.playback()->step(), 3u);
}

TEST(StructuresRoom, StartupOpenShowsTheItemAtTheStep) {
    QString error;
    const auto options =
        parseStartupOptions({"stepwise", "--open", "segment-tree", "--step", "20"}, &error, nullptr);
    ASSERT_TRUE(options) << error.toStdString();
    MainWindow window;
    window.applyStartup(*options);
    auto* room = qobject_cast<StructuresRoom*>(window.currentRoom());
    ASSERT_NE(room, nullptr);
    EXPECT_EQ(room->currentItem(), "segment-tree");
    EXPECT_EQ(room->playback()->step(), 20u);
}

}  // namespace stepwise::ui
