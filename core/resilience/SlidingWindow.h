#pragma once
// The breaker's metrics: the last N outcomes (count-based) or N one-second buckets (time-based),
// as Resilience4j's FixedSizeSlidingWindowMetrics and SlidingTimeWindowMetrics keep them. All
// memory is taken at construction; record() and snapshot() never allocate.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/resilience/BreakerConfig.h"

namespace stepwise::resilience {

/// What a window holds now.
struct WindowCounts {
    std::uint32_t calls = 0;
    std::uint32_t failed = 0;
    std::uint32_t slow = 0;
    friend bool operator==(const WindowCounts&, const WindowCounts&) = default;
};

/// One recorded call as the window keeps it.
enum Outcome : std::uint8_t { Success = 0, Failed = 1, Slow = 2, SlowFailed = 3 };

class SlidingWindow {
  public:
    /// One bucket of a time window: the calls of one epoch second.
    struct Bucket {
        std::int64_t second = 0;
        WindowCounts counts;
    };

    /// Precondition: size >= 1.
    SlidingWindow(WindowType type, std::uint32_t size) : type_(type), size_(size) {
        if (type_ == WindowType::CountBased)
            outcomes_.assign(size_, 0);
        else
            buckets_.assign(size_, Bucket{});
    }

    WindowType type() const { return type_; }
    std::uint32_t size() const { return size_; }

    /// Records one call made at `now` (only the time window reads it).
    void record(Outcome outcome, Time now) {
        const std::uint32_t failed = outcome & Failed, slow = (outcome & Slow) >> 1;
        if (type_ == WindowType::CountBased) {
            if (totals_.calls == size_) {
                const std::uint8_t old = outcomes_[head_];
                totals_.failed -= old & Failed;
                totals_.slow -= (old & Slow) >> 1;
            } else {
                ++totals_.calls;
            }
            outcomes_[head_] = outcome;
            head_ = head_ + 1 == size_ ? 0 : head_ + 1;
        } else {
            moveTo(now);
            Bucket& b = buckets_[head_];
            ++b.counts.calls;
            ++totals_.calls;
            b.counts.failed += failed;
            b.counts.slow += slow;
        }
        totals_.failed += failed;
        totals_.slow += slow;
    }

    /// The counts as they stand at `now`: a time window first drops the seconds that left it.
    WindowCounts snapshot(Time now) {
        if (type_ == WindowType::TimeBased) moveTo(now);
        return totals_;
    }
    /// Forgets every call (fresh metrics), keeping the memory.
    void clear() {
        std::fill(outcomes_.begin(), outcomes_.end(), std::uint8_t{0});
        std::fill(buckets_.begin(), buckets_.end(), Bucket{});
        head_ = 0;
        headSecond_ = 0;
        totals_ = {};
    }

    /// The counts as of the last record or snapshot (no aging).
    const WindowCounts& counts() const { return totals_; }

    /// Count window: the kept outcomes, oldest first (for views and tests).
    std::vector<Outcome> outcomes() const {
        std::vector<Outcome> list;
        if (type_ != WindowType::CountBased) return list;
        const std::uint32_t start = totals_.calls == size_ ? head_ : 0;
        for (std::uint32_t i = 0; i < totals_.calls; ++i)
            list.push_back(static_cast<Outcome>(outcomes_[(start + i) % size_]));
        return list;
    }
    /// Time window: the buckets from the oldest second to the newest (the current one last).
    std::vector<Bucket> buckets() const {
        std::vector<Bucket> list;
        if (type_ != WindowType::TimeBased) return list;
        for (std::uint32_t i = 1; i <= size_; ++i) {
            Bucket b = buckets_[(head_ + i) % size_];
            b.second = headSecond_ - static_cast<std::int64_t>(size_) + static_cast<std::int64_t>(i);
            list.push_back(b);
        }
        return list;
    }

  private:
    // The bucket at head_ holds second headSecond_; the one before it headSecond_ − 1, and so on.
    void moveTo(Time now) {
        const std::int64_t current = now / second;
        if (current <= headSecond_) return;
        const std::int64_t gap = current - headSecond_;
        const std::uint32_t steps = gap >= size_ ? size_ : static_cast<std::uint32_t>(gap);
        for (std::uint32_t i = 0; i < steps; ++i) {
            head_ = head_ + 1 == size_ ? 0 : head_ + 1;
            const WindowCounts& old = buckets_[head_].counts;
            totals_.calls -= old.calls;
            totals_.failed -= old.failed;
            totals_.slow -= old.slow;
            buckets_[head_].counts = {};
        }
        headSecond_ = current;
    }

    WindowType type_;
    std::uint32_t size_;
    std::uint32_t head_ = 0;  // count: the next slot to write; time: the current second's bucket
    std::int64_t headSecond_ = 0;
    WindowCounts totals_;
    std::vector<std::uint8_t> outcomes_;
    std::vector<Bucket> buckets_;
};

}  // namespace stepwise::resilience
