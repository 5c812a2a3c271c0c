#pragma once
// Resilience4j's Retry: up to maxAttempts attempts (the first included), waitDuration between
// them, growing by exponentialBackoffMultiplier after each failed attempt when exponential backoff
// is on, capped at exponentialMaxWaitDuration. The wait is computed, never slept, by the policy;
// execute() sleeps through whatever the caller passes (a real sleep, or a simulated clock).
#include <cmath>
#include <string>

#include "core/resilience/Clock.h"

namespace stepwise::resilience {

struct RetryConfig {
    std::uint32_t maxAttempts = 3;
    Time waitDuration = 500 * millisecond;
    double exponentialBackoffMultiplier = 1;  // 1: a fixed wait (enableExponentialBackoff false)
    Time exponentialMaxWaitDuration = 0;      // 0: no cap
};

/// Empty when valid, else what is wrong, naming the key.
std::string checkRetryConfig(const RetryConfig& config);

/// The wait after failed attempt `attempt` (1-based): waitDuration × multiplier^(attempt − 1), capped.
inline Time retryWait(const RetryConfig& c, std::uint32_t attempt) {
    double wait = static_cast<double>(c.waitDuration) * std::pow(c.exponentialBackoffMultiplier, attempt - 1.0);
    if (c.exponentialMaxWaitDuration > 0 && wait > static_cast<double>(c.exponentialMaxWaitDuration))
        wait = static_cast<double>(c.exponentialMaxWaitDuration);
    constexpr double most = 1e15;  // about 31 years: beyond any run, and no overflow
    return static_cast<Time>(std::min(wait, most));
}

/// Calls attempt() (true: success) until it succeeds or maxAttempts are spent, calling
/// sleep(wait) between attempts. Returns the number of attempts made; success is whether the last
/// one succeeded (reported through `succeeded`).
template <class Attempt, class Sleep>
std::uint32_t executeWithRetry(const RetryConfig& c, Attempt&& attempt, Sleep&& sleep, bool& succeeded) {
    for (std::uint32_t n = 1;; ++n) {
        if (attempt()) {
            succeeded = true;
            return n;
        }
        if (n >= c.maxAttempts) {
            succeeded = false;
            return n;
        }
        sleep(retryWait(c, n));
    }
}

}  // namespace stepwise::resilience
