#include "core/layout/LayoutGeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/layout/PointGrid.h"

namespace stepwise::layout {

using graph::Point;

Box boundingBox(std::span<const Point> points) {
    if (points.empty()) return {};
    Box box{points[0].x, points[0].y, points[0].x, points[0].y};
    for (const auto& p : points) {
        box.minX = std::min(box.minX, p.x);
        box.minY = std::min(box.minY, p.y);
        box.maxX = std::max(box.maxX, p.x);
        box.maxY = std::max(box.maxY, p.y);
    }
    return box;
}

void moveTo(std::span<Point> points, double x, double y) {
    const Box box = boundingBox(points);
    for (auto& p : points) {
        p.x += x - box.minX;
        p.y += y - box.minY;
    }
}

double medianLength(std::span<const Point> points, std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs) {
    std::vector<double> lengths;
    lengths.reserve(pairs.size());
    for (const auto& [a, b] : pairs) {
        const double d = std::hypot(points[a].x - points[b].x, points[a].y - points[b].y);
        if (d > 0) lengths.push_back(d);
    }
    if (lengths.empty()) return 0;
    const auto mid = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
    std::nth_element(lengths.begin(), mid, lengths.end());
    return *mid;
}

void scaleMedianTo(std::span<Point> points, std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs,
                   double target) {
    const double median = medianLength(points, pairs);
    if (!(median > 0) || !std::isfinite(median)) return;
    const double s = target / median;
    for (auto& p : points) {
        p.x *= s;
        p.y *= s;
    }
}

void separatePoints(std::span<Point> points, double minDistance) {
    const std::size_t n = points.size();
    if (n < 2) return;
    // Local pushes settle sparse overlaps (twins, a crowded hub) within a few rounds. A region too
    // crowded to settle locally is given room by spreading the whole drawing a little, then retried.
    constexpr int kRoundsPerTry = 100;
    constexpr int kTries = 40;
    for (int attempt = 0; attempt < kTries; ++attempt) {
        for (int round = 0; round < kRoundsPerTry; ++round) {
            const std::vector<Point> frozen(points.begin(), points.end());
            const PointGrid grid(frozen, minDistance);
            bool moved = false;
            for (std::uint32_t i = 0; i < n; ++i) {
                grid.forEachNear(frozen[i], [&](std::uint32_t j) {
                    if (j <= i) return;
                    double dx = points[j].x - points[i].x, dy = points[j].y - points[i].y;
                    const double d2 = dx * dx + dy * dy;
                    if (d2 >= minDistance * minDistance) return;
                    const double d = std::sqrt(d2);
                    if (d == 0) {
                        // A direction that depends only on the pair, so reruns agree.
                        const double angle = 2.399963 * (i + 1) + 0.7 * j;
                        dx = std::cos(angle);
                        dy = std::sin(angle);
                    } else {
                        dx /= d;
                        dy /= d;
                    }
                    // Slightly more than half the overlap each, so a pair settles at once.
                    const double amount = 0.51 * (minDistance - d);
                    points[i].x -= dx * amount;
                    points[i].y -= dy * amount;
                    points[j].x += dx * amount;
                    points[j].y += dy * amount;
                    moved = true;
                });
            }
            if (!moved) return;
        }
        double cx = 0, cy = 0;
        for (const auto& p : points) cx += p.x, cy += p.y;
        cx /= static_cast<double>(n);
        cy /= static_cast<double>(n);
        for (auto& p : points) p = {cx + 1.15 * (p.x - cx), cy + 1.15 * (p.y - cy)};
    }
}

double medianNearestDistance(std::span<const Point> points) {
    const std::size_t n = points.size();
    if (n < 2) return 0;
    const Box box = boundingBox(points);
    double cell = std::max(box.width(), box.height()) / std::sqrt(static_cast<double>(n));
    if (!(cell > 0)) return 0;
    // Nearest distances found within one cell are exact; once more than half the points have
    // one, the median is among them.
    for (;; cell *= 2) {
        const PointGrid grid(points, cell);
        std::vector<double> nearest;
        for (std::uint32_t i = 0; i < n; ++i) {
            double best = std::numeric_limits<double>::infinity();
            grid.forEachNear(points[i], [&](std::uint32_t j) {
                if (j != i) best = std::min(best, std::hypot(points[j].x - points[i].x, points[j].y - points[i].y));
            });
            if (best <= cell) nearest.push_back(best);
        }
        if (2 * nearest.size() <= n) continue;
        std::sort(nearest.begin(), nearest.end());
        return nearest[n / 2];
    }
}

double minimumDistance(std::span<const Point> points) {
    double best = std::numeric_limits<double>::infinity();
    if (points.size() < 2) return best;
    // Probe with a growing cell until some pair falls within it; then the grid answers exactly.
    const Box box = boundingBox(points);
    double cell = std::max(box.width(), box.height()) / std::sqrt(static_cast<double>(points.size()));
    if (!(cell > 0)) return 0;
    for (;; cell *= 2) {
        const PointGrid grid(points, cell);
        for (std::uint32_t i = 0; i < points.size(); ++i)
            grid.forEachNear(points[i], [&](std::uint32_t j) {
                if (j > i) best = std::min(best, std::hypot(points[j].x - points[i].x, points[j].y - points[i].y));
            });
        if (best <= cell) return best;
    }
}

}  // namespace stepwise::layout
