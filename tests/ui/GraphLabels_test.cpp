// Names under the circles on crowded layered rows (issue 8: "Programmin…" cut with room around it,
// names drawn over each other): no two name boxes overlap, and a name with room is whole.
#include <gtest/gtest.h>

#include <QFontMetricsF>
#include <string>

#include "core/graph/Graph.h"
#include "core/layout/GraphLayout.h"
#include "core/trace/Random.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphStyle.h"
#include "ui/views/graph/GraphView.h"
#include "ui/views/graph/VertexItem.h"

namespace stepwise::ui {
namespace {

using graph::Graph;
using graph::GraphBuilder;
using graph::VertexId;

/// Every pair of name boxes (where a name may be drawn) is apart; returns the number of overlaps.
int overlaps(const GraphScene& scene) {
    int count = 0;
    const std::size_t n = scene.vertexItemCount();
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t u = v + 1; u < n; ++u) {
            const QRectF a = scene.vertexItem(static_cast<VertexId>(v))->labelSceneRect().adjusted(0.25, 0.25, -0.25, -0.25);
            const QRectF b = scene.vertexItem(static_cast<VertexId>(u))->labelSceneRect().adjusted(0.25, 0.25, -0.25, -0.25);
            if (a.intersects(b)) {
                ++count;
                ADD_FAILURE() << scene.vertexItem(static_cast<VertexId>(v))->name().toStdString() << " and "
                              << scene.vertexItem(static_cast<VertexId>(u))->name().toStdString() << " overlap";
            }
        }
    return count;
}

qreal needs(const GraphScene& scene, const QString& name) {
    return QFontMetricsF(scene.style().labelFont).horizontalAdvance(name);
}

TEST(GraphLabels, ACrowdedLayeredRowHasNoOverlappingNames) {
    // One prerequisite and 29 courses that need it: a layered layout puts the 29 on one row.
    GraphBuilder b(true);
    const VertexId root = b.vertex("Foundations");
    for (int i = 1; i < 30; ++i) b.addEdge(root, b.vertex("Programming " + std::to_string(i)));
    const Graph g = b.build();
    GraphView view;
    view.setGraph(&g, layout::layoutGraph(g));
    const GraphScene& scene = *view.graphScene();
    ASSERT_FALSE(scene.style().namesInside);
    EXPECT_EQ(overlaps(scene), 0);
    // The row is crowded: names alternate between two lines to have twice the room.
    int lower = 0;
    for (VertexId v = 1; v < g.vertexCount(); ++v) lower += scene.vertexItem(v)->labelLine() == 1;
    EXPECT_GT(lower, 10);
    // Alone on its row, the prerequisite's name is whole.
    EXPECT_GE(scene.vertexItem(root)->labelWidth(), needs(scene, "Foundations"));
}

TEST(GraphLabels, NamesWithRoomAreWholeAndShortNeighboursLeaveRoomToLongOnes) {
    // Three on a row, 110 apart: a long name between two short ones takes the room they leave.
    GraphBuilder b(false);
    const VertexId a = b.vertex("A1x"), mid = b.vertex("Programming Languages"), c = b.vertex("C3x");
    b.addEdge(a, mid);
    b.addEdge(mid, c);
    const Graph g = b.build();
    layout::GraphLayout layout;
    layout.positions = {{0, 0}, {110, 0}, {220, 0}};
    GraphView view;
    view.setGraph(&g, layout);
    const GraphScene& scene = *view.graphScene();
    ASSERT_FALSE(scene.style().namesInside);
    EXPECT_EQ(overlaps(scene), 0);
    for (VertexId v = 0; v < 3; ++v)
        EXPECT_GE(scene.vertexItem(v)->labelWidth(), needs(scene, scene.vertexItem(v)->name()))
            << scene.vertexItem(v)->name().toStdString() << " is cut though there is room";
}

TEST(GraphLabels, RandomThirtyVertexDagsHaveNoOverlappingNames) {
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        stepwise::Random random(seed);
        GraphBuilder b(true);
        for (int v = 0; v < 30; ++v) b.vertex("Vertex number " + std::to_string(v));
        // Edges from lower to higher ids only: a DAG, drawn in layers.
        for (int i = 0; i < 45; ++i) {
            const auto x = static_cast<VertexId>(random.below(29));
            const auto y = static_cast<VertexId>(x + 1 + random.below(29 - x));
            b.addEdge(x, y);
        }
        const Graph g = b.build();
        GraphView view;
        view.setGraph(&g, layout::layoutGraph(g, seed));
        EXPECT_EQ(overlaps(*view.graphScene()), 0) << "seed " << seed;
    }
}

}  // namespace
}  // namespace stepwise::ui
