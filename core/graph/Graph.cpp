#include "core/graph/Graph.h"

namespace stepwise::graph {

std::optional<VertexId> Graph::find(std::string_view name) const {
    const auto it = index_.find(std::string(name));
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

Graph Graph::reversed() const {
    GraphBuilder builder(directed_);
    builder.reserve(vertexCount(), edgeCount());
    for (const auto& name : names_) builder.vertex(name);
    for (const auto& e : edges_) builder.addEdge(e.to, e.from, e.weight);
    if (hasPositions())
        for (VertexId v = 0; v < vertexCount(); ++v) builder.setPosition(v, positions_[v]);
    return builder.build();
}

VertexId GraphBuilder::vertex(std::string_view name) {
    const auto [it, inserted] = index_.try_emplace(std::string(name), static_cast<VertexId>(names_.size()));
    if (inserted) {
        names_.emplace_back(name);
        positions_.emplace_back();
    }
    return it->second;
}

std::optional<VertexId> GraphBuilder::find(std::string_view name) const {
    const auto it = index_.find(std::string(name));
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

EdgeId GraphBuilder::addEdge(VertexId from, VertexId to, double weight) {
    edges_.push_back({from, to, weight});
    return static_cast<EdgeId>(edges_.size() - 1);
}

void GraphBuilder::setPosition(VertexId v, Point p) { positions_[v] = p; }

void GraphBuilder::reserve(std::size_t vertices, std::size_t edges) {
    names_.reserve(vertices);
    index_.reserve(vertices);
    positions_.reserve(vertices);
    edges_.reserve(edges);
}

Graph GraphBuilder::build() const {
    Graph g;
    g.directed_ = directed_;
    g.names_ = names_;
    g.index_ = index_;
    g.edges_ = edges_;
    const std::size_t n = names_.size();
    const std::size_t arcs = edges_.size() * (directed_ ? 1 : 2);

    // Counting sort by tail keeps each vertex's arcs in insertion order.
    std::vector<ArcId> count(n + 1, 0);
    for (const auto& e : edges_) {
        ++count[e.from + 1];
        if (!directed_) ++count[e.to + 1];  // an undirected self-loop is two arcs, like any edge
    }
    for (std::size_t v = 0; v < n; ++v) count[v + 1] += count[v];
    g.offsets_ = count;
    g.heads_.resize(arcs);
    g.tails_.resize(arcs);
    g.weights_.resize(arcs);
    g.arcEdges_.resize(arcs);
    std::vector<ArcId> next(count.begin(), count.end() - 1);
    auto place = [&](VertexId from, VertexId to, double w, EdgeId id) {
        const ArcId a = next[from]++;
        g.heads_[a] = to;
        g.tails_[a] = from;
        g.weights_[a] = w;
        g.arcEdges_[a] = id;
    };
    for (EdgeId id = 0; id < edges_.size(); ++id) {
        const auto& e = edges_[id];
        place(e.from, e.to, e.weight, id);
        if (!directed_) place(e.to, e.from, e.weight, id);
    }

    bool allPlaced = n > 0;
    for (const auto& p : positions_) allPlaced = allPlaced && p.has_value();
    if (allPlaced) {
        g.positions_.reserve(n);
        for (const auto& p : positions_) g.positions_.push_back(*p);
    }
    return g;
}

}  // namespace stepwise::graph
