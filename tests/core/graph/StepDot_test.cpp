// DOT of a graph run at a step: for every graph item's example, at the start, the middle and the
// end, the DOT reads back (parseDot) to the same graph: kind, names in order, edges and weights.
#include "core/graph/StepDot.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>

#include "core/catalogue/Catalogue.h"
#include "core/graph/Dot.h"
#include "core/graph/GraphItemRun.h"
#include "core/run/Run.h"

namespace stepwise::graph {
namespace {

TEST(StepDot, EveryGraphItemRoundTripsThroughTheDotReader) {
    int items = 0;
    for (const auto& item : catalogue::catalogue()) {
        if (item.area != catalogue::Area::Graph) continue;
        ++items;
        auto run = item.start(item.presetOptions());
        const auto* g = run->as<GraphItemRun>();
        ASSERT_NE(g, nullptr) << item.id;
        const Graph& want = *g->graph();
        for (std::size_t step : {std::size_t{0}, run->stepCount() / 2, run->stepCount()}) {
            run->seek(step);
            std::ostringstream dot;
            writeStepDot(dot, *g, item.id);
            const Graph back = parseDot(dot.str(), "export");
            ASSERT_EQ(back.directed(), want.directed()) << item.id;
            ASSERT_EQ(back.vertexCount(), want.vertexCount()) << item.id;
            for (VertexId v = 0; v < want.vertexCount(); ++v) EXPECT_EQ(back.name(v), want.name(v));
            ASSERT_EQ(back.edgeCount(), want.edgeCount()) << item.id;
            for (EdgeId e = 0; e < want.edgeCount(); ++e) {
                EXPECT_EQ(back.edge(e).weight, want.edge(e).weight) << item.id;
                EXPECT_EQ(back.name(back.edge(e).from), want.name(want.edge(e).from));
                EXPECT_EQ(back.name(back.edge(e).to), want.name(want.edge(e).to));
            }
            if (step > 0) {
                EXPECT_NE(dot.str().find(run->sentence().substr(0, 20)), std::string::npos) << item.id;
            }
        }
    }
    EXPECT_GE(items, 9);
}

TEST(StepDot, ABackslashInAVertexNameIsALiteralBackslashInItsLabel) {
    // Graphviz reads \n, \l and \N in a label as escapes: a name's own backslash must be doubled
    // (before, "b\" ran into the line break as "b\\n0", shown as the text "b\n0" on one line).
    const std::string file = (std::filesystem::temp_directory_path() / "stepdot-backslash.graph").string();
    std::ofstream(file) << "a b\\ 1\nb\\ c 2\n";
    catalogue::Options o;
    o.set("graph", file);
    o.set("source", "a");
    auto run = catalogue::requireItem("bfs").start(o);
    run->seek(run->stepCount());
    std::ostringstream dot;
    writeStepDot(dot, *run->as<GraphItemRun>(), "bfs");
    std::filesystem::remove(file);
    EXPECT_NE(dot.str().find("[label=\"b\\\\\\n1\""), std::string::npos) << dot.str();
    // The name itself still reads back.
    const Graph back = parseDot(dot.str(), "export");
    EXPECT_TRUE(back.find("b\\").has_value());
}

/// Tarjan's index and low-link, recursively, from vertex 0 and then every unseen vertex in input
/// order, arcs in their stored order: low[u] = min(low[u], low[v]) after a call, index[v] for a
/// vertex still on the stack (the item's pseudo-code). The item's one clock counts discoveries and
/// finishes, as DFS times do, so a finish moves the counter too.
struct TarjanNumbers {
    std::vector<int> index, low;
};
TarjanNumbers tarjan(const Graph& g) {
    const std::size_t n = g.vertexCount();
    TarjanNumbers t{std::vector<int>(n, -1), std::vector<int>(n, -1)};
    std::vector<bool> onStack(n, false);
    std::vector<VertexId> stack;
    int next = 0;
    std::function<void(VertexId)> connect = [&](VertexId u) {
        t.index[u] = t.low[u] = next++;
        stack.push_back(u);
        onStack[u] = true;
        for (ArcId a = g.firstArc(u); a < g.endArc(u); ++a) {
            const VertexId v = g.head(a);
            if (t.index[v] < 0) {
                connect(v);
                t.low[u] = std::min(t.low[u], t.low[v]);
            } else if (onStack[v]) {
                t.low[u] = std::min(t.low[u], t.index[v]);
            }
        }
        ++next;
        if (t.low[u] == t.index[u])
            for (VertexId w = none; w != u;) {
                w = stack.back();
                stack.pop_back();
                onStack[w] = false;
            }
    };
    for (VertexId v = 0; v < n; ++v)
        if (t.index[v] < 0) connect(v);
    return t;
}

TEST(StepDot, TarjanLabelsAreIndexAndLowLinkAsARecursiveTarjanComputes) {
    // The SCC item narrates index[v] and low[v]; its labels showed index/finish, so a low-link
    // step changed nothing on the drawing.
    auto run = catalogue::requireItem("scc").start(catalogue::requireItem("scc").presetOptions());
    run->seek(run->stepCount());
    const auto* item = run->as<GraphItemRun>();
    std::ostringstream dot;
    writeStepDot(dot, *item, "scc");
    const Graph& g = *item->graph();
    const TarjanNumbers want = tarjan(g);
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        const std::string label =
            "[label=\"" + g.name(v) + "\\n" + std::to_string(want.index[v]) + "/" + std::to_string(want.low[v]) + "\"";
        EXPECT_NE(dot.str().find(label), std::string::npos) << label << "\n" << dot.str();
    }
}

}  // namespace
}  // namespace stepwise::graph
