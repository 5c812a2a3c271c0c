// The one list of items: each area contributes its entries, in the order of catalogue::Area.
// To add an area, write its <area>Items() next to its code and add one line below.
#include "core/catalogue/Catalogue.h"

#include "core/common/InputError.h"

namespace stepwise::catalogue {

const std::vector<CatalogueItem>& catalogue() {
    static const std::vector<CatalogueItem> all = [] {
        std::vector<CatalogueItem> items;
        for (auto* area : {graphItems, dpItems, structureItems, cacheItems, balancerItems, resilienceItems, queueItems})
            for (auto& item : area()) items.push_back(std::move(item));
        return items;
    }();
    return all;
}

const CatalogueItem* findItem(std::string_view id) {
    for (const auto& item : catalogue())
        if (item.id == id) return &item;
    return nullptr;
}

std::string knownIds() {
    std::string list;
    for (const auto& item : catalogue()) list += (list.empty() ? "" : ", ") + item.id;
    return list;
}

const CatalogueItem& requireItem(std::string_view id) {
    if (const auto* item = findItem(id)) return *item;
    throw InputError("unknown item '" + std::string(id) + "' (known items: " + knownIds() + ")");
}

}  // namespace stepwise::catalogue
