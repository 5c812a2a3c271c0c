// The window as a user meets it: the example loaded, stepping, seeking, and bad input reported next
// to the editor without losing what was loaded. Runs under the offscreen platform.
#include "ui/app/MainWindow.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "core/catalogue/Catalogue.h"
#include "core/graph/GraphCatalogue.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/FrontierPanel.h"
#include "ui/panels/GraphInputEditor.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/panels/ResultPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/GraphRoom.h"
#include "ui/rooms/WorkProgress.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"
#include "ui/views/graph/VertexItem.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

struct Window {
    MainWindow window;
    GraphRoom* room = window.graphRoom();
    PlaybackController* playback = room->playback();
    GraphInputEditor* editor = room->editor();

    const graph::Graph& graph() const { return *room->graphRun()->graph(); }
    const graph::GraphState& state() const { return room->state(); }
    QString name(graph::VertexId v) const { return QString::fromStdString(graph().name(v)); }

    void runText(const QString& text) {
        editor->setGraphText(text, "test", "editor");
        room->runRecorded();
    }
    /// Statuses the view shows, vertex by vertex.
    std::vector<graph::VertexStatus> viewStatuses() const {
        std::vector<graph::VertexStatus> out;
        auto* scene = room->view()->graphScene();
        for (std::size_t v = 0; v < scene->vertexItemCount(); ++v)
            out.push_back(scene->vertexItem(static_cast<graph::VertexId>(v))->status());
        return out;
    }
};

}  // namespace

TEST(MainWindow, OpensWithTheCityExampleAndDijkstraAtStepZero) {
    Window w;
    w.window.show();
    ASSERT_NE(w.room->graphRun(), nullptr);
    EXPECT_EQ(w.room->graphRun()->algorithm().id, "dijkstra");
    EXPECT_TRUE(w.graph().find("Harbor").has_value());
    EXPECT_EQ(w.room->graphRun()->query().source, *w.graph().find("Harbor"));
    EXPECT_EQ(w.editor->sourceName(), "Harbor");
    EXPECT_EQ(w.playback->step(), 0u);
    EXPECT_FALSE(w.playback->isPlaying());
    EXPECT_GT(w.playback->stepCount(), 10u);
    EXPECT_EQ(w.playback->stepCount(), w.room->graphRun()->stepCount());
    EXPECT_EQ(w.room->pseudocode()->currentLine(), -1);
    EXPECT_EQ(w.room->pseudocode()->lineCount(),
              static_cast<int>(graph::findGraphAlgorithm("dijkstra")->pseudocode.size()));
    EXPECT_EQ(w.room->frontier()->rowCount(), 0);
    EXPECT_TRUE(w.room->bannerText().isEmpty());
    // The view draws every vertex, all unvisited, with the source marked.
    auto* scene = w.room->view()->graphScene();
    ASSERT_EQ(scene->vertexItemCount(), w.graph().vertexCount());
    for (auto s : w.viewStatuses()) EXPECT_EQ(s, graph::VertexStatus::Unseen);
    EXPECT_TRUE(scene->vertexItem(*w.graph().find("Harbor"))->isSource());
    // The sidebar lists every catalogue entry and has Dijkstra selected.
    auto* current = w.window.catalogue()->currentItem();
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->text(0).toStdString(), graph::findGraphAlgorithm("dijkstra")->title);
    // The graph area lists every graph item of the catalogue, methods folded into their item
    // (other rooms follow under their own areas).
    const int items = w.window.catalogue()->topLevelItem(0)->childCount();
    std::size_t graphItems = 0;
    for (const auto& item : catalogue::catalogue()) graphItems += item.area == catalogue::Area::Graph;
    EXPECT_EQ(static_cast<std::size_t>(items), graphItems);
    EXPECT_GE(w.window.catalogue()->topLevelItemCount(), 5);
}

