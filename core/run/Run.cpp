#include "core/run/Run.h"

#include <algorithm>

namespace stepwise::run {

const std::vector<StepGroup>& Run::groups() const {
    static const std::vector<StepGroup> none;
    return none;
}

std::size_t Run::groupOf(std::size_t step) const {
    const auto& list = groups();
    if (list.empty()) return 0;
    if (step == 0) return 0;
    // The first group whose last step is at or after `step`.
    const auto it = std::lower_bound(list.begin(), list.end(), step,
                                     [](const StepGroup& g, std::size_t s) { return g.last < s; });
    return it != list.end() && it->first <= step ? static_cast<std::size_t>(it - list.begin()) : list.size();
}

}  // namespace stepwise::run
