#pragma once
// The options of a catalogue item as one line of text, as stepwise-cli takes them ("--jobs 30
// --workers 3"): what the queue and resilience rooms show in their editors and read back.
#include <QString>

#include "core/catalogue/CatalogueItem.h"

namespace stepwise::ui {

/// "--name value" pairs split at white space; a name without a value is kept empty, so the item's
/// validation names it.
catalogue::Options parseOptionsText(const QString& text);
/// The options that differ from the item's defaults, as "--name value" pairs in the options' order.
QString optionsText(const catalogue::CatalogueItem& item, const catalogue::Options& options);

}  // namespace stepwise::ui
