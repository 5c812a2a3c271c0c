#include "core/layout/GraphLayout.h"

#include <algorithm>
#include <cmath>

#include "core/layout/ComponentPacking.h"
#include "core/layout/ForceLayout.h"
#include "core/layout/LayeredLayout.h"
#include "core/layout/LayoutGeometry.h"
#include "core/layout/Subgraph.h"
#include "core/layout/TreeLayout.h"
#include "core/trace/Random.h"

namespace stepwise::layout {

using graph::Graph;
using graph::Point;
using graph::VertexId;

namespace {

// Beyond this a tidy tree gets too wide to read, and forces draw it more compactly.
constexpr std::size_t kTidyTreeLimit = 1000;

bool isAcyclic(const Graph& g) {
    const std::size_t n = g.vertexCount();
    std::vector<std::uint32_t> indegree(n, 0);
    for (const auto& e : g.edges()) ++indegree[e.to];
    std::vector<VertexId> ready;
    for (VertexId v = 0; v < n; ++v)
        if (indegree[v] == 0) ready.push_back(v);
    std::size_t seen = 0;
    while (!ready.empty()) {
        const VertexId v = ready.back();
        ready.pop_back();
        ++seen;
        for (auto a = g.firstArc(v); a < g.endArc(v); ++a)
            if (--indegree[g.head(a)] == 0) ready.push_back(g.head(a));
    }
    return seen == n;
}

bool drawsWellAsTidyTree(const Subgraph& s) {
    if (s.size() < 3 || s.size() > kTidyTreeLimit || !isTree(s)) return false;
    // A path reads best as a straight line, which forces give; a tree needs a branch to be a tree.
    const Adjacency adj = undirectedAdjacency(s);
    for (std::uint32_t v = 0; v < s.size(); ++v)
        if (adj.degree(v) >= 3) return true;
    return false;
}

GraphLayout givenLayout(const Graph& g) {
    GraphLayout out;
    out.kind = LayoutKind::Given;
    const std::size_t n = g.vertexCount();
    out.positions.resize(n);
    for (VertexId v = 0; v < n; ++v) out.positions[v] = g.position(v);

    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    pairs.reserve(g.edgeCount());
    for (const auto& e : g.edges()) pairs.emplace_back(e.from, e.to);
    double typical = medianLength(out.positions, pairs);
    // No edges to measure: make each point's nearest neighbour typically kSpacing away instead.
    if (!(typical > 0)) typical = medianNearestDistance(out.positions);
    const double scale = typical > 0 && std::isfinite(typical) ? kSpacing / typical : 1.0;
    for (auto& p : out.positions) p = {p.x * scale, p.y * scale};
    moveTo(out.positions, 0, 0);
    return out;
}

}  // namespace

GraphLayout layoutGraph(const Graph& g, std::uint64_t seed, LayoutProgress* progress) {
    if (g.hasPositions()) return givenLayout(g);

    GraphLayout out;
    const std::size_t n = g.vertexCount();
    out.positions.resize(n);
    const std::vector<Subgraph> parts = connectedComponents(g);

    enum class Method { Layered, Tree, Force };
    Method method = Method::Force;
    if (g.directed() && isAcyclic(g)) {
        method = Method::Layered;
    } else if (!g.directed()) {
        const bool allTrees = std::all_of(parts.begin(), parts.end(), [](const Subgraph& s) {
            return s.size() < 3 || drawsWellAsTidyTree(s);
        });
        const bool anyTree = std::any_of(parts.begin(), parts.end(), [](const Subgraph& s) {
            return s.size() >= 3;
        });
        if (allTrees && anyTree) method = Method::Tree;
    }
    out.kind = method == Method::Force ? LayoutKind::ForceDirected : LayoutKind::Layered;

    Random seeds(seed);
    std::vector<std::vector<Point>> drawings;
    std::vector<Box> boxes;
    drawings.reserve(parts.size());
    boxes.reserve(parts.size());
    for (const auto& part : parts) {
        if (progress && progress->cancel.load(std::memory_order_relaxed)) return out;
        const std::uint64_t partSeed = seeds.next();
        std::vector<Point> drawing;
        if (part.size() == 1) {
            drawing = {Point{}};
        } else if (method == Method::Layered) {
            drawing = layeredLayout(part);
        } else if (method == Method::Tree && part.size() >= 3) {
            drawing = treeLayout(part, treeCentre(part));
        } else {
            drawing = forceLayout(part, partSeed);
        }
        moveTo(drawing, 0, 0);
        boxes.push_back(boundingBox(drawing));
        drawings.push_back(std::move(drawing));
        if (progress) progress->placed.fetch_add(part.size(), std::memory_order_relaxed);
    }

    const std::vector<Point> corners = packComponents(boxes, kSpacing);
    for (std::size_t c = 0; c < parts.size(); ++c)
        for (std::size_t i = 0; i < parts[c].size(); ++i)
            out.positions[parts[c].vertices[i]] = {drawings[c][i].x + corners[c].x, drawings[c][i].y + corners[c].y};
    return out;
}

}  // namespace stepwise::layout
