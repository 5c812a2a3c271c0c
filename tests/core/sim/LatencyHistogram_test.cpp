// Percentiles from the log-linear buckets against exact nearest-rank percentiles of the sorted
// samples, over many seeded distributions: always within the stated relative error.
#include "core/sim/LatencyHistogram.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/trace/Random.h"

namespace stepwise::sim {
namespace {

/// Nearest rank with integer arithmetic: p given in tenths of a percent (999 = 99.9 %).
std::int64_t exactPercentile(const std::vector<std::int64_t>& sorted, std::uint64_t perMille) {
    const std::uint64_t n = sorted.size();
    const std::uint64_t rank = std::max<std::uint64_t>(1, (perMille * n + 999) / 1000);
    return sorted[rank - 1];
}

std::vector<std::int64_t> samples(Random& r, int shape, std::size_t n) {
    std::vector<std::int64_t> v(n);
    for (auto& x : v) {
        switch (shape) {
            case 0:
                x = r.between(0, 300);
                break;  // small: exact buckets
            case 1:
                x = static_cast<std::int64_t>(std::exp(r.uniform(0.0, 40.0)));
                break;  // log-uniform, wide
            case 2:
                x = static_cast<std::int64_t>(-std::log1p(-r.unit()) * 5000.0);
                break;  // exponential
            default:
                x = r.chance(0.99) ? r.between(100, 2000) : r.between(1'000'000, 50'000'000);  // long tail
        }
    }
    return v;
}

TEST(LatencyHistogram, PercentilesAreWithinTheStatedRelativeErrorOfExactOnes) {
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        Random r(seed);
        const int shape = static_cast<int>(seed % 4);
        const std::size_t n = static_cast<std::size_t>(r.between(1, 20000));
        auto values = samples(r, shape, n);
        LatencyHistogram h;
        for (auto v : values) h.record(v);
        std::sort(values.begin(), values.end());
        ASSERT_EQ(h.count(), n);
        EXPECT_EQ(h.min(), values.front());
        EXPECT_EQ(h.max(), values.back());
        for (std::uint64_t perMille : {1ULL, 100ULL, 500ULL, 900ULL, 950ULL, 990ULL, 999ULL}) {
            const auto exact = exactPercentile(values, perMille);
            const auto approx = h.percentile(static_cast<double>(perMille) / 10.0);
            EXPECT_LE(std::abs(static_cast<double>(approx - exact)),
                      LatencyHistogram::relativeError * static_cast<double>(exact))
                << "seed " << seed << " p" << perMille / 10.0 << " exact " << exact << " got " << approx;
        }
        EXPECT_EQ(h.p50(), h.percentile(50));
        EXPECT_EQ(h.p999(), h.percentile(99.9));
        EXPECT_EQ(h.percentile(100), values.back());
        EXPECT_EQ(h.percentile(0), values.front());
    }
}

TEST(LatencyHistogram, SmallValuesAreExact) {
    LatencyHistogram h;
    for (int v = 1; v <= 100; ++v) h.record(v);
    EXPECT_EQ(h.p50(), 50);
    EXPECT_EQ(h.p95(), 95);
    EXPECT_EQ(h.p99(), 99);
    EXPECT_EQ(h.p999(), 100);
    EXPECT_DOUBLE_EQ(h.mean(), 50.5);
}

TEST(LatencyHistogram, BucketsTileTheValuesWithBoundedWidth) {
    Random r(3);
    for (int i = 0; i < 100000; ++i) {
        const std::uint64_t v = r.next() >> r.below(64);
        const std::size_t b = LatencyHistogram::bucketOf(v);
        ASSERT_LE(LatencyHistogram::bucketLow(b), v);
        ASSERT_GE(LatencyHistogram::bucketHigh(b), v);
        const double width =
            static_cast<double>(LatencyHistogram::bucketHigh(b) - LatencyHistogram::bucketLow(b) + 1);
        // A bucket wider than one value is at most 2 × relativeError × its lowest value wide.
        if (width > 1) {
            ASSERT_LE(width / 2,
                      LatencyHistogram::relativeError * static_cast<double>(LatencyHistogram::bucketLow(b)));
        }
    }
    for (std::size_t b = 1; b < 5000; ++b)
        ASSERT_EQ(LatencyHistogram::bucketLow(b), LatencyHistogram::bucketHigh(b - 1) + 1);
}

TEST(LatencyHistogram, MergingEqualsRecordingEverything) {
    Random r(8);
    LatencyHistogram a, b, all;
    for (int i = 0; i < 5000; ++i) {
        const auto v = r.between(0, 1'000'000);
        (r.chance(0.3) ? a : b).record(v);
        all.record(v);
    }
    a.merge(b);
    EXPECT_EQ(a.count(), all.count());
    EXPECT_EQ(a.min(), all.min());
    EXPECT_EQ(a.max(), all.max());
    EXPECT_EQ(a.buckets(), all.buckets());
    EXPECT_DOUBLE_EQ(a.mean(), all.mean());
    EXPECT_EQ(a.p99(), all.p99());
}

TEST(LatencyHistogram, EmptyAndNegativeAndWeighted) {
    LatencyHistogram h;
    EXPECT_EQ(h.p99(), 0);
    EXPECT_EQ(h.count(), 0u);
    h.record(-5);
    EXPECT_EQ(h.min(), 0);
    h.record(1000, 99);
    EXPECT_EQ(h.count(), 100u);
    EXPECT_EQ(h.percentile(1), 0);
    EXPECT_NEAR(static_cast<double>(h.percentile(2)), 1000.0, 1000.0 * LatencyHistogram::relativeError);
    h.clear();
    EXPECT_EQ(h.count(), 0u);
    EXPECT_TRUE(h.buckets().empty());
}

}  // namespace
}  // namespace stepwise::sim
