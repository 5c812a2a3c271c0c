#pragma once
// What a graph algorithm computes, indexed by vertex/edge id. Each algorithm fills the parts it
// has; the CLI turns them into the JSON of DESIGN.md and the UI into its result panel.
#include <optional>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"

namespace stepwise::graph {

struct GraphResult {
    std::vector<double> distance;                   // shortest paths, BFS hops; empty when not computed
    std::vector<ArcId> parent;                      // arc into each vertex on its tree, or none
    std::vector<VertexId> order;                    // visit, finish or topological order
    std::vector<std::vector<VertexId>> components;  // SCCs
    std::vector<EdgeId> treeEdges;                  // MST edges
    double totalWeight = 0;                         // MST weight
    std::optional<std::vector<VertexId>> cycle;  // a directed/undirected cycle or a negative cycle, in order
    std::vector<EdgeMark> edgeKinds;             // DFS: tree/back/forward/cross per edge id
    std::vector<std::uint32_t> discovered;       // DFS times
    std::vector<std::uint32_t> finished;
};

/// The path source → target along the parents, or empty when the target was not reached (or the
/// algorithm computes no distances and parents).
std::vector<VertexId> pathTo(const Graph& g, const GraphResult& r, VertexId target);

}  // namespace stepwise::graph
