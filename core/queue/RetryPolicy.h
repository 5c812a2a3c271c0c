#pragma once
// What happens to a job after a delivery that was not acknowledged, shared by the simulated queue
// and the threaded executor: SQS's redrive rule (a message whose receive count would exceed
// maxReceiveCount goes to the dead-letter queue, so it is delivered at most maxReceiveCount times)
// and the backoff before the next delivery.
#include <cstdint>

#include "core/queue/Backoff.h"

namespace stepwise::queue {

/// maxReceiveCount's range (SQS allows 1 to 1,000).
inline constexpr std::uint32_t minReceives = 1;
inline constexpr std::uint32_t maxReceivesLimit = 1000;

struct RetryDecision {
    bool deadLetter = false;
    std::int64_t delay = 0;  // µs until visible again (when not dead-lettered)
    BackoffRange range;      // what the formula could have drawn instead (delay is inside it)
};

struct RetryPolicy {
    std::uint32_t maxReceives = 3;  // maxReceiveCount, 1..1000
    BackoffPolicy backoff;

    /// After a failed delivery: `receives` is the job's receive count so far (>= 1), `previous`
    /// its last sleep (base before any). Dead-letters when another receive would exceed
    /// maxReceives; otherwise draws the delay for failure number receives − 1.
    RetryDecision afterFailure(std::uint32_t receives, std::int64_t previous, Random& random) const {
        if (receives >= maxReceives) return {true, 0, {}};
        return {false, backoff.delay(receives - 1, previous, random), backoff.range(receives - 1, previous)};
    }
    /// After a visibility timeout (no answer at all): visible again at once, or dead-lettered by
    /// the same rule.
    bool deadLetterOnTimeout(std::uint32_t receives) const { return receives >= maxReceives; }
};

}  // namespace stepwise::queue
