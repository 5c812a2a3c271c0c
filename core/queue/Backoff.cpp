#include "core/queue/Backoff.h"

#include <algorithm>

#include "core/common/InputError.h"

namespace stepwise::queue {

namespace {

/// The top of decorrelated jitter's draw, U(base, 3 × previous), before the cap.
std::int64_t decorrelatedHigh(const BackoffPolicy& p, std::int64_t previous) {
    return std::max(p.base, previous > p.cap ? 3 * p.cap : 3 * previous);
}

}  // namespace

const std::vector<std::string>& backoffNames() {
    static const std::vector<std::string> names = {"none", "full", "equal", "decorrelated"};
    return names;
}

std::string_view backoffName(BackoffKind kind) { return backoffNames()[static_cast<std::size_t>(kind)]; }

std::string backoffLabel(BackoffKind kind) {
    return kind == BackoffKind::None ? "no jitter" : std::string(backoffName(kind)) + " jitter";
}

BackoffKind parseBackoff(std::string_view name) {
    const auto& names = backoffNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return static_cast<BackoffKind>(i);
    throw InputError("unknown backoff '" + std::string(name) + "' (known: none, full, equal, decorrelated)");
}

std::int64_t BackoffPolicy::expo(std::uint32_t n) const {
    // base × 2^n reaches cap long before it overflows: stop doubling there.
    std::int64_t value = base;
    for (std::uint32_t i = 0; i < n && value < cap; ++i) value = value > cap / 2 ? cap : value * 2;
    return std::min(cap, value);
}

std::int64_t BackoffPolicy::delay(std::uint32_t n, std::int64_t previous, Random& random) const {
    switch (kind) {
        case BackoffKind::None:
            return expo(n);
        case BackoffKind::Full:
            return random.between(0, expo(n));
        case BackoffKind::Equal: {
            const std::int64_t half = expo(n) / 2;
            return half + random.between(0, half);
        }
        case BackoffKind::Decorrelated:
            return std::min(cap, random.between(base, decorrelatedHigh(*this, previous)));
    }
    return expo(n);
}

BackoffRange BackoffPolicy::range(std::uint32_t n, std::int64_t previous) const {
    switch (kind) {
        case BackoffKind::None:
            return {expo(n), expo(n)};
        case BackoffKind::Full:
            return {0, expo(n)};
        case BackoffKind::Equal: {
            const std::int64_t half = expo(n) / 2;
            return {half, half + half};
        }
        case BackoffKind::Decorrelated:
            // As delay() draws it: U(base, high), then at most cap (cap >= base).
            return {std::min(cap, base), std::min(cap, decorrelatedHigh(*this, previous))};
    }
    return {expo(n), expo(n)};
}

}  // namespace stepwise::queue
