// DOT of a graph run at a step: for every graph item's example, at the start, the middle and the
// end, the DOT reads back (parseDot) to the same graph: kind, names in order, edges and weights.
#include "core/graph/StepDot.h"

#include <gtest/gtest.h>

#include <filesystem>
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

}  // namespace
}  // namespace stepwise::graph
