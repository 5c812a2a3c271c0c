#include "ui/views/graph/GraphView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QTest>
#include <cmath>

#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"
#include "core/trace/Random.h"
#include "core/trace/Timeline.h"
#include "ui/views/graph/EdgeItem.h"
#include "ui/views/graph/EdgeLayerItem.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/VertexItem.h"

namespace stepwise::ui {
namespace {

using graph::ArcId;
using graph::EdgeMark;
using graph::Graph;
using graph::GraphBuilder;
using graph::GraphState;
using graph::none;
using graph::VertexId;
using graph::VertexStatus;

layout::GraphLayout circleLayout(const Graph& g, double radius = 200) {
    layout::GraphLayout layout;
    const auto n = static_cast<double>(g.vertexCount());
    for (std::size_t i = 0; i < g.vertexCount(); ++i) {
        const double angle = 2 * M_PI * static_cast<double>(i) / n;
        layout.positions.push_back({radius * std::cos(angle), radius * std::sin(angle)});
    }
    return layout;
}

Graph randomGraph(stepwise::Random& random, std::size_t n, std::size_t m, bool directed) {
    GraphBuilder b(directed);
    for (std::size_t v = 0; v < n; ++v) b.vertex("v" + std::to_string(v));
    for (std::size_t i = 0; i < m; ++i)
        b.addEdge(static_cast<VertexId>(random.below(n)), static_cast<VertexId>(random.below(n)),
                  static_cast<double>(random.between(0, 9)));
    return b.build();
}

/// Any state the view might be asked to show: random statuses, distances, DFS times, parents, marks.
GraphState randomState(stepwise::Random& random, const Graph& g) {
    GraphState s = GraphState::initial(g, graph::FrontierOrder::ByDistance);
    const bool dfs = random.chance(0.3);
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        s.status[v] = static_cast<VertexStatus>(random.below(4));
        if (s.status[v] == VertexStatus::Unseen) continue;
        if (dfs) {
            s.discovered[v] = static_cast<std::uint32_t>(random.below(50));
            if (random.chance(0.5)) s.finished[v] = static_cast<std::uint32_t>(50 + random.below(50));
        } else if (random.chance(0.8)) {
            s.distance[v] = random.chance(0.5) ? static_cast<double>(random.between(0, 30)) : random.uniform(0, 9);
        }
        if (g.arcCount() > 0 && random.chance(0.7)) s.parent[v] = static_cast<ArcId>(random.below(g.arcCount()));
    }
    for (auto& mark : s.edgeMark) mark = static_cast<EdgeMark>(random.below(9));
    return s;
}

/// What the label under a vertex should say, written independently of the view: DFS times win,
/// then distances (∞ when unreached) once any vertex has one.
QString expectedDetail(const GraphState& s, VertexId v) {
    bool anyTimes = false;
    bool anyDistance = false;
    for (VertexId u = 0; u < s.status.size(); ++u) {
        anyTimes = anyTimes || s.discovered[u] != none;
        anyDistance = anyDistance || s.distance[u] != graph::unreached;
    }
    if (anyTimes) {
        if (s.discovered[v] == none) return {};
        return QString::number(s.discovered[v]) + "/" +
               (s.finished[v] == none ? QString("–") : QString::number(s.finished[v]));
    }
    if (!anyDistance) return {};
    if (s.distance[v] == graph::unreached) return "∞";
    return QString::fromStdString(graph::formatNumber(s.distance[v]));
}

/// Every item shows exactly what `s` says.
void expectShows(const GraphScene& scene, const Graph& g, const GraphState& s) {
    std::vector<int> parentUses(g.edgeCount(), 0);
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        const VertexItem* item = scene.vertexItem(v);
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->status(), s.status[v]) << "vertex " << v;
        EXPECT_EQ(item->detail(), expectedDetail(s, v)) << "vertex " << v;
        if (s.parent[v] != none) ++parentUses[g.edgeOf(s.parent[v])];
    }
    for (graph::EdgeId e = 0; e < g.edgeCount(); ++e) {
        const EdgeItem* item = scene.edgeItem(e);
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->mark(), s.edgeMark[e]) << "edge " << e;
        EXPECT_EQ(item->isParentArc(), parentUses[e] > 0) << "edge " << e;
    }
}

