#pragma once
// One connected piece of a graph, renumbered 0..n-1, which is what each layout algorithm works on.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "core/graph/Graph.h"

namespace stepwise::layout {

struct Subgraph {
    std::vector<graph::VertexId> vertices;  // global ids, ascending; local id = index here
    /// Local (from, to) pairs, direction as in the graph; self-loops and repeated edges dropped.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;

    std::size_t size() const { return vertices.size(); }
};

/// Neighbours of each local vertex, ignoring direction; each neighbour listed once.
struct Adjacency {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> targets;

    std::span<const std::uint32_t> neighbours(std::uint32_t v) const {
        return {targets.data() + offsets[v], targets.data() + offsets[v + 1]};
    }
    std::size_t degree(std::uint32_t v) const { return offsets[v + 1] - offsets[v]; }
};

/// The weakly connected components of g, ordered by their smallest vertex id.
std::vector<Subgraph> connectedComponents(const graph::Graph& g);

/// Undirected adjacency of s (neighbour lists in ascending order).
Adjacency undirectedAdjacency(const Subgraph& s);

/// Hop distances from source to every vertex of the connected subgraph behind adj.
std::vector<std::uint32_t> hopDistances(const Adjacency& adj, std::uint32_t source);

}  // namespace stepwise::layout
