#pragma once
// A run of one data-structure item (heap, trie, segment-tree, union-find): the Run interface over
// the structure's timeline, where a step's sentence names the operation it belongs to ("[push 5]
// compare ..."), plus what the views and the outcome panel read: the answers, where each operation
// starts, the options the run was built from (the segment tree's kind, say).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/catalogue/Options.h"
#include "core/run/TimelineRun.h"
#include "core/structures/Operations.h"

namespace stepwise::structures {

template <class Area>
class StructureItemRun : public run::TimelineRun<Area> {
    using Base = run::TimelineRun<Area>;

  public:
    using State = typename Area::State;
    using Event = typename Area::Event;

    /// Takes the run's trace into the timeline; the rest of `data` stays readable via structureRun().
    StructureItemRun(run::RunInfo info, StructureRun<Area> data, catalogue::Options options)
        : Base(std::move(info), typename Base::Timeline(data.initial, std::move(data.trace)), data.lineOf,
               [explain = data.explain](const State& after, const Event& e, const trace::Trace<Event>&) {
                   return explain(after, e);
               }),
          data_(std::move(data)),
          options_(std::move(options)) {}

    /// "[operation] what the step did" ("[build] ..." before the first operation); the intro at step 0.
    std::string sentence() const override {
        if (this->atStart()) return this->info_.intro;
        return "[" + (inBuild(this->step()) ? std::string("build") : data_.outcomes[operationOf(this->step())].operation) +
               "] " + Base::sentence();
    }

    /// True when `step` comes before the first operation: the segment tree's build.
    bool inBuild(std::size_t step) const {
        const auto& starts = data_.operationStart;
        return step > 0 && (starts.empty() || step <= starts.front());
    }

    /// {"outcomes": the operations finished by the current step, with their answers}; result() at the end.
    nlohmann::json resultSoFar() const override {
        if (this->atEnd()) return this->result();
        nlohmann::json done = nlohmann::json::array();
        for (std::size_t i = 0; i < data_.outcomes.size() && operationDone(i, this->step()); ++i)
            done.push_back({{"operation", data_.outcomes[i].operation}, {"answer", data_.outcomes[i].answer}});
        return {{"outcomes", std::move(done)}};
    }

    /// True when operation i has emitted all its steps by `step` (an operation with none, a heap's
    /// `top`, is done once the steps before it are).
    bool operationDone(std::size_t i, std::size_t step) const {
        const auto& starts = data_.operationStart;
        const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : this->stepCount();
        return step >= end;
    }

    /// Index into outcomes() of the operation step `step` belongs to: the last one that started
    /// before it. Steps before the first operation (the segment tree's build, see inBuild()) count
    /// as the first operation's here.
    std::size_t operationOf(std::size_t step) const {
        const auto& starts = data_.operationStart;
        const auto begun =
            static_cast<std::size_t>(std::lower_bound(starts.begin(), starts.end(), step) - starts.begin());
        return begun == 0 ? 0 : begun - 1;
    }

    /// What each operation answered, in order ("3", "true", "" for updates).
    const std::vector<Outcome>& outcomes() const { return data_.outcomes; }
    /// Events applied before each operation begins (operation i covers steps starts[i]+1 .. starts[i+1]).
    const std::vector<std::size_t>& operationStart() const { return data_.operationStart; }
    /// The state at step 0 (the empty heap, the tree's ranges before the build, ...).
    const State& initialState() const { return data_.initial; }
    /// The validated options this run was built from.
    const catalogue::Options& options() const { return options_; }
    /// The whole structure run; its `trace` is empty: the events live in timeline().trace().
    const StructureRun<Area>& structureRun() const { return data_; }

  private:
    StructureRun<Area> data_;
    catalogue::Options options_;
};

}  // namespace stepwise::structures
