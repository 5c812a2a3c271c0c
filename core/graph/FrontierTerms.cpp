#include "core/graph/FrontierTerms.h"

#include <algorithm>

namespace stepwise::graph {

FrontierTerms frontierTerms(const std::string& id) {
    const std::string item = id.substr(0, id.find(':'));
    if (item == "bellman-ford") return {PanelShows::Pass, ValueColumn::Distance, "distance"};
    if (id == "mst:kruskal") return {PanelShows::Sets, ValueColumn::Distance, "members"};
    if (item == "mst") return {PanelShows::Frontier, ValueColumn::Key, "key (lightest edge to the tree)"};
    if (item == "dijkstra") return {PanelShows::Frontier, ValueColumn::Key, "key (distance)"};
    if (item == "astar") return {PanelShows::Frontier, ValueColumn::FPlusH, "f = g + h"};
    if (item == "bfs") return {PanelShows::Frontier, ValueColumn::Hops, "hops"};
    if (id == "scc:tarjan") return {PanelShows::Frontier, ValueColumn::IndexLowLink, "index/low-link", true};
    if (item == "scc") return {PanelShows::Frontier, ValueColumn::DiscoveryFinish, "discovery/finish", true};
    if (id == "topological-sort:kahn") return {PanelShows::Frontier, ValueColumn::InDegree, "in-degree"};
    // DFS, cycle detection, Kosaraju, DFS topological sort: a stack with discovery/finish times.
    return {PanelShows::Frontier, ValueColumn::DiscoveryFinish, "discovery/finish"};
}

PassAtStep passAtStep(const GraphTrace& trace, std::size_t step) {
    PassAtStep out;
    const std::size_t end = std::min(step, trace.events.size());
    for (std::size_t i = 0; i < end; ++i) {
        const GraphEvent& e = trace.events[i];
        if (const auto* n = std::get_if<event::Note>(&e); n && n->kind == event::NoteKind::Pass) {
            out.pass = n->a;
            out.relaxed.clear();
        } else if (const auto* r = std::get_if<event::Relax>(&e)) {
            out.relaxed.push_back(r->arc);
        }
    }
    return out;
}

std::vector<std::vector<VertexId>> unionFindSets(const std::vector<std::uint32_t>& parent) {
    const std::size_t n = parent.size();
    auto root = [&](VertexId v) {
        for (std::size_t hops = 0; v < n && parent[v] != v && parent[v] != none && hops < n; ++hops) v = parent[v];
        return v;
    };
    std::vector<std::vector<VertexId>> byRoot(n);
    for (VertexId v = 0; v < n; ++v)
        if (const VertexId r = root(v); r < n) byRoot[r].push_back(v);
    std::vector<std::vector<VertexId>> sets;
    for (auto& members : byRoot)
        if (members.size() > 1) sets.push_back(std::move(members));
    return sets;
}

}  // namespace stepwise::graph
