// The balancer's load model on the engine gives exactly what the loop it replaced gave (kept here
// as the reference: finishes due by the tick are released, then one pick, then its service time),
// for every policy and many seeds; and scheduled faults take effect at their tick.
#include <gtest/gtest.h>

#include <cmath>
#include <queue>
#include <tuple>
#include <vector>

#include "core/balance/BalancerSimulation.h"
#include "core/common/InputError.h"
#include "core/sim/CheckpointTimeline.h"

namespace stepwise::balance {
namespace {

/// The pre-engine BalancerSim::step(), verbatim in substance: its own clock and finish queue.
struct ReferenceLoop {
    std::unique_ptr<LoadBalancer> balancer;
    Random random;
    std::vector<std::uint32_t> active;
    std::vector<std::uint64_t> counts;
    std::vector<double> slowdown;
    std::priority_queue<std::pair<std::int64_t, std::uint32_t>,
                        std::vector<std::pair<std::int64_t, std::uint32_t>>, std::greater<>>
        inService;
    std::int64_t now = 0;
    std::uint64_t requests = 0;

    ReferenceLoop(std::unique_ptr<LoadBalancer> b, std::uint64_t seed)
        : balancer(std::move(b)),
          random(seed),
          active(balancer->backends().size(), 0),
          counts(balancer->backends().size(), 0),
          slowdown(balancer->backends().size(), 1.0) {}

    BalancerPick step() {
        ++now;
        while (!inService.empty() && inService.top().first <= now) {
            --active[inService.top().second];
            inService.pop();
        }
        BalancerPick pick;
        pick.request = requests++;
        pick.key = random.next();
        PickReason why;
        pick.backend = static_cast<std::uint32_t>(balancer->pick(pick.key, active, random, &why));
        pick.other = why.other;
        pick.arrival = now;
        const double mean = balancer->backends()[pick.backend].latency * slowdown[pick.backend];
        const double service = -mean * std::log(1.0 - random.unit());
        pick.finish = now + std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(service)));
        ++active[pick.backend];
        ++counts[pick.backend];
        inService.push({pick.finish, pick.backend});
        return pick;
    }
};

auto fields(const BalancerPick& p) {
    return std::tuple(p.request, p.key, p.backend, p.other, p.arrival, p.finish, p.failed);
}

TEST(BalancerSim, OnTheEngineItPicksAndFinishesExactlyAsTheOldLoopForEveryPolicyAndSeed) {
    for (const auto& name : balancerNames()) {
        for (std::uint64_t seed = 1; seed <= 12; ++seed) {
            auto backends = parseBackends("a:3,b:1,c:2,d");
            for (auto& b : backends) b.latency = static_cast<double>(1 + seed % 7);  // short and long queues
            ReferenceLoop ref(makeBalancer(name, backends), seed);
            // A slow-down from request 300 on: by setSlowdown in the reference, by a fault at tick 301 here.
            BalancerSim sim(makeBalancer(name, backends), seed, sim::FaultSchedule().slow(301, 1, 8.0));
            for (int i = 0; i < 1500; ++i) {
                if (i == 300) ref.slowdown[1] = 8.0;
                const BalancerPick want = ref.step();
                sim.step();
                ASSERT_EQ(fields(sim.lastPick()), fields(want))
                    << name << " seed " << seed << " request " << i;
                ASSERT_EQ(sim.active(), ref.active) << name << " seed " << seed << " request " << i;
                ASSERT_EQ(sim.now(), ref.now);
            }
            EXPECT_EQ(sim.counts(), ref.counts) << name;
            EXPECT_EQ(sim.slowdown(1), 8.0);
        }
    }
}

TEST(BalancerSim, ACopyTakenMidRunCarriesItsPendingFinishesAndFaults) {
    for (const auto& name : balancerNames()) {
        const sim::FaultSchedule faults =
            sim::FaultSchedule().slow(50, 0, 5).down(120, 2).restore(200, 2).rate(150, 3);
        BalancerSim a(makeBalancer(name, parseBackends("a:3,b:1,c:1")), 42, faults);
        for (int i = 0; i < 100; ++i) a.step();
        ASSERT_GT(a.engine().pending(), 1u);  // finishes in flight, faults to come
        BalancerSim b = a;                    // a checkpoint
        std::vector<std::tuple<std::uint64_t, std::uint64_t, std::uint32_t, std::uint32_t, std::int64_t,
                               std::int64_t, bool>>
            fromA, fromB;
        for (int i = 0; i < 400; ++i) {
            a.step();
            b.step();
            fromA.push_back(fields(a.lastPick()));
            fromB.push_back(fields(b.lastPick()));
        }
        ASSERT_EQ(fromA, fromB) << name;
        EXPECT_EQ(a.failures(), b.failures());
        EXPECT_EQ(a.engine().processed(), b.engine().processed());
    }
}

