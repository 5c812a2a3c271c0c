#include "core/layout/LayoutGeometry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/layout/ComponentPacking.h"
#include "core/layout/PointGrid.h"
#include "core/trace/Random.h"

namespace stepwise::layout {
namespace {

using graph::Point;

std::vector<Point> randomPoints(Random& rng, std::size_t n, double side) {
    std::vector<Point> points(n);
    for (auto& p : points) p = {rng.uniform(0, side), rng.uniform(0, side)};
    return points;
}

double bruteMinimumDistance(const std::vector<Point>& points) {
    double best = INFINITY;
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            best = std::min(best, std::hypot(points[i].x - points[j].x, points[i].y - points[j].y));
    return best;
}

}  // namespace

TEST(PointGrid, FindsEveryPointWithinOneCell) {
    Random rng(51);
    for (int round = 0; round < 20; ++round) {
        const auto points = randomPoints(rng, 1 + rng.below(200), rng.uniform(1, 2000));
        const double cell = rng.uniform(5, 300);
        const PointGrid grid(points, cell);
        for (std::size_t i = 0; i < points.size(); ++i) {
            std::set<std::uint32_t> found;
            grid.forEachNear(points[i], [&](std::uint32_t j) { EXPECT_TRUE(found.insert(j).second); });
            for (std::uint32_t j = 0; j < points.size(); ++j)
                if (std::hypot(points[i].x - points[j].x, points[i].y - points[j].y) <= cell) {
                    EXPECT_TRUE(found.count(j)) << i << " misses " << j;
                }
        }
    }
}

TEST(LayoutGeometry, MinimumDistanceMatchesBruteForce) {
    Random rng(52);
    for (int round = 0; round < 30; ++round) {
        auto points = randomPoints(rng, 2 + rng.below(300), rng.uniform(1, 5000));
        if (round % 5 == 0) points.push_back(points[0]);  // a coincident pair
        EXPECT_DOUBLE_EQ(minimumDistance(points), bruteMinimumDistance(points));
    }
}

TEST(LayoutGeometry, SeparationLeavesNoPairTooClose) {
    Random rng(53);
    for (int round = 0; round < 20; ++round) {
        const std::size_t n = 2 + rng.below(300);
        // Crowded: about a third of the room the points need, and some exact duplicates.
        auto points = randomPoints(rng, n, std::sqrt(static_cast<double>(n)) * 25);
        for (std::size_t i = 0; i < n / 10; ++i) points[rng.below(n)] = points[rng.below(n)];
        separatePoints(points, 40);
        EXPECT_GE(bruteMinimumDistance(points), 40 - 1e-9);
    }
}

TEST(ComponentPacking, BoxesKeepTheirGapAndFormARoughSquare) {
    Random rng(54);
    for (int round = 0; round < 30; ++round) {
        std::vector<Box> boxes(1 + rng.below(60));
        double area = 0;
        for (auto& b : boxes) {
            b = {0, 0, rng.chance(0.3) ? 0 : rng.uniform(0, 900), rng.chance(0.3) ? 0 : rng.uniform(0, 600)};
            area += (b.width() + 100) * (b.height() + 100);
        }
        const auto corners = packComponents(boxes, 100);
        double right = 0, bottom = 0;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            right = std::max(right, corners[i].x + boxes[i].width() + 100);
            bottom = std::max(bottom, corners[i].y + boxes[i].height() + 100);
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                const bool apart = corners[i].x + boxes[i].width() + 100 <= corners[j].x + 1e-9 ||
                                   corners[j].x + boxes[j].width() + 100 <= corners[i].x + 1e-9 ||
                                   corners[i].y + boxes[i].height() + 100 <= corners[j].y + 1e-9 ||
                                   corners[j].y + boxes[j].height() + 100 <= corners[i].y + 1e-9;
                EXPECT_TRUE(apart) << i << " and " << j;
            }
        }
        EXPECT_LE(right * bottom, 3.0 * area);
    }
}

}  // namespace stepwise::layout
