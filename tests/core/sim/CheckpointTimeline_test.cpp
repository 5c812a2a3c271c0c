// Seeking a checkpointed timeline to step k gives exactly the state of a fresh run of k steps, in
// both directions, for every policy and checkpoint interval; and the stated costs hold.
#include "core/sim/CheckpointTimeline.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/cache/CacheSimulation.h"
#include "core/sim/CacheRunSim.h"
#include "core/sim/Workload.h"
#include "core/trace/Random.h"

namespace stepwise::sim {
namespace {

/// Everything a view shows of a CacheRunSim, as text, so a mismatch prints readably.
std::string snapshot(const CacheRunSim& s) {
    std::string out = "at " + std::to_string(s.position()) + " hits " + std::to_string(s.hits()) +
                      " misses " + std::to_string(s.misses()) + " evictions " +
                      std::to_string(s.evictions()) + " expired " + std::to_string(s.expirations()) +
                      "\nslots:";
    for (const auto& v : s.slotViews())
        out += " " + std::to_string(v.key) + "@" + std::to_string(v.lastAccess) + "/" +
               std::to_string(v.frequency) + "/" + std::to_string(v.queue);
    out += "\nlast:";
    for (const auto& e : s.lastEvents())
        out += " " + cache::explainCacheEvent(e, [](cache::Key k) { return std::to_string(k); });
    return out;
}

CacheRunSim freshRun(const CacheRunSim& initial, std::size_t k) {
    CacheRunSim s = initial;
    for (std::size_t i = 0; i < k; ++i) s.step();
    return s;
}

TEST(CheckpointTimeline, SeekEqualsRunningThatManyStepsFromTheStart) {
    Random r(99);
    for (const auto& policy : cache::policyNames()) {
        for (std::size_t every : {1u, 7u, 64u, 500u, 5000u}) {
            const auto keys = std::make_shared<const std::vector<cache::Key>>(
                generateKeys(parseWorkload("zipf:0.9:300"), 1500, every));
            cache::CacheOptions options;
            options.capacity = 30;
            options.seed = every;
            const CacheRunSim initial(policy, options, keys, every % 2 ? 50 : 0);
            CheckpointTimeline<CacheRunSim> timeline(initial, keys->size(), every);
            for (int seek = 0; seek < 25; ++seek) {
                const auto k = static_cast<std::size_t>(r.between(0, 1600));  // past the end clamps
                timeline.seek(k);
                const std::size_t expected = std::min<std::size_t>(k, keys->size());
                ASSERT_EQ(timeline.step(), expected);
                ASSERT_EQ(snapshot(timeline.state()), snapshot(freshRun(initial, expected)))
                    << policy << " every " << every << " seek " << k;
            }
        }
    }
}

TEST(CheckpointTimeline, BackAndForwardRetraceTheSameStates) {
    const auto keys =
        std::make_shared<const std::vector<cache::Key>>(generateKeys(parseWorkload("zipf:1.1:100"), 400, 3));
    cache::CacheOptions options;
    options.capacity = 12;
    CheckpointTimeline<CacheRunSim> timeline(CacheRunSim("sampled-lfu", options, keys, 25), keys->size(), 16);
    std::vector<std::string> forward{snapshot(timeline.state())};
    while (timeline.forward()) forward.push_back(snapshot(timeline.state()));
    EXPECT_TRUE(timeline.atEnd());
    EXPECT_FALSE(timeline.forward());
    ASSERT_EQ(forward.size(), keys->size() + 1);
    for (std::size_t k = keys->size(); k > 0; --k) {
        ASSERT_TRUE(timeline.back());
        ASSERT_EQ(snapshot(timeline.state()), forward[k - 1]) << k - 1;
    }
    EXPECT_TRUE(timeline.atStart());
    EXPECT_FALSE(timeline.back());  // a no-op at 0
    EXPECT_EQ(timeline.step(), 0u);
    EXPECT_EQ(snapshot(timeline.state()), forward[0]);
}

/// Counts every step taken by it or any copy, to check the stated costs.
struct CountingSim {
    std::shared_ptr<std::size_t> stepsTaken = std::make_shared<std::size_t>(0);
    std::size_t at = 0;
    void step() {
        ++at;
        ++*stepsTaken;
    }
    std::size_t position() const { return at; }
};

TEST(CheckpointTimeline, MemoryIsOneCopyPerIntervalAndABackStepCostsLessThanAnInterval) {
    for (std::size_t every : {1u, 10u, 33u}) {
        CountingSim sim;
        auto counter = sim.stepsTaken;
        CheckpointTimeline<CountingSim> timeline(sim, 1000, every);
        timeline.seek(1000);
        EXPECT_EQ(*counter, 1000u);
        EXPECT_EQ(timeline.checkpointCount(), 1000 / every + 1);
        for (std::size_t k = 1000; k > 900; --k) {
            *counter = 0;
            timeline.back();
            EXPECT_EQ(*counter, (k - 1) % every) << "back from " << k;
        }
        timeline.seek(0);
        timeline.seek(1000);
        EXPECT_EQ(timeline.checkpointCount(), 1000 / every + 1);  // no duplicates on a second pass
    }
    EXPECT_THROW(CheckpointTimeline<CountingSim>(CountingSim{}, 10, 0), std::invalid_argument);
}

TEST(CheckpointTimeline, ExtendingTheEndLetsALiveRunGoOn) {
    CheckpointTimeline<CountingSim> timeline(CountingSim{}, 5, 2);
    timeline.seek(100);
    EXPECT_EQ(timeline.step(), 5u);
    timeline.extendTo(8);
    EXPECT_TRUE(timeline.forward());
    EXPECT_EQ(timeline.step(), 6u);
    timeline.extendTo(3);
    EXPECT_EQ(timeline.step(), 3u);
}

TEST(CheckpointTimeline, LockstepKeepsBothSidesAtTheSameMoment) {
    const auto keys = std::make_shared<const std::vector<cache::Key>>(
        generateKeys(parseWorkload("burst:500:20:60"), 3000, 5));
    cache::CacheOptions options;
    options.capacity = 40;
    using Pair = Lockstep<CacheRunSim>;
    const Pair initial{CacheRunSim("lru", options, keys), CacheRunSim("lfu", options, keys)};
    CheckpointTimeline<Pair> timeline(initial, keys->size(), 100);
    Random r(6);
    for (int i = 0; i < 20; ++i) {
        const auto k = static_cast<std::size_t>(r.between(0, 3000));
        timeline.seek(k);
        EXPECT_EQ(snapshot(timeline.state().left), snapshot(freshRun(initial.left, k)));
        EXPECT_EQ(snapshot(timeline.state().right), snapshot(freshRun(initial.right, k)));
    }
    timeline.seek(3000);
    // The point of the comparison: the hot set survives the cold scans under LFU, not under LRU.
    EXPECT_GT(timeline.state().right.hitRatio(), timeline.state().left.hitRatio());
}

}  // namespace
}  // namespace stepwise::sim
