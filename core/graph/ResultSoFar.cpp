#include "core/graph/ResultSoFar.h"

#include <map>

namespace stepwise::graph {

GraphResult resultSoFar(const GraphState& s, const GraphResult& final) {
    GraphResult r;
    if (!final.distance.empty()) r.distance = s.distance;
    if (!final.parent.empty()) r.parent = s.parent;
    if (!final.order.empty()) r.order = s.order;
    if (!final.discovered.empty()) r.discovered = s.discovered;
    if (!final.finished.empty()) r.finished = s.finished;
    if (!final.treeEdges.empty() && s.graph) {
        for (EdgeId e = 0; e < s.edgeMark.size(); ++e)
            if (s.edgeMark[e] == EdgeMark::Tree || s.edgeMark[e] == EdgeMark::Chosen) {
                r.treeEdges.push_back(e);
                r.totalWeight += s.graph->edge(e).weight;
            }
        // Prim grows its tree through parents: a done vertex's parent edge is in the tree.
        if (r.treeEdges.empty())
            for (VertexId v = 0; v < s.status.size() && v < s.parent.size(); ++v)
                if (s.status[v] == VertexStatus::Done && s.parent[v] != none) {
                    const EdgeId e = s.graph->edgeOf(s.parent[v]);
                    r.treeEdges.push_back(e);
                    r.totalWeight += s.graph->edge(e).weight;
                }
    }
    if (!final.components.empty()) {
        // Components are numbered as they are found; a vertex is in one once its group is set.
        std::map<std::uint32_t, std::vector<VertexId>> byGroup;
        for (VertexId v = 0; v < s.group.size(); ++v)
            if (s.group[v] != none) byGroup[s.group[v]].push_back(v);
        for (auto& [id, members] : byGroup) r.components.push_back(std::move(members));
    }
    return r;
}

}  // namespace stepwise::graph
