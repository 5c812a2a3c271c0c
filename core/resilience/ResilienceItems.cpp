// The resilience area of the catalogue: the circuit breaker, then retry, rate limiter and bulkhead.
#include "core/catalogue/Catalogue.h"
#include "core/resilience/ResilienceItems.h"

namespace stepwise::catalogue {

std::vector<CatalogueItem> resilienceItems() {
    return {breakerItem(), retryItem(), rateLimiterItem(), bulkheadItem()};
}

}  // namespace stepwise::catalogue