TEST(MainWindow, SteppingForwardUpdatesTheViewAndEveryPanel) {
    Window w;
    const auto* dijkstra = &w.room->graphRun()->algorithm();
    const auto& trace = w.room->graphRun()->timeline().trace();

    w.playback->stepForward();  // start at Harbor
    EXPECT_EQ(w.playback->step(), 1u);
    EXPECT_EQ(w.room->pseudocode()->currentLine(), dijkstra->lineOf(trace.events[0]));
    EXPECT_TRUE(w.room->pseudocode()->lineText(w.room->pseudocode()->currentLine()).startsWith("▶"));
    EXPECT_TRUE(w.room->explanation()->sentence().contains("Harbor"))
        << w.room->explanation()->sentence().toStdString();
    ASSERT_EQ(w.room->frontier()->rowCount(), 1);
    EXPECT_EQ(w.room->frontier()->rowVertex(0), "Harbor");
    EXPECT_EQ(w.viewStatuses()[*w.graph().find("Harbor")], graph::VertexStatus::Frontier);

    // Every further step: the panels say what the timeline's state and the catalogue entry say.
    for (std::size_t k = 2; k <= w.playback->stepCount(); ++k) {
        w.playback->stepForward();
        const auto& s = w.state();
        const auto& e = trace.events[k - 1];
        EXPECT_EQ(w.room->pseudocode()->currentLine(), dijkstra->lineOf(e)) << k;
        EXPECT_EQ(w.room->explanation()->sentence().toStdString(), dijkstra->explain(s, e, trace)) << k;
        EXPECT_EQ(w.viewStatuses(), s.status) << k;
        const int rows = std::min<int>(static_cast<int>(s.frontier.size()), FrontierPanel::maxRows);
        ASSERT_EQ(w.room->frontier()->rowCount(), rows) << k;
        int row = 0;
        for (const auto& [key, v] : s.frontier) {
            if (row == rows) break;
            EXPECT_EQ(w.room->frontier()->rowVertex(row++), w.name(v)) << k;
        }
    }
    EXPECT_TRUE(w.playback->atEnd());
    // At the end everything reachable is settled.
    for (auto s : w.viewStatuses()) EXPECT_EQ(s, graph::VertexStatus::Done);
}

TEST(MainWindow, SteppingBackReturnsToTheSameScreen) {
    Window w;
    for (int i = 0; i < 6; ++i) w.playback->stepForward();
    const QString sentence = w.room->explanation()->sentence();
    const int line = w.room->pseudocode()->currentLine();
    const auto statuses = w.viewStatuses();
    const graph::GraphState state = w.state();
    w.playback->stepForward();
    EXPECT_NE(w.room->explanation()->sentence(), sentence);
    w.playback->stepBack();
    EXPECT_EQ(w.room->explanation()->sentence(), sentence);
    EXPECT_EQ(w.room->pseudocode()->currentLine(), line);
    EXPECT_EQ(w.viewStatuses(), statuses);
    EXPECT_TRUE(w.state() == state);
    w.playback->toStart();
    EXPECT_EQ(w.room->pseudocode()->currentLine(), -1);
    EXPECT_EQ(w.room->frontier()->rowCount(), 0);
}

TEST(MainWindow, SeekingShowsWhatSteppingShows) {
    Window w;
    const std::size_t n = w.playback->stepCount();
    std::vector<QString> sentences(n + 1);
    std::vector<std::vector<graph::VertexStatus>> statuses(n + 1);
    for (std::size_t k = 0; k <= n; ++k) {
        w.playback->seek(k);
        sentences[k] = w.room->explanation()->sentence();
        statuses[k] = w.viewStatuses();
    }
    // Seek back and forth in an order that is not monotone.
    for (std::size_t k : {n, std::size_t{3}, n / 2, std::size_t{0}, n - 1, std::size_t{7}}) {
        w.playback->seek(k);
        EXPECT_EQ(w.room->explanation()->sentence(), sentences[k]) << k;
        EXPECT_EQ(w.viewStatuses(), statuses[k]) << k;
    }
}

TEST(MainWindow, MalformedTextShowsTheLineAndKeepsTheGraph) {
    Window w;
    w.playback->seek(5);
    const auto* before = w.room->graphRun();
    const auto graphBefore = w.room->graphRun()->graph();
    w.runText("A B 1\nB C 2\nC D two\n");
    const QString message = w.room->bannerText();
    EXPECT_TRUE(w.room->bannerIsError());
    EXPECT_TRUE(message.contains("line 3")) << message.toStdString();
    EXPECT_TRUE(message.contains("editor")) << message.toStdString();
    // Nothing already loaded is lost: same session, same graph, same step.
    EXPECT_EQ(w.room->graphRun(), before);
    EXPECT_EQ(w.room->graphRun()->graph(), graphBefore);
    EXPECT_EQ(w.playback->step(), 5u);
    EXPECT_EQ(w.room->view()->graphScene()->vertexItemCount(), graphBefore->vertexCount());
}

TEST(MainWindow, AFileErrorNamesTheFile) {
    Window w;
    w.editor->setGraphText("directed\nA B 1\nA\tB\tx\n", "bad.graph", "maps/bad.graph");
    w.room->runRecorded();
    const QString message = w.room->bannerText();
    EXPECT_TRUE(message.contains("maps/bad.graph")) << message.toStdString();
    EXPECT_TRUE(message.contains("line 3")) << message.toStdString();
}

