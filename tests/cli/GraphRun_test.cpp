// `stepwise-cli run` for every graph catalogue entry, end to end: the JSON document against the
// core run directly, on seeded random graphs; Dijkstra on the city example against brute force;
// --trace against the recorded steps.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/trace/Timeline.h"
#include "tests/cli/CliRunner.h"
#include "tests/cli/TestGraphs.h"
#include "TestPaths.h"

namespace stepwise::cli::testing {
namespace {

using graph::GraphAlgorithm;
using graph::VertexId;
using nlohmann::json;

const std::string kCity = std::string(STEPWISE_SOURCE_DIR) + "/resources/examples/city.graph";

std::string itemOf(const std::string& id) {
    return id.substr(0, id.find(':'));
}

/// `run` arguments for a catalogue entry: the item, and --method for "item:method" ids.
std::vector<std::string> itemArgs(const GraphAlgorithm& a) {
    const auto colon = a.id.find(':');
    if (colon == std::string::npos) return {"run", a.id};
    return {"run", a.id.substr(0, colon), "--method", a.id.substr(colon + 1)};
}

/// The CLI's word for a DFS edge kind (DESIGN.md: tree, back, forward, cross).
std::string edgeKindName(graph::EdgeMark m) {
    switch (m) {
        case graph::EdgeMark::Tree:
            return "tree";
        case graph::EdgeMark::Back:
            return "back";
        case graph::EdgeMark::Forward:
            return "forward";
        case graph::EdgeMark::Cross:
            return "cross";
        default:
            return "unexpected mark " + std::to_string(static_cast<int>(m));
    }
}

json expectedNumber(double value) {
    return std::isfinite(value) ? json(value) : json(nullptr);
}

/// Checks each part DESIGN.md lists: present exactly when the core computed it, equal to it.
void expectResultMatches(const graph::Graph& g, const std::string& item, const graph::GraphResult& r,
                         const json& result) {
    const std::size_t n = g.vertexCount();
    ASSERT_EQ(result.contains("distances"), !r.distance.empty());
    if (!r.distance.empty()) {
        ASSERT_EQ(result["distances"].size(), n);
        for (VertexId v = 0; v < n; ++v)
            EXPECT_EQ(result["distances"][g.name(v)], expectedNumber(r.distance[v])) << g.name(v);
    }
    ASSERT_EQ(result.contains("parents"), !r.parent.empty());
    if (!r.parent.empty()) {
        ASSERT_EQ(result["parents"].size(), n);
        for (VertexId v = 0; v < n; ++v) {
            const json expected =
                r.parent[v] == graph::none ? json(nullptr) : json(g.name(g.tail(r.parent[v])));
            EXPECT_EQ(result["parents"][g.name(v)], expected) << g.name(v);
        }
    }
    ASSERT_EQ(result.contains("order"), !r.order.empty());
    if (!r.order.empty()) {
        ASSERT_EQ(result["order"].size(), r.order.size());
        for (std::size_t i = 0; i < r.order.size(); ++i) EXPECT_EQ(result["order"][i], g.name(r.order[i]));
    }
    ASSERT_EQ(result.contains("components"), !r.components.empty());
    for (std::size_t c = 0; c < r.components.size(); ++c) {
        ASSERT_EQ(result["components"][c].size(), r.components[c].size());
        for (std::size_t i = 0; i < r.components[c].size(); ++i)
            EXPECT_EQ(result["components"][c][i], g.name(r.components[c][i]));
    }
    if (item == "mst" || !r.treeEdges.empty()) {
        ASSERT_TRUE(result.contains("edges"));
        ASSERT_EQ(result["edges"].size(), r.treeEdges.size());
        for (std::size_t i = 0; i < r.treeEdges.size(); ++i) {
            const auto& e = g.edge(r.treeEdges[i]);
            EXPECT_EQ(result["edges"][i]["from"], g.name(e.from));
            EXPECT_EQ(result["edges"][i]["to"], g.name(e.to));
            EXPECT_EQ(result["edges"][i]["weight"], json(e.weight));
        }
        EXPECT_EQ(result["total_weight"], json(r.totalWeight));
    } else {
        EXPECT_FALSE(result.contains("edges"));
        EXPECT_FALSE(result.contains("total_weight"));
    }
    const std::string cycleKey = item == "bellman-ford" ? "negative_cycle" : "cycle";
    if (r.cycle) {
        ASSERT_TRUE(result.contains(cycleKey));
        ASSERT_EQ(result[cycleKey].size(), r.cycle->size());
        for (std::size_t i = 0; i < r.cycle->size(); ++i)
            EXPECT_EQ(result[cycleKey][i], g.name((*r.cycle)[i]));
    } else if (item == "cycle") {
        EXPECT_EQ(result["cycle"], json(nullptr));  // "no cycle" is the answer, so it is there
    } else {
        EXPECT_FALSE(result.contains(cycleKey));
    }
    ASSERT_EQ(result.contains("discovered"), !r.discovered.empty());
    ASSERT_EQ(result.contains("finished"), !r.finished.empty());
    for (VertexId v = 0; v < r.discovered.size(); ++v)
        EXPECT_EQ(result["discovered"][g.name(v)],
                  r.discovered[v] == graph::none ? json(nullptr) : json(r.discovered[v]));
    for (VertexId v = 0; v < r.finished.size(); ++v)
        EXPECT_EQ(result["finished"][g.name(v)],
                  r.finished[v] == graph::none ? json(nullptr) : json(r.finished[v]));
    ASSERT_EQ(result.contains("edge_kinds"), !r.edgeKinds.empty());
    if (!r.edgeKinds.empty()) {
        ASSERT_EQ(result["edge_kinds"].size(), g.edgeCount());
        for (graph::EdgeId e = 0; e < g.edgeCount(); ++e) {
            EXPECT_EQ(result["edge_kinds"][e]["from"], g.name(g.edge(e).from));
            EXPECT_EQ(result["edge_kinds"][e]["to"], g.name(g.edge(e).to));
            EXPECT_EQ(result["edge_kinds"][e]["kind"], edgeKindName(r.edgeKinds[e])) << "edge " << e;
        }
    }
}

/// Runs one entry on one graph through the CLI and directly, and compares. Returns whether the
/// core accepted the input (so callers can tell that some runs were real comparisons).
bool compareOnGraph(const GraphAlgorithm& a, const TestGraph& tg, const TempDir& dir) {
    const graph::Graph g = tg.build();
    const std::string file = dir.write("g.graph", tg.text());
    graph::GraphQuery query;
    std::vector<std::string> args = itemArgs(a);
    args.insert(args.end(), {"--graph", file, "--json"});
    if (a.needsSource) {
        query.source = 0;
        args.insert(args.end(), {"--source", TestGraph::name(0)});
    }
    if (a.needsTarget) {
        query.target = static_cast<VertexId>(tg.vertices - 1);
        args.insert(args.end(), {"--target", TestGraph::name(tg.vertices - 1)});
    }
    const CliResult cli = runCli(args);
    SCOPED_TRACE(a.id + " on\n" + tg.text() + "stderr: " + cli.err);

    graph::GraphRun run;
    try {
        run = a.run(g, query, true, 1u << 24);
    } catch (const InputError& e) {
        // Bad input for this algorithm (a negative weight, a directed graph for an MST...): exit 2,
        // the core's reason on stderr, nothing on stdout.
        EXPECT_EQ(cli.status, 2);
        EXPECT_NE(cli.err.find(e.message()), std::string::npos);
        EXPECT_TRUE(cli.out.empty());
        return false;
    }
    EXPECT_EQ(cli.status, 0);
    EXPECT_TRUE(cli.err.empty());
    const json doc = json::parse(cli.out);
    EXPECT_EQ(doc["algorithm"], itemOf(a.id));
    EXPECT_EQ(doc["steps"], run.trace.size());
    EXPECT_FALSE(doc.contains("trace"));
    expectResultMatches(g, itemOf(a.id), run.result, doc["result"]);
    return true;
}

TEST(CliGraphRun, JsonMatchesTheCoreRunForEveryCatalogueEntry) {
    const std::vector<GraphShape> shapes = {{true, false, false},
                                            {false, false, false},
                                            {true, true, false},
                                            {true, false, true},
                                            {false, true, false}};
    TempDir dir;
    for (const auto& a : graph::graphCatalogue()) {
        Random rng(0x5eed + std::hash<std::string>{}(a.id) % 1000);
        int accepted = 0;
        for (int round = 0; round < 4; ++round)
            for (const auto& shape : shapes)
                accepted += compareOnGraph(a, randomGraph(rng, shape), dir) ? 1 : 0;
        EXPECT_GT(accepted, 0) << a.id << " rejected every generated graph";
    }
}

// Floyd–Warshall on the example: an answer that owes nothing to Dijkstra.
TEST(CliGraphRun, DijkstraOnTheCityExampleGivesTheShortestDistances) {
    const graph::Graph g = readEdgeList(kCity);
    ASSERT_GT(g.vertexCount(), 3u);
    const std::size_t n = g.vertexCount();
    std::vector<std::vector<double>> d(n, std::vector<double>(n, graph::unreached));
    for (std::size_t v = 0; v < n; ++v) d[v][v] = 0;
    for (graph::ArcId arc = 0; arc < g.arcCount(); ++arc)
        d[g.tail(arc)][g.head(arc)] = std::min(d[g.tail(arc)][g.head(arc)], g.weight(arc));
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);