Graph diamond() {
    GraphBuilder b(true);
    const auto a = b.vertex("A"), bb = b.vertex("B"), c = b.vertex("C"), d = b.vertex("D");
    b.addEdge(a, bb, 4);
    b.addEdge(a, c, 2);
    b.addEdge(c, bb, 1);
    b.addEdge(bb, d, 5);
    b.addEdge(c, d, 8);
    return b.build();
}

}  // namespace

TEST(GraphView, BuildsOneItemPerVertexAndEdgeAtTheLayoutPositions) {
    const Graph g = diamond();
    const auto layout = circleLayout(g);
    GraphView view;
    view.setGraph(&g, layout);
    GraphScene* scene = view.graphScene();
    ASSERT_EQ(scene->vertexItemCount(), g.vertexCount());
    ASSERT_EQ(scene->edgeItemCount(), g.edgeCount());
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        EXPECT_EQ(scene->vertexItem(v)->name().toStdString(), g.name(v));
        EXPECT_NEAR(scene->vertexItem(v)->pos().x(), layout.positions[v].x, 1e-9);
        EXPECT_NEAR(scene->vertexItem(v)->pos().y(), layout.positions[v].y, 1e-9);
        EXPECT_EQ(qgraphicsitem_cast<VertexItem*>(static_cast<QGraphicsItem*>(scene->vertexItem(v))),
                  scene->vertexItem(v));
    }
    int vertices = 0, edges = 0;
    for (QGraphicsItem* item : scene->items()) {
        vertices += qgraphicsitem_cast<VertexItem*>(item) != nullptr;
        edges += qgraphicsitem_cast<EdgeItem*>(item) != nullptr;
    }
    EXPECT_EQ(vertices, 4);
    EXPECT_EQ(edges, 5);

    // Replacing the graph replaces the items.
    GraphBuilder b(false);
    b.addEdge(b.vertex("x"), b.vertex("y"));
    const Graph small = b.build();
    view.setGraph(&small, circleLayout(small));
    EXPECT_EQ(scene->vertexItemCount(), 2u);
    EXPECT_EQ(scene->items().size(), 3);
}

TEST(GraphView, ItemsShowEveryRandomStateWhateverCameBefore) {
    stepwise::Random random(11);
    for (int round = 0; round < 20; ++round) {
        const Graph g = randomGraph(random, 2 + random.below(15), random.below(30), random.chance(0.5));
        GraphView view;
        view.setGraph(&g, circleLayout(g));
        for (int step = 0; step < 15; ++step) {
            const GraphState s = randomState(random, g);
            view.showState(s);
            expectShows(*view.graphScene(), g, s);
        }
        // Back to the start: nothing reached, nothing marked.
        const GraphState initial = GraphState::initial(g, graph::FrontierOrder::Fifo);
        view.showState(initial);
        expectShows(*view.graphScene(), g, initial);
    }
}

TEST(GraphView, FollowsADijkstraTraceForwardAndBack) {
    stepwise::Random random(5);
    const auto* dijkstra = graph::findGraphAlgorithm("dijkstra");
    ASSERT_NE(dijkstra, nullptr);
    for (int round = 0; round < 5; ++round) {
        const Graph g = randomGraph(random, 12, 30, round % 2 == 0);
        graph::GraphRun run = dijkstra->run(g, {0, none}, true, 100000);
        trace::Timeline<graph::GraphArea> timeline(run.initial, run.trace);
        GraphView view;
        view.setGraph(&g, circleLayout(g));
        view.showState(timeline.state());
        expectShows(*view.graphScene(), g, timeline.state());
        while (timeline.forward()) {
            view.showState(timeline.state());
            expectShows(*view.graphScene(), g, timeline.state());
        }
        while (timeline.back()) {
            view.showState(timeline.state());
            expectShows(*view.graphScene(), g, timeline.state());
        }
    }
}

