#include "core/layout/LayeredLayout.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

#include "core/layout/LayoutGeometry.h"

namespace stepwise::layout {

namespace {

constexpr double kVertexGap = 0.8 * kSpacing;  // between two vertices on a layer
constexpr double kDummyGap = 0.5 * kSpacing;   // between a vertex and an edge passing through its layer
constexpr double kLaneGap = 0.2 * kSpacing;    // between two edges passing through a layer
constexpr int kOrderingSweeps = 24;
constexpr int kSmoothingRounds = 60;
constexpr double kDummyWeight = 4.0;  // edges hold their lane; vertices make way
// In the last rounds, lines stay put and vertices only step out of their way.
constexpr int kSettlingRounds = 10;
constexpr double kFixedWeight = 1e4;

using Lists = std::vector<std::vector<std::uint32_t>>;

// Kahn's algorithm, taking ready vertices in ascending id so the order follows the input.
std::vector<std::uint32_t> topologicalOrder(std::size_t n, const Lists& out, std::vector<std::uint32_t> indegree) {
    std::vector<std::uint32_t> order;
    order.reserve(n);
    for (std::uint32_t v = 0; v < n; ++v)
        if (indegree[v] == 0) order.push_back(v);
    for (std::size_t head = 0; head < order.size(); ++head)
        for (const std::uint32_t w : out[order[head]])
            if (--indegree[w] == 0) order.push_back(w);
    return order;
}

// Crossings between two adjacent layers: inversions among edge endpoints, counted with a Fenwick tree.
std::uint64_t bilayerCrossings(const std::vector<std::uint32_t>& upper, std::size_t lowerSize, const Lists& down,
                               const std::vector<std::uint32_t>& pos) {
    std::vector<std::uint32_t> ends;
    for (const std::uint32_t u : upper) {
        const std::size_t first = ends.size();
        for (const std::uint32_t w : down[u]) ends.push_back(pos[w]);
        std::sort(ends.begin() + static_cast<std::ptrdiff_t>(first), ends.end());
    }
    std::vector<std::uint32_t> tree(lowerSize + 1, 0);
    std::uint64_t crossings = 0, inserted = 0;
    for (const std::uint32_t e : ends) {
        std::uint64_t notAbove = 0;  // inserted ends at positions <= e
        for (std::size_t i = e + 1; i > 0; i -= i & (~i + 1)) notAbove += tree[i];
        crossings += inserted - notAbove;
        for (std::size_t i = e + 1; i <= lowerSize; i += i & (~i + 1)) ++tree[i];
        ++inserted;
    }
    return crossings;
}

std::uint64_t totalCrossings(const Lists& layers, const Lists& down, const std::vector<std::uint32_t>& pos) {
    std::uint64_t total = 0;
    for (std::size_t l = 0; l + 1 < layers.size(); ++l) total += bilayerCrossings(layers[l], layers[l + 1].size(), down, pos);
    return total;
}

// Closest non-decreasing fit (weighted pool adjacent violators): y minimising Σ w_i (y_i - t_i)².
std::vector<double> isotonicFit(const std::vector<double>& t, const std::vector<double>& w) {
    struct Block {
        double weightedSum, weight;
        std::size_t count;
        double mean() const { return weightedSum / weight; }
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < t.size(); ++i) {
        blocks.push_back({w[i] * t[i], w[i], 1});
        while (blocks.size() >= 2 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            const Block b = blocks.back();
            blocks.pop_back();
            blocks.back().weightedSum += b.weightedSum;
            blocks.back().weight += b.weight;
            blocks.back().count += b.count;
        }
    }
    std::vector<double> y;
    y.reserve(t.size());
    for (const auto& b : blocks) y.insert(y.end(), b.count, b.mean());
    return y;
}

}  // namespace

std::vector<std::uint32_t> assignLayers(const Subgraph& s) {
    const std::size_t n = s.size();
    Lists out(n), in(n);
    std::vector<std::uint32_t> indegree(n, 0);
    for (const auto& [a, b] : s.edges) {
        out[a].push_back(b);
        in[b].push_back(a);
        ++indegree[b];
    }
    const auto order = topologicalOrder(n, out, indegree);

    std::vector<std::int64_t> layer(n, 0);
    for (const std::uint32_t v : order)
        for (const std::uint32_t w : out[v]) layer[w] = std::max(layer[w], layer[v] + 1);

    // Longest-path layering pulls every source to the top. Moving a vertex within its slack towards
    // the side with more edges shortens the total span; each move strictly shortens it, so this ends.
    for (int round = 0; round < 20; ++round) {
        bool moved = false;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const std::uint32_t v = *it;
            if (out[v].empty() || out[v].size() <= in[v].size()) continue;
            std::int64_t target = INT64_MAX;
            for (const std::uint32_t w : out[v]) target = std::min(target, layer[w] - 1);
            if (target > layer[v]) layer[v] = target, moved = true;
        }
        for (const std::uint32_t v : order) {
            if (in[v].empty() || in[v].size() <= out[v].size()) continue;
            std::int64_t target = INT64_MIN;
            for (const std::uint32_t u : in[v]) target = std::max(target, layer[u] + 1);
            if (target < layer[v]) layer[v] = target, moved = true;
        }
        if (!moved) break;
    }

