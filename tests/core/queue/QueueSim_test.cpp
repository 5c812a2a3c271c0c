// The queue simulation's invariants over thousands of seeded random runs with random failures,
// worker kills, job kills, retries and redrives, checked after every event by counting afresh:
// conservation (submitted = completed + dead-lettered + ready + delayed + in flight), no job
// delivered more than maxReceiveCount times between redrives (counted from the receive events,
// not from the job's own count), a receive takes the highest priority ready; plus determinism and
// the SQS rules one by one.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/common/InputError.h"
#include "core/queue/QueueNarration.h"
#include "core/queue/QueueSimulation.h"

using namespace stepwise;
using namespace stepwise::queue;

namespace {

QueueConfig randomConfig(std::uint64_t seed) {
    Random r(seed * 7919 + 3);
    QueueConfig c;
    c.seed = seed;
    c.jobs = r.below(60);
    c.workers = static_cast<std::uint32_t>(1 + r.below(4));
    c.minWorkers = c.workers;
    c.maxWorkers = r.chance(0.3) ? c.workers + static_cast<std::uint32_t>(r.below(5)) : c.workers;
    c.failureRate = r.unit() * 0.9;
    c.retry.maxReceives = static_cast<std::uint32_t>(1 + r.below(5));
    c.retry.backoff.kind = static_cast<BackoffKind>(r.below(4));
    c.retry.backoff.base = static_cast<std::int64_t>(1 + r.below(500)) * sim::millisecond;
    c.retry.backoff.cap = c.retry.backoff.base * static_cast<std::int64_t>(1 + r.below(40));
    // Sometimes shorter than a job takes: deliveries time out under a live worker (run twice).
    c.visibilityTimeout = static_cast<sim::Time>(50 + r.below(3000)) * sim::millisecond;
    c.meanService = static_cast<sim::Time>(10 + r.below(400)) * sim::millisecond;
    c.producer = static_cast<Producer>(r.below(3));
    c.rate = 1 + r.unit() * 40;
    c.burst = static_cast<std::uint32_t>(1 + r.below(20));
    c.burstEvery = static_cast<sim::Time>(100 + r.below(3000)) * sim::millisecond;
    c.priorities = static_cast<std::uint32_t>(1 + r.below(3));
    c.batch = static_cast<std::uint32_t>(1 + r.below(3));
    c.targetBacklog = static_cast<std::uint32_t>(1 + r.below(5));
    c.cooldown = static_cast<sim::Time>(100 + r.below(3000)) * sim::millisecond;
    c.scaleEvery = static_cast<sim::Time>(100 + r.below(1000)) * sim::millisecond;
    const std::size_t faults = r.below(6);
    for (std::size_t i = 0; i < faults; ++i) {
        sim::Fault f;
        f.at = static_cast<sim::Time>(r.below(8000)) * sim::millisecond;
        switch (r.below(5)) {
            case 0: f.kind = sim::FaultKind::FailureRate; f.value = r.unit(); break;
            case 1: f.kind = sim::FaultKind::WorkerKill; f.target = static_cast<std::uint32_t>(r.below(6)); break;
            case 2: f.kind = sim::FaultKind::JobKill; break;
            case 3: f.kind = sim::FaultKind::JobRetry; break;
            default: f.kind = sim::FaultKind::Redrive; break;
        }
        if (f.kind == sim::FaultKind::JobKill || f.kind == sim::FaultKind::JobRetry) {
            if (c.jobs == 0) continue;
            f.target = static_cast<std::uint32_t>(r.below(c.jobs));
        }
        c.faults.add(f);
    }
    return c;
}

/// Counts every state from the jobs themselves and compares with the counters and conservation.
::testing::AssertionResult conserved(const QueueSim& s) {
    std::map<JobState, std::size_t> n;
    for (const auto& j : s.jobs()) ++n[j.state];
    std::size_t laneTotal = 0;
    for (const auto& lane : s.lanes()) laneTotal += lane.size();
    const std::size_t submitted = s.jobs().size() - n[JobState::Unsubmitted];
    if (submitted != s.submitted() || n[JobState::Done] != s.completed() || n[JobState::Ready] != s.ready() ||
        n[JobState::Delayed] != s.delayed() || n[JobState::InFlight] != s.inFlight() ||
        n[JobState::Dead] != s.dead() || laneTotal != s.ready())
        return ::testing::AssertionFailure() << "counters disagree with the jobs at step " << s.position();
    if (s.submitted() != s.completed() + s.dead() + s.ready() + s.delayed() + s.inFlight())
        return ::testing::AssertionFailure() << "conservation fails at step " << s.position();
    return ::testing::AssertionSuccess();
}

std::vector<std::string> sentences(QueueConfig c) {
    QueueSim s(std::move(c));
    std::vector<std::string> out;
    while (s.step()) out.push_back(queueSentence(s));
    return out;
}

}  // namespace

