// Cache throughput: every policy replaying Zipf-distributed requests, single thread, then a table of
// requests per second and of the slowdowns that TTLs and tracing cost. See README.md, "Caches".
//
// Names are Cache/<policy>/<variant>/<size>: variant Plain (no TTL, NullTracer), TTL (every key gets
// a TTL, so the expiry index and the active expiry cycle run) or Traced (RecordingTracer keeping every
// event). "Large" = 10 million requests, Zipf s = 0.99 over 1 million keys, capacity 100,000 (10 %
// of the keys); "Small" = 100,000 requests over 10,000 keys for a smoke run (--benchmark_filter=Small).
// The keys are generated once, outside every timed loop; each iteration builds a fresh cache and
// replays all of them. Workload/Zipf/<size> times generating the keys themselves.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "core/cache/CachePolicies.h"
#include "core/sim/Workload.h"
#include "core/trace/Trace.h"

namespace {

using namespace stepwise;

struct SizeSpec {
    const char* name;
    std::size_t requests;
    std::uint64_t keys;
    std::size_t capacity;
};
constexpr SizeSpec kSizes[] = {{"Small", 100'000, 10'000, 1'000}, {"Large", 10'000'000, 1'000'000, 100'000}};
constexpr std::uint64_t kSeed = 20240612;
constexpr double kZipfS = 0.99;
// A TTL set on insertion (a hit does not renew it) of 2 million requests: long enough that the
// cache still fills and evicts by policy (200,000 requests touch fewer distinct keys than the
// capacity, so a shorter TTL made every policy the same TTL-bound cache), short enough that hot keys
// expire and are found expired, lazily and by the active cycle.
constexpr cache::Tick kTtl = 2'000'000;

sim::Workload zipfWorkload(const SizeSpec& size) {
    sim::Workload w;
    w.kind = sim::WorkloadKind::Zipf;
    w.zipfS = kZipfS;
    w.keys = size.keys;
    return w;
}

/// Built on first use, so a Small smoke run never generates the Large keys.
const std::vector<cache::Key>& keysFor(const SizeSpec& size) {
    static std::map<std::string, std::vector<cache::Key>> keys;
    auto it = keys.find(size.name);
    if (it == keys.end())
        it = keys.emplace(size.name, sim::generateKeys(zipfWorkload(size), size.requests, kSeed)).first;
    return it->second;
}

enum class Variant { Plain, Ttl, Traced };
const char* variantName(Variant v) {
    return v == Variant::Plain ? "Plain" : v == Variant::Ttl ? "TTL" : "Traced";
}

std::size_t replayOnce(const std::string& policy, const SizeSpec& size, Variant variant) {
    cache::CacheOptions options;
    options.capacity = size.capacity;
    options.seed = kSeed;
    const auto& keys = keysFor(size);
    return cache::withCache(policy, options, [&](auto& c) {
        std::size_t hits = 0;
        cache::Tick now = 0;
        if (variant == Variant::Traced) {
            trace::RecordingTracer<cache::CacheEvent> tracer;
            for (cache::Key k : keys) hits += c.access(k, ++now, tracer, 0);
            benchmark::DoNotOptimize(tracer.trace().events.data());
        } else {
            trace::NullTracer<cache::CacheEvent> off;
            const cache::Tick ttl = variant == Variant::Ttl ? kTtl : 0;
            for (cache::Key k : keys) hits += c.access(k, ++now, off, ttl);
        }
        return hits;
    });
}

void registerAll() {
    for (const auto& size : kSizes) {
        const std::string generate = std::string("Workload/Zipf/") + size.name;
        benchmark::RegisterBenchmark(generate.c_str(), [&size](benchmark::State& state) {
            for (auto _ : state)
                benchmark::DoNotOptimize(sim::generateKeys(zipfWorkload(size), size.requests, kSeed).data());
            state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * size.requests));
        })->Unit(benchmark::kMillisecond);
        for (const auto& policy : cache::policyNames()) {
            for (Variant v : {Variant::Plain, Variant::Ttl, Variant::Traced}) {
                const std::string name = "Cache/" + policy + "/" + variantName(v) + "/" + size.name;
                benchmark::RegisterBenchmark(name.c_str(), [policy, &size, v](benchmark::State& state) {
                    // Checked before timing: tracing must not change a single hit.
                    if (v == Variant::Traced &&
                        replayOnce(policy, size, v) != replayOnce(policy, size, Variant::Plain)) {
                        std::fprintf(stderr, "cache_bench: %s traced and untraced runs disagree\n",
                                     policy.c_str());
                        std::abort();
                    }
                    std::size_t hits = 0;
                    for (auto _ : state) benchmark::DoNotOptimize(hits = replayOnce(policy, size, v));
                    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * size.requests));
                    state.counters["hit%"] =
                        100.0 * static_cast<double>(hits) / static_cast<double>(size.requests);
                })->Unit(benchmark::kMillisecond);
            }
        }
    }
}

