// The graph items of the catalogue: every example runs and steps both ways, and a run reproduces
// what `stepwise-cli run dijkstra` printed before the catalogue (values copied from its output).
#include <gtest/gtest.h>

#include <filesystem>

#include "core/catalogue/Catalogue.h"
#include "core/common/BuiltinExamples.h"
#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/GraphSource.h"
#include "core/run/Run.h"
#include "TestPaths.h"

namespace stepwise::graph {
namespace {

using catalogue::CatalogueItem;
using catalogue::Options;

const std::vector<CatalogueItem>& items() {
    static const std::vector<CatalogueItem> all = catalogue::graphItems();
    return all;
}

const CatalogueItem& item(const std::string& id) {
    for (const auto& i : items())
        if (i.id == id) return i;
    throw std::logic_error("no graph item " + id);
}

std::string example(const std::string& file) {
    return std::string(STEPWISE_SOURCE_DIR) + "/resources/examples/" + file;
}

std::unique_ptr<run::Run> start(const std::string& id, std::map<std::string, std::string> values) {
    return item(id).start(Options(std::move(values)));
}

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(GraphItems, AreTheNineSearchesInCatalogueOrder) {
    std::vector<std::string> ids;
    for (const auto& i : items()) ids.push_back(i.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"bfs", "dfs", "dijkstra", "astar", "bellman-ford",
                                             "topological-sort", "scc", "cycle", "mst"}));
    for (const auto& i : items()) EXPECT_EQ(i.area, catalogue::Area::Graph) << i.id;
}

TEST(GraphItems, SummaryAndDetailsAreWhatListAndHelpPrinted) {
    EXPECT_EQ(item("bfs").summary, "hop distances, BFS tree and visit order from one source (FIFO queue)");
    EXPECT_EQ(
        item("scc").summary,
        "strongly connected components in one DFS with low-links; components listed by their first vertex "
        "in input order (--method tarjan|kosaraju)");
    EXPECT_EQ(item("bfs").details,
              "Breadth-first search:\n"
              "   1  hops[v] ← ∞ for every v;  hops[s] ← 0;  Q ← [s]\n"
              "   2  while Q is not empty:\n"
              "   3      u ← dequeue(Q)\n"
              "   4      for each edge u→v:\n"
              "   5          if v has not been seen:\n"
              "   6              hops[v] ← hops[u] + 1;  parent[v] ← u;  enqueue(Q, v)\n");
    const std::string& scc = item("scc").details;
    EXPECT_EQ(scc.find("Strongly connected components (Tarjan) (--method tarjan):\n   1  index ← 0;"), 0u);
    EXPECT_NE(scc.find("\n\nStrongly connected components (Kosaraju) (--method kosaraju):\n   1  pass 1:"),
              std::string::npos);
}

TEST(GraphItems, MethodIsAChoiceOnlyForItemsWithMethods) {
    const std::map<std::string, std::string> defaults = {
        {"topological-sort", "kahn"}, {"scc", "tarjan"}, {"mst", "prim"}};
    for (const auto& i : items()) {
        const auto method =
            std::find_if(i.options.begin(), i.options.end(), [](auto& o) { return o.name == "method"; });
        if (defaults.count(i.id)) {
            ASSERT_NE(method, i.options.end()) << i.id;
            EXPECT_EQ(method->kind, catalogue::OptionKind::Choice);
            EXPECT_EQ(method->defaultValue, defaults.at(i.id));
        } else {
            EXPECT_EQ(method, i.options.end()) << i.id;
        }
    }
    EXPECT_EQ(start("scc", {{"graph", example("courses.graph")}})->result()["method"], "tarjan");
    EXPECT_EQ(start("scc", {{"graph", example("courses.graph")}, {"method", "kosaraju"}})->result()["method"],
              "kosaraju");
    EXPECT_NE(errorOf([] {
                  start("bfs", {{"graph", example("city.graph")}, {"source", "Harbor"}, {"method", "x"}});
              }).find("unknown option --method"),
              std::string::npos);
}