TEST(QueueSim, ConservationAndAtMostMaxReceivesAfterEveryEventOverThousandsOfRandomRuns) {
    std::size_t killed = 0, timedOut = 0, dead = 0, late = 0, redriven = 0;
    for (std::uint64_t seed = 1; seed <= 3000; ++seed) {
        QueueSim s(randomConfig(seed));
        const QueueConfig& c = s.config();
        std::vector<std::uint32_t> receivedSinceRedrive(c.jobs, 0);
        std::set<std::uint32_t> dlq;  // kept from the events alone
        ASSERT_TRUE(conserved(s));
        while (s.step()) {
            ASSERT_TRUE(conserved(s)) << "seed " << seed;
            const QueueStep& l = s.last();
            switch (l.kind) {
                case QueueStep::Kind::Received:
                    for (const std::uint32_t j : l.jobs) {
                        ASSERT_LE(++receivedSinceRedrive[j], c.retry.maxReceives) << "seed " << seed << " job " << j;
                        // Highest priority first: nothing more urgent is left waiting.
                        for (std::uint32_t p = 0; p < s.jobs()[j].priority; ++p)
                            ASSERT_TRUE(s.lanes()[p].empty()) << "seed " << seed;
                    }
                    break;
                case QueueStep::Kind::Failed:
                case QueueStep::Kind::TimedOut:
                    if (l.kind == QueueStep::Kind::TimedOut) ++timedOut;
                    if (l.deadLettered) {
                        ASSERT_EQ(receivedSinceRedrive[l.job], c.retry.maxReceives) << "seed " << seed;
                        dlq.insert(l.job);
                        ++dead;
                    }
                    break;
                case QueueStep::Kind::Stale:
                    ++late;
                    break;
                case QueueStep::Kind::Fault: {
                    const sim::Fault& f = c.faults[l.fault];
                    if (f.kind == sim::FaultKind::WorkerKill && !l.workerAlive) ++killed;
                    if (f.kind == sim::FaultKind::JobKill && l.deadLettered) dlq.insert(f.target);
                    if (f.kind == sim::FaultKind::JobRetry && l.affected && dlq.erase(f.target))
                        receivedSinceRedrive[f.target] = 0;
                    if (f.kind == sim::FaultKind::Redrive) {
                        ASSERT_EQ(l.affected, dlq.size());
                        for (const auto j : dlq) receivedSinceRedrive[j] = 0;
                        redriven += dlq.size();
                        dlq.clear();
                    }
                    break;
                }
                default:
                    break;
            }
            ASSERT_EQ(dlq.size(), s.dead()) << "seed " << seed;
        }
        // Over: with a live worker left, nothing is still waiting.
        if (s.activeWorkers() > 0) {
            EXPECT_EQ(s.ready() + s.delayed() + s.inFlight(), 0u) << "seed " << seed;
            EXPECT_EQ(s.submitted(), c.jobs) << "seed " << seed;
        }
        EXPECT_LE(s.workers().size(), static_cast<std::size_t>(c.maxWorkers) * 100);
    }
    // The runs covered what they claim to.
    EXPECT_GT(killed, 100u);
    EXPECT_GT(timedOut, 100u);
    EXPECT_GT(dead, 100u);
    EXPECT_GT(late, 10u);
    EXPECT_GT(redriven, 10u);
}

