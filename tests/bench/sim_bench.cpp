// The simulation engine's events per second on the classic hold model: N events pending; each
// processed event schedules one new event at now + an exponentially distributed delay, so the
// queue stays at N. Measured for N = 1,000 and 100,000 (and 64, the CI smoke size), against the
// engine it replaced (std::function callbacks, kept below only as the baseline), in the same run.
//
// The delays come from a table of 65,536 exponential draws (mean 1,000,000 ticks, so ties are rare)
// drawn once, so both engines pay for the queue, not for std::log; HoldLiveDraw draws each delay
// from the engine's own Random instead, as a model would.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <unordered_set>
#include <vector>

#include "RatioReporter.h"
#include "core/sim/Engine.h"
#include "core/trace/Random.h"

namespace {

using namespace stepwise;
using sim::Time;

constexpr std::size_t kBatch = 1000;  // events per benchmark iteration
constexpr double kMeanDelay = 1'000'000;

const std::vector<Time>& delays() {
    static const std::vector<Time> table = [] {
        Random r(2026);
        std::vector<Time> t(1 << 16);
        for (auto& d : t) d = 1 + static_cast<Time>(-kMeanDelay * std::log(1.0 - r.unit()));
        return t;
    }();
    return table;
}

// ---- Baseline: the engine before this one (core/sim/Simulator, std::function events), verbatim in
// substance. Not used anywhere else.
namespace baseline {

using EventId = std::uint64_t;

class Simulator {
  public:
    using Callback = std::function<void(Simulator&)>;
    explicit Simulator(std::uint64_t seed = 1) : random_(seed) {}
    Time now() const { return now_; }
    Random& random() { return random_; }
    EventId schedule(Time at, Callback cb) {
        const EventId id = nextSeq_++;
        queue_.push_back({at, id, std::move(cb)});
        std::push_heap(queue_.begin(), queue_.end(), later);
        return id;
    }
    EventId scheduleAfter(Time delay, Callback cb) { return schedule(now_ + delay, std::move(cb)); }
    bool step() {
        dropCancelledTop();
        if (queue_.empty()) return false;
        std::pop_heap(queue_.begin(), queue_.end(), later);
        Entry e = std::move(queue_.back());
        queue_.pop_back();
        now_ = e.at;
        ++processed_;
        e.cb(*this);
        return true;
    }

  private:
    struct Entry {
        Time at;
        EventId seq;
        Callback cb;
    };
    static bool later(const Entry& a, const Entry& b) { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
    void dropCancelledTop() {
        while (!queue_.empty() && !cancelled_.empty() && cancelled_.count(queue_.front().seq)) {
            cancelled_.erase(queue_.front().seq);
            std::pop_heap(queue_.begin(), queue_.end(), later);
            queue_.pop_back();
        }
    }
    std::vector<Entry> queue_;
    std::unordered_set<EventId> cancelled_;
    Time now_ = 0;
    EventId nextSeq_ = 0;
    std::uint64_t processed_ = 0;
    Random random_;
};

}  // namespace baseline

void Hold_Engine(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto& table = delays();
    std::size_t next = 0;
    sim::Engine<std::uint32_t> engine(1);
    engine.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        engine.schedule(table[next++ & 0xFFFF], static_cast<std::uint32_t>(i));
    auto hold = [&](std::uint32_t id) { engine.scheduleAfter(table[next++ & 0xFFFF], id); };
    for (auto _ : state)
        for (std::size_t i = 0; i < kBatch; ++i) engine.step(hold);
    if (engine.pending() != n) state.SkipWithError("the queue did not hold its size");
    benchmark::DoNotOptimize(engine.now());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kBatch));
}

void Hold_EngineLiveDraw(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    sim::Engine<std::uint32_t> engine(1);
    engine.reserve(n);
    auto draw = [&] { return 1 + static_cast<Time>(-kMeanDelay * std::log(1.0 - engine.random().unit())); };
    for (std::size_t i = 0; i < n; ++i) engine.schedule(draw(), static_cast<std::uint32_t>(i));
    auto hold = [&](std::uint32_t id) { engine.scheduleAfter(draw(), id); };
    for (auto _ : state)
        for (std::size_t i = 0; i < kBatch; ++i) engine.step(hold);
    benchmark::DoNotOptimize(engine.now());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kBatch));
}

void Hold_OldStdFunctionSimulator(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto& table = delays();
    std::size_t next = 0;
    baseline::Simulator sim(1);
    std::function<void(baseline::Simulator&)> hold = [&](baseline::Simulator& s) {
        s.scheduleAfter(table[next++ & 0xFFFF], hold);
    };
    for (std::size_t i = 0; i < n; ++i) sim.schedule(table[next++ & 0xFFFF], hold);
    for (auto _ : state)
        for (std::size_t i = 0; i < kBatch; ++i) sim.step();
    benchmark::DoNotOptimize(sim.now());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kBatch));
}

// A floor for context: a bare std::priority_queue of (time, seq) pairs, no payload, no cancel, no clock.
void Hold_BarePriorityQueue(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto& table = delays();
    std::size_t next = 0;
    std::uint64_t seq = 0;
    std::priority_queue<std::pair<Time, std::uint64_t>, std::vector<std::pair<Time, std::uint64_t>>,
                        std::greater<>>
        q;
    for (std::size_t i = 0; i < n; ++i) q.push({table[next++ & 0xFFFF], seq++});
    for (auto _ : state)
        for (std::size_t i = 0; i < kBatch; ++i) {
            const Time now = q.top().first;
            q.pop();
            q.push({now + table[next++ & 0xFFFF], seq++});
        }
    benchmark::DoNotOptimize(q.top());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kBatch));
}

BENCHMARK(Hold_Engine)->Arg(64)->Arg(1000)->Arg(100000);
BENCHMARK(Hold_EngineLiveDraw)->Arg(1000)->Arg(100000);
BENCHMARK(Hold_OldStdFunctionSimulator)->Arg(64)->Arg(1000)->Arg(100000);
BENCHMARK(Hold_BarePriorityQueue)->Arg(1000)->Arg(100000);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    stepwise::bench::RatioReporter reporter(isatty(fileno(stdout))
                                                ? benchmark::ConsoleReporter::OO_ColorTabular
                                                : benchmark::ConsoleReporter::OO_Tabular);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nTime per event (lower is better; < 1 means the engine is faster):\n");
    reporter.ratio("hold, 1k pending: engine / old std::function Simulator", "Hold_Engine/1000",
                   "Hold_OldStdFunctionSimulator/1000");
    reporter.ratio("hold, 100k pending: engine / old std::function Simulator", "Hold_Engine/100000",
                   "Hold_OldStdFunctionSimulator/100000");
    for (const char* n : {"1000", "100000"}) {
        const auto it = reporter.seconds.find(std::string("Hold_Engine/") + n);
        if (it != reporter.seconds.end() && it->second > 0)
            std::printf("engine, %s pending: %.1f M events/s\n", n,
                        static_cast<double>(kBatch) / it->second / 1e6);
    }
    benchmark::Shutdown();
    return 0;
}
