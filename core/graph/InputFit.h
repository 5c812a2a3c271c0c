#pragma once
// Whether a graph suits an algorithm for teaching: a run that works but shows nothing worth
// seeing (SCC on an undirected graph) gets a note saying why; the GUI shows it over the run.
#include <string>

#include "core/graph/Graph.h"

namespace stepwise::graph {

/// The note for running `algorithmId` ("scc:tarjan") on `g`, or empty when the graph suits it.
std::string fitNote(const std::string& algorithmId, const Graph& g);

/// Whether the algorithm starts from a source vertex when one is given (the searches, shortest
/// paths, Prim); the others (SCC, topological sort, cycle detection, Kruskal) take none.
bool usesSource(const std::string& algorithmId);

}  // namespace stepwise::graph