TEST(QueueSim, SameSeedSameTraceAnotherSeedAnother) {
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const auto a = sentences(randomConfig(seed));
        EXPECT_EQ(a, sentences(randomConfig(seed))) << seed;
    }
    QueueConfig c;
    c.jobs = 30;
    c.seed = 1;
    const auto one = sentences(c);
    c.seed = 2;
    EXPECT_NE(one, sentences(c));
}

TEST(QueueSim, AKilledWorkersJobReappearsAfterItsVisibilityTimeout) {
    QueueConfig c;
    c.jobs = 1;
    c.workers = c.minWorkers = c.maxWorkers = 2;
    c.failureRate = 0;
    c.meanService = sim::second;  // still running when the worker dies at 1 ms (this seed)
    c.visibilityTimeout = 30 * sim::second;
    c.faults.add({sim::millisecond, sim::FaultKind::WorkerKill, 0, 0});
    QueueSim s(c);
    std::vector<std::pair<QueueStep::Kind, sim::Time>> seen;
    while (s.step()) seen.emplace_back(s.last().kind, s.now());
    ASSERT_GE(seen.size(), 5u);
    EXPECT_EQ(seen[1].first, QueueStep::Kind::Received);  // worker 1 takes it at 0
    EXPECT_EQ(seen[2].first, QueueStep::Kind::Fault);
    EXPECT_EQ(seen[3].first, QueueStep::Kind::TimedOut);
    EXPECT_EQ(seen[3].second, 30 * sim::second);
    EXPECT_EQ(seen[4].first, QueueStep::Kind::Received);  // worker 2, receive 2
    EXPECT_EQ(s.jobs()[0].state, JobState::Done);
    EXPECT_EQ(s.jobs()[0].receives, 2);
    EXPECT_EQ(s.workers()[1].status, Worker::Status::Idle);
}

TEST(QueueSim, AJobLongerThanItsTimeoutIsDeliveredTwiceAndTheLateAckIsRefused) {
    QueueConfig c;
    c.jobs = 1;
    c.workers = c.minWorkers = c.maxWorkers = 2;
    c.failureRate = 0;
    c.meanService = 100 * sim::second;
    c.visibilityTimeout = sim::millisecond;
    c.retry.maxReceives = 2;
    QueueSim s(c);
    s.runToEnd();
    EXPECT_EQ(s.deliveries(), 2u);
    EXPECT_EQ(s.dead(), 1u);  // both deliveries timed out: at most maxReceiveCount of them
    EXPECT_EQ(s.duplicates(), 2u);
    EXPECT_EQ(s.completed(), 0u);
}

