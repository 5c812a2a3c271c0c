// The graph room on the scaffold: long work off the GUI thread with progress and Cancel (the room
// stays as it was), and an item that cannot run on the loaded graph (the room does not half
// switch; it says why and opens the item's own example in one click). Offscreen.
#include <gtest/gtest.h>

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QFontMetricsF>
#include <QTimer>
#include <cmath>
#include <set>
#include <QTreeWidget>

#include "core/graph/GraphCatalogue.h"
#include "ui/app/MainWindow.h"
#include "ui/panels/FrontierPanel.h"
#include "ui/panels/GraphInputEditor.h"
#include "ui/panels/ResultPanel.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/GraphBuildJob.h"
#include "ui/rooms/GraphRoom.h"
#include "ui/rooms/WorkProgress.h"
#include "ui/views/graph/GraphLegend.h"
#include "ui/views/graph/EdgeItem.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"
#include "ui/views/graph/VertexItem.h"
#include "ui/panels/LineNumberEdit.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

/// A big connected graph with cycles (so it gets the slow force layout): a grid with diagonals.
QString bigGraph(int side) {
    QString text = "undirected\n";
    auto name = [side](int r, int c) { return QString("g%1").arg(r * side + c); };
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c) {
            if (c + 1 < side) text += name(r, c) + " " + name(r, c + 1) + " 1\n";
            if (r + 1 < side) text += name(r, c) + " " + name(r + 1, c) + " 2\n";
            if (r + 1 < side && c + 1 < side && (r + c) % 3 == 0) text += name(r, c) + " " + name(r + 1, c + 1) + " 3\n";
        }
    return text;
}

bool jobsGone(GraphRoom& room) {
    return room.findChildren<GraphBuildJob*>().isEmpty();
}

}  // namespace

TEST(GraphRoom, ALongLayoutShowsProgressAndCancelLeavesTheRoomAsItWas) {
    GraphRoom room;
    room.resize(1366, 768);
    room.show();
    room.playback()->seek(4);
    const auto* before = room.graphRun();
    ASSERT_NE(before, nullptr);
    const auto graphBefore = before->graph();
    const QString item = room.currentItem();
    const std::size_t vertices = room.view()->graphScene()->vertexItemCount();
    const QStringList code = [&] {
        QStringList lines;
        for (int i = 0; i < room.pseudocode()->lineCount(); ++i) lines << room.pseudocode()->lineText(i);
        return lines;
    }();

    room.editor()->setGraphText(bigGraph(60), "test", "editor");  // 3,600 vertices
    room.runRecorded();
    // The work is under way off the GUI thread: the strip shows it, with Cancel.
    ASSERT_TRUE(room.isLayingOut());
    WorkProgress* work = room.workProgress();
    EXPECT_TRUE(work->isWorking());
    EXPECT_TRUE(work->isVisibleTo(&room));
    EXPECT_FALSE(work->text().isEmpty());
    ASSERT_TRUE(work->cancelButton()->isVisibleTo(&room));

    // The GUI thread is free meanwhile: a timer fires while the worker runs.
    bool ticked = false;
    QTimer::singleShot(10, &room, [&] { ticked = true; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return ticked; }, 2000));

    QTest::mouseClick(work->cancelButton(), Qt::LeftButton);
    EXPECT_FALSE(room.isLayingOut());
    EXPECT_FALSE(work->isVisibleTo(&room));
    // Exactly as it was: the same run, graph, item, step, drawing and pseudo-code.
    auto unchanged = [&] {
        EXPECT_EQ(room.graphRun(), before);
        EXPECT_EQ(room.graphRun()->graph(), graphBefore);
        EXPECT_EQ(room.currentItem(), item);
        EXPECT_EQ(room.playback()->step(), 4u);
        EXPECT_EQ(room.view()->graphScene()->vertexItemCount(), vertices);
        ASSERT_EQ(room.pseudocode()->lineCount(), code.size());
        EXPECT_FALSE(room.bannerIsError());
    };
    unchanged();
    // The cancelled worker winds down and its late result is dropped, not installed.
    EXPECT_TRUE(QTest::qWaitFor([&] { return jobsGone(room); }, 60'000));
    QTest::qWait(50);
    unchanged();
    // Still responsive: stepping works.
    room.playback()->stepForward();
    EXPECT_EQ(room.playback()->step(), 5u);
}

TEST(GraphRoom, ACancelledChoiceOfItemGoesBackToTheItemShown) {
    GraphRoom room;
    room.editor()->setGraphText(bigGraph(40), "test", "editor");  // 1,600 vertices
    room.runRecorded();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !room.isLayingOut(); }, 60'000));
    ASSERT_EQ(room.graphRun()->graph()->vertexCount(), 1600u);
    const auto* before = room.graphRun();
    room.selectItem("bfs");  // the same graph, run again in the background
    ASSERT_TRUE(room.isLayingOut());
    room.cancelWork();
    EXPECT_EQ(room.currentItem(), "dijkstra");
    EXPECT_EQ(room.graphRun(), before);
    EXPECT_EQ(room.pseudocode()->lineCount(), static_cast<int>(before->pseudocode().size()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return jobsGone(room); }, 60'000));
    EXPECT_EQ(room.graphRun(), before);
}

TEST(GraphRoom, AnItemThatCannotRunOnTheGraphSaysWhyAndOffersItsExample) {
    GraphRoom room;
    // The city map, edited: a user's undirected graph stays when another item is chosen.
    room.editor()->setGraphText(room.editor()->graphText() + "\n# mine\n", "editor", "editor");
    room.runRecorded();
    const auto* before = room.graphRun();
    room.selectItem("topological-sort");
    // Not half switched: still Dijkstra everywhere, with the reason.
    EXPECT_EQ(room.currentItem(), "dijkstra");
    EXPECT_EQ(room.graphRun(), before);
    EXPECT_EQ(room.pseudocode()->lineCount(), static_cast<int>(before->pseudocode().size()));
    EXPECT_TRUE(room.editor()->algorithmId().startsWith("dijkstra"));
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("directed")) << room.bannerText().toStdString();
    QPushButton* open = room.bannerAction();
    ASSERT_TRUE(open->isVisibleTo(&room));
    EXPECT_TRUE(open->text().contains("courses.graph")) << open->text().toStdString();
    open->click();
    EXPECT_EQ(room.currentItem(), "topological-sort");
    ASSERT_NE(room.graphRun(), nullptr);
    EXPECT_TRUE(room.graphRun()->graph()->directed());
    EXPECT_EQ(room.graphRun()->itemId(), "topological-sort");
    EXPECT_EQ(room.pseudocode()->lineCount(), static_cast<int>(room.graphRun()->pseudocode().size()));
    EXPECT_TRUE(room.bannerText().isEmpty()) << room.bannerText().toStdString();
    EXPECT_GT(room.playback()->stepCount(), 0u);
}

