#include "core/practice/ItemRun.h"

#include "core/catalogue/Catalogue.h"

namespace stepwise::practice {

ItemRun runItem(const std::string& item, const nlohmann::json& instance) {
    catalogue::Options options;
    for (const auto& [name, value] : instance.items())
        options.set(name, value.is_string() ? value.get<std::string>() : value.dump());
    ItemRun r;
    r.run = catalogue::requireItem(item).start(options);
    r.result = r.run->result();
    return r;
}

std::string commaList(const std::vector<std::int64_t>& values) {
    std::string out;
    for (auto v : values) out += (out.empty() ? "" : ",") + std::to_string(v);
    return out;
}

std::string spaceList(const std::vector<std::int64_t>& values) {
    std::string out;
    for (auto v : values) out += (out.empty() ? "" : " ") + std::to_string(v);
    return out;
}

}  // namespace stepwise::practice
