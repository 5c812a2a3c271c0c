#pragma once
// A bucket grid over a fixed set of points, for "who is near me" in O(1) expected per query.
// Cells are kept as sorted keys rather than a dense array, so a long thin layout costs no memory.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <span>
#include <vector>

#include "core/graph/Graph.h"

namespace stepwise::layout {

class PointGrid {
public:
    /// Buckets `points` into square cells of side `cell` (> 0). Moving a point later does not move it
    /// in the grid: rebuild the grid instead.
    PointGrid(std::span<const graph::Point> points, double cell) : cell_(cell) {
        if (points.empty()) return;
        minX_ = points[0].x;
        minY_ = points[0].y;
        for (const auto& p : points) {
            minX_ = std::min(minX_, p.x);
            minY_ = std::min(minY_, p.y);
        }
        std::vector<std::uint64_t> pointKeys(points.size());
        for (std::size_t i = 0; i < points.size(); ++i) pointKeys[i] = keyOf(points[i]);
        items_.resize(points.size());
        std::iota(items_.begin(), items_.end(), std::uint32_t{0});
        std::sort(items_.begin(), items_.end(), [&](std::uint32_t a, std::uint32_t b) {
            return pointKeys[a] != pointKeys[b] ? pointKeys[a] < pointKeys[b] : a < b;
        });
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const std::uint64_t k = pointKeys[items_[i]];
            if (keys_.empty() || keys_.back() != k) {
                keys_.push_back(k);
                starts_.push_back(static_cast<std::uint32_t>(i));
            }
        }
        starts_.push_back(static_cast<std::uint32_t>(items_.size()));
    }

    /// Calls f(j) for every point j in the 3×3 cells around p: a superset of the points within
    /// `cell` of p (p itself included when it is one of the points).
    template <class F>
    void forEachNear(graph::Point p, F&& f) const {
        if (keys_.empty()) return;
        const std::int64_t cx = cellX(p.x), cy = cellY(p.y);
        for (std::int64_t x = cx - 1; x <= cx + 1; ++x) {
            if (x < 0 || x > kMaxCell) continue;
            const std::uint64_t lo = pack(x, std::max<std::int64_t>(cy - 1, 0));
            const std::uint64_t hi = pack(x, std::min<std::int64_t>(cy + 1, kMaxCell));
            auto it = std::lower_bound(keys_.begin(), keys_.end(), lo);
            for (; it != keys_.end() && *it <= hi; ++it) {
                const auto c = static_cast<std::size_t>(it - keys_.begin());
                for (std::uint32_t i = starts_[c]; i < starts_[c + 1]; ++i) f(items_[i]);
            }
        }
    }

private:
    static constexpr std::int64_t kMaxCell = (std::int64_t{1} << 31) - 1;

    std::int64_t clampCell(double c) const {
        return static_cast<std::int64_t>(std::clamp(std::floor(c), 0.0, static_cast<double>(kMaxCell)));
    }
    std::int64_t cellX(double x) const { return clampCell((x - minX_) / cell_); }
    std::int64_t cellY(double y) const { return clampCell((y - minY_) / cell_); }
    static std::uint64_t pack(std::int64_t x, std::int64_t y) {
        return (static_cast<std::uint64_t>(x) << 32) | static_cast<std::uint64_t>(y);
    }
    std::uint64_t keyOf(graph::Point p) const { return pack(cellX(p.x), cellY(p.y)); }

    double cell_;
    double minX_ = 0, minY_ = 0;
    std::vector<std::uint64_t> keys_;    // occupied cells, ascending
    std::vector<std::uint32_t> starts_;  // items_ of keys_[c] are [starts_[c], starts_[c+1])
    std::vector<std::uint32_t> items_;   // point indices grouped by cell
};

}  // namespace stepwise::layout
