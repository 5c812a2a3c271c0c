#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue/CatalogueItem.h"

namespace stepwise::catalogue {

/// Every item, in catalogue order (areas in the order of Area, items in each area's order).
const std::vector<CatalogueItem>& catalogue();
/// The item with this id, or nullptr.
const CatalogueItem* findItem(std::string_view id);
/// The item with this id; InputError "unknown item 'x' (known items: ...)" otherwise.
const CatalogueItem& requireItem(std::string_view id);
/// "bfs, dfs, dijkstra, ...".
std::string knownIds();

// Each area contributes its items from one function in its own folder.
std::vector<CatalogueItem> graphItems();
std::vector<CatalogueItem> dpItems();
std::vector<CatalogueItem> structureItems();
std::vector<CatalogueItem> cacheItems();
std::vector<CatalogueItem> balancerItems();
std::vector<CatalogueItem> resilienceItems();
std::vector<CatalogueItem> queueItems();

}  // namespace stepwise::catalogue
