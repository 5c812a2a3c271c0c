#include "core/layout/ComponentPacking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stepwise::layout {

std::vector<graph::Point> packComponents(std::span<const Box> boxes, double gap) {
    const std::size_t n = boxes.size();
    std::vector<graph::Point> corners(n);
    if (n == 0) return corners;

    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (boxes[a].height() != boxes[b].height()) return boxes[a].height() > boxes[b].height();
        return boxes[a].width() > boxes[b].width();
    });

    double area = 0, widest = 0;
    for (const auto& b : boxes) {
        area += (b.width() + gap) * (b.height() + gap);
        widest = std::max(widest, b.width() + gap);
    }
    // Screens are wider than tall: aim for about 4:3.
    const double rowWidth = std::max(widest, std::sqrt(area * 4.0 / 3.0));

    double x = 0, y = 0, rowHeight = 0;
    for (const std::size_t i : order) {
        const double w = boxes[i].width() + gap, h = boxes[i].height() + gap;
        if (x > 0 && x + w > rowWidth) {
            x = 0;
            y += rowHeight;
            rowHeight = 0;
        }
        corners[i] = {x, y};
        x += w;
        rowHeight = std::max(rowHeight, h);
    }
    return corners;
}

}  // namespace stepwise::layout
