// The jitter comparison's report (`run queue --compare jitter`): the herd's height against a brute
// force count over random retry times, the buckets' widths on the 1-2-5 ladder, and a comparison
// without any retry said in words rather than drawn as empty bars.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/queue/JitterReport.h"
#include "core/trace/Random.h"

using namespace stepwise;
using namespace stepwise::queue;

TEST(JitterReport, ThePeakIsTheMostRetriesInAnyWindowAndTheBucketsCountThemAll) {
    Random r(5);
    for (int trial = 0; trial < 200; ++trial) {
        JitterRun run;
        const auto n = static_cast<std::size_t>(r.below(60));
        for (std::size_t i = 0; i < n; ++i) run.retryTimes.push_back(r.between(0, 5 * sim::second));
        std::sort(run.retryTimes.begin(), run.retryTimes.end());
        for (const sim::Time window : {100 * sim::millisecond, sim::second}) {
            std::size_t most = 0;
            for (const sim::Time t : run.retryTimes)
                most = std::max<std::size_t>(most, static_cast<std::size_t>(std::count_if(
                                                       run.retryTimes.begin(), run.retryTimes.end(),
                                                       [&](sim::Time u) { return u >= t && u < t + window; })));
            const auto peak = run.peak(window);
            EXPECT_EQ(peak.first, most) << "trial " << trial;
            if (n == 0) {
                EXPECT_EQ(peak.second, -1);
            } else {
                EXPECT_EQ(static_cast<std::size_t>(std::count_if(run.retryTimes.begin(), run.retryTimes.end(), [&](sim::Time u) {
                              return u >= peak.second && u < peak.second + window;
                          })),
                          most);
            }
        }
        const auto buckets = run.perBucket(sim::second, 6);
        std::size_t total = 0;
        for (const std::size_t b : buckets) total += b;
        EXPECT_EQ(total, n);
    }
}

TEST(JitterReport, BucketsAreTheNarrowestOnTheLadderThatKeepTheRunWithinTheRows) {
    EXPECT_EQ(herdBucket(3 * sim::second, 40), 100 * sim::millisecond);
    EXPECT_EQ(herdBucket(12'400 * sim::millisecond, 40), 500 * sim::millisecond);
    EXPECT_EQ(herdBucket(31'330 * sim::millisecond, 40), sim::second);
    EXPECT_EQ(herdBucket(40 * sim::second, 40), 2 * sim::second);  // 0..40 s at 1 s is 41 rows
    EXPECT_EQ(herdBucket(1000 * sim::second, 40), 50 * sim::second);
}

TEST(JitterReport, NoRetriesAreSaidInWords) {
    QueueConfig config;
    config.failureRate = 0;
    config.jobs = 10;
    const JitterComparison c = compareJitter(config);
    const std::string text = jitterText(c, config);
    EXPECT_NE(text.find("no retries in either run"), std::string::npos) << text;
    const auto json = jitterJson(c, config);
    EXPECT_EQ(json["runs"][0]["peak_retries_in_100ms"], 0);
    EXPECT_TRUE(json["runs"][1]["peak_at_ms"].is_null());
    EXPECT_EQ(json["runs"][1]["completed"], 10);
}
