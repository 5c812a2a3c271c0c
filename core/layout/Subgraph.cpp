#include "core/layout/Subgraph.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace stepwise::layout {

using graph::VertexId;

std::vector<Subgraph> connectedComponents(const graph::Graph& g) {
    const std::size_t n = g.vertexCount();
    // Union-find over the edges; path halving keeps it near-linear.
    std::vector<VertexId> parent(n);
    std::iota(parent.begin(), parent.end(), VertexId{0});
    auto root = [&](VertexId v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    };
    for (const auto& e : g.edges()) {
        const VertexId a = root(e.from), b = root(e.to);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }

    std::vector<std::uint32_t> componentOf(n, graph::none);
    std::vector<std::uint32_t> localId(n);
    std::vector<Subgraph> parts;
    for (VertexId v = 0; v < n; ++v) {
        const VertexId r = root(v);
        if (componentOf[r] == graph::none) {
            componentOf[r] = static_cast<std::uint32_t>(parts.size());
            parts.emplace_back();
        }
        auto& part = parts[componentOf[r]];
        componentOf[v] = componentOf[r];
        localId[v] = static_cast<std::uint32_t>(part.vertices.size());
        part.vertices.push_back(v);
    }
    for (const auto& e : g.edges()) {
        if (e.from == e.to) continue;
        auto& part = parts[componentOf[e.from]];
        std::uint32_t a = localId[e.from], b = localId[e.to];
        if (!g.directed() && a > b) std::swap(a, b);
        part.edges.emplace_back(a, b);
    }
    for (auto& part : parts) {
        std::sort(part.edges.begin(), part.edges.end());
        part.edges.erase(std::unique(part.edges.begin(), part.edges.end()), part.edges.end());
    }
    return parts;
}

Adjacency undirectedAdjacency(const Subgraph& s) {
    const std::size_t n = s.size();
    std::vector<std::vector<std::uint32_t>> lists(n);
    for (const auto& [a, b] : s.edges) {
        lists[a].push_back(b);
        lists[b].push_back(a);
    }
    Adjacency adj;
    adj.offsets.reserve(n + 1);
    adj.offsets.push_back(0);
    for (auto& list : lists) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        adj.targets.insert(adj.targets.end(), list.begin(), list.end());
        adj.offsets.push_back(static_cast<std::uint32_t>(adj.targets.size()));
    }
    return adj;
}

std::vector<std::uint32_t> hopDistances(const Adjacency& adj, std::uint32_t source) {
    const std::size_t n = adj.offsets.size() - 1;
    std::vector<std::uint32_t> dist(n, std::numeric_limits<std::uint32_t>::max());
    std::vector<std::uint32_t> queue;
    queue.reserve(n);
    dist[source] = 0;
    queue.push_back(source);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t v = queue[head];
        for (const std::uint32_t w : adj.neighbours(v)) {
            if (dist[w] != std::numeric_limits<std::uint32_t>::max()) continue;
            dist[w] = dist[v] + 1;
            queue.push_back(w);
        }
    }
    return dist;
}

}  // namespace stepwise::layout
