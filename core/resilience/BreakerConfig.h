#pragma once
// Resilience4j's CircuitBreakerConfig: the same names, the same defaults (SEMANTICS.md).
#include <cstdint>
#include <string>

#include "core/resilience/Clock.h"

namespace stepwise::resilience {

enum class WindowType : std::uint8_t { CountBased, TimeBased };

struct BreakerConfig {
    double failureRateThreshold = 50;    // percent, in (0, 100]
    double slowCallRateThreshold = 100;  // percent, in (0, 100]
    Time slowCallDurationThreshold = 60 * second;
    WindowType slidingWindowType = WindowType::CountBased;
    std::uint32_t slidingWindowSize = 100;  // calls (count) or seconds (time)
    std::uint32_t minimumNumberOfCalls = 100;
    Time waitDurationInOpenState = 60 * second;
    std::uint32_t permittedNumberOfCallsInHalfOpenState = 10;
    Time maxWaitDurationInHalfOpenState = 0;  // 0: unbounded
    bool automaticTransitionFromOpenToHalfOpenEnabled = false;

    /// Calls a window must hold before rates exist: for count windows min(minimum, size).
    std::uint32_t effectiveMinimumCalls() const {
        return slidingWindowType == WindowType::CountBased && slidingWindowSize < minimumNumberOfCalls
                   ? slidingWindowSize
                   : minimumNumberOfCalls;
    }
};

/// "COUNT_BASED" / "TIME_BASED".
const char* windowTypeName(WindowType type);

/// Empty when valid, else what is wrong, naming the configuration key
/// ("failureRateThreshold must be in (0, 100], not 120").
std::string checkConfig(const BreakerConfig& config);

/// "count-based window of 10 calls, failure ≥ 50 %, ..." for intros and result text.
std::string describeConfig(const BreakerConfig& config);

/// The exact value in the largest unit that divides it: "2 h", "3 min", "5 s", "1500 ms", "250 µs".
std::string formatDuration(Time t);

}  // namespace stepwise::resilience