TEST(GraphView, LabelsShowInfinityDistancesAndDfsTimes) {
    const Graph g = diamond();
    GraphState s = GraphState::initial(g, graph::FrontierOrder::ByDistance);
    EXPECT_EQ(GraphScene::detailText(s, 0), "");  // nothing known yet: no label at all
    s.distance[0] = 0;
    s.distance[2] = 2.5;
    EXPECT_EQ(GraphScene::detailText(s, 0), "0");
    EXPECT_EQ(GraphScene::detailText(s, 2), "2.5");
    EXPECT_EQ(GraphScene::detailText(s, 1), "∞");
    GraphState dfs = GraphState::initial(g, graph::FrontierOrder::Lifo);
    dfs.discovered[0] = 0;
    dfs.discovered[1] = 1;
    dfs.finished[1] = 2;
    EXPECT_EQ(GraphScene::detailText(dfs, 0), "0/–");
    EXPECT_EQ(GraphScene::detailText(dfs, 1), "1/2");
    EXPECT_EQ(GraphScene::detailText(dfs, 3), "");
}

TEST(GraphView, UndirectedParentArcsKnowTheirDirection) {
    GraphBuilder b(false);
    const auto x = b.vertex("x"), y = b.vertex("y");
    b.addEdge(x, y, 3);
    const Graph g = b.build();
    GraphView view;
    view.setGraph(&g, circleLayout(g));
    GraphState s = GraphState::initial(g, graph::FrontierOrder::ByDistance);
    // The arc y→x is the edge drawn backwards.
    for (ArcId a = 0; a < g.arcCount(); ++a)
        if (g.tail(a) == y) s.parent[x] = a;
    view.showState(s);
    EXPECT_TRUE(view.graphScene()->edgeItem(0)->isParentArc());
    s.parent[x] = none;
    view.showState(s);
    EXPECT_FALSE(view.graphScene()->edgeItem(0)->isParentArc());
}

TEST(GraphView, AntiparallelAndMultiEdgesAreDrawnApart) {
    GraphBuilder b(true);
    const auto a = b.vertex("a"), c = b.vertex("c"), d = b.vertex("d");
    const auto ac = b.addEdge(a, c, 1);
    const auto ca = b.addEdge(c, a, 2);
    const auto cd1 = b.addEdge(c, d, 3);
    const auto cd2 = b.addEdge(c, d, 4);
    const auto dc = b.addEdge(d, c, 5);
    const auto ad = b.addEdge(a, d, 6);
    const auto loop = b.addEdge(d, d, 7);
    const Graph g = b.build();
    GraphView view;
    view.setGraph(&g, circleLayout(g));
    const GraphScene* scene = view.graphScene();
    const auto distance = [&](graph::EdgeId e, graph::EdgeId f) {
        const QPointF d = scene->edgeItem(e)->middle() - scene->edgeItem(f)->middle();
        return std::hypot(d.x(), d.y());
    };
    EXPECT_GT(distance(ac, ca), 15.0);  // a→c and c→a are both visible
    EXPECT_GT(distance(cd1, cd2), 15.0);
    EXPECT_GT(distance(cd1, dc), 15.0);
    EXPECT_GT(distance(cd2, dc), 15.0);
    EXPECT_EQ(scene->edgeItem(ad)->bend(), 0.0);  // a lone edge stays straight

    const EdgeItem* selfLoop = scene->edgeItem(loop);
    EXPECT_TRUE(selfLoop->isSelfLoop());
    const QPointF centre = scene->vertexItem(d)->pos();
    const QPointF off = selfLoop->middle() - centre;
    EXPECT_GT(std::hypot(off.x(), off.y()), scene->style().radius);  // the loop sticks out of the vertex
}

TEST(GraphView, ClickingAVertexEmitsItsIdAndTheBackgroundDoesNot) {
    const Graph g = diamond();
    GraphView view;
    view.resize(500, 500);
    view.setGraph(&g, circleLayout(g));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &GraphView::vertexClicked);
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        const QPoint at = view.mapFromScene(view.graphScene()->vertexItem(v)->pos());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        ASSERT_EQ(spy.count(), static_cast<int>(v) + 1);
        EXPECT_EQ(spy.last().at(0).value<VertexId>(), v);
    }
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(QPointF(0, 0)));
    EXPECT_EQ(spy.count(), static_cast<int>(g.vertexCount()));
}

