#pragma once
// Retry backoff as the AWS Architecture Blog's "Exponential Backoff and Jitter" defines it, with
// expo(n) = min(cap, base × 2^n) and n the number of failures before this one (0 for the first):
//   none         = expo(n)
//   full         = U(0, expo(n))
//   equal        = expo(n)/2 + U(0, expo(n)/2)
//   decorrelated = min(cap, U(base, 3 × previous sleep)), the previous sleep starting at base.
// Times are whole microseconds (sim::Time); U(a, b) is uniform over the integers a..b. Shared by
// the simulated queue and the threaded executor, so both retry alike.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/trace/Random.h"

namespace stepwise::queue {

enum class BackoffKind : std::uint8_t { None, Full, Equal, Decorrelated };

/// The closed range [low, high] of sleeps a formula can draw for one retry: what the queue view
/// draws faintly behind the sleep that was drawn.
struct BackoffRange {
    std::int64_t low = 0, high = 0;
    friend bool operator==(const BackoffRange&, const BackoffRange&) = default;
};

/// "none", "full", "equal", "decorrelated".
const std::vector<std::string>& backoffNames();
std::string_view backoffName(BackoffKind kind);
/// "no jitter", "full jitter", "equal jitter", "decorrelated jitter".
std::string backoffLabel(BackoffKind kind);
/// InputError naming the known kinds for anything else.
BackoffKind parseBackoff(std::string_view name);

struct BackoffPolicy {
    BackoffKind kind = BackoffKind::Full;
    std::int64_t base = 500'000;    // µs; > 0
    std::int64_t cap = 20'000'000;  // µs; >= base

    /// min(cap, base × 2^n), without overflow for any n.
    std::int64_t expo(std::uint32_t n) const;
    /// The sleep before the retry that follows failure number n (from 0). `previous` is the last
    /// sleep of the same job (decorrelated jitter reads it; pass base for the first). Draws from
    /// `random` except for None.
    std::int64_t delay(std::uint32_t n, std::int64_t previous, Random& random) const;
    /// Every value delay(n, previous, ·) can return, and no wider: [expo(n), expo(n)] for none,
    /// [0, expo(n)] full, [expo(n)/2, 2 × (expo(n)/2)] equal (integer halves), [base,
    /// min(cap, max(base, 3 × previous))] decorrelated.
    BackoffRange range(std::uint32_t n, std::int64_t previous) const;
};

}  // namespace stepwise::queue
