// `stepwise-cli export ... --format dot`: the graph reads back unchanged, and each vertex's shape
// shows its state at the requested step as the core's timeline has it.
#include <gtest/gtest.h>

#include <regex>

#include "core/graph/Dot.h"
#include "core/graph/GraphCatalogue.h"
#include "core/trace/Timeline.h"
#include "tests/cli/CliRunner.h"
#include "tests/cli/TestGraphs.h"
#include "TestPaths.h"

namespace stepwise::cli::testing {
namespace {

const std::string kCity = std::string(STEPWISE_SOURCE_DIR) + "/resources/examples/city.graph";

TEST(CliExport, DotShowsTheStateAtTheRequestedStep) {
    const graph::Graph g = readEdgeList(kCity);
    const auto* algo = graph::findGraphAlgorithm("dijkstra");
    graph::GraphRun run = algo->run(g, {*g.find("Harbor"), graph::none}, true, 1u << 20);
    trace::Timeline<graph::GraphArea> timeline(run.initial, run.trace);
    const std::regex node(R"re(^ +(\w+) \[label="([^"]*)", shape="(\w+)")re");

    for (std::size_t step : {std::size_t{0}, timeline.stepCount() / 2, timeline.stepCount()}) {
        const CliResult cli = runCli({"export", kCity, "--algorithm", "dijkstra", "--source", "Harbor",
                                      "--step", std::to_string(step), "--format", "dot"});
        ASSERT_EQ(cli.status, 0) << cli.err;
        const graph::Graph back = graph::parseDot(cli.out, "export");
        ASSERT_EQ(back.vertexCount(), g.vertexCount());
        ASSERT_EQ(back.edgeCount(), g.edgeCount());
        for (graph::EdgeId e = 0; e < g.edgeCount(); ++e) EXPECT_EQ(back.edge(e).weight, g.edge(e).weight);

        timeline.seek(step);
        std::size_t nodes = 0;
        for (const auto& line : lines(cli.out)) {
            std::smatch m;
            if (!std::regex_search(line, m, node)) continue;
            ++nodes;
            const auto v = *g.find(m[1].str());
            const bool done = timeline.state().status[v] == graph::VertexStatus::Done;
            EXPECT_EQ(m[3] == "doublecircle", done) << "step " << step << ": " << line;
            const bool hasDistance = m[2].str().find("\\n") != std::string::npos;
            EXPECT_EQ(hasDistance, timeline.state().distance[v] != graph::unreached) << line;
        }
        EXPECT_EQ(nodes, g.vertexCount());
    }
}

TEST(CliExport, WritesTheOutputFileAndNothingToStdout) {
    TempDir dir;
    const std::string file = (dir.path() / "city.dot").string();
    if (!graph::findGraphAlgorithm("bfs")) GTEST_SKIP() << "no bfs in the catalogue";
    const CliResult cli = runCli({"export", kCity, "--algorithm", "bfs", "--source", "Park", "-o", file});
    ASSERT_EQ(cli.status, 0) << cli.err;
    EXPECT_TRUE(cli.out.empty());
    EXPECT_EQ(graph::parseDot(slurp(file), file).vertexCount(), readEdgeList(kCity).vertexCount());
}

TEST(CliExport, BadRequestsExitWithTwo) {
    const CliResult past =
        runCli({"export", kCity, "--algorithm", "dijkstra", "--source", "Harbor", "--step", "100000"});
    EXPECT_EQ(past.status, 2);
    EXPECT_NE(past.err.find("past the last step"), std::string::npos) << past.err;
    const CliResult png =
        runCli({"export", kCity, "--algorithm", "dijkstra", "--source", "Harbor", "--format", "png"});
    // Drawings need -o; a build without the UI has no renderer at all and says so.
    EXPECT_EQ(png.status, 2);
    EXPECT_TRUE(png.err.find("needs -o FILE") != std::string::npos ||
                png.err.find("GUI build") != std::string::npos)
        << png.err;
    const CliResult notGraph = runCli({"export", kCity, "--algorithm", "knapsack"});
    EXPECT_EQ(notGraph.status, 2);
    EXPECT_NE(notGraph.err.find("not a graph item"), std::string::npos) << notGraph.err;
    const CliResult noAlgorithm = runCli({"export", kCity});
    EXPECT_EQ(noAlgorithm.status, 2);
    EXPECT_NE(noAlgorithm.err.find("--algorithm"), std::string::npos) << noAlgorithm.err;
    const CliResult badSource = runCli({"export", kCity, "--algorithm", "dijkstra", "--source", "Nowhere"});
    EXPECT_EQ(badSource.status, 2);
    EXPECT_NE(badSource.err.find("unknown source vertex 'Nowhere'"), std::string::npos) << badSource.err;
}

}  // namespace
}  // namespace stepwise::cli::testing