TEST(GraphView, EndpointsAndFocusMoveFromItemToItem) {
    const Graph g = diamond();
    GraphView view;
    view.setGraph(&g, circleLayout(g));
    GraphScene* scene = view.graphScene();
    view.setEndpoints(0, 3);
    EXPECT_TRUE(scene->vertexItem(0)->isSource());
    EXPECT_TRUE(scene->vertexItem(3)->isTarget());
    view.setEndpoints(1, none);
    EXPECT_FALSE(scene->vertexItem(0)->isSource());
    EXPECT_FALSE(scene->vertexItem(3)->isTarget());
    EXPECT_TRUE(scene->vertexItem(1)->isSource());

    view.setFocusVertex(2);
    EXPECT_TRUE(scene->vertexItem(2)->isFocused());
    view.setFocusVertex(1);
    EXPECT_FALSE(scene->vertexItem(2)->isFocused());
    EXPECT_TRUE(scene->vertexItem(1)->isFocused());
    view.setFocusArc(g.firstArc(0));
    EXPECT_TRUE(scene->edgeItem(g.edgeOf(g.firstArc(0)))->isFocused());
    view.setFocusArc(none);
    EXPECT_FALSE(scene->edgeItem(g.edgeOf(g.firstArc(0)))->isFocused());
}

TEST(GraphView, StatusChangesWhatIsPaintedAtTheVertex) {
    const Graph g = diamond();
    GraphView view;
    view.resize(400, 400);
    view.setGraph(&g, circleLayout(g));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const GraphStyle& style = view.graphScene()->style();
    // Inside the circle, left of the name: the fill colour.
    const auto fillAt = [&](VertexId v) {
        const QPointF inside = view.graphScene()->vertexItem(v)->pos() + QPointF(-style.radius * 0.7, 0);
        return view.grab().toImage().pixelColor(view.mapFromScene(inside)).rgb();
    };
    GraphState s = GraphState::initial(g, graph::FrontierOrder::ByDistance);
    view.showState(s);
    EXPECT_EQ(fillAt(0), style.background.rgb());
    s.status[0] = VertexStatus::Done;
    s.status[1] = VertexStatus::Frontier;
    view.showState(s);
    EXPECT_EQ(fillAt(0), style.done.rgb());
    EXPECT_EQ(fillAt(1), style.accentFill.rgb());
    EXPECT_NE(fillAt(2), style.done.rgb());
}