TEST(MainWindow, NegativeWeightForDijkstraNamesTheEdgeAndSuggestsBellmanFord) {
    Window w;
    w.runText("directed\nA B 2\nB C -3\nA C 4\n");
    const QString message = w.room->bannerText();
    EXPECT_TRUE(w.room->bannerIsError());
    EXPECT_TRUE(message.contains("B→C")) << message.toStdString();
    EXPECT_TRUE(message.contains("-3")) << message.toStdString();
    EXPECT_TRUE(message.contains("bellman-ford")) << message.toStdString();
    EXPECT_TRUE(w.graph().find("Harbor").has_value());  // the city is still loaded

    // Switching to Bellman-Ford runs the same text.
    w.room->selectItem("bellman-ford");
    EXPECT_FALSE(w.room->bannerIsError()) << w.room->bannerText().toStdString();
    EXPECT_TRUE(w.graph().find("C").has_value());
    EXPECT_EQ(w.room->graphRun()->algorithm().id, "bellman-ford");
}

TEST(MainWindow, AnUnknownSourceIsReported) {
    Window w;
    w.room->setEndpointNames("Atlantis", QString());
    EXPECT_TRUE(w.room->bannerIsError());
    EXPECT_TRUE(w.room->bannerText().contains("Atlantis"));
    EXPECT_EQ(w.room->graphRun()->query().source, *w.graph().find("Harbor"));
}

TEST(MainWindow, ANewGraphReplacesTheOldAndAStaleSourceFallsBack) {
    Window w;
    w.runText("undirected\nX Y 1\nY Z 2\n");
    EXPECT_FALSE(w.room->bannerIsError()) << w.room->bannerText().toStdString();
    EXPECT_EQ(w.graph().vertexCount(), 3u);
    EXPECT_EQ(w.room->graphRun()->query().source, 0u);  // Harbor is not in it: the first vertex
    EXPECT_EQ(w.editor->sourceName(), "X");
    EXPECT_EQ(w.room->view()->graphScene()->vertexItemCount(), 3u);
    EXPECT_EQ(w.playback->step(), 0u);
}

