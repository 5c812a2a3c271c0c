#include "core/dp/DpState.h"

#include <cmath>

namespace stepwise::dp {

DpState DpState::initial(std::uint32_t rows, std::uint32_t cols) {
    DpState s;
    s.rows = rows;
    s.cols = cols;
    s.value.assign(static_cast<std::size_t>(rows) * cols, 0);
    s.mark.assign(static_cast<std::size_t>(rows) * cols, CellMark::Empty);
    return s;
}

namespace {

std::int64_t fromPool(double v) { return std::isinf(v) ? infinity : static_cast<std::int64_t>(v); }

}  // namespace

void DpArea::apply(State& s, const Event& e, const DpTrace& t) {
    if (auto* fill = std::get_if<event::Fill>(&e)) {
        s.value[fill->cell] = fill->value;
        s.mark[fill->cell] = CellMark::Filled;
    } else if (auto* wide = std::get_if<event::FillWide>(&e)) {
        s.value[wide->cell] = fromPool(t.values[wide->value]);
        s.mark[wide->cell] = CellMark::Filled;
    } else if (auto* over = std::get_if<event::Overwrite>(&e)) {
        s.value[over->cell] = fromPool(t.values[over->values + 1]);
    } else {
        const auto& step = std::get<event::Trace>(e);
        s.mark[step.cell] = CellMark::Path;
        s.path.push_back(step.cell);
    }
}

void DpArea::revert(State& s, const Event& e, const DpTrace& t) {
    if (auto cell = filledCell(e)) {
        s.value[*cell] = 0;
        s.mark[*cell] = CellMark::Empty;
    } else if (auto* over = std::get_if<event::Overwrite>(&e)) {
        s.value[over->cell] = fromPool(t.values[over->values]);
    } else {
        const auto& step = std::get<event::Trace>(e);
        s.mark[step.cell] = CellMark::Filled;
        s.path.pop_back();
    }
}

}  // namespace stepwise::dp
