// Stepping a CacheRunSim request by request gives what cache::replay gives for the whole sequence:
// the same counts, and the same events for each request.
#include "core/sim/CacheRunSim.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/cache/CacheSimulation.h"
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
