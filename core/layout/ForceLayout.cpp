#include "core/layout/ForceLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/layout/LayoutGeometry.h"
#include "core/layout/PointGrid.h"
#include "core/trace/Random.h"

namespace stepwise::layout {

using graph::Point;

namespace {

constexpr std::size_t kPivotCount = 50;
constexpr std::size_t kStressLimit = 600;  // exact stress is O(n²) per round: fine up to here
constexpr double kMinSeparation = 0.4 * kSpacing;

// Pivot MDS (Brandes & Pich): classical scaling of the distances to a few far-apart pivots.
// O(pivots × edges), and it gets the global shape right where forces from random starts fold.
std::vector<Point> pivotMds(const Adjacency& adj, Random& rng) {
    const std::size_t n = adj.offsets.size() - 1;
    const std::size_t k = std::min(n, kPivotCount);
    std::vector<double> c(k * n);  // c[p * n + i]: squared distance, then double-centred
    std::vector<std::uint32_t> nearest(n, std::numeric_limits<std::uint32_t>::max());
    auto pivot = static_cast<std::uint32_t>(rng.below(n));
    for (std::size_t p = 0; p < k; ++p) {
        const auto dist = hopDistances(adj, pivot);
        for (std::size_t i = 0; i < n; ++i) {
            const double d = dist[i] * kSpacing;
            c[p * n + i] = d * d;
            nearest[i] = std::min(nearest[i], dist[i]);
        }
        pivot = static_cast<std::uint32_t>(std::max_element(nearest.begin(), nearest.end()) - nearest.begin());
    }

    std::vector<double> rowMean(n, 0.0), colMean(k, 0.0);
    double grand = 0;
    for (std::size_t p = 0; p < k; ++p)
        for (std::size_t i = 0; i < n; ++i) {
            rowMean[i] += c[p * n + i] / static_cast<double>(k);
            colMean[p] += c[p * n + i] / static_cast<double>(n);
        }
    for (const double m : colMean) grand += m / static_cast<double>(k);
    for (std::size_t p = 0; p < k; ++p)
        for (std::size_t i = 0; i < n; ++i) c[p * n + i] = -0.5 * (c[p * n + i] - rowMean[i] - colMean[p] + grand);

    // The two leading eigenvectors of CᵀC by power iteration (the second kept orthogonal to the first).
    std::vector<double> m(k * k, 0.0);
    for (std::size_t p = 0; p < k; ++p)
        for (std::size_t q = p; q < k; ++q) {
            double sum = 0;
            for (std::size_t i = 0; i < n; ++i) sum += c[p * n + i] * c[q * n + i];
            m[p * k + q] = m[q * k + p] = sum;
        }
    std::vector<double> v1(k), v2(k), tmp(k);
    for (auto& v : v1) v = rng.uniform(-1, 1);
    for (auto& v : v2) v = rng.uniform(-1, 1);
    auto multiply = [&](std::vector<double>& v) {
        for (std::size_t p = 0; p < k; ++p) {
            double sum = 0;
            for (std::size_t q = 0; q < k; ++q) sum += m[p * k + q] * v[q];
            tmp[p] = sum;
        }
        v.swap(tmp);
    };
    auto normalise = [](std::vector<double>& v) {
        double norm = 0;
        for (const double x : v) norm += x * x;
        norm = std::sqrt(norm);
        if (norm > 1e-300)
            for (double& x : v) x /= norm;
    };
    normalise(v1);
    for (int it = 0; it < 100; ++it) {
        multiply(v1);
        normalise(v1);
        multiply(v2);
        double dot = 0;
        for (std::size_t p = 0; p < k; ++p) dot += v1[p] * v2[p];
        for (std::size_t p = 0; p < k; ++p) v2[p] -= dot * v1[p];
        normalise(v2);
    }

    std::vector<Point> pos(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t p = 0; p < k; ++p) {
            pos[i].x += c[p * n + i] * v1[p];
            pos[i].y += c[p * n + i] * v2[p];
        }
    return pos;
}

// Stress majorisation with weights d⁻² (as in neato), updating in place vertex by vertex.
void majoriseStress(std::vector<Point>& pos, const Adjacency& adj) {
    const std::size_t n = pos.size();
    std::vector<float> target(n * n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const auto dist = hopDistances(adj, i);
        for (std::size_t j = 0; j < n; ++j) target[i * n + j] = static_cast<float>(dist[j] * kSpacing);
    }
    // Small graphs get many rounds (they must look tidy); big ones as many as ~2·10⁷ pair steps allow.
    const auto rounds = static_cast<int>(std::clamp(2e7 / static_cast<double>(n * n), 40.0, 500.0));
    for (int round = 0; round < rounds; ++round) {
        double largestMove = 0;
        for (std::size_t i = 0; i < n; ++i) {
            double sx = 0, sy = 0, sw = 0;
            const float* row = &target[i * n];
            for (std::size_t j = 0; j < n; ++j) {
                if (j == i) continue;
                const double d = row[j];
                const double w = 1.0 / (d * d);
                const double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
                const double len = std::sqrt(dx * dx + dy * dy);
                sx += w * pos[j].x;
                sy += w * pos[j].y;
                if (len > 1e-9) {
                    sx += w * d * dx / len;
                    sy += w * d * dy / len;
                }
                sw += w;
            }
            const Point next{sx / sw, sy / sw};
            largestMove = std::max(largestMove, std::abs(next.x - pos[i].x) + std::abs(next.y - pos[i].y));
            pos[i] = next;
        }
        if (largestMove < 0.01) break;
    }
}

// Fruchterman–Reingold with repulsion cut off at 2k and found through a grid: O(n) per round.
// Starts cool, because Pivot MDS already gave the shape; it only untangles the neighbourhoods.
void refineWithForces(std::vector<Point>& pos, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
    const std::size_t n = pos.size();
    constexpr double k = kSpacing;
    constexpr double reach = 2 * k;
    constexpr int rounds = 50;
    std::vector<Point> disp(n);
    for (int round = 0; round < rounds; ++round) {
        const double temperature = k * (0.5 * (1.0 - round / static_cast<double>(rounds)) + 0.02);
        std::fill(disp.begin(), disp.end(), Point{});
        const PointGrid grid(pos, reach);
        for (std::uint32_t i = 0; i < n; ++i) {
            grid.forEachNear(pos[i], [&](std::uint32_t j) {
                if (j == i) return;
                double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
                double d2 = dx * dx + dy * dy;
                if (d2 >= reach * reach) return;
                if (d2 < 1e-6) {  // coincident: split them along a direction fixed by the pair
                    dx = i < j ? 1.0 : -1.0;
                    dy = 0.0;
                    d2 = 1.0;
                }
                const double f = k * k / d2;  // direction × k²/d
                disp[i].x += dx * f;
                disp[i].y += dy * f;
            });
        }
        for (const auto& [a, b] : edges) {
            const double dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
            const double f = std::sqrt(dx * dx + dy * dy) / k;  // direction × d²/k
            disp[a].x -= dx * f;
            disp[a].y -= dy * f;
            disp[b].x += dx * f;
            disp[b].y += dy * f;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const double len = std::sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y);
            if (len <= 0) continue;
            const double step = std::min(len, temperature) / len;
            pos[i].x += disp[i].x * step;
            pos[i].y += disp[i].y * step;
        }
    }
}

// Turns the drawing so its widest spread runs horizontally, as screens are wider than tall.
void alignPrincipalAxis(std::vector<Point>& pos) {
    double mx = 0, my = 0;
    for (const auto& p : pos) mx += p.x, my += p.y;
    mx /= static_cast<double>(pos.size());
    my /= static_cast<double>(pos.size());
    double sxx = 0, syy = 0, sxy = 0;
    for (const auto& p : pos) {
        sxx += (p.x - mx) * (p.x - mx);
        syy += (p.y - my) * (p.y - my);
        sxy += (p.x - mx) * (p.y - my);
    }
    const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy);
    const double c = std::cos(-angle), s = std::sin(-angle);
    for (auto& p : pos) {
        const double x = p.x - mx, y = p.y - my;
        p = {c * x - s * y, s * x + c * y};
    }
}

}  // namespace

std::vector<Point> forceLayout(const Subgraph& s, std::uint64_t seed) {
    const std::size_t n = s.size();
    if (n == 0) return {};
    if (n == 1) return {Point{}};
    if (n == 2) return {Point{}, Point{kSpacing, 0}};

    Random rng(seed);
    const Adjacency adj = undirectedAdjacency(s);
    std::vector<Point> pos = pivotMds(adj, rng);
    scaleMedianTo(pos, s.edges, kSpacing);
    // Vertices with equal distances to every pivot (twins) coincide after MDS: nudge them apart.
    for (auto& p : pos) {
        p.x += rng.uniform(-0.05, 0.05) * kSpacing;
        p.y += rng.uniform(-0.05, 0.05) * kSpacing;
    }

    if (n <= kStressLimit)
        majoriseStress(pos, adj);
    else
        refineWithForces(pos, s.edges);

    scaleMedianTo(pos, s.edges, kSpacing);
    alignPrincipalAxis(pos);
    separatePoints(pos, kMinSeparation);
    return pos;
}

}  // namespace stepwise::layout
