#pragma once
// Resilience4j's SemaphoreBulkhead: at most maxConcurrentCalls at once; a call that finds them all
// busy waits up to maxWaitDuration for one to end, else it is refused.
//
// Bulkhead is the real thing, for threads (a mutex and a condition variable; the permitted path
// takes the lock once). BulkheadSchedule is the same rule on simulated time: each slot is free
// from some time on, and a call arriving at `now` takes the slot freed earliest (waiters are
// served in arrival order), which is what the bulkhead item steps through.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "core/resilience/Clock.h"

namespace stepwise::resilience {

struct BulkheadConfig {
    std::uint32_t maxConcurrentCalls = 25;
    Time maxWaitDuration = 0;
};

std::string checkBulkheadConfig(const BulkheadConfig& config);

class Bulkhead {
  public:
    explicit Bulkhead(const BulkheadConfig& config) : config_(config) {}

    /// Waits up to maxWaitDuration for a slot. True: the caller holds one and must release() it.
    bool tryAcquire() {
        std::unique_lock lock(mutex_);
        if (config_.maxWaitDuration <= 0) {
            if (active_ >= config_.maxConcurrentCalls) return false;
        } else if (!freed_.wait_for(lock, std::chrono::microseconds(config_.maxWaitDuration),
                                    [this] { return active_ < config_.maxConcurrentCalls; })) {
            return false;
        }
        ++active_;
        return true;
    }
    void release() {
        {
            std::lock_guard lock(mutex_);
            --active_;
        }
        freed_.notify_one();
    }
    std::uint32_t active() const {
        std::lock_guard lock(mutex_);
        return active_;
    }

  private:
    BulkheadConfig config_;
    mutable std::mutex mutex_;
    std::condition_variable freed_;
    std::uint32_t active_ = 0;
};

class BulkheadSchedule {
  public:
    explicit BulkheadSchedule(const BulkheadConfig& config)
        : config_(config), freeAt_(config.maxConcurrentCalls, 0) {}

    /// A call at `now` lasting `duration`: when it starts (now + its wait), or -1 when refused.
    /// Precondition: now does not decrease from call to call.
    Time admit(Time now, Time duration) {
        const auto slot = std::min_element(freeAt_.begin(), freeAt_.end());
        const Time start = std::max(now, *slot);
        if (start - now > config_.maxWaitDuration) return -1;
        *slot = start + duration;
        return start;
    }
    /// Calls running or waiting at `now` (slots not yet free).
    std::uint32_t busy(Time now) const {
        return static_cast<std::uint32_t>(
            std::count_if(freeAt_.begin(), freeAt_.end(), [now](Time t) { return t > now; }));
    }
    const std::vector<Time>& freeAt() const { return freeAt_; }

  private:
    BulkheadConfig config_;
    std::vector<Time> freeAt_;
};

}  // namespace stepwise::resilience
