#pragma once
// The resilience area's entries, one function per item (ResilienceItems.cpp lists them).
#include "core/catalogue/CatalogueItem.h"

namespace stepwise::catalogue {

CatalogueItem breakerItem();
CatalogueItem retryItem();
CatalogueItem rateLimiterItem();
CatalogueItem bulkheadItem();

}  // namespace stepwise::catalogue