/// Keeps each run's CPU seconds per iteration (the median when repeated) for the summary.
class CapturingReporter : public benchmark::ConsoleReporter {
  public:
    std::map<std::string, double> seconds;
    std::map<std::string, double> hitPercent;
    void ReportRuns(const std::vector<Run>& reports) override {
        for (const auto& r : reports) {
            const bool aggregate = r.run_type == Run::RT_Aggregate;
            if (aggregate && r.aggregate_name != "median") continue;
            std::string key = r.benchmark_name();
            if (aggregate) key = key.substr(0, key.rfind('_'));
            seconds[key] = r.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(r.time_unit);
            if (const auto it = r.counters.find("hit%"); it != r.counters.end())
                hitPercent[key] = it->second.value;
        }
        ConsoleReporter::ReportRuns(reports);
    }
};

void printSummary(const CapturingReporter& reporter) {
    bool header = false;
    for (const auto& size : kSizes) {
        const auto find = [&](const std::string& name) -> const double* {
            const auto it = reporter.seconds.find(name);
            return it == reporter.seconds.end() ? nullptr : &it->second;
        };
        if (const double* g = find(std::string("Workload/Zipf/") + size.name))
            std::printf("\nZipf %.2f over %llu keys, %s: %zu keys generated in %.3f s (%.1f M keys/s)\n",
                        kZipfS, static_cast<unsigned long long>(size.keys), size.name, size.requests, *g,
                        static_cast<double>(size.requests) / *g / 1e6);
        for (const auto& policy : cache::policyNames()) {
            const std::string base = "Cache/" + policy + "/";
            const double* plain = find(base + "Plain/" + size.name);
            if (!plain) continue;
            if (!header) {
                std::printf(
                    "\nSummary: millions of requests per second, one thread (CPU time); TTL and traced are\n"
                    "slowdowns against Plain. Aims: LRU >= 20 M/s, TTL <= 1.2x, tracing <= 3x.\n");
                std::printf("%-22s %10s %8s %10s %10s\n", "policy/size", "M req/s", "hit %", "TTL", "traced");
                header = true;
            }
            const double* ttl = find(base + "TTL/" + size.name);
            const double* traced = find(base + "Traced/" + size.name);
            char ttlText[16] = "-", tracedText[16] = "-";
            if (ttl) std::snprintf(ttlText, sizeof ttlText, "%.2fx", *ttl / *plain);
            if (traced) std::snprintf(tracedText, sizeof tracedText, "%.2fx", *traced / *plain);
            const auto hit = reporter.hitPercent.find(base + "Plain/" + size.name);
            std::printf("%-22s %10.1f %8.1f %10s %10s\n", (policy + "/" + size.name).c_str(),
                        static_cast<double>(size.requests) / *plain / 1e6,
                        hit == reporter.hitPercent.end() ? 0.0 : hit->second, ttlText, tracedText);
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
    printSummary(reporter);
    benchmark::Shutdown();
    return 0;
}