TEST(QueueSim, EveryJobFailingIsDeliveredExactlyMaxReceivesTimesThenRedrivenWithItsCountReset) {
    QueueConfig c;
    c.jobs = 10;
    c.failureRate = 1;
    c.retry.maxReceives = 4;
    c.retry.backoff = {BackoffKind::None, 100 * sim::millisecond, sim::second};
    c.faults.add({60 * sim::second, sim::FaultKind::FailureRate, 0, 0}).add({61 * sim::second, sim::FaultKind::Redrive, 0, 0});
    QueueSim s(c);
    std::vector<std::int64_t> delays;
    while (s.step()) {
        if (s.now() < 60 * sim::second) {
            if (s.last().kind == QueueStep::Kind::Failed && !s.last().deadLettered) delays.push_back(s.last().delay);
        }
        if (s.last().kind == QueueStep::Kind::Fault && s.last().affected == 10) {
            EXPECT_EQ(s.deliveries(), 40u);
            EXPECT_EQ(s.dead(), 0u);
            for (const auto& j : s.jobs()) EXPECT_EQ(j.receives, 0);
        }
    }
    ASSERT_EQ(delays.size(), 30u);
    for (std::size_t i = 0; i < delays.size(); ++i) EXPECT_TRUE(delays[i] == 100'000 || delays[i] == 200'000 || delays[i] == 400'000);
    EXPECT_EQ(s.completed(), 10u);
    EXPECT_EQ(s.deadLettered(), 10u);
    EXPECT_EQ(s.redriven(), 10u);
    EXPECT_EQ(s.deliveries(), 50u);
}

TEST(QueueSim, TheAutoscalerGrowsWithTheBacklogAndShrinksAfterTheCooldown) {
    QueueConfig c;
    c.jobs = 300;
    c.workers = c.minWorkers = 1;
    c.maxWorkers = 6;
    c.failureRate = 0;
    c.producer = Producer::Spike;
    c.rate = 2;
    c.spikeRate = 200;
    c.spikeAt = sim::second;
    c.spikeFor = sim::second;
    c.cooldown = 3 * sim::second;
    QueueSim s(c);
    std::uint32_t most = 0;
    sim::Time lastOut = 0, firstIn = -1;
    while (s.step()) {
        most = std::max(most, s.activeWorkers());
        ASSERT_LE(s.activeWorkers(), 6u);
        ASSERT_GE(s.activeWorkers(), 1u);
        if (s.last().kind == QueueStep::Kind::Scaled) {
            if (s.last().workersAdded > 0) lastOut = s.now();
            if (s.last().workersAdded < 0 && firstIn < 0) {
                firstIn = s.now();
                EXPECT_GE(firstIn - lastOut, c.cooldown);
            }
        }
    }
    EXPECT_EQ(most, 6u);
    EXPECT_GT(firstIn, 0);
    EXPECT_EQ(s.activeWorkers(), 1u);
    EXPECT_EQ(s.completed(), 300u);
}

TEST(QueueSim, BatchesAreReceivedTogetherAndRunInOrder) {
    QueueConfig c;
    c.jobs = 9;
    c.workers = c.minWorkers = c.maxWorkers = 1;
    c.batch = 3;
    c.failureRate = 0;
    c.producer = Producer::Bursts;
    c.burst = 9;
    QueueSim s(c);
    std::vector<std::size_t> sizes;
    while (s.step())
        if (s.last().kind == QueueStep::Kind::Received) sizes.push_back(s.last().jobs.size());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{1, 3, 3, 2}));  // the first poll beats the rest of the burst
    EXPECT_EQ(s.completed(), 9u);
}

TEST(QueueSim, BadConfigurationsAreRefusedWithTheirReason) {
    auto refuse = [](QueueConfig c, const std::string& part) {
        try {
            QueueSim s(std::move(c));
            ADD_FAILURE() << "accepted; expected: " << part;
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
        }
    };
    QueueConfig c;
    c.retry.maxReceives = 0;
    refuse(c, "between 1 and 1000");
    c.retry.maxReceives = 1001;
    refuse(c, "between 1 and 1000");
    c = {};
    c.minWorkers = 3;
    c.maxWorkers = 2;
    refuse(c, "below the minimum");
    c = {};
    c.visibilityTimeout = 0;
    refuse(c, "visibility timeout");
    c = {};
    c.visibilityTimeout = -5;
    refuse(c, "visibility timeout");
    c = {};
    c.faults.add({0, sim::FaultKind::CacheFlush, 0, 0});
    refuse(c, "not one of the job queue's");
    c = {};
    c.faults.add({0, sim::FaultKind::JobKill, 40, 0});
    refuse(c, "no job 41");
}
