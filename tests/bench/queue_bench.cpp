// The job queue's speed: the threaded executor (core/queue/JobExecutor) against oneTBB's
// task_group and a plain moodycamel ConcurrentQueue hand-off, one million no-op jobs on 2 workers
// each, in the same run (wall time: the work is on other threads); and the simulated queue
// (core/queue/QueueSimulation) running a million jobs with tracing off, jobs per second of wall time.
#include <benchmark/benchmark.h>
#include <concurrentqueue/blockingconcurrentqueue.h>
#include <tbb/global_control.h>
#include <tbb/task_arena.h>
#include <tbb/task_group.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

#include "RatioReporter.h"
#include "core/queue/JobExecutor.h"
#include "core/queue/QueueSimulation.h"

namespace {

using namespace stepwise;

constexpr int kWorkers = 2;

void Executor_NoOp(benchmark::State& state) {
    const auto n = static_cast<std::uint64_t>(state.range(0));
    for (auto _ : state) {
        queue::ExecutorConfig config;
        config.workers = kWorkers;
        queue::JobExecutor ex(config, [](std::uint64_t, std::uint32_t) { return true; });
        for (std::uint64_t id = 0; id < n; ++id) ex.submit(id);
        ex.drain();
        if (ex.stats().completed != n) state.SkipWithError("jobs lost");
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}

void Tbb_TaskGroup(benchmark::State& state) {
    const auto n = static_cast<std::uint64_t>(state.range(0));
    // Two worker threads besides the submitting one, as the executor has: TBB limits workers to
    // cores − 1 unless told otherwise, and the arena keeps one slot for the submitting thread.
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, kWorkers + 1);
    tbb::task_arena arena(kWorkers + 1, 1);
    std::atomic<std::uint64_t> done{0};
    for (auto _ : state) {
        done = 0;
        tbb::task_group group;
        arena.execute([&] {
            for (std::uint64_t i = 0; i < n; ++i) group.run([&done] { done.fetch_add(1, std::memory_order_relaxed); });
            group.wait();
        });
        if (done.load() != n) state.SkipWithError("tasks lost");
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}

void Moodycamel_Handoff(benchmark::State& state) {
    const auto n = static_cast<std::uint64_t>(state.range(0));
    for (auto _ : state) {
        moodycamel::BlockingConcurrentQueue<std::uint64_t> q;
        std::atomic<std::uint64_t> taken{0};
        std::vector<std::thread> consumers;
        for (int w = 0; w < kWorkers; ++w)
            consumers.emplace_back([&] {
                moodycamel::ConsumerToken token(q);
                std::uint64_t items[64];
                while (taken.load(std::memory_order_relaxed) < n) {
                    const std::size_t got = q.wait_dequeue_bulk_timed(token, items, 64, 1000);
                    if (got) taken.fetch_add(got, std::memory_order_relaxed);
                }
            });
        for (std::uint64_t i = 0; i < n; ++i) q.enqueue(i);
        for (auto& t : consumers) t.join();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}

void SimQueue_TracingOff(benchmark::State& state) {
    queue::QueueConfig config;
    config.jobs = static_cast<std::size_t>(state.range(0));
    config.workers = config.minWorkers = config.maxWorkers = kWorkers;
    config.rate = 1000;
    config.meanService = sim::millisecond;
    config.failureRate = 0.1;
    std::uint64_t events = 0;
    for (auto _ : state) {
        queue::QueueSim sim(config);
        sim.runToEnd();
        events = sim.position();
        if (sim.completed() + sim.dead() != config.jobs) state.SkipWithError("jobs lost");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["events/job"] = static_cast<double>(events) / static_cast<double>(state.range(0));
}

// The million-job runs, and ten-job ones named *_Small for .ci/run's smoke run (a UseRealTime name
// ends in /real_time, so the filter finds them by "Small").
#define QUEUE_BENCHMARK(f)                                                                          \
    BENCHMARK(f)->Arg(1'000'000)->UseRealTime()->Unit(benchmark::kMillisecond);                     \
    BENCHMARK(f)->Name(#f "_Small")->Arg(10)->UseRealTime()->Unit(benchmark::kMillisecond)
QUEUE_BENCHMARK(Executor_NoOp);
QUEUE_BENCHMARK(Tbb_TaskGroup);
QUEUE_BENCHMARK(Moodycamel_Handoff);
QUEUE_BENCHMARK(SimQueue_TracingOff);

/// RatioReporter over wall time: these benchmarks work on threads the main thread only waits for.
class WallReporter : public bench::RatioReporter {
  public:
    using RatioReporter::RatioReporter;
    void ReportRuns(const std::vector<Run>& reports) override {
        RatioReporter::ReportRuns(reports);
        for (const auto& r : reports) {
            if (r.run_type == Run::RT_Aggregate && r.aggregate_name != "median") continue;
            std::string key = r.benchmark_name();
            if (r.run_type == Run::RT_Aggregate) key = key.substr(0, key.rfind('_'));
            // UseRealTime names end in /real_time; drop it so the keys read as the benchmarks do.
            const auto at = key.find("/real_time");
            if (at != std::string::npos) key.erase(at);
            seconds[key] = r.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(r.time_unit);
        }
    }
};

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    WallReporter reporter(isatty(fileno(stdout)) ? benchmark::ConsoleReporter::OO_ColorTabular
                                                 : benchmark::ConsoleReporter::OO_Tabular);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nWall time for 1,000,000 no-op jobs on 2 workers (lower is better; < 1: the executor is faster):\n");
    reporter.ratio("executor / oneTBB task_group", "Executor_NoOp/1000000", "Tbb_TaskGroup/1000000");
    reporter.ratio("executor / plain moodycamel hand-off", "Executor_NoOp/1000000", "Moodycamel_Handoff/1000000");
    for (const char* name : {"Executor_NoOp/1000000", "Tbb_TaskGroup/1000000", "Moodycamel_Handoff/1000000",
                             "SimQueue_TracingOff/1000000"}) {
        const auto it = reporter.seconds.find(name);
        if (it != reporter.seconds.end() && it->second > 0)
            std::printf("%-32s %10.0f jobs/s\n", name, 1e6 / it->second);
    }
    benchmark::Shutdown();
    return 0;
}
