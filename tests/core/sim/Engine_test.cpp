// The engine orders events by (time, scheduling order); running instantly, stepping one event at a
// time and running live in frame-sized slices all produce the same event log; and a copy taken
// mid-run carries the whole pending schedule, so it finishes exactly as the original does.
#include "core/sim/Engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "core/trace/Random.h"

namespace stepwise::sim {
namespace {

TEST(Engine, EventsRunInTimeOrderAndTiesInSchedulingOrder) {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        Random r(seed);
        Engine<int> engine(seed);
        std::vector<std::pair<Time, int>> scheduled;
        std::vector<int> ran;
        const int n = static_cast<int>(r.between(1, 60));
        for (int id = 0; id < n; ++id) {
            const Time at = r.between(0, 20);  // a small range, so ties are common
            scheduled.push_back({at, id});
            engine.schedule(at, id);
        }
        engine.runToEnd([&](int id) { ran.push_back(id); });
        std::stable_sort(scheduled.begin(), scheduled.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<int> expected;
        for (const auto& s : scheduled) expected.push_back(s.second);
        EXPECT_EQ(ran, expected) << "seed " << seed;
    }
}

TEST(Engine, AnEventScheduledForNowRunsAfterThoseAlreadyQueuedForNow) {
    Engine<char> engine;
    std::string log;
    engine.schedule(5, 'a');
    engine.schedule(5, 'b');
    engine.schedule(6, 'd');
    engine.runToEnd([&](char c) {
        log += c;
        if (c == 'a') engine.scheduleAfter(0, 'c');
    });
    EXPECT_EQ(log, "abcd");
}

TEST(Engine, StepRunsExactlyOneEventAndMovesTheClockToIt) {
    Engine<int> engine;
    int ran = 0;
    auto count = [&](int) { ++ran; };
    engine.schedule(10, 0);
    engine.schedule(10, 0);
    engine.schedule(30, 0);
    EXPECT_TRUE(engine.step(count));
    EXPECT_EQ(ran, 1);
    EXPECT_EQ(engine.now(), 10);
    EXPECT_EQ(engine.pending(), 2u);
    EXPECT_TRUE(engine.step(count));
    EXPECT_TRUE(engine.step(count));
    EXPECT_EQ(engine.now(), 30);
    EXPECT_FALSE(engine.step(count));
    EXPECT_EQ(engine.processed(), 3u);
}

TEST(Engine, RunUntilRunsEventsUpToAndIncludingTheTimeThenAdvancesTheClock) {
    Engine<int> engine;
    std::vector<Time> at;
    auto record = [&](int) { at.push_back(engine.now()); };
    for (Time t : {5, 10, 15}) engine.schedule(t, 0);
    EXPECT_EQ(engine.runUntil(10, record), 2u);
    EXPECT_EQ(at, (std::vector<Time>{5, 10}));
    EXPECT_EQ(engine.now(), 10);
    EXPECT_EQ(engine.runUntil(12, record), 0u);
    EXPECT_EQ(engine.now(), 12);  // the clock moves with the frame even with nothing to do
    engine.scheduleAfter(1, 0);
    engine.runUntil(100, record);
    EXPECT_EQ(at, (std::vector<Time>{5, 10, 13, 15}));
    EXPECT_EQ(engine.now(), 100);
}

TEST(Engine, SchedulingInThePastIsRejected) {
    Engine<int> engine;
    engine.runUntil(50, [](int) {});
    EXPECT_THROW(engine.schedule(49, 0), std::invalid_argument);
    EXPECT_THROW(engine.scheduleAfter(-1, 0), std::invalid_argument);
    EXPECT_NO_THROW(engine.schedule(50, 0));
}

TEST(Engine, CancelledEventsNeverRun) {
    Engine<int> engine;
    std::vector<int> ran;
    auto record = [&](int v) { ran.push_back(v); };
    const EventId a = engine.schedule(1, 1);
    const EventId b = engine.schedule(2, 2);
    engine.schedule(3, 3);
    EXPECT_TRUE(engine.cancel(b));
    EXPECT_FALSE(engine.cancel(b));
    EXPECT_EQ(engine.pending(), 2u);
    EXPECT_EQ(engine.nextTime(), Time{1});
    engine.step(record);
    EXPECT_EQ(engine.nextTime(), Time{3});  // the cancelled one at 2 is skipped
    // a's and b's slots are free again: the next event reuses one, and neither old id may cancel it.
    const EventId c = engine.schedule(4, 4);
    EXPECT_TRUE(c.slot == a.slot || c.slot == b.slot);
    EXPECT_FALSE(engine.cancel(a));  // already ran
    EXPECT_FALSE(engine.cancel(b));
    EXPECT_FALSE(engine.cancel(EventId{12345, 0}));
    engine.runToEnd(record);
    EXPECT_EQ(ran, (std::vector<int>{1, 3, 4}));
    EXPECT_TRUE(engine.idle());
}

// Random schedules and cancels against a plain list sorted on demand: the same events run, in the
// same order, and pending() agrees all along.
TEST(Engine, ScheduleAndCancelAgreeWithANaiveList) {
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        Random r(seed);
        Engine<int> engine;
        struct Item {
            Time at;
            std::uint64_t order;
            int value;
            EventId id;
        };
        std::vector<Item> naive;
        std::vector<int> ranEngine, ranNaive;
        std::uint64_t order = 0;
        int nextValue = 0;
        for (int op = 0; op < 600; ++op) {
            const auto what = r.below(10);
            if (what < 5) {
                const Time at = engine.now() + r.between(0, 30);
                naive.push_back({at, order++, nextValue, engine.schedule(at, nextValue)});
                ++nextValue;
            } else if (what < 7 && !naive.empty()) {
                const auto i = r.below(naive.size());
                ASSERT_TRUE(engine.cancel(naive[i].id));
                naive.erase(naive.begin() + static_cast<std::ptrdiff_t>(i));
            } else if (!naive.empty()) {
                const auto first =
                    std::min_element(naive.begin(), naive.end(), [](const Item& a, const Item& b) {
                        return std::tie(a.at, a.order) < std::tie(b.at, b.order);
                    });
                ranNaive.push_back(first->value);
                naive.erase(first);
                // The handler schedules 0, 1 or 2 follow-ups (the first takes the processed event's
                // place at the root) and looks at the queue while it is in that state.
                const auto followUps = r.below(3);
                ASSERT_TRUE(engine.step([&](int v) {
                    ranEngine.push_back(v);
                    EXPECT_EQ(engine.pending(), naive.size());
                    for (std::uint64_t k = 0; k < followUps; ++k) {
                        const Time at = engine.now() + r.between(0, 30);
                        naive.push_back({at, order++, nextValue, engine.schedule(at, nextValue)});
                        ++nextValue;
                    }
                    std::size_t seen = 0;
                    engine.forEachPending([&](Time, int) { ++seen; });
                    EXPECT_EQ(seen, naive.size());
                    EXPECT_EQ(engine.pending(), naive.size());
                }));
            }
            ASSERT_EQ(engine.pending(), naive.size()) << "seed " << seed << " op " << op;
        }
        EXPECT_EQ(ranEngine, ranNaive) << "seed " << seed;
    }
}

TEST(Engine, RunToEndStopsAtTheEventLimit) {
    Engine<int> engine;
    engine.schedule(0, 0);
    // A model that reschedules itself forever.
    EXPECT_EQ(engine.runToEnd([&](int) { engine.scheduleAfter(1, 0); }, 1000), 1000u);
    EXPECT_EQ(engine.pending(), 1u);
}

// A small open system: Poisson-ish arrivals (gaps drawn from the engine's Random, rounded to 100 µs
// so that many events tie), each served by one of two servers after a random service time; a
// request arriving while both are busy waits in a queue. Every event appends to the log, together
// with a random draw, so any difference in order or in draws shows up. The whole model, engine
// included, is one copyable value.
struct Entry {
    Time at;
    int kind;
    int request;
    std::uint64_t draw;
    friend bool operator==(const Entry&, const Entry&) = default;
};

struct Event {
    enum Kind : std::uint8_t { Arrive, Finish } kind;
    int request;
};

struct OpenSystem {
    static constexpr int requests = 1500;
    Engine<Event> engine;
    std::vector<Entry> log;
    int arrived = 0;
    int busy = 0;
    std::vector<int> waiting;

