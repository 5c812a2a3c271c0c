#include "core/graph/GraphCatalogue.h"

namespace stepwise::graph {

const std::vector<GraphAlgorithm>& graphCatalogue() {
    static const std::vector<GraphAlgorithm> all = [] {
        std::vector<GraphAlgorithm> list;
        list.push_back(bfsAlgorithm());
        list.push_back(dfsAlgorithm());
        list.push_back(dijkstraAlgorithm());
        list.push_back(aStarAlgorithm());
        list.push_back(bellmanFordAlgorithm());
        list.push_back(kahnTopologicalSortAlgorithm());
        list.push_back(dfsTopologicalSortAlgorithm());
        list.push_back(tarjanSccAlgorithm());
        list.push_back(kosarajuSccAlgorithm());
        list.push_back(cycleDetectionAlgorithm());
        list.push_back(primAlgorithm());
        list.push_back(kruskalAlgorithm());
        return list;
    }();
    return all;
}

const GraphAlgorithm* findGraphAlgorithm(std::string_view id) {
    for (const auto& a : graphCatalogue())
        if (a.id == id) return &a;
    return nullptr;
}

}  // namespace stepwise::graph