TEST(BalancerSim, ADownBackendFailsItsRequestsAtOnceUntilRestored) {
    // Round robin keeps sending every third request to c, health or not: those fail while c is down.
    BalancerSim sim(makeBalancer("round-robin", parseBackends("a,b,c")), 3,
                    sim::FaultSchedule().down(10, 2).restore(20, 2));
    for (int i = 0; i < 30; ++i) {
        sim.step();
        const auto& p = sim.lastPick();
        const bool shouldFail = p.backend == 2 && p.arrival >= 10 && p.arrival < 20;
        ASSERT_EQ(p.failed, shouldFail) << "request " << i;
        if (p.failed) {
            EXPECT_EQ(p.finish, p.arrival);
        }
    }
    EXPECT_EQ(sim.failures()[2], 3u);  // ticks 12, 15, 18
    EXPECT_EQ(sim.failures()[0] + sim.failures()[1], 0u);
    EXPECT_FALSE(sim.down(2));
}

TEST(BalancerSim, LeastConnectionsPilesOntoAFastFailingBackend) {
    // A failed request never holds a connection, so the down backend always looks idlest.
    BalancerSim sim(makeBalancer("least-connections", parseBackends("a,b,c")), 5,
                    sim::FaultSchedule().down(1, 0));
    for (int i = 0; i < 3000; ++i) sim.step();
    EXPECT_GT(sim.failures()[0], 1500u);  // a healthy third would get about 1,000
}

TEST(BalancerSim, ARateChangePutsSeveralArrivalsOnATickOrSpacesThemOut) {
    BalancerSim sim(makeBalancer("round-robin", parseBackends("a,b")), 1,
                    sim::FaultSchedule().rate(5, 3).rate(8, 0.5));
    std::vector<std::int64_t> arrivals;
    for (int i = 0; i < 16; ++i) {
        sim.step();
        arrivals.push_back(sim.lastPick().arrival);
    }
    // 1..5 one per tick; the rate 3 applies from the arrival at 5 on: 6,6,6,7,7,7,8 (the change at 8
    // comes before that arrival, which then spaces the next at 2 ticks: 10, 12, ...).
    EXPECT_EQ(arrivals, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 6, 6, 7, 7, 7, 8, 10, 12, 14, 16}));
    EXPECT_EQ(sim.rate(), 0.5);
}

TEST(BalancerSim, FaultsItCannotApplyAreRejected) {
    auto make = [](sim::FaultSchedule f) {
        return BalancerSim(makeBalancer("round-robin", parseBackends("a,b")), 1, f);
    };
    EXPECT_THROW(make(sim::FaultSchedule().flush(3)), InputError);
    EXPECT_THROW(make(sim::FaultSchedule().slow(3, 2, 2.0)), InputError);
    EXPECT_THROW(make(sim::FaultSchedule().slow(3, 0, 0.0)), InputError);
    EXPECT_THROW(make(sim::FaultSchedule().rate(3, -1)), InputError);
    EXPECT_THROW(make(sim::FaultSchedule().down(-1, 0)), InputError);
    EXPECT_NO_THROW(make(sim::FaultSchedule().down(0, 1)));
}

TEST(BalancerSim, SeekByTimeLandsOnTheLastRequestArrivedByThen) {
    const BalancerSim initial(makeBalancer("power-of-two", parseBackends("a,b,c")), 9,
                              sim::FaultSchedule().rate(40, 4));
    sim::CheckpointTimeline<BalancerSim> timeline(initial, 500, 16);
    for (sim::Time t : {0, 1, 39, 40, 41, 100, 3, 120, 77}) {
        const std::size_t k = timeline.seekTime(t);
        EXPECT_EQ(k, timeline.step());
        EXPECT_LE(timeline.state().now(), t);
        // Reference: a fresh run stepped while the next arrival is still due by t.
        BalancerSim fresh = initial;
        std::size_t steps = 0;
        while (steps < 500 && fresh.nextTime() <= t) fresh.step(), ++steps;
        EXPECT_EQ(k, steps) << "t " << t;
        EXPECT_EQ(fields(timeline.state().lastPick()), fields(fresh.lastPick())) << "t " << t;
        EXPECT_EQ(timeline.state().active(), fresh.active()) << "t " << t;
    }
    EXPECT_EQ(timeline.seekTime(sim::endOfTime), 500u);
}

}  // namespace
}  // namespace stepwise::balance
