#pragma once
// Coin change: F[i][a] = fewest coins from the first i denominations making amount a (∞ when
// impossible), and the number of combinations (order not counted).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/dp/DpEvent.h"
#include "core/dp/DpState.h"

namespace stepwise::dp {

/// The (k+1) x (amount+1) fewest-coins table, row by row; one Fill per cell.
/// Preconditions (validateCoinChange): positive coins, amount >= 0.
template <class Tracer>
std::vector<std::int64_t> coinChangeTable(const std::vector<std::int64_t>& coins, std::int64_t amount, Tracer& tracer) {
    const std::size_t rows = coins.size() + 1, cols = static_cast<std::size_t>(amount) + 1;
    std::vector<std::int64_t> f(rows * cols, infinity);
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t a = 0; a < cols; ++a) {
            std::int64_t v = a == 0 ? 0 : infinity;
            if (i > 0) {
                v = f[(i - 1) * cols + a];
                const auto c = static_cast<std::size_t>(coins[i - 1]);
                if (c <= a && f[i * cols + a - c] != infinity) v = std::min(v, f[i * cols + a - c] + 1);
            }
            f[i * cols + a] = v;
            if constexpr (Tracer::enabled) emitFill(tracer, static_cast<CellId>(i * cols + a), v);
        }
    }
    return f;
}

/// Throws InputError on a coin that is not positive, a negative amount, or an amount too large.
void validateCoinChange(const std::vector<std::int64_t>& coins, std::int64_t amount);
/// Combinations of coins (order not counted) making `amount`; InputError when beyond 2^63 - 1.
std::int64_t coinChangeWays(const std::vector<std::int64_t>& coins, std::int64_t amount);
/// Fewest coins alone in O(amount) memory; nullopt when impossible.
std::optional<std::int64_t> coinChangeFewest(const std::vector<std::int64_t>& coins, std::int64_t amount);

}  // namespace stepwise::dp
