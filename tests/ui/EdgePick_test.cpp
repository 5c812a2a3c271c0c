// Picking an edge of the graph drawing: the hit test (distance from the point to the drawn line or
// curve, within a tolerance, the nearest edge winning, the weight label counting as its edge) and
// the clicks a practice answer uses (a few pixels on screen at any zoom; a vertex before an edge;
// off unless asked for).
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>
#include <cmath>

#include "core/graph/GraphText.h"
#include "core/layout/GraphLayout.h"
#include "ui/views/graph/EdgeItem.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"
#include "ui/views/graph/VertexItem.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

/// `text`'s graph drawn at the given positions (one per vertex, in order of first appearance).
struct Drawing {
    graph::Graph g;
    GraphView view;

    Drawing(const std::string& text, std::vector<graph::Point> at) : g(graph::parseGraphText(text, "test")) {
        view.resize(700, 500);
        view.show();
        layout::GraphLayout layout;
        layout.positions = std::move(at);
        view.setGraph(&g, layout);
    }
    GraphScene* scene() { return view.graphScene(); }
    graph::EdgeId edge(const char* a, const char* b) const {
        for (graph::EdgeId e = 0; e < g.edgeCount(); ++e)
            if (g.name(g.edge(e).from) == a && g.name(g.edge(e).to) == b) return e;
        return graph::none;
    }
    /// The apex of edge `e`'s curve (the middle of a straight line).
    QPointF apex(graph::EdgeId e) {
        const QPointF from = scene()->vertexItem(g.edge(e).from)->pos(), to = scene()->vertexItem(g.edge(e).to)->pos();
        const QPointF d = to - from;
        const QPointF normal = QPointF(-d.y(), d.x()) / std::hypot(d.x(), d.y());
        return (from + to) / 2 + normal * scene()->edgeItem(e)->bend();
    }
};

TEST(EdgePick, TheNearestLineWithinTheReachWinsAndNothingBeyondIt) {
    // Two parallel lines 12 apart (C–D above E–F), unweighted so no label sits on them.
    Drawing d("C D\nE F\n", {{0, 200}, {300, 200}, {0, 212}, {300, 212}});
    GraphScene* s = d.scene();
    const auto cd = d.edge("C", "D"), ef = d.edge("E", "F");
    EXPECT_EQ(s->edgeAt({150, 200}), cd);
    EXPECT_EQ(s->edgeAt({150, 204}), cd);  // both within reach: the nearer
    EXPECT_EQ(s->edgeAt({150, 208}), ef);
    EXPECT_EQ(s->edgeAt({150, 217}), ef);
    EXPECT_EQ(s->edgeAt({150, 190}), graph::none);  // 10 from C–D
    EXPECT_EQ(s->edgeAt({150, 190}, 12), cd);        // a wider reach takes it
    // Distance to the segment, not to its line: beyond D's end there is nothing.
    EXPECT_EQ(s->edgeAt({360, 200}), graph::none);
}

TEST(EdgePick, EachOfTwoBentEdgesBetweenTheSameVerticesIsPickedOnItsOwnCurve) {
    Drawing d("directed\nA B\nB A\n", {{0, 0}, {300, 0}});
    const auto ab = d.edge("A", "B"), ba = d.edge("B", "A");
    ASSERT_NE(d.scene()->edgeItem(ab)->bend(), 0.0);
    const QPointF onAb = d.apex(ab), onBa = d.apex(ba);
    ASSERT_GT(std::abs(onAb.y() - onBa.y()), 12.0);  // the curves are apart
    EXPECT_EQ(d.scene()->edgeAt(onAb), ab);
    EXPECT_EQ(d.scene()->edgeAt(onBa), ba);
    EXPECT_LT(d.scene()->edgeItem(ab)->distanceTo(onAb), 2.0);  // the apex, give or take the arrowhead's trim
}

TEST(EdgePick, APressOnAWeightLabelBesideTheLineIsOnItsEdge) {
    Drawing d("P Q 7\n", {{0, 0}, {300, 0}});
    const auto pq = d.edge("P", "Q");
    const QRectF label = d.scene()->edgeItem(pq)->weightRect();
    ASSERT_FALSE(label.isEmpty());
    const QPointF corner = label.bottomRight() - QPointF(0.5, 0.5);
    ASSERT_GT(d.scene()->edgeItem(pq)->distanceTo(corner), 6.0);  // off the line's reach, on the label
    EXPECT_EQ(d.scene()->edgeAt(corner), pq);
}

TEST(EdgePick, AClickWithinAFewPixelsPicksTheEdgeAtAnyZoomAndAVertexComesFirst) {
    Drawing d("P Q\nQ R\n", {{0, 0}, {400, 0}, {400, 300}});
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&d.view));
    QSignalSpy edges(&d.view, &GraphView::edgeClicked), vertices(&d.view, &GraphView::vertexClicked);
    const auto pq = d.edge("P", "Q");
    auto middle = [&] { return d.view.mapFromScene(QPointF(200, 0)); };
    // Off by default: the room's views pan from an edge.
    QTest::mouseClick(d.view.viewport(), Qt::LeftButton, {}, middle());
    EXPECT_EQ(edges.count(), 0);
    d.scene()->setEdgesClickable(true);
    const qreal fitted = d.view.zoomFactor();
    for (int zoom = 0; zoom < 3; ++zoom) {
        QTest::mouseClick(d.view.viewport(), Qt::LeftButton, {}, middle() + QPoint(0, 4));
        ASSERT_EQ(edges.count(), 1) << "zoom " << d.view.zoomFactor();
        EXPECT_EQ(edges.takeFirst().at(0).value<graph::EdgeId>(), pq);
        QTest::mouseClick(d.view.viewport(), Qt::LeftButton, {}, middle() + QPoint(0, 11));
        EXPECT_EQ(edges.count(), 0) << "zoom " << d.view.zoomFactor();
        d.view.zoomIn();
        d.view.zoomIn();
        d.view.centerOn(200, 0);
    }
    EXPECT_GT(d.view.zoomFactor(), fitted * 3);  // the same pixels at three scales
    // On a vertex the vertex is clicked, though its edges meet there.
    d.view.centerOn(400, 0);
    QTest::mouseClick(d.view.viewport(), Qt::LeftButton, {}, d.view.mapFromScene(QPointF(400, 0)));
    EXPECT_EQ(edges.count(), 0);
    EXPECT_EQ(vertices.count(), 1);
}

}  // namespace
