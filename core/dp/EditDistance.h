#pragma once
// Levenshtein distance: D[i][j] = edits turning the first i characters of a into the first j of b.
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/dp/DpEvent.h"

namespace stepwise::dp {

/// The full (|a|+1) x (|b|+1) table, row-major, filled row by row; one Fill event per cell.
template <class Tracer>
std::vector<std::int64_t> editDistanceTable(std::string_view a, std::string_view b, Tracer& tracer) {
    const std::size_t rows = a.size() + 1, cols = b.size() + 1;
    std::vector<std::int64_t> d(rows * cols);
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < cols; ++j) {
            std::int64_t v;
            if (i == 0) v = static_cast<std::int64_t>(j);
            else if (j == 0) v = static_cast<std::int64_t>(i);
            else
                v = std::min({d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1,
                              d[(i - 1) * cols + j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)});
            d[i * cols + j] = v;
            if constexpr (Tracer::enabled) emitFill(tracer, static_cast<CellId>(i * cols + j), v);
        }
    }
    return d;
}

/// The distance alone, in O(min(|a|,|b|)) memory: for inputs too large for a table.
std::int64_t editDistanceValue(std::string_view a, std::string_view b);

}  // namespace stepwise::dp
