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

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>

#include "LemonRunner.h"
#include "core/graph/Dijkstra.h"
#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
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
        for (ArcId a = 0; a < graph.arcCount(); a += 997) {
            const auto e = *std::next(boost::edges(bgl).first, a);
            if (boost::source(e, bgl) != graph.tail(a) || boost::target(e, bgl) != graph.head(a) ||
                lemon->head(static_cast<int>(a)) != static_cast<int>(graph.head(a)))
                fail("arc order differs after conversion");
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

struct Fixture {
    Triple digraph;
    VertexId source = 0;
};

void verifyDijkstra(const Fixture& f);

/// Built on first use (a smoke run of Small never builds Large), then checked: every
/// implementation must agree before anything is timed.
const Fixture& fixture(int size) {
    static std::unique_ptr<Fixture> built[std::size(kSizes)];
    if (!built[size]) {
        const SizeSpec& spec = kSizes[size];
        built[size].reset(new Fixture{Triple(randomDigraph(spec, kSeed + size)), 0});  // Triple cannot move
        verifyDijkstra(*built[size]);
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

void dijkstraStepwise(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    trace::NullTracer<GraphEvent> tracer;
    for (auto _ : state) {
        ShortestPaths sp = dijkstra(f.digraph.graph, f.source, tracer);
        benchmark::DoNotOptimize(sp.distance.data());
    }
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

/// Recording every step; `reserve` sizes the event vector up front (one event per arc and vertex
/// at most), otherwise it grows by doubling as the app's recording does.
void dijkstraTraced(benchmark::State& state, int size, bool reserve) {
    const Fixture& f = fixture(size);
    const Graph& g = f.digraph.graph;
    double bytesPerEvent = 0, events = 0, payload = 0;
    for (auto _ : state) {
        trace::RecordingTracer<GraphEvent> tracer;
        if (reserve) tracer.reserve(g.vertexCount() + g.arcCount() + 2);
        ShortestPaths sp = dijkstra(g, f.source, tracer);
        benchmark::DoNotOptimize(sp.distance.data());
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

void dijkstraBgl(benchmark::State& state, int size, bool noColorMap) {
    const Fixture& f = fixture(size);
    for (auto _ : state) {
        auto dist = bglDijkstra(f, noColorMap);
        benchmark::DoNotOptimize(dist.data());
    }
}

void dijkstraLemon(benchmark::State& state, int size) {
    const Fixture& f = fixture(size);
    const int probe = static_cast<int>(f.digraph.graph.vertexCount() - 1);
    for (auto _ : state) benchmark::DoNotOptimize(f.digraph.lemon->dijkstraOnce(static_cast<int>(f.source), probe));
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
    CapturingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    printSummary(reporter.runs);
    benchmark::Shutdown();
    return 0;
}
