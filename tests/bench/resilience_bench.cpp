// The circuit breaker's cost per call: a permitted call (permission + recorded outcome) and a
// rejected one (OPEN), with tracing off (NullTracer) and on (RecordingTracer), count- and
// time-based windows. Printed against Resilience4j's published JMH figure (5.67 calls per µs,
// about 176 ns a call) and our aims (≤ 50 ns permitted, ≤ 30 ns rejected). README.md here.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>

#include "RatioReporter.h"
#include "core/resilience/CircuitBreaker.h"

namespace {

using namespace stepwise::resilience;

constexpr int kBatch = 1024;  // calls per iteration: the figure is per call
constexpr double kResilience4jNs = 1000.0 / 5.67;

BreakerConfig config(WindowType type, std::uint32_t size) {
    BreakerConfig c;
    c.slidingWindowType = type;
    c.slidingWindowSize = size;
    c.minimumNumberOfCalls = size;
    c.failureRateThreshold = 50;
    c.waitDurationInOpenState = 3600 * second;  // stays OPEN once open
    return c;
}

/// Permitted calls in CLOSED: one in eight fails, never enough to trip. The clock moves 1 ms a
/// call, so a time window keeps turning buckets over.
template <class Tracer>
void permitted(benchmark::State& state, WindowType type) {
    CircuitBreaker breaker(config(type, static_cast<std::uint32_t>(state.range(0))));
    Tracer tracer;
    Time now = 0;
    for (auto _ : state) {
        for (int i = 0; i < kBatch; ++i) {
            now += millisecond;
            if (breaker.tryAcquirePermission(now, tracer)) breaker.onResult(now, 20 * millisecond, (i & 7) == 0, tracer);
        }
        if constexpr (!std::is_same_v<Tracer, NullTracer>) tracer.events.clear();  // keeps its capacity
    }
    if (breaker.state() != BreakerState::Closed) state.SkipWithError("the breaker tripped");
    state.SetItemsProcessed(state.iterations() * kBatch);
}

/// Rejected calls in OPEN.
template <class Tracer>
void rejected(benchmark::State& state, WindowType type) {
    const auto size = static_cast<std::uint32_t>(state.range(0));
    CircuitBreaker breaker(config(type, size));
    for (std::uint32_t i = 0; i < size; ++i)
        if (breaker.tryAcquirePermission(0)) breaker.onResult(0, 0, true);
    if (breaker.state() != BreakerState::Open) state.SkipWithError("the breaker did not open");
    Tracer tracer;
    Time now = 0;
    for (auto _ : state) {
        for (int i = 0; i < kBatch; ++i) {
            now += millisecond;
            benchmark::DoNotOptimize(breaker.tryAcquirePermission(now, tracer));
        }
        if constexpr (!std::is_same_v<Tracer, NullTracer>) tracer.events.clear();
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
}

void Permitted_Count(benchmark::State& s) { permitted<NullTracer>(s, WindowType::CountBased); }
void Permitted_Time(benchmark::State& s) { permitted<NullTracer>(s, WindowType::TimeBased); }
void Permitted_CountTraced(benchmark::State& s) { permitted<RecordingTracer>(s, WindowType::CountBased); }
void Rejected_Count(benchmark::State& s) { rejected<NullTracer>(s, WindowType::CountBased); }
void Rejected_CountTraced(benchmark::State& s) { rejected<RecordingTracer>(s, WindowType::CountBased); }

BENCHMARK(Permitted_Count)->Arg(10)->Arg(100);
BENCHMARK(Permitted_Time)->Arg(10)->Arg(100);
BENCHMARK(Permitted_CountTraced)->Arg(10)->Arg(100);
BENCHMARK(Rejected_Count)->Arg(10)->Arg(100);
BENCHMARK(Rejected_CountTraced)->Arg(10)->Arg(100);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    stepwise::bench::RatioReporter reporter(isatty(fileno(stdout)) ? benchmark::ConsoleReporter::OO_ColorTabular
                                                                   : benchmark::ConsoleReporter::OO_Tabular);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nPer call (CPU time), against Resilience4j's 176 ns and our aims (< 1 is better):\n");
    std::printf("%-34s %9s %12s %10s\n", "benchmark", "ns/call", "/ R4j 176ns", "/ aim");
    for (const auto& [name, seconds] : reporter.seconds) {
        const double ns = seconds * 1e9 / kBatch;
        const double aim = name.starts_with("Rejected") ? 30 : 50;
        std::printf("%-34s %9.2f %12.3f %10.3f\n", name.c_str(), ns, ns / kResilience4jNs, ns / aim);
    }
    reporter.ratio("tracing on / off, permitted (window 100)", "Permitted_CountTraced/100", "Permitted_Count/100");
    reporter.ratio("tracing on / off, rejected (window 100)", "Rejected_CountTraced/100", "Rejected_Count/100");
    reporter.ratio("time window / count window, permitted (100)", "Permitted_Time/100", "Permitted_Count/100");
    benchmark::Shutdown();
    return 0;
}
