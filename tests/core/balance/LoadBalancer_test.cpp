// The balancers against nginx's and Envoy's rules (SEMANTICS.md) and their invariants.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "core/balance/BalancerSimulation.h"
#include "core/common/InputError.h"

namespace stepwise::balance {
namespace {

std::string pickSequence(LoadBalancer& lb, std::size_t n) {
    Random r(1);
    std::vector<std::uint32_t> idle(lb.backends().size(), 0);
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += lb.backends()[lb.pick(i, idle, r)].name + (i + 1 < n ? " " : "");
    return s;
}

}  // namespace

TEST(SmoothWeightedRoundRobin, NginxExampleFiveOneOne) {
    auto lb = makeBalancer("weighted-round-robin", parseBackends("a:5,b:1,c:1"));
    EXPECT_EQ(pickSequence(*lb, 7), "a a b a c a a");
    SmoothWeighted smooth(3);
    const auto backends = parseBackends("a:5,b:1,c:1");
    const std::vector<std::size_t> all{0, 1, 2};
    for (int i = 0; i < 7; ++i) smooth.pick(backends, all);
    EXPECT_EQ(smooth.current(), (std::vector<std::int64_t>{0, 0, 0}));
}

TEST(SmoothWeightedRoundRobin, EveryCyclePicksEachBackendItsWeightAndResets) {
    for (std::uint64_t seed = 0; seed < 500; ++seed) {
        Random r(seed);
        std::vector<Backend> backends;
        std::int64_t total = 0;
        for (std::size_t i = 0, n = 1 + r.below(6); i < n; ++i) {
            backends.push_back({"b" + std::to_string(i), static_cast<int>(1 + r.below(9)), 4});
            total += backends.back().weight;
        }
        SmoothWeighted smooth(backends.size());
        std::vector<std::size_t> all(backends.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        std::vector<int> picked(backends.size(), 0);
        for (std::int64_t i = 0; i < total; ++i) {
            ++picked[smooth.pick(backends, all)];
            std::int64_t sum = 0;
            for (auto c : smooth.current()) sum += c;
            ASSERT_EQ(sum, 0);  // the total is conserved at zero after each pick
        }
        for (std::size_t i = 0; i < backends.size(); ++i) ASSERT_EQ(picked[i], backends[i].weight);
        ASSERT_TRUE(std::all_of(smooth.current().begin(), smooth.current().end(), [](auto c) { return c == 0; }));
    }
}

TEST(RoundRobin, CyclesInOrderIgnoringWeights) {
    auto lb = makeBalancer("round-robin", parseBackends("a:5,b,c"));
    EXPECT_EQ(pickSequence(*lb, 5), "a b c a b");
}

TEST(LeastConnections, PicksFewestActivePerWeightAndBreaksTiesBySmoothWrr) {
    auto lb = makeBalancer("least-connections", parseBackends("a:2,b:1,c:1"));
    Random r(1);
    EXPECT_EQ(lb->pick(0, {4, 1, 3}, r), 1u);  // 4/2 = 2 > 1/1
    EXPECT_EQ(lb->pick(0, {1, 1, 3}, r), 0u);  // 1/2 < 1
    // All idle: ties resolved by smooth weighted round robin over a:2, b:1, c:1.
    std::string s;
    for (int i = 0; i < 4; ++i) s += lb->backends()[lb->pick(0, {0, 0, 0}, r)].name;
    EXPECT_EQ(s, "abca");  // currents 2,1,1 → a; 0,2,2 → b (first of the tie); 2,-1,3 → c; 4,0,0 → a
}

// The two candidates are re-drawn here from a copy of the generator, in the documented order (the
// first uniformly from all n, the second uniformly from the other n − 1), so the check does not
// rest on the policy's own report of what it compared.
TEST(PowerOfTwo, PicksTheLessLoadedOfTwoIndependentlyDrawnCandidates) {
    for (std::size_t n : {2u, 3u, 5u, 8u}) {
        std::string list;
        for (std::size_t i = 0; i < n; ++i) list += (i ? ",b" : "b") + std::to_string(i);
        auto lb = makeBalancer("power-of-two", parseBackends(list));
        Random r(7 + n), load(8 + n);
        std::size_t ties = 0, strict = 0;
        std::map<std::pair<std::size_t, std::size_t>, int> pairs;
        for (int i = 0; i < 5000; ++i) {
            std::vector<std::uint32_t> active(n);
            for (auto& a : active) a = static_cast<std::uint32_t>(load.below(4));
            Random shadow = r;  // same state: the draws the policy is about to make
            const std::size_t first = shadow.below(n);
            std::size_t second = shadow.below(n - 1);
            if (second >= first) ++second;
            PickReason why;
            const auto pick = lb->pick(0, active, r, &why);
            ASSERT_NE(first, second);
            ASSERT_TRUE(pick == first || pick == second)
                << "picked " << pick << ", candidates " << first << ", " << second;
            const std::size_t other = pick == first ? second : first;
            if (active[first] == active[second]) {
                ASSERT_EQ(pick, first) << "a tie goes to the first candidate drawn";
                ++ties;
            } else {
                ASSERT_LT(active[pick], active[other]);
                ++strict;
            }
            EXPECT_EQ(why.other, other) << "the reported rival is the other candidate";
            EXPECT_EQ(r.next(), shadow.next()) << "the policy drew exactly two candidates";
            ++pairs[{std::min(first, second), std::max(first, second)}];
        }
        EXPECT_GT(ties, 0u);
        EXPECT_GT(strict, 0u);
        // Every unordered pair of distinct backends is drawn, about equally often.
        ASSERT_EQ(pairs.size(), n * (n - 1) / 2);
        const double expected = 5000.0 / static_cast<double>(pairs.size());
        for (const auto& [pair, count] : pairs)
            EXPECT_NEAR(count, expected, 0.25 * expected + 30) << pair.first << "," << pair.second;
    }
}

TEST(PowerOfTwo, WithOneBackendAlwaysPicksIt) {
    auto lb = makeBalancer("power-of-two", parseBackends("only"));
    Random r(3);
    for (int i = 0; i < 10; ++i) EXPECT_EQ(lb->pick(0, {static_cast<std::uint32_t>(i)}, r), 0u);
}

TEST(ConsistentHash, RemovingABackendMovesOnlyItsKeys) {
    Random r(3);
    std::vector<std::uint64_t> keys(20000);
    for (auto& k : keys) k = r.next();
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        Random pickR(seed);
        std::vector<Backend> before;
        for (std::size_t i = 0, n = 2 + pickR.below(6); i < n; ++i)
            before.push_back({"node-" + std::to_string(i), static_cast<int>(1 + pickR.below(3)), 4});
        auto after = before;
        const std::size_t removed = pickR.below(before.size());
        after.erase(after.begin() + static_cast<long>(removed));
        const HashRing ringBefore(before, 100);
        const auto moved = movedKeys(before, after, keys);
        std::size_t owned = 0;
        for (auto k : keys) owned += ringBefore.owner(k) == removed;
        ASSERT_EQ(moved.size(), owned);  // exactly the removed backend's keys move
        for (auto k : moved) ASSERT_EQ(ringBefore.owner(k), removed);
    }
}

TEST(ConsistentHash, VirtualNodesFollowWeights) {
    const auto backends = parseBackends("a:1,b:3");
    const HashRing ring(backends, 100);
    EXPECT_EQ(ring.points(), 400u);
    Random r(5);
    std::vector<int> counts(2, 0);
    for (int i = 0; i < 40000; ++i) ++counts[ring.owner(r.next())];
    EXPECT_NEAR(counts[1] / 40000.0, 0.75, 0.06);
}

TEST(Backends, BadListsAreRejectedWithTheReason) {
    EXPECT_THROW(parseBackends("a:0"), InputError);
    EXPECT_THROW(parseBackends("a:-2"), InputError);
    EXPECT_THROW(parseBackends("a:1.5"), InputError);
    EXPECT_THROW(parseBackends("a,,b"), InputError);
    EXPECT_THROW(parseBackends("a,a"), InputError);
    EXPECT_THROW(makeBalancer("random", parseBackends("a")), InputError);
    EXPECT_THROW(makeBalancer("round-robin", {}), InputError);
}

TEST(BalancerSim, SameSeedSamePicksAndCopiesContinueIdentically) {
    for (const auto& name : balancerNames()) {
        BalancerSim a(makeBalancer(name, parseBackends("a:3,b:1,c:1")), 42);
        for (int i = 0; i < 100; ++i) a.step();
        BalancerSim b = a;  // a checkpoint
        std::vector<std::uint32_t> fromA, fromB;
        for (int i = 0; i < 200; ++i) {
            a.step();
            b.step();
            fromA.push_back(a.lastPick().backend);
            fromB.push_back(b.lastPick().backend);
        }
        ASSERT_EQ(fromA, fromB) << name;
    }
}

TEST(BalancerSim, LeastConnectionsShiftsLoadAwayFromASlowBackend) {
    auto run = [](const char* policy) {
        BalancerSim sim(makeBalancer(policy, parseBackends("a,b,c")), 9);
        sim.setSlowdown(0, 8.0);
        for (int i = 0; i < 6000; ++i) sim.step();
        return sim.counts()[0];
    };
    EXPECT_LT(run("least-connections"), run("round-robin") / 2);  // round robin keeps sending a third
}

}  // namespace stepwise::balance

namespace stepwise::balance {

TEST(ConsistentHash, OwnerIsTheFirstPointClockwiseAsANaiveScanFindsIt) {
    const HashRing ring(parseBackends("a:1,b:2,c:1"), 7);
    Random r(13);
    for (int i = 0; i < 20000; ++i) {
        const std::uint64_t key = r.next(), h = HashRing::hashKey(key);
        std::uint32_t expected = ring.ring().front().second;  // wrap around by default
        for (const auto& [position, backend] : ring.ring())
            if (position >= h) {
                expected = backend;
                break;
            }
        ASSERT_EQ(ring.owner(key), expected);
    }
}

}  // namespace stepwise::balance
