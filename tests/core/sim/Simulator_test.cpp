// The engine orders events by (time, scheduling order), and running instantly, stepping one event at
// a time and running live in frame-sized slices all produce the same event log.
#include "core/sim/Simulator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "core/trace/Random.h"

namespace stepwise::sim {
namespace {

TEST(Simulator, EventsRunInTimeOrderAndTiesInSchedulingOrder) {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        Random r(seed);
        Simulator sim(seed);
        std::vector<std::pair<Time, int>> scheduled;
        std::vector<int> ran;
        const int n = static_cast<int>(r.between(1, 60));
        for (int id = 0; id < n; ++id) {
            const Time at = r.between(0, 20);  // a small range, so ties are common
            scheduled.push_back({at, id});
            sim.schedule(at, [id, &ran](Simulator&) { ran.push_back(id); });
        }
        sim.runToEnd();
        std::stable_sort(scheduled.begin(), scheduled.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<int> expected;
        for (const auto& s : scheduled) expected.push_back(s.second);
        EXPECT_EQ(ran, expected) << "seed " << seed;
    }
}

TEST(Simulator, AnEventScheduledForNowRunsAfterThoseAlreadyQueuedForNow) {
    Simulator sim;
    std::vector<std::string> log;
    sim.schedule(5, [&](Simulator& s) {
        log.push_back("a");
        s.scheduleAfter(0, [&](Simulator&) { log.push_back("c"); });
    });
    sim.schedule(5, [&](Simulator&) { log.push_back("b"); });
    sim.schedule(6, [&](Simulator&) { log.push_back("d"); });
    sim.runToEnd();
    EXPECT_EQ(log, (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST(Simulator, StepRunsExactlyOneEventAndMovesTheClockToIt) {
    Simulator sim;
    int ran = 0;
    sim.schedule(10, [&](Simulator&) { ++ran; });
    sim.schedule(10, [&](Simulator&) { ++ran; });
    sim.schedule(30, [&](Simulator&) { ++ran; });
    EXPECT_TRUE(sim.step());
    EXPECT_EQ(ran, 1);
    EXPECT_EQ(sim.now(), 10);
    EXPECT_EQ(sim.pending(), 2u);
    EXPECT_TRUE(sim.step());
    EXPECT_TRUE(sim.step());
    EXPECT_EQ(sim.now(), 30);
    EXPECT_FALSE(sim.step());
    EXPECT_EQ(sim.processed(), 3u);
}

TEST(Simulator, RunUntilRunsEventsUpToAndIncludingTheTimeThenAdvancesTheClock) {
    Simulator sim;
    std::vector<Time> at;
    for (Time t : {5, 10, 15}) sim.schedule(t, [&](Simulator& s) { at.push_back(s.now()); });
    EXPECT_EQ(sim.runUntil(10), 2u);
    EXPECT_EQ(at, (std::vector<Time>{5, 10}));
    EXPECT_EQ(sim.now(), 10);
    EXPECT_EQ(sim.runUntil(12), 0u);
    EXPECT_EQ(sim.now(), 12);  // the clock moves with the frame even with nothing to do
    sim.scheduleAfter(1, [&](Simulator& s) { at.push_back(s.now()); });
    sim.runUntil(100);
    EXPECT_EQ(at, (std::vector<Time>{5, 10, 13, 15}));
    EXPECT_EQ(sim.now(), 100);
}

TEST(Simulator, SchedulingInThePastIsRejected) {
    Simulator sim;
    sim.runUntil(50);
    EXPECT_THROW(sim.schedule(49, [](Simulator&) {}), std::invalid_argument);
    EXPECT_THROW(sim.scheduleAfter(-1, [](Simulator&) {}), std::invalid_argument);
    EXPECT_NO_THROW(sim.schedule(50, [](Simulator&) {}));
}

TEST(Simulator, CancelledEventsNeverRun) {
    Simulator sim;
    std::vector<int> ran;
    const EventId a = sim.schedule(1, [&](Simulator&) { ran.push_back(1); });
    const EventId b = sim.schedule(2, [&](Simulator&) { ran.push_back(2); });
    sim.schedule(3, [&](Simulator&) { ran.push_back(3); });
    EXPECT_TRUE(sim.cancel(b));
    EXPECT_FALSE(sim.cancel(b));
    EXPECT_EQ(sim.pending(), 2u);
    sim.runToEnd();
    EXPECT_EQ(ran, (std::vector<int>{1, 3}));
    EXPECT_FALSE(sim.cancel(a));  // already ran
    EXPECT_FALSE(sim.cancel(12345));
}

TEST(Simulator, RunToEndStopsAtTheEventLimit) {
    Simulator sim;
    // A model that reschedules itself forever.
    std::function<void(Simulator&)> tick = [&tick](Simulator& s) { s.scheduleAfter(1, tick); };
    sim.schedule(0, tick);
    EXPECT_EQ(sim.runToEnd(1000), 1000u);
    EXPECT_EQ(sim.pending(), 1u);
}

// A small open system: Poisson-ish arrivals (gaps drawn from the simulator's Random, rounded to
// 100 µs so that many events tie), each served by one of two servers after a random service time;
// a request arriving while both are busy waits in a queue. Every event appends to the log,
// together with a random draw, so any difference in order or in draws shows up.
struct Entry {
    Time at;
    int kind;
    int request;
    std::uint64_t draw;
    friend bool operator==(const Entry&, const Entry&) = default;
};

struct Model {
    std::vector<Entry> log;
    int arrived = 0;
    int busy = 0;
    std::vector<int> waiting;
    static constexpr int requests = 1500;

    void arrive(Simulator& sim) {
        const int id = arrived++;
        log.push_back({sim.now(), 0, id, sim.random().next()});
        if (busy < 2)
            start(sim, id);
        else
            waiting.push_back(id);
        if (arrived < requests) {
            const Time gap = static_cast<Time>(sim.random().below(4)) * 100;  // 0 gaps: ties at one time
            sim.scheduleAfter(gap, [this](Simulator& s) { arrive(s); });
        }
    }
    void start(Simulator& sim, int id) {
        ++busy;
        const Time service = static_cast<Time>(sim.random().between(1, 5)) * 100;
        sim.scheduleAfter(service, [this, id](Simulator& s) { finish(s, id); });
    }
    void finish(Simulator& sim, int id) {
        log.push_back({sim.now(), 1, id, sim.random().next()});
        --busy;
        if (!waiting.empty()) {
            const int next = waiting.front();
            waiting.erase(waiting.begin());
            start(sim, next);
        }
    }
};

std::vector<Entry> runModel(std::uint64_t seed, int mode, Random& slices) {
    auto model = std::make_unique<Model>();
    Simulator sim(seed);
    sim.schedule(0, [m = model.get()](Simulator& s) { m->arrive(s); });
    if (mode == 0) {
        sim.runToEnd();
    } else if (mode == 1) {
        while (sim.step()) {
        }
    } else {
        // Live at a varying speed: frames of 0 to 250 µs of virtual time, smaller than most gaps
        // and sometimes zero (a paused frame).
        while (!sim.idle()) sim.runUntil(sim.now() + slices.between(0, 250));
    }
    EXPECT_EQ(model->arrived, Model::requests);
    return model->log;
}

TEST(Simulator, RunningInstantlySteppingAndRunningLiveGiveTheSameEventLog) {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Random slices(seed * 7);
        const auto instant = runModel(seed, 0, slices);
        const auto stepped = runModel(seed, 1, slices);
        const auto live = runModel(seed, 2, slices);
        ASSERT_EQ(instant.size(), 2u * Model::requests);
        EXPECT_EQ(stepped, instant) << "seed " << seed;
        EXPECT_EQ(live, instant) << "seed " << seed;
        EXPECT_TRUE(std::is_sorted(instant.begin(), instant.end(),
                                   [](const Entry& a, const Entry& b) { return a.at < b.at; }));
    }
}

TEST(Simulator, TheSameSeedGivesTheSameRunAndAnotherSeedAnother) {
    Random slices(1);
    EXPECT_EQ(runModel(42, 0, slices), runModel(42, 0, slices));
    EXPECT_NE(runModel(42, 0, slices), runModel(43, 0, slices));
}

}  // namespace
}  // namespace stepwise::sim
