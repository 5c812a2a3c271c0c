#pragma once
// Small geometric steps shared by the layouts: measuring, normalising and de-overlapping points.
#include <span>
#include <utility>
#include <vector>

#include "core/graph/Graph.h"

namespace stepwise::layout {

/// Scene units between neighbours that every layout aims for (the GUI draws vertices ~16 in radius).
inline constexpr double kSpacing = 100.0;

struct Box {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

/// The bounding box of the points; all zero when there are none.
Box boundingBox(std::span<const graph::Point> points);

/// Moves the points so their bounding box starts at (x, y).
void moveTo(std::span<graph::Point> points, double x, double y);

/// Median length of the given index pairs, ignoring zero-length ones; 0 when there are none.
double medianLength(std::span<const graph::Point> points,
                    std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs);

/// Scales the points about the origin so the median of `pairs` becomes `target`; no-op if undefined.
void scaleMedianTo(std::span<graph::Point> points,
                   std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs, double target);

/// Pushes apart points closer than minDistance (> 0) until no pair is, moving each as little as it
/// can; where local pushes do not settle a crowd, the whole drawing is spread out a little first.
/// Coincident points are split in a fixed direction, so the result stays deterministic.
void separatePoints(std::span<graph::Point> points, double minDistance);

/// The median over points of the distance to their nearest other point; 0 for fewer than two points
/// or when more than half of them coincide with another.
double medianNearestDistance(std::span<const graph::Point> points);

/// The smallest distance between two of the points (infinity for fewer than two).
double minimumDistance(std::span<const graph::Point> points);

}  // namespace stepwise::layout
