#pragma once
// Building an item's run from the catalogue for a question: the options are the instance.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "core/run/Run.h"

namespace stepwise::practice {

struct ItemRun {
    std::unique_ptr<run::Run> run;
    nlohmann::json result;
};

/// requireItem(item).start(instance's string values as options): the run and its result.
ItemRun runItem(const std::string& item, const nlohmann::json& instance);

/// "1,2,3".
std::string commaList(const std::vector<std::int64_t>& values);
/// "1 2 3".
std::string spaceList(const std::vector<std::int64_t>& values);

}  // namespace stepwise::practice
