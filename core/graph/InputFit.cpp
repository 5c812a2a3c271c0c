#include "core/graph/InputFit.h"

namespace stepwise::graph {

std::string fitNote(const std::string& algorithmId, const Graph& g) {
    const std::string item = algorithmId.substr(0, algorithmId.find(':'));
    if (item == "scc" && !g.directed())
        return "On an undirected graph every connected piece is one strongly connected component, so this "
               "teaches nothing beyond connectivity: SCCs differ from it only on a directed graph (try the "
               "example links.graph).";
    return {};
}

bool usesSource(const std::string& algorithmId) {
    const std::string item = algorithmId.substr(0, algorithmId.find(':'));
    return item == "bfs" || item == "dfs" || item == "dijkstra" || item == "astar" || item == "bellman-ford" ||
           algorithmId == "mst:prim";
}

}  // namespace stepwise::graph