    explicit OpenSystem(std::uint64_t seed) : engine(seed) { engine.schedule(0, {Event::Arrive, 0}); }

    void handle(const Event& e) {
        if (e.kind == Event::Arrive)
            arrive();
        else
            finish(e.request);
    }
    void arrive() {
        const int id = arrived++;
        log.push_back({engine.now(), 0, id, engine.random().next()});
        if (busy < 2)
            start(id);
        else
            waiting.push_back(id);
        if (arrived < requests) {
            const Time gap = static_cast<Time>(engine.random().below(4)) * 100;  // 0 gaps: ties at one time
            engine.scheduleAfter(gap, {Event::Arrive, 0});
        }
    }
    void start(int id) {
        ++busy;
        const Time service = static_cast<Time>(engine.random().between(1, 5)) * 100;
        engine.scheduleAfter(service, {Event::Finish, id});
    }
    void finish(int id) {
        log.push_back({engine.now(), 1, id, engine.random().next()});
        --busy;
        if (!waiting.empty()) {
            const int next = waiting.front();
            waiting.erase(waiting.begin());
            start(next);
        }
    }
    auto handler() {
        return [this](const Event& e) { handle(e); };
    }
};

std::vector<Entry> runModel(std::uint64_t seed, int mode, Random& slices) {
    OpenSystem model(seed);
    if (mode == 0) {
        model.engine.runToEnd(model.handler());
    } else if (mode == 1) {
        while (model.engine.step(model.handler())) {
        }
    } else {
        // Live at a varying speed: frames of 0 to 250 µs of virtual time, smaller than most gaps
        // and sometimes zero (a paused frame).
        while (!model.engine.idle())
            model.engine.runUntil(model.engine.now() + slices.between(0, 250), model.handler());
    }
    EXPECT_EQ(model.arrived, OpenSystem::requests);
    return model.log;
}

TEST(Engine, RunningInstantlySteppingAndRunningLiveGiveTheSameEventLog) {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Random slices(seed * 7);
        const auto instant = runModel(seed, 0, slices);
        const auto stepped = runModel(seed, 1, slices);
        const auto live = runModel(seed, 2, slices);
        ASSERT_EQ(instant.size(), 2u * OpenSystem::requests);
        EXPECT_EQ(stepped, instant) << "seed " << seed;
        EXPECT_EQ(live, instant) << "seed " << seed;
        EXPECT_TRUE(std::is_sorted(instant.begin(), instant.end(),
                                   [](const Entry& a, const Entry& b) { return a.at < b.at; }));
    }
}