TEST(GraphRoom, SccOnAnUndirectedGraphSaysWhyItTeachesNothing) {
    GraphRoom room;
    room.editor()->setGraphText("undirected\nA B\nB C\nD E\n", "editor", "editor");
    room.runRecorded();
    room.selectItem("scc");
    ASSERT_EQ(room.currentItem(), "scc");
    EXPECT_FALSE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("undirected")) << room.bannerText().toStdString();
    EXPECT_TRUE(room.bannerText().contains("directed graph")) << room.bannerText().toStdString();
}

TEST(GraphRoom, TheResultPanelShowsTheResultAsItStandsAtTheStep) {
    GraphRoom room;  // Dijkstra on the city map from Harbor
    const auto* run = room.graphRun();
    const auto park = run->graph()->find("Park");
    ASSERT_TRUE(park);
    room.playback()->seek(0);
    const QString atStart = room.result()->text();
    EXPECT_FALSE(atStart.contains("At the end")) << atStart.toStdString();
    room.playback()->toEnd();
    const QString atEnd = room.result()->text();
    EXPECT_TRUE(atEnd.contains("At the end")) << atEnd.toStdString();
    EXPECT_TRUE(atEnd.contains(ResultPanel::summarize(*run->graph(), run->query(), run->finalResult())));
    // At step 0 nothing is computed yet: the final distances are not there.
    EXPECT_NE(atStart, atEnd);
    EXPECT_FALSE(atStart.contains(ResultPanel::summarize(*run->graph(), run->query(), run->finalResult())));
}

TEST(GraphRoom, PanelsNameWhatTheAlgorithmHolds) {
    GraphRoom room;
    auto header = [&] {
        auto* table = room.frontier()->findChild<QTreeWidget*>("frontierTable");
        return table->headerItem()->text(2);
    };
    room.selectItem("dfs");
    room.playback()->seek(3);
    EXPECT_EQ(header(), "discovery/finish");
    room.selectItem("scc:tarjan");
    room.playback()->seek(3);
    EXPECT_EQ(header(), "index/low-link");
    room.selectItem("topological-sort:kahn");
    room.playback()->seek(3);
    EXPECT_EQ(header(), "in-degree");
    room.selectItem("bellman-ford");
    room.playback()->seek(room.playback()->stepCount() / 2);
    EXPECT_FALSE(room.frontier()->titleText().contains("priority")) << room.frontier()->titleText().toStdString();
    EXPECT_TRUE(room.frontier()->titleText().contains("Pass")) << room.frontier()->titleText().toStdString();
    room.selectItem("mst:kruskal");
    room.playback()->seek(room.playback()->stepCount() / 2);
    EXPECT_TRUE(room.frontier()->titleText().contains("Union-find")) << room.frontier()->titleText().toStdString();
    EXPECT_GT(room.frontier()->rowCount(), 0);
}

