#pragma once
// A policy run's state at its current step, as a view draws it: the retry's attempt ladder for the
// operation under way, the rate limiter's bucket, the bulkhead's busy slots and waiting callers, and
// the counts so far. Read off the steps up to the current one (nothing later is looked at).
#include <cstdint>
#include <vector>

#include "core/resilience/PolicyItemRun.h"

namespace stepwise::resilience {

/// One attempt of the retry's current operation.
struct AttemptRung {
    std::uint32_t attempt = 0;  // from 1
    Time at = 0;
    bool failed = false;
    Time waitBefore = 0;  // the backoff that came before it (0 for the first)
};

/// A bulkhead call holding a slot, or waiting for one, at the current step's time.
struct SlotCall {
    std::uint32_t call = 0;  // from 1
    std::uint32_t slot = 0;  // from 0
    Time arrived = 0, start = 0, end = 0;
    Time deadline = 0;  // arrived + maxWaitDuration: the latest it would have waited
};

struct PolicyNow {
    PolicyKind kind = PolicyKind::Retry;
    Time now = 0;  // the current step's time (0 at the start)
    std::size_t permitted = 0, waited = 0, rejected = 0;  // limiter and bulkhead requests so far
    std::size_t succeeded = 0, failed = 0;                 // retry operations finished so far

    // Retry.
    std::uint32_t operation = 0;  // the operation under way or just finished; 0 before the first
    std::uint32_t maxAttempts = 0;
    std::vector<AttemptRung> ladder;
    bool finished = false, succeededNow = false;  // the operation's end, when reached
    Time nextWait = 0;                             // backoff under way (the step is a Backoff)

    // Rate limiter.
    std::int64_t permits = 0;  // in the bucket after the step; negative: reserved ahead
    std::int64_t limitForPeriod = 0;
    Time period = 0, timeout = 0;
    Time cycleStart = 0, nextRefresh = 0;

    // Bulkhead.
    std::uint32_t maxConcurrentCalls = 0;
    Time maxWait = 0;
    std::vector<SlotCall> running;  // start ≤ now < end, by slot
    std::vector<SlotCall> waiting;  // arrived, start > now, in arrival order
};

/// The state at run.position(). Precondition: the run's steps come from the catalogue's retry,
/// rate-limiter or bulkhead item (facts().kind says which).
PolicyNow policyNow(const PolicyItemRun& run);

}  // namespace stepwise::resilience