    for (VertexId s = 0; s < n; ++s) {
        const CliResult cli = runCli({"run", "dijkstra", "--graph", kCity, "--source", g.name(s), "--json"});
        ASSERT_EQ(cli.status, 0) << cli.err;
        const json result = json::parse(cli.out)["result"];
        for (VertexId v = 0; v < n; ++v) {
            EXPECT_EQ(result["distances"][g.name(v)], json(d[s][v])) << g.name(s) << " to " << g.name(v);
            // The parent lies on a shortest path: d(s, parent) + w(parent, v) = d(s, v).
            if (v == s) {
                EXPECT_EQ(result["parents"][g.name(v)], json(nullptr));
                continue;
            }
            const auto parent = g.find(result["parents"][g.name(v)].get<std::string>());
            ASSERT_TRUE(parent.has_value());
            double w = graph::unreached;
            for (graph::ArcId arc = g.firstArc(*parent); arc < g.endArc(*parent); ++arc)
                if (g.head(arc) == v) w = std::min(w, g.weight(arc));
            EXPECT_EQ(d[s][*parent] + w, d[s][v]);
        }
    }
}

TEST(CliGraphRun, TextOutputShowsEachVertexWithItsDistanceAndParent) {
    const graph::Graph g = readEdgeList(kCity);
    const graph::VertexId source = *g.find("Harbor");
    const auto run = graph::findGraphAlgorithm("dijkstra")->run(g, {source, graph::none}, false, 0);
    const CliResult cli = runCli({"run", "dijkstra", "--graph", kCity, "--source", "Harbor"});
    ASSERT_EQ(cli.status, 0) << cli.err;
    const auto rows = lines(cli.out);
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        const std::string parent = v == source ? "-" : g.name(g.tail(run.result.parent[v]));
        const std::regex row("^" + g.name(v) + " +" +
                             std::to_string(static_cast<int>(run.result.distance[v])) + " +" + parent + "$");
        bool found = false;
        for (const auto& line : rows) found = found || std::regex_match(line, row);
        EXPECT_TRUE(found) << "no row for " << g.name(v) << " in\n" << cli.out;
    }
}

