#include "core/dp/DpState.h"

namespace stepwise::dp {

DpState DpState::initial(std::uint32_t rows, std::uint32_t cols) {
    DpState s;
    s.rows = rows;
    s.cols = cols;
    s.value.assign(static_cast<std::size_t>(rows) * cols, 0);
    s.mark.assign(static_cast<std::size_t>(rows) * cols, CellMark::Empty);
    return s;
}

void DpArea::apply(State& s, const Event& e, const DpTrace& t) {
    if (auto* fill = std::get_if<event::Fill>(&e)) {
        s.value[fill->cell] = fill->value.get();
        s.mark[fill->cell] = CellMark::Filled;
    } else if (auto* over = std::get_if<event::Overwrite>(&e)) {
        s.value[over->cell] = static_cast<std::int64_t>(t.values[over->value]);
    } else {
        const auto& step = std::get<event::Trace>(e);
        s.mark[step.cell] = CellMark::Path;
        s.path.push_back(step.cell);
    }
}

void DpArea::revert(State& s, const Event& e, const DpTrace& t) {
    if (auto* fill = std::get_if<event::Fill>(&e)) {
        s.value[fill->cell] = 0;
        s.mark[fill->cell] = CellMark::Empty;
    } else if (auto* over = std::get_if<event::Overwrite>(&e)) {
        s.value[over->cell] = static_cast<std::int64_t>(t.values[over->old]);
    } else {
        const auto& step = std::get<event::Trace>(e);
        s.mark[step.cell] = CellMark::Filled;
        s.path.pop_back();
    }
}

}  // namespace stepwise::dp
