#include "core/catalogue/CatalogueItem.h"

#include "core/common/InputError.h"
#include "core/run/Run.h"

namespace stepwise::catalogue {

const char* areaTitle(Area area) {
    switch (area) {
        case Area::Graph:
            return "Graph search";
        case Area::DynamicProgramming:
            return "Dynamic programming";
        case Area::Structures:
            return "Data structures";
        case Area::Caching:
            return "Caching";
        case Area::LoadBalancing:
            return "Load balancing";
        case Area::Queue:
            return "Job queue";
        case Area::Resilience:
            return "Resilience";
        case Area::Lab:
            return "System design lab";
    }
    return "";
}

const Preset* CatalogueItem::findPreset(const std::string& name) const {
    if (name == example.name || name == "example") return &example;
    for (const auto& preset : presets)
        if (preset.name == name) return &preset;
    return nullptr;
}

Options CatalogueItem::presetOptions(const std::string& name) const {
    const Preset* preset = findPreset(name);
    if (!preset) {
        std::string known = "example";
        for (const auto& p : presets) known += ", " + p.name;
        throw InputError(id + ": unknown preset '" + name + "' (its presets: " + known + ")");
    }
    std::map<std::string, std::string> values(preset->values.begin(), preset->values.end());
    return validate(id, options, Options(std::move(values)));
}

std::unique_ptr<run::Run> CatalogueItem::start(const Options& given, const RunLimits& limits) const {
    return build(validate(id, options, given), limits);
}

}  // namespace stepwise::catalogue