    // Renumber the used layers 0, 1, 2, … (a move may have emptied one).
    std::vector<std::int64_t> used(layer.begin(), layer.end());
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    std::vector<std::uint32_t> result(n);
    for (std::size_t v = 0; v < n; ++v)
        result[v] = static_cast<std::uint32_t>(std::lower_bound(used.begin(), used.end(), layer[v]) - used.begin());
    return result;
}

std::vector<graph::Point> layeredLayout(const Subgraph& s) {
    const std::size_t n = s.size();
    const std::vector<std::uint32_t> realLayer = assignLayers(s);
    const std::size_t layerCount = n == 0 ? 0 : *std::max_element(realLayer.begin(), realLayer.end()) + 1;

    // The proper graph: long edges become chains through dummy nodes, one per layer crossed, so
    // ordering and placement reserve a lane for them. Short long edges first, up to a budget that
    // keeps huge dense DAGs fast (an edge over budget is still drawn, just not routed).
    std::vector<std::uint32_t> layerOf(realLayer);
    std::vector<std::uint32_t> chainFrom, chainTo;  // per dummy (index node - n): the real ends
    Lists up(n), down(n);
    auto link = [&](std::uint32_t a, std::uint32_t b) {
        down[a].push_back(b);
        up[b].push_back(a);
    };
    std::vector<std::size_t> byspan(s.edges.size());
    std::iota(byspan.begin(), byspan.end(), std::size_t{0});
    auto span = [&](std::size_t e) { return realLayer[s.edges[e].second] - realLayer[s.edges[e].first]; };
    std::stable_sort(byspan.begin(), byspan.end(), [&](std::size_t a, std::size_t b) { return span(a) < span(b); });
    const std::size_t budget = 4 * (n + s.edges.size()) + 1000;
    for (const std::size_t e : byspan) {
        const auto [a, b] = s.edges[e];
        const std::uint32_t length = span(e);
        if (length == 1) {
            link(a, b);
            continue;
        }
        if (chainFrom.size() + length - 1 > budget) continue;
        std::uint32_t previous = a;
        for (std::uint32_t l = realLayer[a] + 1; l < realLayer[b]; ++l) {
            const auto dummy = static_cast<std::uint32_t>(layerOf.size());
            layerOf.push_back(l);
            chainFrom.push_back(a);
            chainTo.push_back(b);
            up.emplace_back();
            down.emplace_back();
            link(previous, dummy);
            previous = dummy;
        }
        link(previous, b);
    }
    const std::size_t nodeCount = layerOf.size();
    auto isDummy = [&](std::uint32_t v) { return v >= n; };

    // Initial order: depth-first from the top, so connected nodes start out near each other.
    Lists layers(layerCount);
    std::vector<std::uint32_t> pos(nodeCount, 0);
    {
        std::vector<bool> seen(nodeCount, false);
        std::vector<std::uint32_t> stack;
        for (std::uint32_t start = 0; start < nodeCount; ++start) {
            if (seen[start] || !up[start].empty()) continue;
            stack.push_back(start);
            seen[start] = true;
            while (!stack.empty()) {
                const std::uint32_t v = stack.back();
                stack.pop_back();
                pos[v] = static_cast<std::uint32_t>(layers[layerOf[v]].size());
                layers[layerOf[v]].push_back(v);
                for (auto it = down[v].rbegin(); it != down[v].rend(); ++it)
                    if (!seen[*it]) seen[*it] = true, stack.push_back(*it);
            }
        }
    }

    // Crossing reduction: barycentre sweeps down and up, keeping the best order seen.
    auto reorder = [&](std::vector<std::uint32_t>& layer, const Lists& toward) {
        std::vector<std::pair<double, std::uint32_t>> keyed;
        keyed.reserve(layer.size());
        for (const std::uint32_t v : layer) {
            double key = pos[v];
            if (!toward[v].empty()) {
                double sum = 0;
                for (const std::uint32_t w : toward[v]) sum += pos[w];
                key = sum / static_cast<double>(toward[v].size());
            }
            keyed.emplace_back(key, v);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < keyed.size(); ++i) {
            layer[i] = keyed[i].second;
            pos[layer[i]] = static_cast<std::uint32_t>(i);
        }
    };
    Lists best = layers;
    std::uint64_t bestCrossings = totalCrossings(layers, down, pos);
    for (int sweep = 0; sweep < kOrderingSweeps && bestCrossings > 0; ++sweep) {
        if (sweep % 2 == 0)
            for (std::size_t l = 1; l < layerCount; ++l) reorder(layers[l], up);
        else
            for (std::size_t l = layerCount - 1; l-- > 0;) reorder(layers[l], down);
        const std::uint64_t crossings = totalCrossings(layers, down, pos);
        if (crossings < bestCrossings) bestCrossings = crossings, best = layers;
    }
    layers = std::move(best);
    for (const auto& layer : layers)
        for (std::size_t i = 0; i < layer.size(); ++i) pos[layer[i]] = static_cast<std::uint32_t>(i);

    // Coordinates: start centred and evenly spaced, then let each node drift to where its edges
    // want it while keeping order and minimum gaps; each layer's step is the exact weighted
    // least-squares fit under those constraints. Edges are drawn straight, so a dummy wants to lie
    // on its edge's line and may slip past vertices to get there (the order of dummies was only
    // a guess at it): the gap it keeps is then the line's clearance from those vertices.
    std::vector<double> x(nodeCount, 0.0);
    auto gapBetween = [&](std::uint32_t a, std::uint32_t b) {
        const int dummies = int{isDummy(a)} + int{isDummy(b)};
        return dummies == 0 ? kVertexGap : dummies == 1 ? kDummyGap : kLaneGap;
    };
    for (const auto& layer : layers) {
        double cursor = 0;
        for (std::size_t i = 0; i < layer.size(); ++i) {
            x[layer[i]] = cursor;
            if (i + 1 < layer.size()) cursor += gapBetween(layer[i], layer[i + 1]);
        }
        for (const std::uint32_t v : layer) x[v] -= cursor / 2;
    }
    auto lineX = [&](std::uint32_t d) {
        const std::uint32_t a = chainFrom[d - n], b = chainTo[d - n];
        const double t = static_cast<double>(layerOf[d] - layerOf[a]) / (layerOf[b] - layerOf[a]);
        return x[a] + t * (x[b] - x[a]);
    };
    std::vector<std::pair<double, std::uint32_t>> keyed;
    std::vector<double> target, weight;
    for (int round = 0; round < kSmoothingRounds; ++round) {
        for (std::size_t k = 0; k < layerCount; ++k) {
            auto& layer = layers[round % 2 == 0 ? k : layerCount - 1 - k];
            keyed.clear();
            for (const std::uint32_t v : layer) keyed.emplace_back(isDummy(v) ? lineX(v) : x[v], v);
            std::stable_sort(keyed.begin(), keyed.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            target.assign(layer.size(), 0.0);
            weight.assign(layer.size(), 1.0);
            double offset = 0;
            for (std::size_t i = 0; i < layer.size(); ++i) {
                const std::uint32_t v = layer[i] = keyed[i].second;
                double want = keyed[i].first;
                const bool settling = round + kSettlingRounds >= kSmoothingRounds;
                if (isDummy(v)) {
                    weight[i] = settling ? kFixedWeight : kDummyWeight;
                } else if (!settling && (!up[v].empty() || !down[v].empty())) {
                    double sum = 0;
                    for (const std::uint32_t w : up[v]) sum += x[w];
                    for (const std::uint32_t w : down[v]) sum += x[w];
                    want = sum / static_cast<double>(up[v].size() + down[v].size());
                }
                if (i > 0) offset += gapBetween(layer[i - 1], v);
                target[i] = want - offset;
            }
            const std::vector<double> fitted = isotonicFit(target, weight);
            offset = 0;
            for (std::size_t i = 0; i < layer.size(); ++i) {
                if (i > 0) offset += gapBetween(layer[i - 1], layer[i]);
                x[layer[i]] = fitted[i] + offset;
            }
        }
    }

    std::vector<graph::Point> positions(n);
    for (std::uint32_t v = 0; v < n; ++v) positions[v] = {x[v], realLayer[v] * kSpacing};
    return positions;
}

}  // namespace stepwise::layout
