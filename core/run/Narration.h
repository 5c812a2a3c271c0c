#pragma once
// What a run says besides its steps: title, pseudo-code, the result in JSON and text, warnings.
// Both adapters keep one of these, filled by the item's factory.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/run/Run.h"

namespace stepwise::run {

struct RunInfo {
    std::string itemId;
    std::string title;
    std::vector<std::string> pseudocode;
    std::string intro;  // the sentence at step 0
    nlohmann::json result = nlohmann::json::object();
    std::string resultText;
    std::vector<std::string> warnings;
    std::vector<StepGroup> groups;
    /// Set for a run built without its trace (RunLimits::record false): its step count, counted
    /// as it ran. Such a run stays at step 0; only stepCount(), result() and resultText() apply.
    std::optional<std::size_t> countedSteps;
};

}  // namespace stepwise::run