TEST(GraphView, PaletteChangeRecoloursForTheTheme) {
    const Graph g = diamond();
    GraphView view;
    view.setGraph(&g, circleLayout(g));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    view.setPalette(light);
    const GraphStyle lightStyle = view.graphScene()->style();
    EXPECT_FALSE(lightStyle.dark);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    view.setPalette(dark);
    const GraphStyle& darkStyle = view.graphScene()->style();
    EXPECT_TRUE(darkStyle.dark);
    EXPECT_EQ(darkStyle.background, QColor(0x1e, 0x1f, 0x22));
    EXPECT_EQ(view.graphScene()->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
    EXPECT_NE(darkStyle.done, lightStyle.done);
    // Every status colour stands out from its own canvas in both themes.
    for (const GraphStyle* style : {&lightStyle, &darkStyle}) {
        for (const QColor& c : {style->done, style->accent, style->highlight, style->back})
            EXPECT_GT(std::abs(c.lightness() - style->background.lightness()) +
                          std::abs(c.hue() - style->background.hue()),
                      40);
    }
}

TEST(GraphView, LargeGraphsDrawCompactAndUnweightedGraphsHideWeights) {
    GraphBuilder b(false);
    const std::size_t n = GraphScene::compactThreshold + 200;
    for (std::size_t v = 1; v < n; ++v) b.addEdge(b.vertex("v" + std::to_string(v - 1)), b.vertex("v" + std::to_string(v)), 2);
    const Graph big = b.build();
    GraphView view;
    view.setGraph(&big, circleLayout(big, 3000));
    EXPECT_TRUE(view.graphScene()->style().compact);
    EXPECT_FALSE(view.graphScene()->style().showWeights);

    GraphBuilder u(true);
    u.addEdge(u.vertex("a"), u.vertex("b"));
    const Graph unweighted = u.build();
    view.setGraph(&unweighted, circleLayout(unweighted));
    EXPECT_FALSE(view.graphScene()->style().compact);
    EXPECT_FALSE(view.graphScene()->style().showWeights);
    const Graph weighted = diamond();
    view.setGraph(&weighted, circleLayout(weighted));
    EXPECT_TRUE(view.graphScene()->style().showWeights);
}

TEST(GraphView, ZoomInAndOutAndFitShowsEveryVertex) {
    const Graph g = diamond();
    GraphView view;
    view.resize(300, 300);
    view.setGraph(&g, circleLayout(g, 400));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    const qreal fitted = view.zoomFactor();
    const QRect visible = view.viewport()->rect();
    for (VertexId v = 0; v < g.vertexCount(); ++v)
        EXPECT_TRUE(visible.contains(view.mapFromScene(view.graphScene()->vertexItem(v)->pos())));
    view.zoomIn();
    EXPECT_GT(view.zoomFactor(), fitted);
    view.zoomOut();
    view.zoomOut();
    EXPECT_LT(view.zoomFactor(), fitted);
    for (int i = 0; i < 100; ++i) view.zoomOut();  // clamped, never zero or negative
    EXPECT_GT(view.zoomFactor(), 0.0);

    // Ctrl+0 fits again; Ctrl+wheel zooms, a plain wheel does not.
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    EXPECT_NEAR(view.zoomFactor(), fitted, 1e-9);
    const QPointF middle = QPointF(view.viewport()->rect().center());
    const auto wheel = [&](Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(middle, view.viewport()->mapToGlobal(middle), QPoint(), QPoint(0, 120), Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &event);
    };
    wheel(Qt::NoModifier);
    EXPECT_NEAR(view.zoomFactor(), fitted, 1e-9);
    wheel(Qt::ControlModifier);
    EXPECT_GT(view.zoomFactor(), fitted);
}

/// A compact graph (past the threshold) whose edge 0 runs alone along y = 0 from (0, 0) to (400, 0); the
/// other vertices sit in a tight block below it, joined in a chain.
struct CompactDrawing {
    Graph g;
    layout::GraphLayout layout;
    CompactDrawing() {
        GraphBuilder b(false);
        const std::size_t n = GraphScene::compactThreshold + 24;
        for (std::size_t v = 0; v < n; ++v) b.vertex("v" + std::to_string(v));
        b.addEdge(0, 1, 1);
        for (std::size_t v = 3; v < n; ++v) b.addEdge(static_cast<VertexId>(v - 1), static_cast<VertexId>(v), 1);
        g = b.build();
        layout.positions = {{0, 0}, {400, 0}};
        for (std::size_t v = 2; v < n; ++v)
            layout.positions.push_back({100 + 6.0 * static_cast<double>(v % 32), 150 + 6.0 * static_cast<double>(v / 32)});
    }
};

/// Whether the pixel at `at` or one next to it across the line (y ± 1) has colour `c`.
bool colourNear(const QImage& image, QPoint at, const QColor& c) {
    for (int dy = -1; dy <= 1; ++dy)
        if (image.pixelColor(at + QPoint(0, dy)).rgb() == c.rgb()) return true;
    return false;
}

TEST(GraphView, CompactDrawingsDrawEdgesOnTwoLayersNotOneItemEach) {
    stepwise::Random random(23);
    const Graph g = randomGraph(random, GraphScene::compactThreshold + 50, 3000, false);
    GraphView view;
    view.setGraph(&g, circleLayout(g, 3000));
    const GraphScene* scene = view.graphScene();
    ASSERT_NE(scene->plainEdgeLayer(), nullptr);
    ASSERT_NE(scene->markedEdgeLayer(), nullptr);
    EXPECT_EQ(scene->plainEdgeLayer()->kind(), EdgeLayerItem::Kind::Plain);
    EXPECT_EQ(scene->markedEdgeLayer()->kind(), EdgeLayerItem::Kind::Marked);
    const auto countItems = [&] {
        int vertices = 0, edges = 0, layers = 0;
        for (QGraphicsItem* item : scene->items()) {
            vertices += qgraphicsitem_cast<VertexItem*>(item) != nullptr;
            edges += qgraphicsitem_cast<EdgeItem*>(item) != nullptr;
            layers += qgraphicsitem_cast<EdgeLayerItem*>(item) != nullptr;
        }
        EXPECT_EQ(vertices, static_cast<int>(g.vertexCount()));
        EXPECT_EQ(edges, 0);
        EXPECT_EQ(layers, 2);
    };
    countItems();
    // Every edge still has its item, and the items follow every state (the layers paint from them).
    ASSERT_EQ(scene->edgeItemCount(), g.edgeCount());
    for (int step = 0; step < 5; ++step) {
        const GraphState s = randomState(random, g);
        view.showState(s);
        view.setFocusArc(g.arcCount() > 0 ? static_cast<ArcId>(random.below(g.arcCount())) : none);
        expectShows(*scene, g, s);
    }
    countItems();
    // The layers cover every edge, so fitting the view still shows the whole drawing.
    QRectF edgeBounds;
    for (graph::EdgeId e = 0; e < g.edgeCount(); ++e) edgeBounds = edgeBounds.united(scene->edgeItem(e)->boundingRect());
    EXPECT_EQ(scene->plainEdgeLayer()->boundingRect(), edgeBounds);

    // A small graph keeps one item per edge and no layers.
    const Graph small = diamond();
    view.setGraph(&small, circleLayout(small));
    EXPECT_EQ(scene->plainEdgeLayer(), nullptr);
    EXPECT_EQ(scene->markedEdgeLayer(), nullptr);
    EXPECT_EQ(scene->edgeItem(0)->scene(), scene);
}

TEST(GraphView, CompactLayersRepaintAnEdgeWhenItsLookChanges) {
    const CompactDrawing d;
    GraphView view;
    view.resize(800, 800);
    view.setGraph(&d.g, d.layout);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const GraphScene* scene = view.graphScene();
    ASSERT_TRUE(scene->style().compact);
    // Zoomed in so that even the thinnest stroke (rejected) covers a whole pixel row.
    view.zoomIn();
    view.zoomIn();
    ASSERT_GT(view.zoomFactor() * 1.2, 2.5);
    // A quarter along: the middle holds the rejected edge's ×.
    const QPoint middle = view.mapFromScene(QPointF(100, 0));
    const auto image = [&] {
        QCoreApplication::processEvents();
        return view.grab().toImage();
    };
    EXPECT_TRUE(colourNear(image(), middle, scene->style().edge));

    // Edge 0 becomes a parent arc: accent colour; then rejected: the lighter rejected colour, the plain
    // line under it painted out; then plain again.
    GraphState s = GraphState::initial(d.g, graph::FrontierOrder::ByDistance);
    for (ArcId a = 0; a < d.g.arcCount(); ++a)
        if (d.g.edgeOf(a) == 0 && d.g.tail(a) == 0) s.parent[1] = a;
    view.showState(s);
    EXPECT_TRUE(colourNear(image(), middle, scene->style().accent));
    s.parent[1] = none;
    s.edgeMark[0] = EdgeMark::Rejected;
    view.showState(s);
    EXPECT_TRUE(colourNear(image(), middle, scene->style().rejected));
    EXPECT_FALSE(colourNear(image(), middle, scene->style().edge));
    s.edgeMark[0] = EdgeMark::None;
    view.showState(s);
    EXPECT_TRUE(colourNear(image(), middle, scene->style().edge));
    EXPECT_FALSE(colourNear(image(), middle, scene->style().accent));

    // A theme switch redraws the cached layer in the new colours.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    view.setPalette(dark);
    EXPECT_TRUE(colourNear(image(), middle, scene->style().edge));

    // Drawn without a view (export, printing), the layers paint the lines themselves.
    const QRectF source = scene->itemsBoundingRect();
    QImage out((2 * source.size()).toSize(), QImage::Format_ARGB32);
    out.fill(Qt::white);
    {
        QPainter painter(&out);
        painter.setRenderHints(QPainter::Antialiasing);
        view.graphScene()->render(&painter, QRectF(QPointF(0, 0), 2 * source.size()), source);
    }
    const QPoint at = (2 * (QPointF(100, 0) - source.topLeft())).toPoint();
    EXPECT_TRUE(colourNear(out, at, scene->style().edge));
}

TEST(GraphView, MismatchedStateIsIgnored) {
    const Graph g = diamond();
    GraphBuilder b(true);
    b.addEdge(b.vertex("p"), b.vertex("q"));
    const Graph other = b.build();
    GraphView view;
    view.setGraph(&g, circleLayout(g));
    GraphState s = GraphState::initial(other, graph::FrontierOrder::Fifo);
    s.status.assign(other.vertexCount(), VertexStatus::Done);
    view.showState(s);
    EXPECT_EQ(view.graphScene()->vertexItem(0)->status(), VertexStatus::Unseen);
}

}  // namespace stepwise::ui
