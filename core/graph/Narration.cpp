#include "core/graph/Narration.h"

#include <cmath>
#include <cstdio>

namespace stepwise::graph {

std::string formatNumber(double value) {
    if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
    if (value == std::floor(value) && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string arcLabel(const Graph& g, ArcId arc) {
    return g.name(g.tail(arc)) + (g.directed() ? "→" : "–") + g.name(g.head(arc));
}

}  // namespace stepwise::graph