TEST(Engine, TheSameSeedGivesTheSameRunAndAnotherSeedAnother) {
    Random slices(1);
    EXPECT_EQ(runModel(42, 0, slices), runModel(42, 0, slices));
    EXPECT_NE(runModel(42, 0, slices), runModel(43, 0, slices));
}

TEST(Engine, ACopyTakenMidRunFinishesWithTheSameEventsAsTheOriginal) {
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        Random slices(seed);
        const auto whole = runModel(seed, 0, slices);
        OpenSystem original(seed);
        const auto cut = static_cast<std::size_t>(slices.between(1, 2000));
        original.engine.runToEnd(original.handler(), cut);
        ASSERT_GT(original.engine.pending(), 0u);
        OpenSystem copy = original;  // the checkpoint: model, pending schedule and random state
        const std::size_t logged = copy.log.size();
        original.engine.runToEnd(original.handler());
        copy.engine.runToEnd(copy.handler());  // the copy's handler drives the copy only
        EXPECT_EQ(original.log, whole) << "seed " << seed;
        EXPECT_EQ(copy.log, whole) << "seed " << seed;
        EXPECT_GT(copy.log.size(), logged);
        EXPECT_EQ(copy.engine.processed(), original.engine.processed());
        EXPECT_EQ(copy.engine.now(), original.engine.now());
    }
}

}  // namespace
}  // namespace stepwise::sim
