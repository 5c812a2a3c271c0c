// Stepping a CacheRunSim request by request gives what cache::replay gives for the whole sequence:
// the same counts, and the same events for each request.
#include "core/sim/CacheRunSim.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/cache/CacheSimulation.h"
#include "core/common/InputError.h"
#include "core/sim/CheckpointTimeline.h"
#include "core/sim/Workload.h"

namespace stepwise::sim {
namespace {

std::string show(const cache::CacheEvent& e) {
    return cache::explainCacheEvent(e, [](cache::Key k) { return std::to_string(k); });
}

TEST(CacheRunSim, StepByStepEqualsReplayForEveryPolicy) {
    for (const auto& policy : cache::policyNames()) {
        for (cache::Tick ttl : {0, 40}) {
            for (std::uint64_t seed = 1; seed <= 4; ++seed) {
                const auto keys = generateKeys(parseWorkload("zipf:0.8:200"), 2000, seed);
                cache::CacheOptions options;
                options.capacity = 10 + seed * 7;
                options.seed = seed;
                const auto expected = cache::replay(policy, options, keys, ttl, true);
                CacheRunSim sim(policy, options, std::make_shared<const std::vector<cache::Key>>(keys), ttl);
                EXPECT_TRUE(sim.lastEvents().empty());
                for (std::size_t i = 0; i < keys.size(); ++i) {
                    sim.step();
                    const std::size_t from = expected.requestStart[i];
                    const std::size_t to =
                        i + 1 < keys.size() ? expected.requestStart[i + 1] : expected.trace.size();
                    std::vector<std::string> want, got;
                    for (std::size_t e = from; e < to; ++e) want.push_back(show(expected.trace.events[e]));
                    for (const auto& e : sim.lastEvents()) got.push_back(show(e));
                    ASSERT_EQ(got, want) << policy << " ttl " << ttl << " request " << i;
                }
                EXPECT_TRUE(sim.done());
                EXPECT_EQ(sim.position(), keys.size());
                EXPECT_EQ(sim.hits(), expected.hits) << policy;
                EXPECT_EQ(sim.misses(), expected.misses) << policy;
                EXPECT_EQ(sim.evictions(), expected.evictions.size()) << policy;
                EXPECT_EQ(sim.expirations(), expected.expirations.size()) << policy;
                EXPECT_LE(sim.size(), sim.capacity());
                EXPECT_EQ(sim.slotViews().size(), sim.size());
            }
        }
    }
}

// The active cycle is an engine event on CacheRunSim's clock and runs inside the access in
// cache::replay: short TTLs and every cycle period (1: every tick; 7: between requests of a burst)
// must still give the same events, expiries found by the sampler included.
TEST(CacheRunSim, TheActiveCycleOnTheClockFindsWhatTheCycleInsideTheAccessFinds) {
    for (const auto& policy : cache::policyNames()) {
        for (cache::Tick ttl : {1, 3, 25}) {
            for (cache::Tick period : {1, 7, 100}) {
                const auto keys = generateKeys(parseWorkload("zipf:0.9:300"), 1500,
                                               static_cast<std::uint64_t>(ttl * period));
                cache::CacheOptions options;
                options.capacity = 40;
                options.seed = static_cast<std::uint64_t>(period);
                options.expiry.activePeriod = period;
                const auto expected = cache::replay(policy, options, keys, ttl, true);
                CacheRunSim sim(policy, options, std::make_shared<const std::vector<cache::Key>>(keys), ttl);
                std::vector<std::string> want, got;
                for (const auto& e : expected.trace.events) want.push_back(show(e));
                std::size_t active = 0;
                while (!sim.done()) {
                    sim.step();
                    for (const auto& e : sim.lastEvents()) {
                        got.push_back(show(e));
                        if (auto* x = std::get_if<cache::cache_event::Expire>(&e)) active += x->active;
                    }
                }
                ASSERT_EQ(got, want) << policy << " ttl " << ttl << " period " << period;
                if (ttl == 25 && period == 7) {
                    EXPECT_GT(active, 0u) << policy;  // the sampler did run
                }
            }
        }
    }
}

TEST(CacheRunSim, AScheduledFlushEmptiesTheCacheBeforeTheRequestAtItsTick) {
    cache::CacheOptions options;
    options.capacity = 4;
    const auto keys =
        std::make_shared<const std::vector<cache::Key>>(std::vector<cache::Key>{1, 2, 3, 1, 2, 3});
    CacheRunSim sim("lru", options, keys, 0, FaultSchedule().flush(4));
    for (int i = 0; i < 3; ++i) sim.step();
    EXPECT_EQ(sim.size(), 3u);
    sim.step();  // tick 4: the flush, then key 1 misses
    EXPECT_EQ(sim.lastFlushed(), 3u);
    EXPECT_FALSE(sim.lastWasHit());
    EXPECT_EQ(sim.size(), 1u);
    sim.step();
    EXPECT_EQ(sim.lastFlushed(), 0u);
    EXPECT_FALSE(sim.lastWasHit());
    EXPECT_EQ(sim.flushes(), 1u);
    EXPECT_EQ(sim.hits(), 0u);
    EXPECT_THROW(CacheRunSim("lru", options, keys, 0, FaultSchedule().down(2, 0)), InputError);
}

TEST(CacheRunSim, SeekByTimeIsSeekByRequestAtOneRequestPerTick) {
    cache::CacheOptions options;
    options.capacity = 16;
    const auto keys =
        std::make_shared<const std::vector<cache::Key>>(generateKeys(parseWorkload("zipf:0.8:100"), 300, 5));
    CheckpointTimeline<CacheRunSim> byTime(CacheRunSim("lfu", options, keys, 30), keys->size(), 32);
    CheckpointTimeline<CacheRunSim> byStep(CacheRunSim("lfu", options, keys, 30), keys->size(), 32);
    for (Time t : {0, 10, 250, 33, 299, 300, 1000, 64}) {
        const std::size_t k = byTime.seekTime(t);
        EXPECT_EQ(k, static_cast<std::size_t>(std::min<Time>(t, 300)));
        byStep.seek(k);
        EXPECT_EQ(byTime.state().hits(), byStep.state().hits()) << "t " << t;
        EXPECT_EQ(byTime.state().expirations(), byStep.state().expirations()) << "t " << t;
        EXPECT_EQ(byTime.state().now(), static_cast<Time>(k));
    }
}

TEST(CacheRunSim, StepPastTheEndAndBadPoliciesAreRejected) {
    cache::CacheOptions options;
    CacheRunSim sim("lru", options,
                    std::make_shared<const std::vector<cache::Key>>(std::vector<cache::Key>{1, 2}));
    sim.step();
    EXPECT_FALSE(sim.lastWasHit());
    sim.step();
    EXPECT_THROW(sim.step(), std::logic_error);
    EXPECT_THROW(CacheRunSim("mru", options, nullptr), InputError);
    options.capacity = 0;
    EXPECT_THROW(CacheRunSim("lru", options, nullptr), InputError);
}

TEST(CacheRunSim, ACopyGoesOnIndependently) {
    cache::CacheOptions options;
    options.capacity = 3;
    const auto keys =
        std::make_shared<const std::vector<cache::Key>>(std::vector<cache::Key>{1, 2, 3, 1, 4, 5, 1, 2});
    CacheRunSim a("lru", options, keys);
    for (int i = 0; i < 4; ++i) a.step();
    CacheRunSim b = a;
    while (!a.done()) a.step();
    EXPECT_EQ(b.position(), 4u);
    EXPECT_EQ(b.hits(), 1u);
    while (!b.done()) b.step();
    EXPECT_EQ(b.hits(), a.hits());
    EXPECT_EQ(b.keys(), a.keys());  // shared, not copied
}

}  // namespace
}  // namespace stepwise::sim