// The edge kinds the CLI prints, checked against kinds derived here from the discovery and finish
// times it prints (the parenthesis theorem), owing nothing to the core's classification: a tree edge
// joins a vertex to its DFS parent (exactly one per non-root vertex); otherwise, directed, an edge to
// an ancestor (or itself) is back, to a descendant forward, and to a vertex finished before the
// tail was discovered cross; undirected, every non-tree edge is back and joins nested intervals.
TEST(CliGraphRun, DfsEdgeKindsFollowFromTheDiscoveryAndFinishIntervals) {
    TempDir dir;
    Random rng(4242);
    std::map<std::string, int> seen;
    for (int round = 0; round < 40; ++round) {
        const bool directed = round % 4 != 3;
        const TestGraph tg = randomGraph(rng, {directed, false, false}, 9);
        const std::string file = dir.write("dfs.graph", tg.text());
        const CliResult cli = runCli({"run", "dfs", "--graph", file, "--source", "v0", "--json"});
        ASSERT_EQ(cli.status, 0) << cli.err;
        SCOPED_TRACE(tg.text());
        const json result = json::parse(cli.out)["result"];
        std::map<std::string, long> d, f;
        std::map<std::string, std::string> parent;
        for (std::size_t v = 0; v < tg.vertices; ++v) {
            const std::string n = TestGraph::name(v);
            ASSERT_TRUE(result["discovered"][n].is_number()) << n;
            ASSERT_TRUE(result["finished"][n].is_number()) << n;
            d[n] = result["discovered"][n].get<long>();
            f[n] = result["finished"][n].get<long>();
            EXPECT_LT(d[n], f[n]) << n;
            parent[n] = result["parents"][n].is_null() ? "" : result["parents"][n].get<std::string>();
        }
        auto ancestorOrSelf = [&](const std::string& a, const std::string& b) {  // a is an ancestor of b
            return d[a] <= d[b] && f[b] <= f[a];
        };
        // With no edges there is nothing to classify and the key is left out.
        const json kinds = result.contains("edge_kinds") ? result["edge_kinds"] : json::array();
        ASSERT_EQ(kinds.size(), tg.edges.size());
        std::map<std::string, int> treeEdgesInto;
        for (std::size_t e = 0; e < tg.edges.size(); ++e) {
            const json& edge = kinds[e];
            const std::string u = TestGraph::name(tg.edges[e].from), v = TestGraph::name(tg.edges[e].to);
            ASSERT_EQ(edge["from"], u);
            ASSERT_EQ(edge["to"], v);
            const std::string kind = edge["kind"].get<std::string>();
            ++seen[kind];
            SCOPED_TRACE("edge " + std::to_string(e) + " " + u + "→" + v + " is " + kind);
            if (kind == "tree") {
                const bool down = parent[v] == u, up = !directed && parent[u] == v;
                EXPECT_TRUE(down || up) << "a tree edge that joins no vertex to its parent";
                ++treeEdgesInto[down ? v : u];
                continue;
            }
            if (!directed) {
                EXPECT_EQ(kind, "back");
                EXPECT_TRUE(ancestorOrSelf(u, v) || ancestorOrSelf(v, u)) << "an undirected cross edge";
                continue;
            }
            std::string expected;
            if (ancestorOrSelf(v, u))
                expected = "back";
            else if (ancestorOrSelf(u, v))
                expected = "forward";
            else if (f[v] < d[u])
                expected = "cross";
            else
                ADD_FAILURE() << "the head was discovered after the tail finished: not a depth-first order";
            EXPECT_EQ(kind, expected);
        }
        for (std::size_t v = 0; v < tg.vertices; ++v) {
            const std::string n = TestGraph::name(v);
            EXPECT_EQ(treeEdgesInto[n], parent[n].empty() ? 0 : 1) << n;
        }
    }
    for (const char* kind : {"tree", "back", "forward", "cross"}) EXPECT_GT(seen[kind], 5) << kind;
}

