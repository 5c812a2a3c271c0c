#pragma once
// Catalogue entries, one per problem source file; dpCatalogue() lists them.
#include "core/dp/DpProblem.h"

namespace stepwise::dp {

DpProblem lcsProblem();
DpProblem editDistanceProblem();
DpProblem knapsackProblem();
DpProblem lisProblem();
DpProblem coinChangeProblem();

}  // namespace stepwise::dp
