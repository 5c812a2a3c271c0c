#pragma once
// What the graph room's frontier panel holds for each algorithm, and what it calls it: a queue,
// stack or priority queue for the searches, the current pass and the edges relaxed in it for
// Bellman-Ford (which has no frontier), the union-find sets for Kruskal; and a value column named
// by what it holds (distance, key, discovery/finish, index/low-link, in-degree).
#include <cstdint>
#include <string>
#include <vector>

#include "core/graph/GraphEvent.h"

namespace stepwise::graph {

enum class PanelShows : std::uint8_t { Frontier, Pass, Sets };
enum class ValueColumn : std::uint8_t { Distance, Hops, Key, FPlusH, DiscoveryFinish, IndexLowLink, InDegree };

struct FrontierTerms {
    PanelShows shows = PanelShows::Frontier;
    ValueColumn column = ValueColumn::Distance;
    std::string columnName;  // "distance", "discovery/finish", ...
    /// GraphState::group holds the component each vertex was put in (SCC): the view colours and
    /// labels vertices by it.
    bool groupsAreComponents = false;
};

/// The terms for a graph catalogue entry ("dfs", "scc:tarjan", "mst:kruskal").
FrontierTerms frontierTerms(const std::string& algorithmId);

/// Bellman-Ford at a step: the pass under way (0 before the first) and the arcs relaxed in it so far.
struct PassAtStep {
    std::uint32_t pass = 0;
    std::vector<ArcId> relaxed;
};
PassAtStep passAtStep(const GraphTrace& trace, std::size_t step);

/// Kruskal's union-find sets at a step (GraphState::group holds each vertex's parent), each listed
/// by its members in vertex order; sets of one vertex are left out.
std::vector<std::vector<VertexId>> unionFindSets(const std::vector<std::uint32_t>& parent);

}  // namespace stepwise::graph
