#pragma once
// A compact, immutable graph in compressed sparse row form, with vertex names, weights and
// optional coordinates. Undirected edges are stored as two arcs that share one edge id, so an
// algorithm walks arcs and a view draws edges.
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/graph/NameIndex.h"

namespace stepwise::graph {

using VertexId = std::uint32_t;
using ArcId = std::uint32_t;
using EdgeId = std::uint32_t;
inline constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

struct Edge {
    VertexId from;
    VertexId to;
    double weight;
};

struct Point {
    double x = 0;
    double y = 0;
};

class GraphBuilder;

class Graph {
  public:
    Graph() = default;

    bool directed() const { return directed_; }
    std::size_t vertexCount() const { return names_.size(); }
    std::size_t edgeCount() const { return edges_.size(); }
    std::size_t arcCount() const { return heads_.size(); }

    const std::string& name(VertexId v) const { return names_[v]; }
    /// The vertex with this name, if any.
    std::optional<VertexId> find(std::string_view name) const;

    const Edge& edge(EdgeId e) const { return edges_[e]; }
    const std::vector<Edge>& edges() const { return edges_; }
    /// The 1-based line of the input that gave edge e, or 0 when the graph was not read from text.
    int edgeLine(EdgeId e) const { return e < edgeLines_.size() ? static_cast<int>(edgeLines_[e]) : 0; }

    /// Arcs leaving v are the ids in [firstArc(v), endArc(v)).
    ArcId firstArc(VertexId v) const { return offsets_[v]; }
    ArcId endArc(VertexId v) const { return offsets_[v + 1]; }
    std::size_t outDegree(VertexId v) const { return offsets_[v + 1] - offsets_[v]; }
    VertexId head(ArcId a) const { return heads_[a]; }
    VertexId tail(ArcId a) const { return tails_[a]; }
    double weight(ArcId a) const { return weights_[a]; }
    EdgeId edgeOf(ArcId a) const { return arcEdges_[a]; }

    std::span<const VertexId> heads() const { return heads_; }
    std::span<const double> weights() const { return weights_; }
    std::span<const ArcId> offsets() const { return offsets_; }

    /// Coordinates, when every vertex has them (given in the input or by a geometric generator).
    bool hasPositions() const { return !positions_.empty(); }
    const Point& position(VertexId v) const { return positions_[v]; }

    /// The same vertices with every arc reversed (edge ids kept); for Kosaraju.
    Graph reversed() const;

  private:
    friend class GraphBuilder;
    bool directed_ = true;
    std::vector<std::string> names_;
    NameIndex index_;
    std::vector<Edge> edges_;
    std::vector<std::uint32_t> edgeLines_;  // empty unless read from text (errors name the line)
    std::vector<ArcId> offsets_{0};
    std::vector<VertexId> heads_;
    std::vector<VertexId> tails_;
    std::vector<double> weights_;
    std::vector<EdgeId> arcEdges_;
    std::vector<Point> positions_;
};

/// Collects vertices and edges in any order, then packs them into a Graph.
/// Arcs of a vertex keep the order their edges were added in (so traces follow the input).
class GraphBuilder {
  public:
    explicit GraphBuilder(bool directed = true) : directed_(directed) {}

    void setDirected(bool directed) { directed_ = directed; }
    bool directed() const { return directed_; }

    /// The id of `name`, adding the vertex if it is new.
    VertexId vertex(std::string_view name);
    std::optional<VertexId> find(std::string_view name) const;
    /// `line` is where the edge was read (0: not read from text), for errors that name it.
    EdgeId addEdge(VertexId from, VertexId to, double weight = 1.0, std::uint32_t line = 0);
    void setPosition(VertexId v, Point p);
    /// Reserve room for a large generated graph.
    void reserve(std::size_t vertices, std::size_t edges);

    std::size_t vertexCount() const { return names_.size(); }
    std::size_t edgeCount() const { return edges_.size(); }

    Graph build() const&;
    /// The same graph, moving the names and edges instead of copying them (a reader's last step).
    Graph build() &&;

  private:
    void pack(Graph& g) const;

    bool directed_;
    std::vector<std::string> names_;
    NameIndex index_;
    std::vector<Edge> edges_;
    std::vector<std::uint32_t> edgeLines_;
    std::vector<std::optional<Point>> positions_;  // empty until a position is set
};

}  // namespace stepwise::graph
