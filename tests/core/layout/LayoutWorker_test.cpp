// The GUI lays out big graphs on a worker thread (GraphRoom) while the main thread keeps stepping
// a run over the same graph. This test does the same in core, so the ThreadSanitizer preset (tsan)
// checks that layoutGraph and a run only read the shared const Graph, and that the worker's
// layout equals the one made on the main thread.
#include <gtest/gtest.h>

#include <memory>
#include <thread>

#include "core/catalogue/Catalogue.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/GraphSource.h"
#include "core/layout/GraphLayout.h"
#include "core/run/Run.h"

namespace stepwise::layout {
namespace {

TEST(LayoutWorker, ALayoutOnAWorkerThreadWhileARunStepsMatchesTheMainThreadOne) {
    auto graph = std::make_shared<const graph::Graph>(graph::loadGraphSource("example:city.graph"));
    const GraphLayout expected = layoutGraph(*graph, 1);

    GraphLayout fromWorker;
    std::thread worker([graph, &fromWorker] { fromWorker = layoutGraph(*graph, 1); });
    // Meanwhile the main thread steps Dijkstra on the same graph, there and back.
    const auto& dijkstra = *graph::findGraphAlgorithm("dijkstra");
    const auto run =
        graph::makeGraphRun("dijkstra", graph, dijkstra, {*graph->find("Harbor"), graph::none}, "city", {});
    while (run->forward()) (void)run->sentence();
    while (run->back()) (void)run->line();
    worker.join();

    ASSERT_EQ(fromWorker.positions.size(), expected.positions.size());
    for (std::size_t v = 0; v < expected.positions.size(); ++v) {
        EXPECT_EQ(fromWorker.positions[v].x, expected.positions[v].x) << v;
        EXPECT_EQ(fromWorker.positions[v].y, expected.positions[v].y) << v;
    }
}

TEST(LayoutWorker, TwoWorkersOnOneGraphAgree) {
    auto graph = std::make_shared<const graph::Graph>(graph::loadGraphSource("example:network.dot"));
    GraphLayout a, b;
    std::thread first([&] { a = layoutGraph(*graph, 3); });
    std::thread second([&] { b = layoutGraph(*graph, 3); });
    first.join();
    second.join();
    ASSERT_EQ(a.positions.size(), b.positions.size());
    for (std::size_t v = 0; v < a.positions.size(); ++v) EXPECT_EQ(a.positions[v].x, b.positions[v].x);
}

}  // namespace
}  // namespace stepwise::layout
