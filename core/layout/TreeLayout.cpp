#include "core/layout/TreeLayout.h"

#include <algorithm>

#include "core/layout/LayoutGeometry.h"

namespace stepwise::layout {

namespace {

constexpr double kSiblingGap = 0.8 * kSpacing;

std::uint32_t farthest(const std::vector<std::uint32_t>& dist) {
    return static_cast<std::uint32_t>(std::max_element(dist.begin(), dist.end()) - dist.begin());
}

}  // namespace

bool isTree(const Subgraph& s) {
    if (s.size() == 0 || s.edges.size() != s.size() - 1) return false;
    // With n - 1 distinct edges, being a tree is being connected.
    const Adjacency adj = undirectedAdjacency(s);
    if (adj.targets.size() != 2 * s.edges.size()) return false;  // u→v and v→u in a directed input
    const auto dist = hopDistances(adj, 0);
    return std::none_of(dist.begin(), dist.end(), [](std::uint32_t d) { return d == UINT32_MAX; });
}

std::uint32_t treeCentre(const Subgraph& s) {
    // The middle of a longest path: walk back from one end of it towards the other.
    const Adjacency adj = undirectedAdjacency(s);
    const std::uint32_t a = farthest(hopDistances(adj, 0));
    const auto fromA = hopDistances(adj, a);
    const std::uint32_t b = farthest(fromA);
    const auto fromB = hopDistances(adj, b);
    const std::uint32_t diameter = fromA[b];
    std::uint32_t best = UINT32_MAX;
    for (std::uint32_t v = 0; v < s.size(); ++v) {
        if (fromA[v] + fromB[v] != diameter) continue;
        const std::uint32_t ecc = std::max(fromA[v], fromB[v]);
        if (ecc == (diameter + 1) / 2 && v < best) best = v;
    }
    return best;
}

std::vector<graph::Point> treeLayout(const Subgraph& s, std::uint32_t root) {
    const std::size_t n = s.size();
    const Adjacency adj = undirectedAdjacency(s);

    // BFS order gives parents before children; children in ascending local id (input order).
    std::vector<std::uint32_t> order{root}, parent(n, UINT32_MAX), depth(n, 0);
    std::vector<std::vector<std::uint32_t>> children(n);
    parent[root] = root;
    for (std::size_t head = 0; head < order.size(); ++head) {
        const std::uint32_t v = order[head];
        for (const std::uint32_t w : adj.neighbours(v)) {
            if (parent[w] != UINT32_MAX) continue;
            parent[w] = v;
            depth[w] = depth[v] + 1;
            children[v].push_back(w);
            order.push_back(w);
        }
    }

    // Bottom-up: each subtree's left and right contour per depth, relative to its root's x.
    std::vector<std::vector<double>> left(n), right(n);
    std::vector<double> offset(n, 0.0);  // x relative to the parent
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const std::uint32_t v = *it;
        const auto& kids = children[v];
        if (kids.empty()) {
            left[v] = {0.0};
            right[v] = {0.0};
            continue;
        }
        // Place children left to right, each as far left as the contours so far allow.
        std::vector<double> accLeft = std::move(left[kids[0]]), accRight = std::move(right[kids[0]]);
        std::vector<double> pos{0.0};
        for (std::size_t k = 1; k < kids.size(); ++k) {
            const std::uint32_t c = kids[k];
            double shift = -1e300;
            const std::size_t shared = std::min(accRight.size(), left[c].size());
            for (std::size_t d = 0; d < shared; ++d) shift = std::max(shift, accRight[d] - left[c][d] + kSiblingGap);
            pos.push_back(shift);
            for (std::size_t d = 0; d < right[c].size(); ++d) {
                if (d < accRight.size())
                    accRight[d] = right[c][d] + shift;
                else
                    accRight.push_back(right[c][d] + shift);
            }
            for (std::size_t d = accLeft.size(); d < left[c].size(); ++d) accLeft.push_back(left[c][d] + shift);
            left[c].clear();
            left[c].shrink_to_fit();
            right[c].clear();
            right[c].shrink_to_fit();
        }
        const double centre = (pos.front() + pos.back()) / 2;
        for (std::size_t k = 0; k < kids.size(); ++k) offset[kids[k]] = pos[k] - centre;
        left[v].reserve(accLeft.size() + 1);
        right[v].reserve(accRight.size() + 1);
        left[v].push_back(0.0);
        right[v].push_back(0.0);
        for (const double x : accLeft) left[v].push_back(x - centre);
        for (const double x : accRight) right[v].push_back(x - centre);
    }

    std::vector<graph::Point> positions(n);
    for (const std::uint32_t v : order) {
        const double x = v == root ? 0.0 : positions[parent[v]].x + offset[v];
        positions[v] = {x, depth[v] * kSpacing};
    }
    return positions;
}

}  // namespace stepwise::layout