TEST(GraphItems, EveryExampleRunsAndStepsBackToItsStart) {
    for (const auto& i : items()) {
        SCOPED_TRACE(i.id);
        std::unique_ptr<run::Run> r;
        ASSERT_NO_THROW(r = i.start(i.presetOptions()));
        const auto* graphRun = r->as<GraphItemRun>();
        ASSERT_NE(graphRun, nullptr);
        EXPECT_EQ(r->itemId(), i.id);
        EXPECT_GT(r->stepCount(), 1u);
        EXPECT_TRUE(r->warnings().empty());
        EXPECT_EQ(r->line(), 0);
        EXPECT_EQ(r->sentence().rfind("start: ", 0), 0u) << r->sentence();
        const GraphState initial = graphRun->state();
        while (r->forward()) {
            EXPECT_GE(r->line(), 1) << "step " << r->step();
            EXPECT_LE(r->line(), static_cast<int>(r->pseudocode().size())) << "step " << r->step();
            EXPECT_FALSE(r->sentence().empty()) << "step " << r->step();
        }
        EXPECT_TRUE(r->atEnd());
        EXPECT_FALSE(graphRun->state() == initial);
        r->seek(r->stepCount() / 2);
        r->seek(0);
        EXPECT_TRUE(graphRun->state() == initial);
        r->seek(r->stepCount());
        while (r->back()) {
        }
        EXPECT_TRUE(graphRun->state() == initial);
    }
}

TEST(GraphItems, SccExampleHasComponentsOfSeveralVertices) {
    const auto r = item("scc").start(item("scc").presetOptions());
    const nlohmann::json result = r->result();
    std::size_t large = 0;
    for (const auto& component : result["components"]) large += component.size() > 1;
    EXPECT_GE(large, 2u);
}

TEST(GraphItems, DijkstraToUniversityGivesTheResultTheCliPrinted) {
    const std::string file = example("city.graph");
    const auto r = start("dijkstra", {{"graph", file}, {"source", "Harbor"}, {"target", "University"}});
    const auto expected = nlohmann::json::parse(R"({
      "distances": {"Airport": 16, "Castle": 7, "Harbor": 0, "Market": 4, "Museum": 10, "Park": 10,
                    "Station": 8, "University": 13},
      "order": ["Harbor", "Market", "Castle", "Station", "Park", "Museum", "University"],
      "parents": {"Airport": "Station", "Castle": "Market", "Harbor": null, "Market": "Harbor",
                  "Museum": "Market", "Park": "Station", "Station": "Castle", "University": "Park"},
      "path": ["Harbor", "Market", "Castle", "Station", "Park", "University"]})");
    EXPECT_EQ(r->result(), expected);
    EXPECT_EQ(r->stepCount(), 20u);
    EXPECT_EQ(r->title(), "Dijkstra's shortest paths");
    EXPECT_EQ(r->resultText(), "Dijkstra's shortest paths on " + file +
                                   " (undirected, 8 vertices, 12 edges) from Harbor to University: 20 steps\n"
                                   "vertex      distance  parent\n"
                                   "Harbor      0         -\n"
                                   "Market      4         Harbor\n"
                                   "Castle      7         Market\n"
                                   "Station     8         Castle\n"
                                   "Park        10        Station\n"
                                   "Airport     16        Station\n"
                                   "University  13        Park\n"
                                   "Museum      10        Market\n"
                                   "order: Harbor Market Castle Station Park Museum University\n"
                                   "path: Harbor → Market → Castle → Station → Park → University  (13)\n");
    EXPECT_EQ(
        r->sentence(),
        "start: Dijkstra's shortest paths from Harbor to University on 8 vertices and 12 edges; step forward "
        "to begin");
    r->seek(1);
    EXPECT_EQ(r->line(), 1);
    EXPECT_EQ(r->sentence(), "start at Harbor: its distance is 0, every other distance is ∞");
    r->seek(6);
    EXPECT_EQ(r->line(), 7);
    EXPECT_EQ(r->sentence(), "relax Market–Castle: 4 + 3 = 7 < 9, Castle's distance becomes 7");
    r->seek(18);
    EXPECT_EQ(r->line(), 6);
    EXPECT_EQ(r->sentence(), "relax Museum–University: 10 + 9 = 19 ≥ 13, no change");
    r->forward();
    r->forward();
    EXPECT_EQ(r->line(), 4);
    EXPECT_EQ(r->sentence(), "the target University is settled: its distance 13 is final, stop");
}

