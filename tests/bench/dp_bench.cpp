// Edit distance and LCS: Stepwise's plain linear-memory DP in cells per second, edlib (bit-parallel,
// Myers/Hyyrö) in the same run for context, and the cost of recording a 2,000 × 2,000 table.
#include <benchmark/benchmark.h>
#include <edlib.h>

#include <string>
#include <unistd.h>

#include "RatioReporter.h"
#include "core/dp/DpEvent.h"
#include "core/dp/EditDistance.h"
#include "core/dp/Lcs.h"
#include "core/trace/Random.h"
#include "core/trace/Trace.h"

namespace {

using namespace stepwise;

std::string randomText(std::size_t n, std::uint64_t seed) {
    Random r(seed);
    std::string s(n, 'a');
    for (auto& c : s) c = static_cast<char>('a' + r.below(4));  // DNA-like alphabet
    return s;
}

std::size_t sizeOf(const benchmark::State& state) { return static_cast<std::size_t>(state.range(0)); }

void cells(benchmark::State& state, std::size_t n) {
    state.counters["cells/s"] = benchmark::Counter(static_cast<double>(n) * static_cast<double>(n) * static_cast<double>(state.iterations()),
                                                   benchmark::Counter::kIsRate);
}

void EditDistance_Stepwise(benchmark::State& state) {
    const auto n = sizeOf(state);
    const auto a = randomText(n, 1), b = randomText(n, 2);
    for (auto _ : state) benchmark::DoNotOptimize(dp::editDistanceValue(a, b));
    cells(state, n);
}

void EditDistance_Edlib(benchmark::State& state) {
    const auto n = sizeOf(state);
    const auto a = randomText(n, 1), b = randomText(n, 2);
    const auto expected = dp::editDistanceValue(a, b);  // both must answer the same
    for (auto _ : state) {
        EdlibAlignResult r = edlibAlign(a.data(), static_cast<int>(n), b.data(), static_cast<int>(n),
                                        edlibNewAlignConfig(-1, EDLIB_MODE_NW, EDLIB_TASK_DISTANCE, nullptr, 0));
        if (r.editDistance != expected) state.SkipWithError("edlib and Stepwise disagree");
        benchmark::DoNotOptimize(r.editDistance);
        edlibFreeAlignResult(r);
    }
    cells(state, n);
}

void Lcs_Stepwise(benchmark::State& state) {
    const auto n = sizeOf(state);
    const auto a = randomText(n, 3), b = randomText(n, 4);
    for (auto _ : state) benchmark::DoNotOptimize(dp::lcsLength(a, b));
    cells(state, n);
}

// The full table untraced (what a traced run must be compared with) and traced, with the events kept.
void EditDistanceTable_Untraced(benchmark::State& state) {
    const auto n = sizeOf(state);
    const auto a = randomText(n, 5), b = randomText(n, 6);
    for (auto _ : state) {
        trace::NullTracer<dp::DpEvent> off;
        benchmark::DoNotOptimize(dp::editDistanceTable(a, b, off).back());
    }
    cells(state, n);
}

void EditDistanceTable_Traced(benchmark::State& state) {
    const auto n = sizeOf(state);
    const auto a = randomText(n, 5), b = randomText(n, 6);
    double bytes = 0;
    for (auto _ : state) {
        trace::RecordingTracer<dp::DpEvent> tracer;
        tracer.reserve((n + 1) * (n + 1));
        benchmark::DoNotOptimize(dp::editDistanceTable(a, b, tracer).back());
        bytes = tracer.trace().bytesPerEvent();
    }
    cells(state, n);
    state.counters["bytes/event"] = bytes;
}

}  // namespace

BENCHMARK(EditDistance_Stepwise)->Arg(64)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(EditDistance_Edlib)->Arg(64)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(Lcs_Stepwise)->Arg(64)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(EditDistanceTable_Untraced)->Arg(64)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(EditDistanceTable_Traced)->Arg(64)->Arg(2000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    stepwise::bench::RatioReporter reporter(isatty(fileno(stdout)) ? benchmark::ConsoleReporter::OO_ColorTabular
                                                                   : benchmark::ConsoleReporter::OO_Tabular);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nRatios (time per run; below 1 means the first is faster):\n");
    reporter.ratio("edit distance 10k, Stepwise / edlib", "EditDistance_Stepwise/10000", "EditDistance_Edlib/10000");
    reporter.ratio("edit distance 2k table, traced / untraced table", "EditDistanceTable_Traced/2000", "EditDistanceTable_Untraced/2000");
    benchmark::Shutdown();
    return 0;
}
