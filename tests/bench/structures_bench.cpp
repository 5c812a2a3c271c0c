// Segment tree and heap operations per second against naive baselines (a plain array scanned per
// query; a sorted vector with insertion), and nanoseconds per pick for each load balancer.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <queue>
#include <unistd.h>

#include "RatioReporter.h"
#include "core/balance/LoadBalancer.h"
#include "core/structures/IndexedHeap.h"
#include "core/structures/SegmentTree.h"
#include "core/trace/Random.h"

namespace {

using namespace stepwise;
using namespace stepwise::structures;

constexpr int kOps = 10000;

struct RangeOp {
    std::size_t l, r;
    std::int64_t delta;  // 0: a sum query
};

std::vector<RangeOp> rangeOps(std::size_t n) {
    Random r(7);
    std::vector<RangeOp> ops(kOps);
    for (auto& op : ops) {
        op.l = r.below(n);
        op.r = r.below(n);
        if (op.l > op.r) std::swap(op.l, op.r);
        op.delta = r.chance(0.5) ? r.between(-5, 5) : 0;
    }
    return ops;
}

void SegmentTree_Stepwise(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto ops = rangeOps(n);
    trace::NullTracer<SegmentEvent> off;
    SegmentTree tree(SegmentKind::Sum, std::vector<std::int64_t>(n, 1), off);
    for (auto _ : state)
        for (const auto& op : ops) {
            if (op.delta) tree.add(op.l, op.r, op.delta, off);
            else benchmark::DoNotOptimize(tree.query(op.l, op.r, off));
        }
    state.counters["ops/s"] = benchmark::Counter(double(kOps) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void SegmentTree_NaiveArray(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto ops = rangeOps(n);
    std::vector<std::int64_t> values(n, 1);
    for (auto _ : state)
        for (const auto& op : ops) {
            std::int64_t sum = 0;
            for (std::size_t i = op.l; i <= op.r; ++i) {
                values[i] += op.delta;
                sum += values[i];
            }
            benchmark::DoNotOptimize(sum);
        }
    state.counters["ops/s"] = benchmark::Counter(double(kOps) * double(state.iterations()), benchmark::Counter::kIsRate);
}

std::vector<std::int64_t> heapKeys() {
    Random r(9);
    std::vector<std::int64_t> keys(kOps);
    for (auto& k : keys) k = r.between(0, 1'000'000);
    return keys;
}

// Pushes then pops everything: 2 × kOps operations per iteration.
void Heap_Stepwise(benchmark::State& state) {
    const auto keys = heapKeys();
    trace::NullTracer<HeapEvent> off;
    for (auto _ : state) {
        IndexedHeap heap;
        for (auto k : keys) heap.push(k, off);
        while (!heap.empty()) benchmark::DoNotOptimize(heap.pop(off));
    }
    state.counters["ops/s"] = benchmark::Counter(2.0 * kOps * double(state.iterations()), benchmark::Counter::kIsRate);
}

void Heap_StdPriorityQueue(benchmark::State& state) {
    const auto keys = heapKeys();
    for (auto _ : state) {
        std::priority_queue<std::int64_t, std::vector<std::int64_t>, std::greater<>> q;
        for (auto k : keys) q.push(k);
        while (!q.empty()) {
            benchmark::DoNotOptimize(q.top());
            q.pop();
        }
    }
    state.counters["ops/s"] = benchmark::Counter(2.0 * kOps * double(state.iterations()), benchmark::Counter::kIsRate);
}

void Heap_NaiveSortedVector(benchmark::State& state) {
    const auto keys = heapKeys();
    for (auto _ : state) {
        std::vector<std::int64_t> sorted;  // descending, so the minimum pops off the back
        for (auto k : keys) sorted.insert(std::upper_bound(sorted.begin(), sorted.end(), k, std::greater<>()), k);
        while (!sorted.empty()) {
            benchmark::DoNotOptimize(sorted.back());
            sorted.pop_back();
        }
    }
    state.counters["ops/s"] = benchmark::Counter(2.0 * kOps * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BalancerPick(benchmark::State& state, const char* policy) {
    auto lb = balance::makeBalancer(policy, balance::parseBackends("a:5,b:1,c:1,d:2,e:3,f:1,g:1,h:2"));
    std::vector<std::uint32_t> active{3, 1, 4, 1, 5, 9, 2, 6};
    Random r(11);
    std::uint64_t key = 0;
    for (auto _ : state) {
        const auto b = lb->pick(key++ * 0x9e3779b97f4a7c15ULL, active, r);
        active[b] = (active[b] + 1) & 15;  // keep the loads moving
        benchmark::DoNotOptimize(b);
    }
}

}  // namespace

BENCHMARK(SegmentTree_Stepwise)->Arg(64)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(SegmentTree_NaiveArray)->Arg(64)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(Heap_Stepwise)->Unit(benchmark::kMillisecond);
BENCHMARK(Heap_StdPriorityQueue)->Unit(benchmark::kMillisecond);
BENCHMARK(Heap_NaiveSortedVector)->Unit(benchmark::kMillisecond);
// The CPU column is the time per pick.
BENCHMARK_CAPTURE(BalancerPick, round_robin, "round-robin");
BENCHMARK_CAPTURE(BalancerPick, weighted_round_robin, "weighted-round-robin");
BENCHMARK_CAPTURE(BalancerPick, least_connections, "least-connections");
BENCHMARK_CAPTURE(BalancerPick, power_of_two, "power-of-two");
BENCHMARK_CAPTURE(BalancerPick, consistent_hash, "consistent-hash");

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    stepwise::bench::RatioReporter reporter(isatty(fileno(stdout)) ? benchmark::ConsoleReporter::OO_ColorTabular
                                                                   : benchmark::ConsoleReporter::OO_Tabular);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nRatios (time per run; below 1 means the first is faster):\n");
    reporter.ratio("segment tree, 100k values: Stepwise / naive array", "SegmentTree_Stepwise/100000", "SegmentTree_NaiveArray/100000");
    reporter.ratio("heap, 10k push + pop: Stepwise / std::priority_queue", "Heap_Stepwise", "Heap_StdPriorityQueue");
    reporter.ratio("heap, 10k push + pop: Stepwise / sorted vector", "Heap_Stepwise", "Heap_NaiveSortedVector");
    benchmark::Shutdown();
    return 0;
}