TEST(CliGraphRun, TargetStopsEarlyAndPrintsThePath) {
    const CliResult cli =
        runCli({"run", "dijkstra", "--graph", kCity, "--source", "Harbor", "--target", "Station", "--json"});
    ASSERT_EQ(cli.status, 0) << cli.err;
    const json result = json::parse(cli.out)["result"];
    // Harbor–Market 4, Market–Castle 3, Castle–Station 1 is the only path of length 8.
    EXPECT_EQ(result["path"], json({"Harbor", "Market", "Castle", "Station"}));
    EXPECT_EQ(result["distances"]["Station"], 8);
    EXPECT_EQ(result["order"].back(), "Station");
}

std::size_t jsonSteps(const std::vector<std::string>& args) {
    auto withJson = args;
    withJson.push_back("--json");
    const CliResult cli = runCli(withJson);
    EXPECT_EQ(cli.status, 0) << cli.err;
    return json::parse(cli.out)["steps"].get<std::size_t>();
}

TEST(CliGraphRun, TracePrintsOneNumberedLinePerStep) {
    TempDir dir;
    Random rng(77);
    for (const auto& a : graph::graphCatalogue()) {
        // A graph every entry accepts: undirected, non-negative; DAG-like edges for topological sorts.
        const bool wantsDirected = itemOf(a.id) == "topological-sort" || itemOf(a.id) == "scc";
        const TestGraph tg = randomGraph(rng, {wantsDirected, false, wantsDirected}, 8);
        const std::string file = dir.write(itemOf(a.id) + ".graph", tg.text());
        auto args = itemArgs(a);
        args.insert(args.end(), {"--graph", file, "--source", "v0"});
        if (a.needsTarget) args.insert(args.end(), {"--target", TestGraph::name(tg.vertices - 1)});
        const std::size_t steps = jsonSteps(args);
        args.push_back("--trace");
        const CliResult cli = runCli(args);
        ASSERT_EQ(cli.status, 0) << a.id << ": " << cli.err;
        const std::regex stepLine(R"(^ *(\d+)  line (\d+)  (.+)$)");
        std::size_t count = 0;
        for (const auto& line : lines(cli.out)) {
            std::smatch m;
            if (!std::regex_match(line, m, stepLine)) continue;
            ++count;
            EXPECT_EQ(std::stoul(m[1]), count) << a.id << ": " << line;
            EXPECT_GE(std::stoul(m[2]), 1u);
            EXPECT_LE(std::stoul(m[2]), a.pseudocode.size()) << a.id << ": " << line;
        }
        EXPECT_EQ(count, steps) << a.id;
        EXPECT_GT(count, 0u) << a.id;
    }
}

TEST(CliGraphRun, JsonTraceHoldsTheCoreExplanationOfEveryStep) {
    const graph::Graph g = readEdgeList(kCity);
    const auto* algo = graph::findGraphAlgorithm("dijkstra");
    graph::GraphRun run = algo->run(g, {*g.find("Castle"), graph::none}, true, 1u << 20);
    trace::Timeline<graph::GraphArea> timeline(run.initial, run.trace);

    const CliResult cli =
        runCli({"run", "dijkstra", "--graph", kCity, "--source", "Castle", "--json", "--trace"});
    ASSERT_EQ(cli.status, 0) << cli.err;
    const json doc = json::parse(cli.out);
    ASSERT_EQ(doc["steps"], timeline.stepCount());
    ASSERT_EQ(doc["trace"].size(), timeline.stepCount());
    for (const auto& step : doc["trace"]) {
        ASSERT_TRUE(timeline.forward());
        EXPECT_EQ(step["step"], timeline.step());
        EXPECT_EQ(step["line"], algo->lineOf(timeline.lastEvent()) + 1);
        EXPECT_EQ(step["text"], algo->explain(timeline.state(), timeline.lastEvent(), timeline.trace()));
    }
}

}  // namespace
}  // namespace stepwise::cli::testing
