#include "core/graph/Graph.h"

#include "core/common/InputError.h"
#include "core/common/Limits.h"

namespace stepwise::graph {

std::optional<VertexId> Graph::find(std::string_view name) const {
    return index_.find(name, names_);
}

Graph Graph::reversed() const {
    GraphBuilder builder(directed_);
    builder.reserve(vertexCount(), edgeCount());
    for (const auto& name : names_) builder.vertex(name);
    for (EdgeId e = 0; e < edges_.size(); ++e)
        builder.addEdge(edges_[e].to, edges_[e].from, edges_[e].weight,
                        static_cast<std::uint32_t>(edgeLine(e)));
    if (hasPositions())
        for (VertexId v = 0; v < vertexCount(); ++v) builder.setPosition(v, positions_[v]);
    return std::move(builder).build();
}

VertexId GraphBuilder::vertex(std::string_view name) {
    if (const auto known = index_.find(name, names_)) return *known;
    if (names_.size() >= limits::graphVertices)
        throw InputError("more than " + std::to_string(limits::graphVertices) + " vertices (" + limits::graphWhy + ")");
    const auto id = static_cast<VertexId>(names_.size());
    names_.emplace_back(name);
    if (!positions_.empty()) positions_.emplace_back();
    index_.add(id, names_);
    return id;
}

std::optional<VertexId> GraphBuilder::find(std::string_view name) const {
    return index_.find(name, names_);
}

EdgeId GraphBuilder::addEdge(VertexId from, VertexId to, double weight, std::uint32_t line) {
    const auto id = static_cast<EdgeId>(edges_.size());
    if (edges_.size() >= limits::graphEdges)
        throw InputError("more than " + std::to_string(limits::graphEdges) + " edges (" + limits::graphWhy + ")");
    edges_.push_back({from, to, weight});
    // Lines are kept only once some edge has one: generated graphs pay nothing.
    if (line != 0 || !edgeLines_.empty()) {
        if (edgeLines_.capacity() < edges_.capacity()) edgeLines_.reserve(edges_.capacity());
        edgeLines_.resize(id, 0);
        edgeLines_.push_back(line);
    }
    return id;
}

void GraphBuilder::setPosition(VertexId v, Point p) {
    if (positions_.size() < names_.size()) positions_.resize(names_.size());
    positions_[v] = p;
}

void GraphBuilder::reserve(std::size_t vertices, std::size_t edges) {
    names_.reserve(vertices);
    index_.reserve(vertices, names_);
    edges_.reserve(edges);
}

Graph GraphBuilder::build() const& {
    Graph g;
    g.names_ = names_;
    g.index_ = index_;
    g.edges_ = edges_;
    g.edgeLines_ = edgeLines_;
    pack(g);
    return g;
}

Graph GraphBuilder::build() && {
    Graph g;
    g.names_ = std::move(names_);
    g.index_ = std::move(index_);
    g.edges_ = std::move(edges_);
    g.edgeLines_ = std::move(edgeLines_);
    pack(g);
    return g;
}

// Fills the arcs and positions from g's names and edges (already in place).
void GraphBuilder::pack(Graph& g) const {
    g.directed_ = directed_;
    const auto& edges = g.edges_;
    const std::size_t n = g.names_.size();
    const std::size_t arcs = edges.size() * (directed_ ? 1 : 2);

    // Counting sort by tail keeps each vertex's arcs in insertion order.
    std::vector<ArcId> count(n + 1, 0);
    for (const auto& e : edges) {
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
    for (EdgeId id = 0; id < edges.size(); ++id) {
        const auto& e = edges[id];
        place(e.from, e.to, e.weight, id);
        if (!directed_) place(e.to, e.from, e.weight, id);
    }

    bool allPlaced = n > 0 && positions_.size() == n;
    for (const auto& p : positions_) allPlaced = allPlaced && p.has_value();
    if (allPlaced) {
        g.positions_.reserve(n);
        for (const auto& p : positions_) g.positions_.push_back(*p);
    }
}

}  // namespace stepwise::graph
