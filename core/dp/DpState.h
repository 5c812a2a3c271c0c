#pragma once
// What a DP table view shows at one step: the values, which cells are filled, and the traceback.
#include <cstdint>
#include <limits>
#include <vector>

#include "core/dp/DpEvent.h"

namespace stepwise::dp {

/// The value shown as ∞ (an amount coin change cannot make yet).
inline constexpr std::int64_t infinity = std::numeric_limits<std::int64_t>::max();

enum class CellMark : std::uint8_t { Empty, Filled, Path };

struct DpState {
    std::uint32_t rows = 0;
    std::uint32_t cols = 0;
    std::vector<std::int64_t> value;  // row-major
    std::vector<CellMark> mark;
    std::vector<CellId> path;  // traceback cells, in the order the traceback visits them

    static DpState initial(std::uint32_t rows, std::uint32_t cols);
    CellId cell(std::uint32_t row, std::uint32_t col) const { return row * cols + col; }
    std::uint32_t rowOf(CellId c) const { return c / cols; }
    std::uint32_t colOf(CellId c) const { return c % cols; }
    std::int64_t at(std::uint32_t row, std::uint32_t col) const { return value[cell(row, col)]; }

    friend bool operator==(const DpState&, const DpState&) = default;
};

struct DpArea {
    using State = DpState;
    using Event = DpEvent;
    static void apply(State& s, const Event& e, const DpTrace& t);
    static void revert(State& s, const Event& e, const DpTrace& t);
};

}  // namespace stepwise::dp
