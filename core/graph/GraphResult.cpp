#include "core/graph/GraphResult.h"

#include <algorithm>
#include <cmath>

namespace stepwise::graph {

std::vector<VertexId> pathTo(const Graph& g, const GraphResult& r, VertexId target) {
    if (r.parent.empty() || r.distance.empty() || !std::isfinite(r.distance[target])) return {};
    std::vector<VertexId> path{target};
    // Bounded by the vertex count, so a parent cycle (a negative cycle) cannot loop forever.
    for (VertexId v = target; r.parent[v] != none && path.size() <= g.vertexCount();) {
        v = g.tail(r.parent[v]);
        path.push_back(v);
    }
    std::reverse(path.begin(), path.end());
    return path;
}

}  // namespace stepwise::graph
