#pragma once
// Independent small models of the queue and resilience rules for the practice tests, written from
// SEMANTICS.md (SQS's maxReceiveCount, the AWS backoff formulas, Resilience4j's CircuitBreaker,
// Retry, AtomicRateLimiter and SemaphoreBulkhead) and sharing no code with core.
#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace stepwise::practice::oracle {

using Int = std::int64_t;

/// "1500ms", "+2s", "S/300ms" → milliseconds (the part after '/' or '+').
inline Int millisOf(std::string text) {
    if (const auto slash = text.find('/'); slash != std::string::npos) text = text.substr(slash + 1);
    if (!text.empty() && text.front() == '+') text.erase(text.begin());
    if (text.size() > 2 && text.substr(text.size() - 2) == "ms") return std::stoll(text.substr(0, text.size() - 2));
    if (!text.empty() && text.back() == 's') return 1000 * std::stoll(text.substr(0, text.size() - 1));
    return std::stoll(text);
}

// ---- queue ----

/// Delivery d of a job fails when its script says F there; beyond the script it succeeds. The job
/// is delivered until a success, at most maxReceives times. Returns the delivery that succeeded
/// (from 1), or 0 when every allowed delivery failed (the dead-letter queue).
inline Int succeedsOn(const std::string& script, Int maxReceives) {
    for (Int d = 1; d <= maxReceives; ++d)
        if (d > static_cast<Int>(script.size()) || script[static_cast<std::size_t>(d - 1)] == 'S') return d;
    return 0;
}

/// The shortest and longest wait before delivery `delivery` (>= 2), in ms.
inline std::pair<Int, Int> backoffBounds(const std::string& kind, Int base, Int cap, Int delivery) {
    Int exp = base;  // min(cap, base * 2^(delivery - 2))
    for (Int i = 2; i < delivery; ++i) exp = std::min(cap, 2 * exp);
    if (kind == "none") return {exp, exp};
    if (kind == "full") return {0, exp};
    if (kind == "equal") return {exp / 2, exp};
    // decorrelated: sleep_k = min(cap, U(base, 3 * sleep_{k-1})), sleep_0 = base.
    Int high = base;
    for (Int i = 2; i <= delivery; ++i) high = std::min(cap, 3 * high);
    return {base, high};
}

// ---- circuit breaker (count-based window, failure rate only) ----

struct BreakerModelResult {
    std::string state = "CLOSED";
    Int rejected = 0;
    Int opener = 0;  // the call (from 1) whose record first moved CLOSED to OPEN
};

inline BreakerModelResult breakerModel(Int window, Int minimum, Int threshold, Int wait, Int permits,
                                       const std::vector<std::string>& tokens) {
    BreakerModelResult r;
    std::deque<bool> recent;  // CLOSED: the last `window` outcomes, true = failed
    Int probes = 0, probeFailures = 0, openedAt = 0, now = 0, call = 0;
    const Int needed = std::min(minimum, window);
    for (const auto& t : tokens) {
        if (t.front() == '+') {
            now += millisOf(t);
            continue;
        }
        ++call;
        const bool failed = t.front() == 'F';
        if (r.state == "OPEN") {
            if (now - openedAt > wait) {
                r.state = "HALF_OPEN";
                probes = probeFailures = 0;
            } else {
                ++r.rejected;
                continue;
            }
        }
        if (r.state == "HALF_OPEN") {
            ++probes;
            probeFailures += failed;
            if (probes == permits) {
                if (probeFailures * 100 >= threshold * permits) {
                    r.state = "OPEN";
                    openedAt = now;
                } else {
                    r.state = "CLOSED";
                    recent.clear();
                }
            }
            continue;
        }
        recent.push_back(failed);
        if (static_cast<Int>(recent.size()) > window) recent.pop_front();
        const Int n = static_cast<Int>(recent.size());
        const Int failures = std::count(recent.begin(), recent.end(), true);
        if (n >= needed && failures * 100 >= threshold * n) {
            r.state = "OPEN";
            openedAt = now;
            recent.clear();
            if (r.opener == 0) r.opener = call;
        }
    }
    return r;
}

// ---- retry, rate limiter, bulkhead ----

/// Operations one after another: attempt n failing (n < maxAttempts) waits wait × multiplier^(n−1),
/// at most cap when cap > 0. The sum of the waits.
inline Int retryWaits(Int maxAttempts, Int wait, Int multiplier, Int cap, const std::vector<std::string>& tokens) {
    Int total = 0, attempt = 0;
    for (const auto& t : tokens) {
        ++attempt;
        if (t == "S" || attempt == maxAttempts) {
            attempt = 0;
            continue;
        }
        Int w = wait;
        for (Int k = 1; k < attempt; ++k) w *= multiplier;
        if (cap > 0) w = std::min(w, cap);
        total += w;
    }
    return total;
}

/// Cycles of `period` from 0 each hold `limit` permits; unused ones vanish. A request takes one of
/// its own cycle's, else reserves the first later cycle's that starts within `timeout`.
inline Int limiterPermitted(Int limit, Int period, Int timeout, const std::vector<std::string>& tokens) {
    std::vector<Int> used;  // permits taken per cycle
    Int now = 0, permitted = 0;
    for (const auto& t : tokens) {
        if (t.front() == '+') {
            now += millisOf(t);
            continue;
        }
        for (Int c = now / period;; ++c) {
            const Int wait = c == now / period ? 0 : c * period - now;
            if (wait > timeout) break;
            if (static_cast<Int>(used.size()) <= c) used.resize(static_cast<std::size_t>(c + 1), 0);
            if (used[static_cast<std::size_t>(c)] < limit) {
                ++used[static_cast<std::size_t>(c)];
                ++permitted;
                break;
            }
        }
    }
    return permitted;
}

/// At most `slots` calls hold a slot at once ([start, start + duration)); a call waits, in arrival
/// order, for the first moment a slot is free if that is within maxWait, else it is refused.
inline Int bulkheadRefused(Int slots, Int maxWait, const std::vector<std::string>& tokens) {
    std::vector<std::pair<Int, Int>> admitted;  // [start, end)
    Int now = 0, refused = 0;
    for (const auto& t : tokens) {
        if (t.front() == '+') {
            now += millisOf(t);
            continue;
        }
        std::vector<Int> moments{now};
        for (const auto& [s, e] : admitted)
            if (e > now) moments.push_back(e);
        std::sort(moments.begin(), moments.end());
        bool placed = false;
        for (Int m : moments) {
            if (m - now > maxWait) break;
            Int busy = 0;
            for (const auto& [s, e] : admitted) busy += s <= m && m < e;
            // A waiting call starting after m holds a slot whose earlier occupant is busy at m.
            if (busy < slots) {
                admitted.push_back({m, m + millisOf(t)});
                placed = true;
                break;
            }
        }
        refused += placed ? 0 : 1;
    }
    return refused;
}

}  // namespace stepwise::practice::oracle
