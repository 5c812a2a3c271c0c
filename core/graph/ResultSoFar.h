#pragma once
// The result of a graph run as it stands at one step: what the state has computed so far, in the
// shape of the final GraphResult (so the result panel shows step k as it shows the end).
#include "core/graph/GraphResult.h"
#include "core/graph/GraphState.h"

namespace stepwise::graph {

/// The parts `final` has, read off `state`: distances and parents, the order so far, the tree
/// edges chosen, the components assigned, the DFS times. No cycle until the end (it is found last).
GraphResult resultSoFar(const GraphState& state, const GraphResult& final);

}  // namespace stepwise::graph
