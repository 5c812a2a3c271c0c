#include "core/resilience/Bulkhead.h"
#include "core/resilience/RateLimiter.h"
#include "core/resilience/Retry.h"

namespace stepwise::resilience {

std::string checkRetryConfig(const RetryConfig& c) {
    if (c.maxAttempts < 1) return "maxAttempts must be at least 1";
    if (c.maxAttempts > 1000) return "maxAttempts must be at most 1000";
    if (c.waitDuration < 0) return "waitDuration must not be negative";
    if (!(c.exponentialBackoffMultiplier >= 1 && c.exponentialBackoffMultiplier <= 100))
        return "exponentialBackoffMultiplier must be from 1 to 100";
    if (c.exponentialMaxWaitDuration < 0) return "exponentialMaxWaitDuration must not be negative";
    return {};
}

std::string checkRateLimiterConfig(const RateLimiterConfig& c) {
    if (c.limitForPeriod < 1) return "limitForPeriod must be at least 1";
    if (c.limitForPeriod > 1'000'000'000) return "limitForPeriod must be at most 1000000000";
    if (c.limitRefreshPeriod <= 0) return "limitRefreshPeriod must be more than 0";
    if (c.timeoutDuration < 0) return "timeoutDuration must not be negative";
    return {};
}

std::string checkBulkheadConfig(const BulkheadConfig& c) {
    if (c.maxConcurrentCalls < 1) return "maxConcurrentCalls must be at least 1";
    if (c.maxConcurrentCalls > 100'000) return "maxConcurrentCalls must be at most 100000";
    if (c.maxWaitDuration < 0) return "maxWaitDuration must not be negative";
    return {};
}

}  // namespace stepwise::resilience
