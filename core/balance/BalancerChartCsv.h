#pragma once
// The balancer room's counts chart as CSV at the run's current step: one row per backend with its
// weight, the requests it was picked for so far and its active connections.
#include <iosfwd>

namespace stepwise::balance {

class BalancerItemRun;

void writeCountsCsv(std::ostream& out, const BalancerItemRun& run);

}  // namespace stepwise::balance
