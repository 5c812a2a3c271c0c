#include "core/graph/GraphFile.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

#include "core/common/InputError.h"
#include "core/graph/Dot.h"
#include "core/graph/GraphText.h"
#include "tests/core/graph/GraphIoTestSupport.h"
#include "TestPaths.h"

namespace stepwise::graph {
namespace {

namespace fs = std::filesystem;

std::string example(const std::string& name) {
    return std::string(STEPWISE_SOURCE_DIR) + "/resources/examples/" + name;
}

/// Reference Bellman-Ford: distances from `source`, or nullopt when a negative cycle is reachable.
std::optional<std::vector<double>> bellmanFord(const Graph& g, VertexId source) {
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> d(g.vertexCount(), inf);
    d[source] = 0;
    for (std::size_t round = 0; round < g.vertexCount(); ++round) {
        bool changed = false;
        for (ArcId a = 0; a < g.arcCount(); ++a)
            if (d[g.tail(a)] + g.weight(a) < d[g.head(a)]) {
                d[g.head(a)] = d[g.tail(a)] + g.weight(a);
                changed = true;
            }
        if (!changed) return d;
    }
    return std::nullopt;
}

TEST(GraphFile, DetectsDotByExtensionOrByItsHeader) {
    EXPECT_EQ(detectGraphFormat("a/b/map.DOT", "A B"), GraphFormat::Dot);
    EXPECT_EQ(detectGraphFormat("map.gv", ""), GraphFormat::Dot);
    EXPECT_EQ(detectGraphFormat("map.graph", "A B 3"), GraphFormat::EdgeList);
    EXPECT_EQ(detectGraphFormat("", "// c\n/* c */ # c\n  digraph G {"), GraphFormat::Dot);
    EXPECT_EQ(detectGraphFormat("", "strict graph \"my map\" { a -- b }"), GraphFormat::Dot);
    EXPECT_EQ(detectGraphFormat("", "Graph{}"), GraphFormat::Dot);
    EXPECT_EQ(detectGraphFormat("dir.dot/file", "graph A 3"), GraphFormat::EdgeList);
    // A vertex called graph is an edge list: DOT would need a brace.
    EXPECT_EQ(detectGraphFormat("", "graph A 3\nA B"), GraphFormat::EdgeList);
    EXPECT_EQ(detectGraphFormat("", "digraphs A"), GraphFormat::EdgeList);
}

TEST(GraphFile, ParsesEditorTextInEitherFormat) {
    const Graph dot = parseGraph("digraph { a -> b [weight=2] }");
    EXPECT_EQ(dot.edgeCount(), 1u);
    EXPECT_EQ(dot.edge(0).weight, 2);
    const Graph list = parseGraph("undirected\na b 2\n");
    EXPECT_FALSE(list.directed());
    EXPECT_TRUE(iotest::failsOnLine([] { parseGraph("a b\na b c d\n"); }, 2, "too many tokens"));
    try {
        parseGraph("graph {\n a -> b }");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "editor");
        EXPECT_EQ(e.line(), 2);
    }
}

TEST(GraphFile, MissingFileIsAnInputErrorNamingIt) {
    try {
        loadGraphFile("/nonexistent/roads.graph");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "/nonexistent/roads.graph");
        EXPECT_NE(std::string(e.what()).find("cannot open"), std::string::npos);
    }
}

TEST(GraphFile, ErrorsInAFileNameTheFileAndLine) {
    const fs::path path =
        fs::temp_directory_path() / ("stepwise_io_bad_" + std::to_string(::getpid()) + ".graph");
    std::ofstream(path) << "A B\nB C x\n";
    try {
        loadGraphFile(path.string());
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), path.string());
        EXPECT_EQ(e.line(), 2);
    }
    fs::remove(path);
}

TEST(GraphFile, SavedFilesLoadBackInTheFormatTheirExtensionNames) {
    Random rng(31);
    const fs::path dir = fs::temp_directory_path();
    for (int round = 0; round < 40; ++round) {
        const Graph g = iotest::awkwardGraph(rng, [](std::size_t i) { return "city" + std::to_string(i); });
        for (const char* ext : {".graph", ".dot"}) {
            const fs::path path = dir / ("stepwise_io_rt_" + std::to_string(::getpid()) + ext);
            saveGraphFile(g, path.string());
            ASSERT_TRUE(iotest::sameGraph(g, loadGraphFile(path.string()))) << ext << " round " << round;
            fs::remove(path);
        }
    }
}

TEST(GraphFile, EveryExampleLoads) {
    std::size_t count = 0;
    for (const auto& entry :
         fs::directory_iterator(std::string(STEPWISE_SOURCE_DIR) + "/resources/examples")) {
        const auto ext = entry.path().extension();
        if (ext != ".graph" && ext != ".dot") continue;
        const Graph g = loadGraphFile(entry.path().string());
        EXPECT_GT(g.edgeCount(), 0u) << entry.path();
        ++count;
    }
    EXPECT_GE(count, 5u);
}

TEST(GraphFile, CoursesExampleIsADag) {
    const Graph g = loadGraphFile(example("courses.graph"));
    EXPECT_TRUE(g.directed());
    std::vector<std::size_t> indegree(g.vertexCount(), 0);
    for (const Edge& e : g.edges()) ++indegree[e.to];
    std::vector<VertexId> ready;
    for (VertexId v = 0; v < g.vertexCount(); ++v)
        if (indegree[v] == 0) ready.push_back(v);
    std::size_t removed = 0;
    while (!ready.empty()) {
        const VertexId u = ready.back();
        ready.pop_back();
        ++removed;
        for (ArcId a = g.firstArc(u); a < g.endArc(u); ++a)
            if (--indegree[g.head(a)] == 0) ready.push_back(g.head(a));
    }
    EXPECT_EQ(removed, g.vertexCount());
    EXPECT_TRUE(g.find("Ethics").has_value());
}

TEST(GraphFile, NegativeExamplesHaveWhatTheirCommentsSay) {
    const Graph edges = loadGraphFile(example("negative-edges.graph"));
    const auto d = bellmanFord(edges, *edges.find("S"));
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ((*d)[*edges.find("A")], 4);
    EXPECT_EQ((*d)[*edges.find("B")], 1);
    EXPECT_EQ((*d)[*edges.find("C")], 3);
    EXPECT_EQ((*d)[*edges.find("T")], 4);
    const Graph cycle = loadGraphFile(example("negative-cycle.graph"));
    EXPECT_FALSE(bellmanFord(cycle, *cycle.find("S")).has_value());
}

TEST(GraphFile, CampusExampleHasPositionsAndWeightsNoShorterThanTheStraightLine) {
    const Graph g = loadGraphFile(example("campus.graph"));
    ASSERT_TRUE(g.hasPositions());
    for (const Edge& e : g.edges()) {
        const Point p = g.position(e.from), q = g.position(e.to);
        EXPECT_GE(e.weight, std::hypot(p.x - q.x, p.y - q.y)) << g.name(e.from) << " " << g.name(e.to);
    }
}

TEST(GraphFile, NetworkExampleIsAnUndirectedDotGraph) {
    const Graph g = loadGraphFile(example("network.dot"));
    EXPECT_FALSE(g.directed());
    EXPECT_EQ(g.vertexCount(), 7u);
    EXPECT_TRUE(g.find("server room").has_value());
}

}  // namespace
}  // namespace stepwise::graph
