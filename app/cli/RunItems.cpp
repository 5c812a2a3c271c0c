// The catalogue `stepwise-cli run` and `list` know: one line per area. To add an area, write
// app/cli/<Area>Items.cpp returning its items, declare the function in RunItem.h, add it below.
#include "app/cli/RunItem.h"
#include "core/common/InputError.h"

namespace stepwise::cli {

const std::vector<RunItem>& runItems() {
    static const std::vector<RunItem> all = [] {
        std::vector<RunItem> items;
        const auto add = [&items](std::vector<RunItem> more) {
            for (auto& item : more) items.push_back(std::move(item));
        };
        add(graphRunItems());
        add(dpRunItems());
        add(structureRunItems());
        add(cacheRunItems());
        add(balancerRunItems());
        return items;
    }();
    return all;
}

const RunItem* findRunItem(const std::string& name) {
    for (const auto& item : runItems())
        if (item.name == name) return &item;
    return nullptr;
}

std::string RunOptions::require(const std::string& name, const std::string& expected) const {
    if (auto value = get(name)) return *value;
    throw InputError((item.empty() ? "" : item + ": ") + "missing --" + name + " (expected " + expected + ")");
}

}  // namespace stepwise::cli
