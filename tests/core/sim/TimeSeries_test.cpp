// Sampling per interval, pulled in batches as a chart would.
#include "core/sim/TimeSeries.h"

#include <gtest/gtest.h>

#include <vector>

#include "core/sim/Counters.h"
#include "core/trace/Random.h"

namespace stepwise::sim {
namespace {

TEST(RatioSampler, OneSamplePerFinishedIntervalWithThatIntervalsShare) {
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        Random r(seed);
        const std::uint64_t interval = static_cast<std::uint64_t>(r.between(1, 50));
        const std::size_t n = static_cast<std::size_t>(r.between(0, 2000));
        RatioSampler sampler(interval);
        std::vector<bool> outcomes;
        for (std::size_t i = 0; i < n; ++i) {
            outcomes.push_back(r.chance(0.3));
            sampler.record(outcomes.back());
        }
        const auto& series = sampler.series();
        ASSERT_EQ(series.size(), n / interval);
        for (std::size_t s = 0; s < series.size(); ++s) {
            std::uint64_t yes = 0;
            for (std::size_t i = s * interval; i < (s + 1) * interval; ++i) yes += outcomes[i];
            EXPECT_EQ(series[s].at, static_cast<std::int64_t>((s + 1) * interval));
            EXPECT_DOUBLE_EQ(series[s].value, static_cast<double>(yes) / static_cast<double>(interval));
        }
    }
}

TEST(TimeSeries, AChartPullingBatchesGetsEverySampleOnce) {
    Random r(4);
    RatioSampler sampler(10);
    std::vector<Sample> drawn;
    std::size_t next = 0;
    for (int frame = 0; frame < 200; ++frame) {
        const auto requests = r.between(0, 40);
        for (int i = 0; i < requests; ++i) sampler.record(r.chance(0.5));
        const auto batch = sampler.series().samplesSince(next);
        next += batch.size();
        drawn.insert(drawn.end(), batch.begin(), batch.end());
    }
    EXPECT_EQ(drawn, sampler.series().samples());
    EXPECT_TRUE(sampler.series().samplesSince(next + 5).empty());
}

TEST(TimeSeries, TruncateDropsTheSamplesAfterASeekBack) {
    TimeSeries t("p99");
    for (int i = 0; i < 10; ++i) t.append(i, i * 1.5);
    t.truncate(4);
    EXPECT_EQ(t.size(), 4u);
    EXPECT_EQ(t[3], (Sample{3, 4.5}));
    t.truncate(100);
    EXPECT_EQ(t.size(), 4u);
    EXPECT_EQ(t.name(), "p99");
}

TEST(Counters, AddAndGetByName) {
    Counters c;
    c.add("hits");
    c.add("hits", 4);
    c.add("misses", 2);
    EXPECT_EQ(c.get("hits"), 5u);
    EXPECT_EQ(c.get("misses"), 2u);
    EXPECT_EQ(c.get("evictions"), 0u);
    EXPECT_EQ(c.all().size(), 2u);
    EXPECT_EQ(c.all().begin()->first, "hits");
}

}  // namespace
}  // namespace stepwise::sim