TEST(GraphItems, BellmanFordNamesTheNegativeCycleAsTheCliDid) {
    const std::string file = example("negative-cycle.graph");
    const auto r = start("bellman-ford", {{"graph", file}, {"source", "S"}});
    EXPECT_EQ(r->result(), nlohmann::json::parse(R"({
      "distances": {"A": 3, "B": -1, "C": 0, "D": -3, "E": 0, "S": 0},
      "negative_cycle": ["D", "B", "C"],
      "parents": {"A": "S", "B": "D", "C": "B", "D": "C", "E": "D", "S": null}})"));
    EXPECT_EQ(r->stepCount(), 59u);
    r->seek(59);
    EXPECT_EQ(r->line(), 7);
    EXPECT_EQ(r->sentence(),
              "negative cycle D→B→C→D of total weight -1: each trip around it lowers the distances again, so "
              "shortest paths through it do not exist");
    EXPECT_EQ(r->resultText(), "Bellman-Ford shortest paths on " + file +
                                   " (directed, 6 vertices, 8 edges) from S: 59 steps\n"
                                   "vertex  distance  parent\n"
                                   "S       0         -\n"
                                   "A       3         S\n"
                                   "B       -1        D\n"
                                   "C       0         B\n"
                                   "D       -3        C\n"
                                   "E       0         D\n"
                                   "negative cycle (distances on it are not final): D → B → C → D\n");
}

TEST(GraphItems, MstListsTheTreeEdgesAndTheirWeight) {
    const std::string file = example("city.graph");
    const auto r = start("mst", {{"graph", file}});
    const nlohmann::json result = r->result();
    EXPECT_EQ(result["method"], "prim");
    EXPECT_EQ(result["total_weight"], 23);
    EXPECT_EQ(result["edges"].size(), 7u);
    EXPECT_EQ(result["edges"][0],
              nlohmann::json::parse(R"({"from": "Harbor", "to": "Market", "weight": 4})"));
    EXPECT_EQ(r->stepCount(), 29u);
    const std::string text = r->resultText();
    EXPECT_NE(text.find("tree edges:\n  Harbor–Market       4\n  Market–Castle       3\n"),
              std::string::npos);
    EXPECT_NE(text.find("\ntotal weight: 23\n"), std::string::npos);
    r->seek(29);
    EXPECT_EQ(r->sentence(),
              "every vertex is in the tree: a minimum spanning tree of 7 edges and total weight 23");
}

TEST(GraphItems, ARunWithoutTheTraceCountsTheSameStepsAndHasTheSameResult) {
    auto graph = std::make_shared<const Graph>(loadGraphSource("example:city.graph"));
    const auto& dijkstra = *findGraphAlgorithm("dijkstra");
    const GraphQuery query{*graph->find("Harbor"), none};
    const auto recorded = makeGraphRun("dijkstra", graph, dijkstra, query, "city", {});
    const auto bare = makeGraphRun("dijkstra", graph, dijkstra, query, "city", {}, false);
    EXPECT_TRUE(recorded->recorded());
    EXPECT_FALSE(bare->recorded());
    EXPECT_GT(recorded->stepCount(), 0u);
    EXPECT_EQ(bare->stepCount(), recorded->stepCount());
    EXPECT_FALSE(bare->forward());  // no trace to walk: it stays at step 0
    EXPECT_EQ(bare->step(), 0u);
    EXPECT_EQ(bare->result(), recorded->result());
    EXPECT_EQ(bare->resultText(), recorded->resultText());
    EXPECT_EQ(bare->finalResult().distance, recorded->finalResult().distance);
    EXPECT_EQ(bare->graph(), graph);
    EXPECT_EQ(bare->query().source, query.source);
    EXPECT_EQ(bare->algorithm().id, "dijkstra");
}