TEST(GraphRoom, TarjanVerticesShowIndexAndLowLinkAsTheLegendSays) {
    // The legend and the panel say index/low-link; the vertices showed index/finish, so step 3,
    // "low[About] ← min(1, 0) = 0", changed nothing on the drawing.
    GraphRoom room;
    room.selectItem("scc");
    room.playback()->seek(3);
    auto* scene = room.view()->graphScene();
    const auto about = room.graphRun()->graph()->find("About");
    ASSERT_TRUE(about.has_value());
    EXPECT_EQ(scene->vertexItem(*about)->detail(), "1/0");
    room.playback()->seek(2);
    EXPECT_EQ(scene->vertexItem(*about)->detail(), "1/1");
    room.selectItem("dfs");
    room.playback()->seek(room.playback()->stepCount());
    const QString dfs = scene->vertexItem(0)->detail();
    EXPECT_TRUE(dfs.contains('/') && !dfs.endsWith(QStringLiteral("–"))) << dfs.toStdString();  // discovery/finish
}

TEST(GraphRoom, TheSourceBadgeOnlyOnItemsThatTakeASource) {
    GraphRoom room;
    room.selectItem("scc");
    ASSERT_EQ(room.currentItem(), "scc");
    auto* scene = room.view()->graphScene();
    for (std::size_t v = 0; v < scene->vertexItemCount(); ++v)
        EXPECT_FALSE(scene->vertexItem(static_cast<graph::VertexId>(v))->isSource()) << v;
}

TEST(GraphRoom, TheLegendSaysWhatEachLookAndNumberMeans) {
    GraphRoom room;
    room.show();
    const QString dijkstra = room.legend()->text();
    for (const char* words : {"frontier", "done", "highlighted", "source", "weight"})
        EXPECT_TRUE(dijkstra.contains(words)) << words << " in " << dijkstra.toStdString();
    room.selectItem("dfs");
    EXPECT_TRUE(room.legend()->text().contains("discovery/finish")) << room.legend()->text().toStdString();
    EXPECT_TRUE(room.legend()->isVisibleTo(&room));
}

TEST(GraphRoom, SccComponentsAreColouredApartAndLabelled) {
    GraphRoom room;
    room.show();
    room.selectItem("scc");  // its own example: links between web pages
    ASSERT_EQ(room.currentItem(), "scc");
    room.playback()->toEnd();
    auto* scene = room.view()->graphScene();
    std::set<int> components;
    for (std::size_t v = 0; v < scene->vertexItemCount(); ++v) {
        const int c = scene->vertexItem(static_cast<graph::VertexId>(v))->component();
        EXPECT_GE(c, 0) << v;
        components.insert(c);
    }
    EXPECT_EQ(components.size(), room.graphRun()->finalResult().components.size());
    EXPECT_GT(components.size(), 1u);
    EXPECT_TRUE(room.legend()->text().contains("strongly connected component")) << room.legend()->text().toStdString();
    room.playback()->toStart();
    for (std::size_t v = 0; v < scene->vertexItemCount(); ++v)
        EXPECT_EQ(scene->vertexItem(static_cast<graph::VertexId>(v))->component(), -1) << v;
    // Dijkstra shows no components.
    room.selectItem("dijkstra");
    EXPECT_FALSE(room.legend()->text().contains("strongly connected component"));
}

TEST(GraphRoom, NamesUnderVerticesGetTheRoomThereIsAndNeverOverlap) {
    GraphRoom room;
    room.selectItem("topological-sort");  // courses.graph: long names on tight rows
    ASSERT_EQ(room.currentItem(), "topological-sort");
    auto* scene = room.view()->graphScene();
    const std::size_t n = scene->vertexItemCount();
    ASSERT_GT(n, 10u);
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t u = v + 1; u < n; ++u) {
            auto* a = scene->vertexItem(static_cast<graph::VertexId>(v));
            auto* b = scene->vertexItem(static_cast<graph::VertexId>(u));
            // Where each name may be drawn (names on a crowded row alternate between two lines).
            EXPECT_FALSE(a->labelSceneRect().adjusted(0.25, 0.25, -0.25, -0.25).intersects(b->labelSceneRect()))
                << a->name().toStdString() << " and " << b->name().toStdString();
        }
    // A vertex alone on its row shows its whole name.
    const auto ethics = room.graphRun()->graph()->find("Ethics");
    ASSERT_TRUE(ethics);
    auto* item = scene->vertexItem(*ethics);
    EXPECT_GE(item->labelWidth(), QFontMetricsF(scene->style().labelFont).horizontalAdvance("Ethics"));
}

