#pragma once
#include <string_view>
#include <vector>

#include "core/graph/GraphAlgorithm.h"

namespace stepwise::graph {

/// Every graph algorithm, in catalogue order. Methods are separate entries ("scc:tarjan").
const std::vector<GraphAlgorithm>& graphCatalogue();
/// The entry with this id, or nullptr.
const GraphAlgorithm* findGraphAlgorithm(std::string_view id);

// Entries, one per algorithm source file.
GraphAlgorithm bfsAlgorithm();
GraphAlgorithm dfsAlgorithm();
GraphAlgorithm dijkstraAlgorithm();
GraphAlgorithm aStarAlgorithm();
GraphAlgorithm bellmanFordAlgorithm();
GraphAlgorithm kahnTopologicalSortAlgorithm();
GraphAlgorithm dfsTopologicalSortAlgorithm();
GraphAlgorithm tarjanSccAlgorithm();
GraphAlgorithm kosarajuSccAlgorithm();
GraphAlgorithm cycleDetectionAlgorithm();
GraphAlgorithm primAlgorithm();
GraphAlgorithm kruskalAlgorithm();

}  // namespace stepwise::graph
