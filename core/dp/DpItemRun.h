#pragma once
// A run of one DP catalogue item (lcs, edit-distance, knapsack, lis, coin-change): the Run
// interface over the table's fill-and-traceback timeline, plus what the DP view draws from (the
// table's size, labels, dependency arrows and the final result).
#include <algorithm>
#include <utility>
#include <vector>

#include "core/dp/DpProblem.h"
#include "core/run/TimelineRun.h"

namespace stepwise::dp {

class DpItemRun : public run::TimelineRun<DpArea> {
  public:
    /// Takes the run's trace into the timeline; the rest of `data` stays readable via dpRun().
    DpItemRun(run::RunInfo info, DpRun data, DpInput input)
        : TimelineRun(std::move(info), Timeline(data.initial, std::move(data.trace)), data.lineOf,
                      [explain = data.explain](const DpState& after, const DpEvent& e, const DpTrace&) {
                          return explain(after, e);
                      }),
          data_(std::move(data)),
          input_(std::move(input)) {
        for (const auto& e : timeline().trace().events) fillSteps_ += std::holds_alternative<event::Trace>(e) ? 0 : 1;
    }

    /// Steps that fill (or overwrite) cells; the traceback's follow them.
    std::size_t fillSteps() const { return fillSteps_; }
    /// True once every cell is filled: from then on the value is known.
    bool valueKnown() const { return atEnd() || step() >= fillSteps_; }

    /// {"value": the value once the table is filled, else null; "filled": fill steps done, "cells":
    /// fill steps in all, "traceback": the cells walked so far}; result() at the end.
    nlohmann::json resultSoFar() const override {
        if (atEnd()) return result();
        nlohmann::json r = nlohmann::json::object();
        r["value"] = valueKnown() ? result().value("value", nlohmann::json()) : nlohmann::json();
        r["filled"] = std::min(step(), fillSteps_);
        r["cells"] = fillSteps_;
        nlohmann::json path = nlohmann::json::array();
        for (auto c : state().path) path.push_back({state().rowOf(c), state().colOf(c)});
        r["traceback"] = std::move(path);
        return r;
    }

    /// rows, cols, labels, the final table, dependencies, the result, the initial state. Its
    /// `trace` is empty: the events live in timeline().trace().
    const DpRun& dpRun() const { return data_; }
    /// The input the run was built from (strings, weights, values, coins, method).
    const DpInput& input() const { return input_; }
    /// Cells `cell`'s value is computed from (the view's arrows).
    std::vector<CellId> dependencies(CellId cell) const {
        return data_.dependencies ? data_.dependencies(cell) : std::vector<CellId>{};
    }

  private:
    DpRun data_;
    DpInput input_;
    std::size_t fillSteps_ = 0;
};

}  // namespace stepwise::dp