TEST(MainWindow, ABigGraphIsLaidOutInTheBackgroundThenShown) {
    Window w;
    const auto city = w.room->graphRun()->graph();
    const std::size_t n = GraphRoom::backgroundLayoutThreshold + 100;
    QString text = "undirected\n";
    for (std::size_t i = 1; i < n; ++i)
        text += QString("n%1 n%2 %3\n").arg((i - 1) / 2).arg(i).arg(i % 7 + 1);
    QSignalSpy installed(w.room, &GraphRoom::sessionInstalled);
    w.runText(text);
    // The finished layout is handed over through the event loop, so until the loop runs the city
    // stays on screen, however fast the background thread was: checked every time, not skipped.
    EXPECT_EQ(w.room->graphRun()->graph(), city);
    EXPECT_EQ(w.room->view()->graphScene()->vertexItemCount(), city->vertexCount());
    EXPECT_EQ(installed.count(), 0);
    EXPECT_TRUE(w.room->workProgress()->text().contains("Laying out")) << w.room->workProgress()->text().toStdString();
    EXPECT_TRUE(w.room->workProgress()->isVisibleTo(w.room));
    // Then wait, bounded, for the new session to be installed.
    EXPECT_TRUE(QTest::qWaitFor([&] { return installed.count() > 0; }, 60'000)) << "the layout never arrived";
    EXPECT_TRUE(QTest::qWaitFor([&] { return !w.room->isLayingOut(); }, 10'000));  // the thread winds down
    ASSERT_EQ(w.graph().vertexCount(), n);
    EXPECT_NE(w.room->graphRun()->graph(), city);
    EXPECT_FALSE(w.room->bannerIsError());
    EXPECT_EQ(w.room->view()->graphScene()->vertexItemCount(), n);
    EXPECT_EQ(w.playback->step(), 0u);
    w.playback->toEnd();
    for (auto s : w.viewStatuses()) EXPECT_EQ(s, graph::VertexStatus::Done);
}

TEST(MainWindow, ARunTooLargeToStepIsOfferedWithoutTheTrace) {
    Window w;
    // An edited graph stays when another item is chosen (an unedited example would be replaced by
    // that item's own example).
    w.editor->setGraphText(w.editor->graphText() + "\n# edited\n", "editor", "editor");
    w.room->runRecorded();
    const std::size_t before = w.playback->stepCount();
    w.room->setLimits(GraphRoom::defaultVertexLimit, 5);  // the city run has more than 5 events
    w.room->selectItem("bellman-ford");
    QString message = w.room->bannerText();
    EXPECT_FALSE(w.room->bannerIsError());
    EXPECT_TRUE(message.contains("more than 5 steps")) << message.toStdString();
    EXPECT_TRUE(message.contains("without the trace")) << message.toStdString();
    EXPECT_EQ(w.room->graphRun()->algorithm().id, "dijkstra");  // the recorded run is kept
    EXPECT_EQ(w.playback->stepCount(), before);
    QPushButton* button = w.room->bannerAction();
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->text().contains("without the trace"));
    EXPECT_FALSE(button->isHidden());
    button->click();
    ASSERT_EQ(w.room->graphRun()->algorithm().id, "bellman-ford");
    EXPECT_FALSE(w.room->graphRun()->recorded());
    EXPECT_EQ(w.playback->stepCount(), 0u);
    // The result is shown: Park's distance from Harbor in the city map is 10.
    EXPECT_TRUE(w.room->result()->text().contains("Park")) << w.room->result()->text().toStdString();
    const auto& d = w.room->graphRun()->finalResult().distance;
    ASSERT_TRUE(w.graph().find("Park"));
    EXPECT_EQ(d[*w.graph().find("Park")], 10);

    w.room->setLimits(5, GraphRoom::defaultEventLimit);  // the city has more than 5 vertices
    w.room->selectItem("dijkstra");
    message = w.room->bannerText();
    EXPECT_TRUE(message.contains(QString("%1 vertices").arg(w.graph().vertexCount())))
        << message.toStdString();
    EXPECT_TRUE(message.contains("limit 5")) << message.toStdString();
}

TEST(MainWindow, EveryCatalogueItemRunsOrSaysWhyNot) {
    Window w;
    for (const auto& a : graph::graphCatalogue()) {
        w.room->selectItem(QString::fromStdString(a.id));
        if (w.room->bannerIsError()) {
            EXPECT_FALSE(w.room->bannerText().isEmpty()) << a.id;
            continue;
        }
        ASSERT_EQ(w.room->graphRun()->algorithm().id, a.id);
        // The sidebar lists the catalogue's items; a method is an option of its item.
        const std::string item = a.id.substr(0, a.id.find(':'));
        EXPECT_EQ(w.window.catalogue()->currentItem()->text(0).toStdString(),
                  catalogue::requireItem(item).title);
        w.playback->toEnd();
        EXPECT_TRUE(w.playback->atEnd()) << a.id;
        EXPECT_FALSE(w.room->explanation()->sentence().isEmpty()) << a.id;
        w.playback->toStart();
    }
}

static const catalogue::CatalogueItem& lastGraphItem() {
    const catalogue::CatalogueItem* last = nullptr;
    for (const auto& item : catalogue::catalogue())
        if (item.area == catalogue::Area::Graph) last = &item;
    return *last;
}

TEST(MainWindow, PickingInTheSidebarSwitchesTheAlgorithm) {
    Window w;
    QTreeWidget* tree = w.window.catalogue();
    QTreeWidgetItem* bfs = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            if (tree->topLevelItem(i)->child(j)->text(0).toStdString() == lastGraphItem().title)
                bfs = tree->topLevelItem(i)->child(j);
    ASSERT_NE(bfs, nullptr);
    tree->setCurrentItem(bfs);
    EXPECT_EQ(w.room->currentItem().toStdString(), lastGraphItem().id);
}

TEST(MainWindow, StartupOptionsSelectAlgorithmSourceAndStep) {
    Window w;
    StartupOptions o;
    o.algorithm = "dijkstra";
    o.source = "Castle";
    o.step = 4;
    w.window.applyStartup(o);
    EXPECT_EQ(w.room->graphRun()->query().source, *w.graph().find("Castle"));
    EXPECT_EQ(w.playback->step(), 4u);
}

TEST(MainWindow, ThemesSwitchThePalette) {
    Window w;
    w.window.setTheme(Theme::Dark, false);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 128);
    w.window.setTheme(Theme::Light, false);
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 128);
}

TEST(StartupOptions, ParsesTheCommandLine) {
    QString error;
    auto o = parseStartupOptions({"stepwise", "--theme", "dark", "--step", "12", "--algorithm", "astar",
                                  "--source", "A", "--target", "B", "map.graph"},
                                 &error, nullptr);
    ASSERT_TRUE(o.has_value()) << error.toStdString();
    EXPECT_EQ(o->theme, Theme::Dark);
    EXPECT_EQ(o->step, 12u);
    EXPECT_EQ(o->algorithm, "astar");
    EXPECT_EQ(o->source, "A");
    EXPECT_EQ(o->target, "B");
    EXPECT_EQ(o->graphFile, "map.graph");
}

TEST(StartupOptions, RejectsBadValues) {
    QString error;
    EXPECT_FALSE(parseStartupOptions({"stepwise", "--theme", "purple"}, &error, nullptr).has_value());
    EXPECT_TRUE(error.contains("purple"));
    EXPECT_FALSE(parseStartupOptions({"stepwise", "--step", "x"}, &error, nullptr).has_value());
    EXPECT_TRUE(error.contains("--step"));
}
