// What the queue view draws for a delayed job (QueueItemRun::waits): at every step of seeded runs
// with each backoff policy, every delayed job and only those, failed when its delivery ended, back
// exactly at failedAt + its sleep (the step that makes it ready is at that time), and the range
// its formula could have drawn from, worked out here from the job's own history and the AWS
// Architecture Blog's formulas (no code shared with Backoff.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "core/catalogue/Catalogue.h"
#include "core/queue/QueueItemRun.h"
#include "tests/core/queue/BackoffReference.h"

using namespace stepwise;
using namespace stepwise::queue;

namespace {

/// The range of the sleep after failure number n (from 0), `previous` the job's last sleep.
BackoffRange formulaRange(BackoffKind kind, std::int64_t base, std::int64_t cap, std::uint32_t n,
                          std::int64_t previous) {
    const std::int64_t e = reference::expo(base, cap, n);
    switch (kind) {
        case BackoffKind::None: return {e, e};
        case BackoffKind::Full: return {0, e};
        case BackoffKind::Equal: return {e / 2, e / 2 + e / 2};
        case BackoffKind::Decorrelated: return {base, std::min(cap, std::max(base, 3 * previous))};
    }
    return {};
}

}  // namespace

TEST(QueueWaits, EveryDelayedJobHasItsFailureItsReturnAndItsFormulasRangeAtEveryStep) {
    const auto& item = catalogue::requireItem("queue");
    for (const std::string backoff : {"none", "full", "equal", "decorrelated"}) {
        for (const std::string seed : {"3", "8"}) {
            const auto run = item.start(catalogue::Options(std::map<std::string, std::string>{
                {"jobs", "40"}, {"workers", "4"}, {"failure-rate", "0.6"}, {"max-receives", "5"},
                {"backoff", backoff}, {"base", "100"}, {"cap", "2000"}, {"seed", seed}}));
            auto* q = run->as<QueueItemRun>();
            const BackoffPolicy& policy = q->config().retry.backoff;
            std::map<std::uint32_t, sim::Time> due;  // job → visibleAt, from the step before
            std::size_t seen = 0;
            bool ranged = false;
            while (run->forward()) {
                const QueueSim& s = q->sim();
                // A job whose backoff ended at this step came back at the time drawn for it.
                if (s.last().kind == QueueStep::Kind::BackoffOver) {
                    ASSERT_TRUE(due.count(s.last().job)) << backoff << " step " << run->step();
                    EXPECT_EQ(s.now(), due[s.last().job]) << backoff << " step " << run->step();
                }
                const auto waits = q->waits();
                ASSERT_EQ(waits.size(), s.delayed()) << backoff << " step " << run->step();
                due.clear();
                for (std::size_t i = 0; i < waits.size(); ++i) {
                    const BackoffWait& w = waits[i];
                    if (i > 0) {
                        EXPECT_LE(waits[i - 1].failedAt, w.failedAt);
                    }
                    ASSERT_EQ(s.jobs()[w.job].state, JobState::Delayed);
                    EXPECT_EQ(w.receives, s.jobs()[w.job].receives);
                    EXPECT_LE(w.failedAt, s.now());
                    EXPECT_GE(w.visibleAt, s.now());  // not back yet (or later at this very time)
                    EXPECT_EQ(w.visibleAt, w.failedAt + w.delay);
                    // From the job's history: its last delivery failed at failedAt; n is the
                    // failures before it, previous its last sleep (base before any).
                    const auto& attempts = q->histories()[w.job].attempts;
                    const std::size_t last = s.jobs()[w.job].receipt - 1;
                    EXPECT_EQ(attempts[last].ended, w.failedAt);
                    std::int64_t previous = policy.base;
                    for (std::size_t a = 0; a < last; ++a)
                        if (attempts[a].backoff >= 0) previous = attempts[a].backoff;
                    const BackoffRange expected =
                        formulaRange(policy.kind, policy.base, policy.cap, w.receives - 1, previous);
                    EXPECT_EQ(w.range.low, expected.low) << backoff << " job " << w.job + 1 << " step " << run->step();
                    EXPECT_EQ(w.range.high, expected.high) << backoff << " job " << w.job + 1 << " step " << run->step();
                    EXPECT_GE(w.delay, w.range.low);
                    EXPECT_LE(w.delay, w.range.high);
                    ranged |= w.range.low < w.range.high;
                    due[w.job] = w.visibleAt;
                    ++seen;
                }
            }
            EXPECT_GT(seen, 20u) << backoff << ": too few delayed jobs to check";
            EXPECT_EQ(ranged, backoff != "none") << backoff;
            // The result's attempts carry the same range. (Held first: a range-for over a member of
            // the temporary result would read it after it is gone.)
            const auto result = q->result();
            for (const auto& job : result["jobs"])
                for (const auto& a : job["attempts"])
                    if (a.contains("backoff_ms")) {
                        EXPECT_GE(a["backoff_ms"].get<double>(), a["backoff_range_ms"][0].get<double>());
                        EXPECT_LE(a["backoff_ms"].get<double>(), a["backoff_range_ms"][1].get<double>());
                    }
        }
    }
}
