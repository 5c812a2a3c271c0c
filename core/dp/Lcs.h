#pragma once
// Longest common subsequence: L[i][j] = length of an LCS of the first i characters of a and the
// first j of b.
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/dp/DpEvent.h"

namespace stepwise::dp {

/// The full (|a|+1) x (|b|+1) table, row-major, filled row by row; one Fill event per cell.
template <class Tracer>
std::vector<std::int64_t> lcsTable(std::string_view a, std::string_view b, Tracer& tracer) {
    const std::size_t rows = a.size() + 1, cols = b.size() + 1;
    std::vector<std::int64_t> l(rows * cols);
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < cols; ++j) {
            std::int64_t v = 0;
            if (i > 0 && j > 0)
                v = a[i - 1] == b[j - 1] ? l[(i - 1) * cols + j - 1] + 1
                                         : std::max(l[(i - 1) * cols + j], l[i * cols + j - 1]);
            l[i * cols + j] = v;
            if constexpr (Tracer::enabled) emitFill(tracer, static_cast<CellId>(i * cols + j), v);
        }
    }
    return l;
}

/// The length alone, in O(min(|a|,|b|)) memory.
std::int64_t lcsLength(std::string_view a, std::string_view b);

}  // namespace stepwise::dp
