#pragma once
// A token bucket in Resilience4j's AtomicRateLimiter manner: time is cut into cycles of
// limitRefreshPeriod from 0; each cycle adds limitForPeriod permits, up to limitForPeriod (a full
// bucket). A request takes one permit; with none left it may reserve the next one if that comes
// within timeoutDuration (the bucket goes below zero, and the request waits), else it is refused.
// No allocation; a plain value.
#include <cstdint>
#include <string>

#include "core/resilience/Clock.h"

namespace stepwise::resilience {

struct RateLimiterConfig {
    std::int64_t limitForPeriod = 50;
    Time limitRefreshPeriod = 500;  // Resilience4j's default is 500 ns; microseconds are our grain
    Time timeoutDuration = 5 * second;
};

std::string checkRateLimiterConfig(const RateLimiterConfig& config);

class RateLimiter {
  public:
    /// Precondition: checkRateLimiterConfig(config) is empty.
    explicit RateLimiter(const RateLimiterConfig& config) : config_(config), permits_(config.limitForPeriod) {}

    const RateLimiterConfig& config() const { return config_; }

    /// How long the request at `now` waits for its permit (0: at once), or -1 when refused.
    Time acquire(Time now) {
        refill(now);
        if (permits_ >= 1) {
            --permits_;
            return 0;
        }
        // Cycles until a permit is free for this request: the bucket is at permits_ (≤ 0).
        const std::int64_t cycles = (1 - permits_ + config_.limitForPeriod - 1) / config_.limitForPeriod;
        const Time wait = (cycle_ + cycles) * config_.limitRefreshPeriod - now;
        if (wait > config_.timeoutDuration) return -1;
        --permits_;
        return wait;
    }
    /// acquire() without waiting: a permit now or nothing.
    bool tryAcquire(Time now) {
        refill(now);
        if (permits_ < 1) return false;
        --permits_;
        return true;
    }

    /// Permits in the bucket as of the last request (negative: reserved ahead).
    std::int64_t permits() const { return permits_; }
    /// Permits available at `now` without taking one.
    std::int64_t available(Time now) const {
        RateLimiter copy = *this;
        copy.refill(now);
        return copy.permits_;
    }

  private:
    void refill(Time now) {
        const std::int64_t current = now / config_.limitRefreshPeriod;
        if (current <= cycle_) return;
        // Each cycle adds limitForPeriod, up to a full bucket; reservations (below 0) are paid back
        // first. Compared before multiplying, so a long idle gap cannot overflow.
        const std::int64_t gained = current - cycle_;
        const std::int64_t room = config_.limitForPeriod - permits_;
        if (gained >= (room + config_.limitForPeriod - 1) / config_.limitForPeriod)
            permits_ = config_.limitForPeriod;
        else
            permits_ += gained * config_.limitForPeriod;
        cycle_ = current;
    }

    RateLimiterConfig config_;
    std::int64_t permits_;
    std::int64_t cycle_ = 0;
};

}  // namespace stepwise::resilience
