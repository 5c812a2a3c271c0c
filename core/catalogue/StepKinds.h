#pragma once
// The kind of each step of a run, in one word ("relax", "settle", "hit", "swap"): what a study
// sheet samples by (`stepwise-cli export ITEM --kinds relax,settle`, the Export steps… dialog).
// The kinds come from the area's own events, so they name what the step did, not a line number.
// One place knows every area's runs (the catalogue knows every area): a new area adds its line here.
#include <cstddef>
#include <string>
#include <vector>

namespace stepwise::run {
class Run;
}

namespace stepwise::catalogue {

/// The kind of the step that led to the run's current state; "" at step 0 and for a run whose area
/// does not name its steps' kinds.
std::string stepKind(const run::Run& run);

/// The kinds steps first..last have (step 0 has none), each once, in the order they first occur.
/// Walks the steps; the run is back at the step it was at after.
std::vector<std::string> stepKinds(run::Run& run, std::size_t first, std::size_t last);

/// The steps in first..last whose kind is one of `kinds`, in order. Walks as stepKinds does.
std::vector<std::size_t> stepsOfKinds(run::Run& run, std::size_t first, std::size_t last,
                                      const std::vector<std::string>& kinds);

/// "relax,settle" or "relax, settle" split into words (blanks dropped, empty words dropped).
std::vector<std::string> splitKinds(const std::string& list);

}  // namespace stepwise::catalogue
