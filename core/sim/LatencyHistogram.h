#pragma once
// Latencies (or any non-negative integers) in log-linear buckets, as HdrHistogram does: values
// below 2 × 128 are exact; above, each power of two is split into 128 equal buckets. A percentile
// is reported as the middle of the bucket holding the nearest-rank sample, so it is within
// `relativeError` (2^-8, about 0.39 %) of the exact sample percentile. Memory: 8 bytes per bucket
// up to the largest value seen (at most 7,424 buckets, 58 KiB, for values up to 2^63).
#include <cstdint>
#include <vector>

namespace stepwise::sim {

class LatencyHistogram {
  public:
    static constexpr int subBucketBits = 7;
    /// |percentile(p) − exact nearest-rank percentile| <= relativeError × exact.
    static constexpr double relativeError = 1.0 / (1 << (subBucketBits + 1));

    /// Records `value` `count` times; negative values count as 0.
    void record(std::int64_t value, std::uint64_t count = 1);
    /// Adds every sample of `other`.
    void merge(const LatencyHistogram& other);
    void clear();

    std::uint64_t count() const { return count_; }
    /// 0 when empty; min() and max() are exact.
    std::int64_t min() const { return count_ ? min_ : 0; }
    std::int64_t max() const { return count_ ? max_ : 0; }
    /// Exact mean of the recorded values (0 when empty).
    double mean() const { return count_ ? sum_ / static_cast<double>(count_) : 0.0; }

    /// The p-th percentile, p in (0, 100] (p <= 0 gives min(), p >= 100 max()), by nearest rank:
    /// the sample at rank ceil(p / 100 × count) in sorted order, to within relativeError. 0 when empty.
    std::int64_t percentile(double p) const;
    std::int64_t p50() const { return percentile(50.0); }
    std::int64_t p95() const { return percentile(95.0); }
    std::int64_t p99() const { return percentile(99.0); }
    std::int64_t p999() const { return percentile(99.9); }

    /// Bucket index of a value and the inclusive range of values a bucket holds (for charts).
    static std::size_t bucketOf(std::uint64_t value);
    static std::uint64_t bucketLow(std::size_t bucket);
    static std::uint64_t bucketHigh(std::size_t bucket);
    /// Counts per bucket, up to the largest bucket used.
    const std::vector<std::uint64_t>& buckets() const { return counts_; }

  private:
    std::vector<std::uint64_t> counts_;
    std::uint64_t count_ = 0;
    std::int64_t min_ = 0;
    std::int64_t max_ = 0;
    double sum_ = 0.0;
};

}  // namespace stepwise::sim
