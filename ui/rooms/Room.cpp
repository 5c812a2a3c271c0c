// Room is an interface; this file gives AUTOMOC a translation unit for its signals, and the defaults.
#include "ui/rooms/Room.h"

#include "core/catalogue/Options.h"
#include "ui/export/ChartExport.h"

namespace stepwise::ui {

catalogue::Options Room::currentOptions() const {
    return {};
}

QList<ChartExport> Room::charts() const {
    return {};
}

bool Room::applyOptions(const catalogue::Options&, QString* error) {
    if (error) *error = tr("this room does not take options");
    return false;
}

}  // namespace stepwise::ui
