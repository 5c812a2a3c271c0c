// RoomScaffold::itemsOf lives apart so the scaffold itself (and its tests with their own items)
// does not pull in the whole catalogue.
#include "core/catalogue/Catalogue.h"
#include "ui/rooms/RoomScaffold.h"

namespace stepwise::ui {

std::vector<const catalogue::CatalogueItem*> RoomScaffold::itemsOf(catalogue::Area area) {
    std::vector<const catalogue::CatalogueItem*> out;
    for (const auto& item : catalogue::catalogue())
        if (item.area == area) out.push_back(&item);
    return out;
}

}  // namespace stepwise::ui
