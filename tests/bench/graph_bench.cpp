// Stepwise's graph searches against the Boost Graph Library and LEMON, measured in the same run on
// the same seeded graph, then a table of ratios. See README.md for the figures and how to read them.
//
// Each benchmark name is Algorithm/Implementation/Size. "Small" inputs exist so a smoke run
// (--benchmark_filter=Small) finishes in a second; "Large" is the measured one (about 250k vertices,
// 1M arcs). Every implementation allocates its own result arrays inside the timed loop, as a caller
// running it once would.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <boost/range/iterator_range.hpp>

#include "LemonRunner.h"
#include "core/graph/Bfs.h"
#include "core/graph/Dijkstra.h"
#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/StronglyConnected.h"
#include "core/graph/TopologicalSort.h"
#include "core/trace/Random.h"
#include "core/trace/Trace.h"

namespace {

using namespace stepwise;
using namespace stepwise::graph;

// ---------------------------------------------------------------------------------------------
// The inputs: one random digraph per size, the same arcs in all three libraries, in the same order
// (Stepwise's CSR arc a is BGL's edge a and LEMON's arc a).

struct EdgeWeight {
    double weight;
};
// 32-bit vertex and edge indices, like Stepwise's, so no side pays for wider arrays.
using BglGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeWeight,
                                                    boost::no_property, std::uint32_t, std::uint32_t>;

struct SizeSpec {
    const char* name;
    std::size_t vertices;
    std::size_t arcs;
};
constexpr SizeSpec kSizes[] = {{"Small", 4'096, 16'384}, {"Large", 250'000, 1'000'000}};
constexpr std::uint64_t kSeed = 20240611;

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "\ngraph_bench: IMPLEMENTATIONS DISAGREE: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

/// One graph in the three representations.
struct Triple {
    Graph graph;
    BglGraph bgl;
    std::unique_ptr<bench::LemonRunner> lemon;

    explicit Triple(Graph g) : graph(std::move(g)) {
        const std::size_t n = graph.vertexCount();
        std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
        std::vector<EdgeWeight> weights;
        std::vector<double> lemonWeights;
        arcs.reserve(graph.arcCount());
        weights.reserve(graph.arcCount());
        for (ArcId a = 0; a < graph.arcCount(); ++a) {
            arcs.emplace_back(graph.tail(a), graph.head(a));
            weights.push_back({graph.weight(a)});
            lemonWeights.push_back(graph.weight(a));
        }
        // Stepwise's arcs are sorted by tail, which both CSR builders need to keep the order.
        bgl = BglGraph(boost::edges_are_sorted, arcs.begin(), arcs.end(), weights.begin(),
                       static_cast<std::uint32_t>(n));
        std::vector<std::pair<int, int>> lemonArcs(arcs.begin(), arcs.end());
        lemon = std::make_unique<bench::LemonRunner>(static_cast<int>(n), lemonArcs, lemonWeights);
        if (boost::num_edges(bgl) != graph.arcCount() || static_cast<std::size_t>(lemon->arcCount()) != graph.arcCount())
            fail("arc counts differ after conversion");
        ArcId a = 0;
        for (const auto e : boost::make_iterator_range(boost::edges(bgl))) {
            if (boost::source(e, bgl) != graph.tail(a) || boost::target(e, bgl) != graph.head(a) ||
                lemon->head(static_cast<int>(a)) != static_cast<int>(graph.head(a)))
                fail("arc order differs after conversion");
            ++a;
        }
    }
};

std::vector<std::string> vertexNames(std::size_t n) {
    std::vector<std::string> names(n);
    char buffer[24];
    for (std::size_t v = 0; v < n; ++v) {
        std::snprintf(buffer, sizeof buffer, "v%zu", v);  // not "v" + to_string: a GCC 12 -Wrestrict false positive
        names[v] = buffer;
    }
    return names;
}

/// Uniformly random tails and heads (self-loops and parallel arcs allowed, as in any multigraph
/// generator), integer weights 1..100 stored as double like every Stepwise weight.
Graph randomDigraph(const SizeSpec& size, std::uint64_t seed) {
    Random random(seed);
    GraphBuilder b(true);
    b.reserve(size.vertices, size.arcs);
    for (const auto& name : vertexNames(size.vertices)) b.vertex(name);
    for (std::size_t i = 0; i < size.arcs; ++i) {
        const auto from = static_cast<VertexId>(random.below(size.vertices));
        const auto to = static_cast<VertexId>(random.below(size.vertices));
        b.addEdge(from, to, static_cast<double>(random.between(1, 100)));
    }
    return b.build();
}

/// A DAG with the same counts: arcs join random distinct vertices, oriented along a random ranking
/// (so vertex ids say nothing about the order).
Graph randomDag(const SizeSpec& size, std::uint64_t seed) {
    Random random(seed);
    std::vector<std::uint32_t> rank(size.vertices);
    for (std::size_t v = 0; v < size.vertices; ++v) rank[v] = static_cast<std::uint32_t>(v);
    for (std::size_t v = size.vertices - 1; v > 0; --v) std::swap(rank[v], rank[random.below(v + 1)]);
    GraphBuilder b(true);
    b.reserve(size.vertices, size.arcs);
    for (const auto& name : vertexNames(size.vertices)) b.vertex(name);
    for (std::size_t i = 0; i < size.arcs; ++i) {
        auto from = static_cast<VertexId>(random.below(size.vertices));
        auto to = static_cast<VertexId>(random.below(size.vertices - 1));
        if (to >= from) ++to;
        if (rank[from] > rank[to]) std::swap(from, to);
        b.addEdge(from, to, 1.0);
    }
    return b.build();
}

struct Fixture {
    Triple digraph;  // Dijkstra, BFS, SCC
    Triple dag;      // topological sort
    VertexId source = 0;
};

void verifyDijkstra(const Fixture& f);
void verifyBfs(const Fixture& f);
void verifyTopologicalSort(const Fixture& f);
void verifyScc(const Fixture& f);

/// Events a traced run records, to reserve exactly that many in the "TracedReserved" variants (the
/// best case: a caller that knows the size in advance).
template <class Run>
std::size_t eventCount(Run run) {
    trace::RecordingTracer<GraphEvent> tracer;
    run(tracer);
    return tracer.trace().size();
}

/// Built on first use (a smoke run of Small never builds Large), then checked: every
/// implementation must agree before anything is timed.
const Fixture& fixture(int size) {
    static std::unique_ptr<Fixture> built[std::size(kSizes)];
    if (!built[size]) {
        const SizeSpec& spec = kSizes[size];
        built[size].reset(new Fixture{Triple(randomDigraph(spec, kSeed + size)),  // Triple cannot move
                                      Triple(randomDag(spec, kSeed + 100 + size)), 0});
        verifyDijkstra(*built[size]);
        verifyBfs(*built[size]);
        verifyTopologicalSort(*built[size]);
        verifyScc(*built[size]);
    }
    return *built[size];
}

// ---------------------------------------------------------------------------------------------
// Dijkstra

std::vector<double> bglDijkstra(const Fixture& f, bool noColorMap) {
    const auto n = f.digraph.graph.vertexCount();
    std::vector<double> dist(n);
    std::vector<std::uint32_t> pred(n);
    const auto index = boost::get(boost::vertex_index, f.digraph.bgl);
    const auto params = boost::predecessor_map(boost::make_iterator_property_map(pred.begin(), index))
                            .distance_map(boost::make_iterator_property_map(dist.begin(), index))
                            .weight_map(boost::get(&EdgeWeight::weight, f.digraph.bgl));
    if (noColorMap) boost::dijkstra_shortest_paths_no_color_map(f.digraph.bgl, f.source, params);
    else boost::dijkstra_shortest_paths(f.digraph.bgl, f.source, params);
    return dist;
}

void verifyDijkstra(const Fixture& f) {
    const Graph& g = f.digraph.graph;
    trace::NullTracer<GraphEvent> null;
    const ShortestPaths sp = dijkstra(g, f.source, null);
    trace::RecordingTracer<GraphEvent> recording;
    if (dijkstra(g, f.source, recording).distance != sp.distance) fail("Stepwise traced vs untraced distances");
    for (bool noColorMap : {false, true}) {
        const auto dist = bglDijkstra(f, noColorMap);
        for (VertexId v = 0; v < g.vertexCount(); ++v) {
            const double bgl = dist[v] == std::numeric_limits<double>::max() ? unreached : dist[v];
            if (bgl != sp.distance[v]) fail("Dijkstra distance of vertex " + std::to_string(v) + ", Stepwise vs BGL");
        }
    }
    const auto reached = std::count_if(sp.distance.begin(), sp.distance.end(), [](double d) { return d != unreached; });
    std::fprintf(stderr, "graph_bench: %zu vertices, %zu arcs, %td reachable from the source\n", g.vertexCount(),
                 g.arcCount(), reached);
    const auto lemon = f.digraph.lemon->dijkstraDistances(static_cast<int>(f.source));
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        if (lemon[v] != sp.distance[v])
            fail("Dijkstra distance of vertex " + std::to_string(v) + ", Stepwise vs LEMON");
    }
}

// One timed run each, kept out of line so that an instruction count can be taken for exactly the
// timed work, independent of machine load (see README.md):
//   valgrind --tool=callgrind --toggle-collect='*dijkstraRun*' graph_bench --benchmark_filter=...
// then callgrind_annotate --inclusive=yes: instructions per call of each dijkstraRun* function.
[[gnu::noinline]] double dijkstraRunStepwise(const Fixture& f) {
    trace::NullTracer<GraphEvent> tracer;
    const ShortestPaths sp = dijkstra(f.digraph.graph, f.source, tracer);
    return sp.distance.back();
}

[[gnu::noinline]] void dijkstraRunTraced(const Fixture& f, trace::RecordingTracer<GraphEvent>& tracer) {
    const ShortestPaths sp = dijkstra(f.digraph.graph, f.source, tracer);
    benchmark::DoNotOptimize(sp.distance.data());
}

[[gnu::noinline]] double dijkstraRunBgl(const Fixture& f, bool noColorMap) { return bglDijkstra(f, noColorMap).back(); }

[[gnu::noinline]] double dijkstraRunLemon(const Fixture& f) {
    return f.digraph.lemon->dijkstraOnce(static_cast<int>(f.source), static_cast<int>(f.digraph.graph.vertexCount() - 1));
}

void dijkstraStepwise(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    for (auto _ : state) benchmark::DoNotOptimize(dijkstraRunStepwise(f));
}

/// What the catalogue entry runs: the negative-weight scan, then the search (BGL checks each arc it
/// examines; LEMON checks nothing).
void dijkstraStepwiseChecked(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    trace::NullTracer<GraphEvent> tracer;
    for (auto _ : state) {
        requireNonNegativeWeights(f.digraph.graph, "Dijkstra");
        ShortestPaths sp = dijkstra(f.digraph.graph, f.source, tracer);
        benchmark::DoNotOptimize(sp.distance.data());
    }
}

/// Recording every step. With `reserve` the event vector is sized up front to exactly the events
/// the run records; otherwise it grows by doubling, as the app's recording does.
template <class Run>
void traced(benchmark::State& state, bool reserve, Run run) {
    const std::size_t expected = reserve ? eventCount(run) : 0;
    double bytesPerEvent = 0, events = 0, payload = 0;
    for (auto _ : state) {
        trace::RecordingTracer<GraphEvent> tracer;
        if (reserve) tracer.reserve(expected);
        run(tracer);
        const auto& t = tracer.trace();
        bytesPerEvent = t.bytesPerEvent();
        events = static_cast<double>(t.size());
        payload = static_cast<double>(t.events.size() * sizeof(GraphEvent) + t.values.size() * sizeof(double)) /
                  static_cast<double>(t.size());
    }
    state.counters["bytes/event"] = bytesPerEvent;  // capacity held, as Trace::bytesPerEvent reports
    state.counters["used/event"] = payload;         // bytes actually filled
    state.counters["events"] = events;
}

void dijkstraTraced(benchmark::State& state, int size, bool reserve) {
    const Fixture& f = fixture(size);
    traced(state, reserve, [&f](trace::RecordingTracer<GraphEvent>& tracer) { dijkstraRunTraced(f, tracer); });
}

void dijkstraBgl(benchmark::State& state, int size, bool noColorMap) {
    const Fixture& f = fixture(size);
    for (auto _ : state) benchmark::DoNotOptimize(dijkstraRunBgl(f, noColorMap));
}

void dijkstraLemon(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    for (auto _ : state) benchmark::DoNotOptimize(dijkstraRunLemon(f));
}

// ---------------------------------------------------------------------------------------------
// BFS: hop distances and the BFS tree from the source (BGL records both through its visitor).

std::vector<std::uint32_t> bglBfs(const Fixture& f) {
    const auto n = f.digraph.graph.vertexCount();
    std::vector<std::uint32_t> hops(n, none);
    std::vector<std::uint32_t> pred(n, none);
    const auto index = boost::get(boost::vertex_index, f.digraph.bgl);
    auto hopMap = boost::make_iterator_property_map(hops.begin(), index);
    auto predMap = boost::make_iterator_property_map(pred.begin(), index);
    hops[f.source] = 0;
    boost::breadth_first_search(
        f.digraph.bgl, f.source,
        boost::visitor(boost::make_bfs_visitor(std::make_pair(boost::record_distances(hopMap, boost::on_tree_edge()),
                                                              boost::record_predecessors(predMap, boost::on_tree_edge())))));
    return hops;
}

void verifyBfs(const Fixture& f) {
    trace::NullTracer<GraphEvent> null;
    const BfsResult r = bfs(f.digraph.graph, f.source, null);
    if (bglBfs(f) != r.hops) fail("BFS hops, Stepwise vs BGL");
    const auto lemon = f.digraph.lemon->bfsDistances(static_cast<int>(f.source));
    for (VertexId v = 0; v < r.hops.size(); ++v)
        if ((lemon[v] < 0 ? none : static_cast<std::uint32_t>(lemon[v])) != r.hops[v])
            fail("BFS hops of vertex " + std::to_string(v) + ", Stepwise vs LEMON");
}

void bfsStepwise(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    trace::NullTracer<GraphEvent> tracer;
    for (auto _ : state) {
        BfsResult r = bfs(f.digraph.graph, f.source, tracer);
        benchmark::DoNotOptimize(r.hops.data());
    }
}

void bfsTraced(benchmark::State& state, int size, bool reserve) {
    const Fixture& f = fixture(size);
    traced(state, reserve, [&f](auto& tracer) {
        BfsResult r = bfs(f.digraph.graph, f.source, tracer);
        benchmark::DoNotOptimize(r.hops.data());
    });
}

void bfsBgl(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    for (auto _ : state) {
        auto hops = bglBfs(f);
        benchmark::DoNotOptimize(hops.data());
    }
}

void bfsLemon(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    const int probe = static_cast<int>(f.digraph.graph.vertexCount() - 1);
    for (auto _ : state) benchmark::DoNotOptimize(f.digraph.lemon->bfsOnce(static_cast<int>(f.source), probe));
}

// ---------------------------------------------------------------------------------------------
// Topological sort on the DAG. Stepwise's DFS method is the same algorithm as BGL's and LEMON's;
// Kahn's is measured too.

std::vector<std::uint32_t> bglTopologicalSort(const Fixture& f) {
    std::vector<std::uint32_t> reversed;
    reversed.reserve(f.dag.graph.vertexCount());
    boost::topological_sort(f.dag.bgl, std::back_inserter(reversed));
    return reversed;
}

/// Aborts unless `position` (vertex → place) puts every arc's tail before its head.
void requireTopological(const Graph& g, const std::vector<std::uint32_t>& position, const char* who) {
    if (position.size() != g.vertexCount()) fail(std::string(who) + ": topological order has the wrong length");
    for (ArcId a = 0; a < g.arcCount(); ++a)
        if (position[g.tail(a)] >= position[g.head(a)])
            fail(std::string(who) + ": topological order puts arc " + std::to_string(a) + "'s head first");
}

std::vector<std::uint32_t> positionsOf(const std::vector<VertexId>& order, std::size_t n) {
    std::vector<std::uint32_t> position(n, none);
    for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = static_cast<std::uint32_t>(i);
    return position;
}

void verifyTopologicalSort(const Fixture& f) {
    const Graph& g = f.dag.graph;
    const std::size_t n = g.vertexCount();
    trace::NullTracer<GraphEvent> null;
    const auto dfs = dfsTopologicalSort(g, null);
    const auto kahn = kahnTopologicalSort(g, null);
    if (dfs.cycle || kahn.cycle) fail("Stepwise found a cycle in the generated DAG");
    requireTopological(g, positionsOf(dfs.order, n), "Stepwise DFS");
    requireTopological(g, positionsOf(kahn.order, n), "Stepwise Kahn");
    auto bgl = bglTopologicalSort(f);
    std::reverse(bgl.begin(), bgl.end());
    requireTopological(g, positionsOf(bgl, n), "BGL");
    if (bgl != dfs.order) fail("topological order, Stepwise DFS vs BGL (same roots and arc order expected)");
    const auto lemon = f.dag.lemon->topologicalPositions();
    requireTopological(g, std::vector<std::uint32_t>(lemon.begin(), lemon.end()), "LEMON");
}

void topologicalStepwise(benchmark::State& state, int size, bool kahn) {
    const Fixture& f = fixture(size);
    trace::NullTracer<GraphEvent> tracer;
    for (auto _ : state) {
        TopologicalOrder r = kahn ? kahnTopologicalSort(f.dag.graph, tracer) : dfsTopologicalSort(f.dag.graph, tracer);
        benchmark::DoNotOptimize(r.order.data());
    }
}

void topologicalTraced(benchmark::State& state, int size, bool reserve) {
    const Fixture& f = fixture(size);
    traced(state, reserve, [&f](auto& tracer) {
        TopologicalOrder r = dfsTopologicalSort(f.dag.graph, tracer);
        benchmark::DoNotOptimize(r.order.data());
    });
}

void topologicalBgl(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    for (auto _ : state) {
        auto order = bglTopologicalSort(f);
        benchmark::DoNotOptimize(order.data());
    }
}

void topologicalLemon(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    for (auto _ : state) benchmark::DoNotOptimize(f.dag.lemon->topologicalSortOnce(0));
}

// ---------------------------------------------------------------------------------------------
// Strongly connected components of the random digraph. Stepwise's Tarjan is BGL's algorithm;
// Kosaraju (two passes, like LEMON's) is measured too.

/// Component labels renamed to the smallest vertex of each component, so partitions compare equal
/// whatever ids each library gave.
template <class Label>
std::vector<std::uint32_t> canonical(const std::vector<Label>& component) {
    std::map<Label, std::uint32_t> first;
    std::vector<std::uint32_t> out(component.size());
    for (std::size_t v = 0; v < component.size(); ++v)
        out[v] = first.try_emplace(component[v], static_cast<std::uint32_t>(v)).first->second;
    return out;
}

std::uint32_t bglScc(const Fixture& f, std::vector<std::uint32_t>& component) {
    component.assign(f.digraph.graph.vertexCount(), 0);
    const auto index = boost::get(boost::vertex_index, f.digraph.bgl);
    return static_cast<std::uint32_t>(
        boost::strong_components(f.digraph.bgl, boost::make_iterator_property_map(component.begin(), index)));
}

void verifyScc(const Fixture& f) {
    trace::NullTracer<GraphEvent> null;
    const SccResult tarjan = tarjanScc(f.digraph.graph, null);
    const SccResult kosaraju = kosarajuScc(f.digraph.graph, null);
    std::vector<std::uint32_t> bgl;
    const auto bglCount = bglScc(f, bgl);
    int lemonCount = 0;
    const auto lemon = f.digraph.lemon->strongComponents(lemonCount);
    std::fprintf(stderr, "graph_bench: %u strongly connected components\n", tarjan.count);
    if (kosaraju.count != tarjan.count || bglCount != tarjan.count || static_cast<std::uint32_t>(lemonCount) != tarjan.count)
        fail("SCC counts: Stepwise Tarjan " + std::to_string(tarjan.count) + ", Kosaraju " +
             std::to_string(kosaraju.count) + ", BGL " + std::to_string(bglCount) + ", LEMON " +
             std::to_string(lemonCount));
    const auto reference = canonical(tarjan.component);
    if (canonical(kosaraju.component) != reference) fail("SCC partition, Tarjan vs Kosaraju");
    if (canonical(bgl) != reference) fail("SCC partition, Stepwise vs BGL");
    if (canonical(lemon) != reference) fail("SCC partition, Stepwise vs LEMON");
}

void sccStepwise(benchmark::State& state, int size, bool kosaraju) {
    const Fixture& f = fixture(size);
    trace::NullTracer<GraphEvent> tracer;
    for (auto _ : state) {
        SccResult r = kosaraju ? kosarajuScc(f.digraph.graph, tracer) : tarjanScc(f.digraph.graph, tracer);
        benchmark::DoNotOptimize(r.component.data());
    }
}

void sccTraced(benchmark::State& state, int size, bool reserve) {
    const Fixture& f = fixture(size);
    traced(state, reserve, [&f](auto& tracer) {
        SccResult r = tarjanScc(f.digraph.graph, tracer);
        benchmark::DoNotOptimize(r.component.data());
    });
}

void sccBgl(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    for (auto _ : state) {
        std::vector<std::uint32_t> c;
        benchmark::DoNotOptimize(bglScc(f, c));
    }
}

void sccLemon(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    for (auto _ : state) benchmark::DoNotOptimize(f.digraph.lemon->strongComponentsOnce());
}

// ---------------------------------------------------------------------------------------------
// Registration and the summary

void registerAll() {
    for (int size = 0; size < static_cast<int>(std::size(kSizes)); ++size) {
        const std::string s = std::string("/") + kSizes[size].name;
        const auto unit = size == 0 ? benchmark::kMicrosecond : benchmark::kMillisecond;
        auto add = [&](const std::string& name, auto fn) {
            benchmark::RegisterBenchmark(name.c_str(), fn)->Unit(unit);
        };
        add("Dijkstra/Stepwise" + s, [size](benchmark::State& st) { dijkstraStepwise(st, size); });
        add("Dijkstra/StepwiseWeightCheck" + s, [size](benchmark::State& st) { dijkstraStepwiseChecked(st, size); });
        add("Dijkstra/StepwiseTraced" + s, [size](benchmark::State& st) { dijkstraTraced(st, size, false); });
        add("Dijkstra/StepwiseTracedReserved" + s, [size](benchmark::State& st) { dijkstraTraced(st, size, true); });
        add("Dijkstra/BGL" + s, [size](benchmark::State& st) { dijkstraBgl(st, size, false); });
        add("Dijkstra/BGLNoColorMap" + s, [size](benchmark::State& st) { dijkstraBgl(st, size, true); });
        add("Dijkstra/LEMON" + s, [size](benchmark::State& st) { dijkstraLemon(st, size); });
        add("BFS/Stepwise" + s, [size](benchmark::State& st) { bfsStepwise(st, size); });
        add("BFS/StepwiseTraced" + s, [size](benchmark::State& st) { bfsTraced(st, size, false); });
        add("BFS/StepwiseTracedReserved" + s, [size](benchmark::State& st) { bfsTraced(st, size, true); });
        add("BFS/BGL" + s, [size](benchmark::State& st) { bfsBgl(st, size); });
        add("BFS/LEMON" + s, [size](benchmark::State& st) { bfsLemon(st, size); });
        add("TopologicalSort/Stepwise" + s, [size](benchmark::State& st) { topologicalStepwise(st, size, false); });
        add("TopologicalSort/StepwiseKahn" + s, [size](benchmark::State& st) { topologicalStepwise(st, size, true); });
        add("TopologicalSort/StepwiseTraced" + s, [size](benchmark::State& st) { topologicalTraced(st, size, false); });
        add("TopologicalSort/StepwiseTracedReserved" + s,
            [size](benchmark::State& st) { topologicalTraced(st, size, true); });
        add("TopologicalSort/BGL" + s, [size](benchmark::State& st) { topologicalBgl(st, size); });
        add("TopologicalSort/LEMON" + s, [size](benchmark::State& st) { topologicalLemon(st, size); });
        add("SCC/Stepwise" + s, [size](benchmark::State& st) { sccStepwise(st, size, false); });
        add("SCC/StepwiseKosaraju" + s, [size](benchmark::State& st) { sccStepwise(st, size, true); });
        add("SCC/StepwiseTraced" + s, [size](benchmark::State& st) { sccTraced(st, size, false); });
        add("SCC/StepwiseTracedReserved" + s, [size](benchmark::State& st) { sccTraced(st, size, true); });
        add("SCC/BGL" + s, [size](benchmark::State& st) { sccBgl(st, size); });
        add("SCC/LEMON" + s, [size](benchmark::State& st) { sccLemon(st, size); });
    }
}

struct Measured {
    double seconds = 0;  // CPU time per iteration; the median when repetitions ran
    bool median = false;
    benchmark::UserCounters counters;
};

/// The console output as usual, plus every run kept for the summary.
class CapturingReporter : public benchmark::ConsoleReporter {
public:
    using ConsoleReporter::ConsoleReporter;
    std::map<std::string, Measured> runs;

    void ReportRuns(const std::vector<Run>& reports) override {
        for (const Run& r : reports) {
            if (r.error_occurred) continue;
            const bool isMedian = r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
            if (r.run_type == Run::RT_Aggregate && !isMedian) continue;
            Measured& m = runs[r.run_name.str()];
            if (m.median && !isMedian) continue;
            m.seconds = r.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(r.time_unit);
            m.median = isMedian;
            if (!isMedian) m.counters = r.counters;  // aggregates of counters are not what we want here
        }
        ConsoleReporter::ReportRuns(reports);
    }
};

std::string formatTime(double seconds) {
    char buffer[32];
    if (seconds >= 1e-3) std::snprintf(buffer, sizeof buffer, "%.2f ms", seconds * 1e3);
    else std::snprintf(buffer, sizeof buffer, "%.1f us", seconds * 1e6);
    return buffer;
}

std::string formatRatio(std::optional<double> r) {
    if (!r) return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", *r);
    return buffer;
}

void printSummary(const std::map<std::string, Measured>& runs) {
    const char* algorithms[] = {"Dijkstra", "BFS", "TopologicalSort", "SCC"};
    bool header = false;
    for (const auto* algorithm : algorithms) {
        for (const auto& size : kSizes) {
            auto find = [&](const char* impl) -> const Measured* {
                const auto it = runs.find(std::string(algorithm) + "/" + impl + "/" + size.name);
                return it == runs.end() ? nullptr : &it->second;
            };
            const Measured* stepwise = find("Stepwise");
            if (!stepwise) continue;
            // The faster BGL variant stands for BGL.
            const Measured* bgl = nullptr;
            std::string bglName = "-";
            for (const char* variant : {"BGL", "BGLNoColorMap"})
                if (const Measured* m = find(variant); m && (!bgl || m->seconds < bgl->seconds)) {
                    bgl = m;
                    bglName = variant;
                }
            const Measured* lemon = find("LEMON");
            const Measured* traced = find("StepwiseTraced");
            const Measured* reserved = find("StepwiseTracedReserved");
            auto ratio = [&](const Measured* m) -> std::optional<double> {
                if (!m) return std::nullopt;
                return stepwise->seconds / m->seconds;
            };
            auto slowdown = [&](const Measured* m) -> std::optional<double> {
                if (!m) return std::nullopt;
                return m->seconds / stepwise->seconds;
            };
            auto bytes = [](const Measured* m) -> std::string {
                if (!m) return "-";
                const auto it = m->counters.find("bytes/event");
                if (it == m->counters.end()) return "-";
                char buffer[32];
                std::snprintf(buffer, sizeof buffer, "%.1f", it->second.value);
                return buffer;
            };
            if (!header) {
                std::printf("\nSummary: CPU time per run (median when --benchmark_repetitions > 1); "
                            "ratio < 1 means Stepwise is faster\n");
                std::printf("%-22s %11s %11s %-14s %11s %13s %15s %15s %17s %12s %12s\n", "algorithm/size",
                            "stepwise", "BGL", "(BGL variant)", "LEMON", "stepwise/BGL", "stepwise/LEMON",
                            "traced/untr.", "traced+rsv/untr.", "bytes/event", "(reserved)");
                header = true;
            }
            const std::string name = std::string(algorithm) + "/" + size.name;
            std::printf("%-22s %11s %11s %-14s %11s %13s %15s %15s %17s %12s %12s\n", name.c_str(),
                        formatTime(stepwise->seconds).c_str(), bgl ? formatTime(bgl->seconds).c_str() : "-",
                        bglName.c_str(), lemon ? formatTime(lemon->seconds).c_str() : "-",
                        formatRatio(ratio(bgl)).c_str(), formatRatio(ratio(lemon)).c_str(),
                        formatRatio(slowdown(traced)).c_str(), formatRatio(slowdown(reserved)).c_str(),
                        bytes(traced).c_str(), bytes(reserved).c_str());
        }
    }
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    registerAll();
    // Colour only on a terminal, as Google Benchmark's own default reporter does.
    CapturingReporter reporter(isatty(fileno(stdout)) ? benchmark::ConsoleReporter::OO_ColorTabular
                                                      : benchmark::ConsoleReporter::OO_Tabular);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    printSummary(reporter.runs);
    benchmark::Shutdown();
    return 0;
}