TEST(GraphRoom, EdgeWeightsStayClearOfNamesAndOfEachOther) {
    GraphRoom room;  // the city map: weighted, names under the circles
    auto* scene = room.view()->graphScene();
    ASSERT_TRUE(scene->style().showWeights);
    for (std::size_t e = 0; e < scene->edgeItemCount(); ++e) {
        // The label's padding may touch; its digits may not.
        const QRectF weight = scene->edgeItem(static_cast<graph::EdgeId>(e))->weightRect().adjusted(2, 2, -2, -2);
        const graph::Edge& edge = room.graphRun()->graph()->edge(static_cast<graph::EdgeId>(e));
        for (std::size_t v = 0; v < scene->vertexItemCount(); ++v)
            // A short edge's weight may sit close by its own ends; never over another vertex's name.
            if (v != edge.from && v != edge.to) {
                EXPECT_FALSE(weight.intersects(scene->vertexItem(static_cast<graph::VertexId>(v))->occupiedRect()))
                    << "weight of edge " << e << " over vertex " << v;
            }
        for (std::size_t f = 0; f < e; ++f)
            EXPECT_FALSE(weight.intersects(scene->edgeItem(static_cast<graph::EdgeId>(f))->weightRect()))
                << "weights of edges " << e << " and " << f;
    }
}

namespace stepwise::ui {
namespace {

TEST(GraphRoom, TheEditorNumbersItsLinesAndMarksTheLineAnErrorNamesUntilFixed) {
    GraphRoom room;
    room.show();
    room.selectItem("dijkstra");
    auto* text = room.editor()->textEdit();
    ASSERT_NE(text, nullptr);
    EXPECT_GT(text->gutterWidth(), 0);
    EXPECT_TRUE(text->gutter()->isVisible());
    EXPECT_EQ(room.editor()->errorLine(), 0);
    room.editor()->setGraphText("undirected\nA B 3\nA C 1 2 3 4\nB C 2\n", "editor", "editor");
    room.runRecorded();
    EXPECT_TRUE(room.bannerText().contains("line 3")) << room.bannerText().toStdString();
    EXPECT_EQ(room.editor()->errorLine(), 3);
    // The mark is drawn: the third line has a band across it.
    ASSERT_EQ(text->extraSelections().size(), 1);
    EXPECT_EQ(text->extraSelections().front().cursor.blockNumber(), 2);
    // Fixed: the mark goes.
    room.editor()->setGraphText("undirected\nA B 3\nA C 1\nB C 2\n", "editor", "editor");
    room.runRecorded();
    EXPECT_EQ(room.editor()->errorLine(), 0);
    EXPECT_TRUE(text->extraSelections().isEmpty());
}

}  // namespace
}  // namespace stepwise::ui

TEST(GraphRoom, FrontierNamesAreNotElidedWhileTheKeyColumnHasRoomToSpare) {
    // In the window as it opens on a 1366×768 screen, where the frontier panel is narrow.
    MainWindow window;
    window.resize(1338, 690);
    window.show();
    auto* rooms = window.findChild<GraphRoom*>();
    ASSERT_NE(rooms, nullptr);
    GraphRoom& room = *rooms;
    auto* tree = window.findChild<QTreeWidget*>("catalogue");
    ASSERT_NE(tree, nullptr);
    const auto found = tree->findItems("Topological sort", Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1);
    tree->setCurrentItem(found.front());  // courses.graph: "ComputerArchitecture" joins the queue early
    QApplication::processEvents();
    room.playback()->seek(12);
    QApplication::processEvents();
    auto* table = room.frontier()->findChild<QTreeWidget*>("frontierTable");
    ASSERT_NE(table, nullptr);
    const QFontMetrics fm(table->font());
    bool sawLong = false;
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        const QString name = table->topLevelItem(row)->text(1);
        if (name.size() > 12) sawLong = true;
        EXPECT_LE(fm.horizontalAdvance(name), table->columnWidth(1)) << name.toStdString();
        EXPECT_LE(fm.horizontalAdvance(table->topLevelItem(row)->text(2)), table->columnWidth(2));
    }
    EXPECT_TRUE(sawLong);
    // A*'s keys ("339.312 = 179 + 160.312") are long and its names short: the key goes whole too.
    const auto astar = tree->findItems("A* search", Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(astar.size(), 1);
    tree->setCurrentItem(astar.front());
    QApplication::processEvents();
    room.playback()->seek(room.playback()->stepCount());
    ASSERT_GT(table->topLevelItemCount(), 0);
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        EXPECT_LE(fm.horizontalAdvance(table->topLevelItem(row)->text(1)), table->columnWidth(1));
        EXPECT_LE(fm.horizontalAdvance(table->topLevelItem(row)->text(2)), table->columnWidth(2))
            << table->topLevelItem(row)->text(2).toStdString();
    }
}
