#pragma once
// 0/1 knapsack: K[i][c] = best value from the first i items within capacity c.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/dp/DpEvent.h"

namespace stepwise::dp {

/// The (n+1) x (capacity+1) table, row-major, row by row; one Fill event per cell.
/// Preconditions (checked by validateKnapsack): equal lengths, non-negative weights, values, capacity.
template <class Tracer>
std::vector<std::int64_t> knapsackTable(const std::vector<std::int64_t>& weights, const std::vector<std::int64_t>& values,
                                        std::int64_t capacity, Tracer& tracer) {
    const std::size_t rows = weights.size() + 1, cols = static_cast<std::size_t>(capacity) + 1;
    std::vector<std::int64_t> k(rows * cols, 0);
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t c = 0; c < cols; ++c) {
            std::int64_t v = 0;
            if (i > 0) {
                v = k[(i - 1) * cols + c];
                const auto w = static_cast<std::size_t>(weights[i - 1]);
                if (w <= c) v = std::max(v, k[(i - 1) * cols + c - w] + values[i - 1]);
            }
            k[i * cols + c] = v;
            if constexpr (Tracer::enabled) emitFill(tracer, static_cast<CellId>(i * cols + c), v);
        }
    }
    return k;
}

/// Throws InputError on mismatched lengths, negative numbers or a value total beyond 2^53.
void validateKnapsack(const std::vector<std::int64_t>& weights, const std::vector<std::int64_t>& values, std::int64_t capacity);

/// The best value alone, in O(capacity) memory.
std::int64_t knapsackValue(const std::vector<std::int64_t>& weights, const std::vector<std::int64_t>& values,
                           std::int64_t capacity);

}  // namespace stepwise::dp