TEST(GraphItems, EveryGraphItemCountsWithoutRecordingWhatItRecords) {
    catalogue::RunLimits bare;
    bare.record = false;
    for (const auto& c : catalogue::catalogue()) {
        if (c.area != catalogue::Area::Graph) continue;
        const auto options = c.presetOptions();
        const auto recorded = c.build(options, {});
        const auto counted = c.build(options, bare);
        EXPECT_EQ(counted->stepCount(), recorded->stepCount()) << c.id;
        EXPECT_EQ(counted->result(), recorded->result()) << c.id;
        EXPECT_EQ(counted->resultText(), recorded->resultText()) << c.id;
    }
}

TEST(GraphItems, ATruncatedRecordingWarns) {
    catalogue::RunLimits limits;
    limits.eventLimit = 5;
    const auto r =
        item("dijkstra").start(Options({{"graph", "example:city.graph"}, {"source", "Harbor"}}), limits);
    EXPECT_EQ(r->stepCount(), 5u);
    EXPECT_TRUE(r->as<GraphItemRun>()->truncated());
    EXPECT_EQ(r->warnings(),
              (std::vector<std::string>{
                  "the trace stopped after 5 steps (the recording limit); \"steps\" and --trace "
                  "cover only those"}));
}

TEST(GraphItems, BadInputSaysWhatIsWrong) {
    const std::string city = example("city.graph");
    EXPECT_EQ(errorOf([&] {
                  start("dijkstra", {{"graph", city}, {"source", "Nowhere"}});
              }),
              city +
                  ": unknown source vertex 'Nowhere' (its vertices: Harbor, Market, Castle, Station, Park, "
                  "Airport, University, Museum)");
    EXPECT_EQ(errorOf([&] {
                  start("bfs", {{"graph", city}});
              }),
              "bfs: missing --source (expected the name of the start vertex)");
    EXPECT_EQ(errorOf([] {
                  start("astar", {{"graph", "example:campus.graph"}, {"source", "Gate"}});
              }),
              "astar: missing --target (expected the name of the goal vertex)");
    EXPECT_NE(errorOf([] {
                  start("dijkstra", {{"graph", "example:negative-edges.graph"}, {"source", "S"}});
              }).find("negative"),
              std::string::npos);
    EXPECT_EQ(errorOf([] {
                  start("cycle", {{"graph", "example:nowhere.graph"}});
              }),
              "unknown example 'nowhere.graph' (the examples: " + builtinExampleNames() + ")");
    const std::string directory = std::string(STEPWISE_SOURCE_DIR) + "/resources/examples";
    EXPECT_EQ(errorOf([&] { start("cycle", {{"graph", directory}}); }), directory + " is a directory");
    EXPECT_NE(errorOf([] {
                  start("cycle", {{"graph", "/no/such/file.graph"}});
              }).find("cannot open"),
              std::string::npos);
}

TEST(GraphSource, BuiltinExamplesAreTheFilesInResources) {
    for (const auto& entry : std::filesystem::directory_iterator(example(""))) {
        const std::string name = entry.path().filename().string();
        const auto* builtin = findBuiltinExample(name);
        ASSERT_NE(builtin, nullptr) << name;
        const Graph fromFile = loadGraphSource(entry.path().string());
        const Graph fromExample = loadGraphSource("example:" + name);
        EXPECT_EQ(fromFile.vertexCount(), fromExample.vertexCount()) << name;
        EXPECT_EQ(fromFile.edgeCount(), fromExample.edgeCount()) << name;
        EXPECT_EQ(fromFile.directed(), fromExample.directed()) << name;
    }
}

}  // namespace stepwise::graph
