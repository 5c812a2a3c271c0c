#include "core/sim/LatencyHistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace stepwise::sim {
namespace {
constexpr std::uint64_t subBuckets = 1ULL << LatencyHistogram::subBucketBits;
}

// Index = value below 2 × subBuckets; above, with shift = msb − subBucketBits, the top
// subBucketBits + 1 bits select one of subBuckets buckets of width 2^shift in that power of two.
std::size_t LatencyHistogram::bucketOf(std::uint64_t value) {
    if (value < 2 * subBuckets) return static_cast<std::size_t>(value);
    const int shift = std::bit_width(value) - 1 - subBucketBits;
    return static_cast<std::size_t>(static_cast<std::uint64_t>(shift) * subBuckets + (value >> shift));
}

std::uint64_t LatencyHistogram::bucketLow(std::size_t bucket) {
    if (bucket < 2 * subBuckets) return bucket;
    const std::uint64_t shift = bucket / subBuckets - 1;
    const std::uint64_t top = bucket - shift * subBuckets;  // in [subBuckets, 2 × subBuckets)
    return top << shift;
}

std::uint64_t LatencyHistogram::bucketHigh(std::size_t bucket) {
    if (bucket < 2 * subBuckets) return bucket;
    const std::uint64_t shift = bucket / subBuckets - 1;
    return bucketLow(bucket) + ((1ULL << shift) - 1);
}

void LatencyHistogram::record(std::int64_t value, std::uint64_t count) {
    if (count == 0) return;
    if (value < 0) value = 0;
    const std::size_t b = bucketOf(static_cast<std::uint64_t>(value));
    if (b >= counts_.size()) counts_.resize(b + 1, 0);
    counts_[b] += count;
    if (count_ == 0) min_ = max_ = value;
    min_ = std::min(min_, value);
    max_ = std::max(max_, value);
    count_ += count;
    sum_ += static_cast<double>(value) * static_cast<double>(count);
}

void LatencyHistogram::merge(const LatencyHistogram& other) {
    if (other.count_ == 0) return;
    if (other.counts_.size() > counts_.size()) counts_.resize(other.counts_.size(), 0);
    for (std::size_t b = 0; b < other.counts_.size(); ++b) counts_[b] += other.counts_[b];
    min_ = count_ ? std::min(min_, other.min_) : other.min_;
    max_ = count_ ? std::max(max_, other.max_) : other.max_;
    count_ += other.count_;
    sum_ += other.sum_;
}

void LatencyHistogram::clear() {
    *this = LatencyHistogram();
}

std::int64_t LatencyHistogram::percentile(double p) const {
    if (count_ == 0) return 0;
    if (p <= 0.0) return min_;
    if (p >= 100.0) return max_;
    // Nearest rank: the smallest rank r with r >= p/100 × count (1-based). The small epsilon keeps
    // 99.9 % of 1000 at rank 999 despite 0.999 × 1000 being 999.0000000000001 in binary.
    const double exactRank = p / 100.0 * static_cast<double>(count_);
    auto rank = static_cast<std::uint64_t>(std::ceil(exactRank - 1e-9 * exactRank));
    rank = std::clamp<std::uint64_t>(rank, 1, count_);
    std::uint64_t seen = 0;
    for (std::size_t b = 0; b < counts_.size(); ++b) {
        seen += counts_[b];
        if (seen >= rank) {
            const std::uint64_t low = bucketLow(b), high = bucketHigh(b);
            const auto middle = static_cast<std::int64_t>(low + (high - low) / 2);
            return std::clamp(middle, min_, max_);
        }
    }
    return max_;
}

}  // namespace stepwise::sim
