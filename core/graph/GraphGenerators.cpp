#include "core/graph/GraphGenerators.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

#include "core/common/InputError.h"
#include "core/trace/Random.h"

namespace stepwise::graph {

std::string generatedName(std::size_t index, std::size_t count, Naming naming) {
    if (naming == Naming::Automatic) naming = count <= 26 ? Naming::Letters : Naming::Numbered;
    if (naming == Naming::Numbered) return "v" + std::to_string(index);
    std::string name;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) name += static_cast<char>('A' + (n - 1) % 26);
    std::reverse(name.begin(), name.end());
    return name;
}

double roundUpToCents(double distance) {
    // The smallest k with k / 100 >= distance: distance * 100 may round either way across an integer.
    double cents = std::ceil(distance * 100.0);
    while (cents / 100.0 < distance) cents += 1.0;
    while ((cents - 1.0) / 100.0 >= distance) cents -= 1.0;
    return cents / 100.0;
}

namespace {

void require(bool condition, const std::string& message) {
    if (!condition) throw InputError(message);
}

void requireWeights(std::int64_t minWeight, std::int64_t maxWeight) {
    require(minWeight <= maxWeight, "the minimum weight " + std::to_string(minWeight) +
                                        " is above the maximum weight " + std::to_string(maxWeight));
}

GraphBuilder namedVertices(std::size_t n, bool directed, std::size_t edges, Naming naming) {
    GraphBuilder b(directed);
    b.reserve(n, edges);
    for (std::size_t i = 0; i < n; ++i) b.vertex(generatedName(i, n, naming));
    return b;
}

double drawWeight(Random& random, std::int64_t lo, std::int64_t hi) {
    return lo == hi ? static_cast<double>(lo) : static_cast<double>(random.between(lo, hi));
}

/// An insert-only open-addressing set of 64-bit keys: a million inserts in a few tens of
/// milliseconds, several times faster than std::unordered_set, which matters for benchmark-sized graphs.
class PairSet {
  public:
    explicit PairSet(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < expected * 2) capacity *= 2;
        slots_.assign(capacity, 0);
        mask_ = capacity - 1;
    }
    /// True when `key` was not there yet.
    bool insert(std::uint64_t key) {
        const std::uint64_t stored = key + 1;  // 0 marks an empty slot
        for (std::size_t i = (stored * 0x9E3779B97F4A7C15ULL) >> 20 & mask_;; i = (i + 1) & mask_) {
            if (slots_[i] == stored) return false;
            if (slots_[i] == 0) {
                slots_[i] = stored;
                return true;
            }
        }
    }

  private:
    std::vector<std::uint64_t> slots_;
    std::size_t mask_ = 0;
};

/// Calls emit(a, b) `count` times with a != b in [0, n). Without multi-edges no pair repeats, where
/// (a, b) and (b, a) are the same pair unless `ordered`. Precondition: enough pairs exist.
template <class Emit>
void samplePairs(Random& random, std::size_t n, std::size_t count, bool ordered, bool multi, Emit emit) {
    const std::uint64_t total = ordered ? std::uint64_t{n} * (n - 1) : std::uint64_t{n} * (n - 1) / 2;
    auto draw = [&] {
        const auto a = random.below(n);
        auto b = random.below(n - 1);
        if (b >= a) ++b;  // uniform over the other n - 1 vertices
        return std::pair{a, b};
    };
    if (multi) {
        for (std::size_t i = 0; i < count; ++i) {
            const auto [a, b] = draw();
            emit(a, b);
        }
        return;
    }
    if (count * 2 > total) {
        // Dense: rejection would stall near the end, so pick from the list of all pairs instead.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
        pairs.reserve(total);
        for (std::uint32_t a = 0; a < n; ++a)
            for (std::uint32_t b = ordered ? 0 : a + 1; b < n; ++b)
                if (a != b) pairs.emplace_back(a, b);
        for (std::size_t i = 0; i < count; ++i) {
            std::swap(pairs[i], pairs[i + random.below(pairs.size() - i)]);
            emit(pairs[i].first, pairs[i].second);
        }
        return;
    }
    PairSet seen(count);
    for (std::size_t i = 0; i < count;) {
        const auto [a, b] = draw();
        const std::uint64_t key = ordered ? a * n + b : std::min(a, b) * n + std::max(a, b);
        if (!seen.insert(key)) continue;
        emit(a, b);
        ++i;
    }
}

std::uint64_t pairCount(std::size_t n, bool ordered) {
    return n < 2 ? 0 : (ordered ? std::uint64_t{n} * (n - 1) : std::uint64_t{n} * (n - 1) / 2);
}

}  // namespace

Graph randomGnm(const RandomGraphOptions& o, std::uint64_t seed) {
    requireWeights(o.minWeight, o.maxWeight);
    require(o.edges == 0 || o.vertices >= 2,
            "a random graph with edges needs at least 2 vertices (no self-loops)");
    require(o.multiEdges || o.edges <= pairCount(o.vertices, o.directed),
            "a simple " + std::string(o.directed ? "digraph" : "graph") + " on " +
                std::to_string(o.vertices) + " vertices has at most " +
                std::to_string(pairCount(o.vertices, o.directed)) + " edges, not " + std::to_string(o.edges));
    Random random(seed);
    GraphBuilder b = namedVertices(o.vertices, o.directed, o.edges, o.naming);
    samplePairs(random, o.vertices, o.edges, o.directed, o.multiEdges, [&](std::uint64_t u, std::uint64_t v) {
        b.addEdge(static_cast<VertexId>(u), static_cast<VertexId>(v),
                  drawWeight(random, o.minWeight, o.maxWeight));
    });
    return std::move(b).build();
}

Graph gridGraph(const GridOptions& o, std::uint64_t seed) {
    requireWeights(o.minWeight, o.maxWeight);
    require(o.spacing > 0 && std::isfinite(o.spacing), "the grid spacing must be a positive number");
    Random random(seed);
    const std::size_t n = o.width * o.height;
    const std::size_t pairs =
        (o.width ? o.width - 1 : 0) * o.height + (o.height ? o.height - 1 : 0) * o.width;
    GraphBuilder b = namedVertices(n, o.directed, pairs * (o.directed ? 2 : 1), o.naming);
    for (std::size_t r = 0; r < o.height; ++r)
        for (std::size_t c = 0; c < o.width; ++c)
            b.setPosition(static_cast<VertexId>(r * o.width + c),
                          {static_cast<double>(c) * o.spacing, static_cast<double>(r) * o.spacing});
    auto link = [&](std::size_t u, std::size_t v) {
        const auto a = static_cast<VertexId>(u), z = static_cast<VertexId>(v);
        b.addEdge(a, z, drawWeight(random, o.minWeight, o.maxWeight));
        if (o.directed) b.addEdge(z, a, drawWeight(random, o.minWeight, o.maxWeight));
    };
    for (std::size_t r = 0; r < o.height; ++r)
        for (std::size_t c = 0; c < o.width; ++c) {
            const std::size_t u = r * o.width + c;
            if (c + 1 < o.width) link(u, u + 1);
            if (r + 1 < o.height) link(u, u + o.width);
        }
    return std::move(b).build();
}

Graph randomDag(const DagOptions& o, std::uint64_t seed) {
    requireWeights(o.minWeight, o.maxWeight);
    require(o.edges == 0 || o.vertices >= 2, "a DAG with edges needs at least 2 vertices");
    require(o.multiEdges || o.edges <= pairCount(o.vertices, false),
            "a simple DAG on " + std::to_string(o.vertices) + " vertices has at most " +
                std::to_string(pairCount(o.vertices, false)) + " edges, not " + std::to_string(o.edges));
    Random random(seed);
    std::vector<VertexId> byRank(o.vertices);
    std::iota(byRank.begin(), byRank.end(), VertexId{0});
    for (std::size_t i = o.vertices; i > 1; --i) std::swap(byRank[i - 1], byRank[random.below(i)]);
    GraphBuilder b = namedVertices(o.vertices, true, o.edges, o.naming);
    samplePairs(random, o.vertices, o.edges, false, o.multiEdges, [&](std::uint64_t i, std::uint64_t j) {
        b.addEdge(byRank[std::min(i, j)], byRank[std::max(i, j)],
                  drawWeight(random, o.minWeight, o.maxWeight));
    });
    return std::move(b).build();
}

namespace {

/// Points bucketed into square cells, for neighbourhood queries in about constant time per point.
class PointGrid {
  public:
    PointGrid(const std::vector<Point>& points, double extent, std::size_t cellsPerSide)
        : side_(std::max<std::size_t>(1, cellsPerSide)),
          cell_(extent / static_cast<double>(side_)),
          start_(side_ * side_ + 1, 0),
          members_(points.size()) {
        for (const auto& p : points) ++start_[cellOf(p) + 1];
        std::partial_sum(start_.begin(), start_.end(), start_.begin());
        std::vector<std::uint32_t> next(start_.begin(), start_.end() - 1);
        for (std::uint32_t i = 0; i < points.size(); ++i) members_[next[cellOf(points[i])]++] = i;
    }

    double cellSize() const { return cell_; }
    std::size_t side() const { return side_; }
    std::size_t column(double x) const { return clampCell(x); }

    /// Calls visit(i) for every point in the cells at Chebyshev distance exactly `ring` from (cx, cy).
    template <class Visit>
    void ring(std::size_t cx, std::size_t cy, std::size_t ring, Visit visit) const {
        const auto lo = [](std::size_t c, std::size_t r) {
            return static_cast<std::ptrdiff_t>(c) - static_cast<std::ptrdiff_t>(r);
        };
        for (std::ptrdiff_t y = lo(cy, ring); y <= static_cast<std::ptrdiff_t>(cy + ring); ++y)
            for (std::ptrdiff_t x = lo(cx, ring); x <= static_cast<std::ptrdiff_t>(cx + ring); ++x) {
                const bool onRing = y == lo(cy, ring) || y == static_cast<std::ptrdiff_t>(cy + ring) ||
                                    x == lo(cx, ring) || x == static_cast<std::ptrdiff_t>(cx + ring);
                if (!onRing || x < 0 || y < 0 || x >= static_cast<std::ptrdiff_t>(side_) ||
                    y >= static_cast<std::ptrdiff_t>(side_))
                    continue;
                const std::size_t cell = static_cast<std::size_t>(y) * side_ + static_cast<std::size_t>(x);
                for (std::uint32_t k = start_[cell]; k < start_[cell + 1]; ++k) visit(members_[k]);
            }
    }

  private:
    std::size_t clampCell(double v) const {
        const double c = std::floor(v / cell_);
        return c < 0 ? 0 : std::min(side_ - 1, static_cast<std::size_t>(c));
    }
    std::size_t cellOf(const Point& p) const { return clampCell(p.y) * side_ + clampCell(p.x); }

    std::size_t side_;
    double cell_;
    std::vector<std::uint32_t> start_;
    std::vector<std::uint32_t> members_;
};

constexpr double kExtent = 100.0;

}  // namespace

Graph randomGeometric(const GeometricOptions& o, std::uint64_t seed) {
    require(o.radius >= 0 && std::isfinite(o.radius), "the radius must be a non-negative number");
    require(o.nearest == 0 || o.nearest < o.vertices,
            "each vertex can have at most " + std::to_string(o.vertices ? o.vertices - 1 : 0) +
                " nearest neighbours, not " + std::to_string(o.nearest));
    Random random(seed);
    const std::size_t n = o.vertices;
    std::vector<Point> points(n);
    for (auto& p : points) {
        p.x = random.uniform(0, kExtent);
        p.y = random.uniform(0, kExtent);
    }
    const auto distance = [&](std::uint32_t a, std::uint32_t b) {
        return std::hypot(points[a].x - points[b].x, points[a].y - points[b].y);
    };
    // Squared distances rank and filter without hypot's cost; hypot decides the border and the weight.
    const auto squared = [&](std::uint32_t a, std::uint32_t b) {
        const double dx = points[a].x - points[b].x, dy = points[a].y - points[b].y;
        return dx * dx + dy * dy;
    };
    const double radiusSquared = o.radius * o.radius * (1 + 1e-9);
    std::vector<std::pair<double, std::uint32_t>> found;
    // About two points per cell keeps both queries cheap.
    const auto side = static_cast<std::size_t>(std::sqrt(static_cast<double>(n) / 2.0)) + 1;
    const PointGrid grid(points, kExtent, side);

    // Connected pairs as keys u * n + v (u < v when undirected), sorted at the end so the edge order
    // does not depend on how the search visited them.
    std::vector<std::uint64_t> keys;
    const auto add = [&](std::uint32_t u, std::uint32_t v) {
        if (!o.directed && u > v) std::swap(u, v);
        keys.push_back(std::uint64_t{u} * n + v);
    };
    for (std::uint32_t u = 0; u < n; ++u) {
        const std::size_t cx = grid.column(points[u].x), cy = grid.column(points[u].y);
        if (o.radius > 0) {
            const auto rings = static_cast<std::size_t>(std::ceil(o.radius / grid.cellSize()));
            for (std::size_t r = 0; r <= std::min(rings, grid.side()); ++r)
                grid.ring(cx, cy, r, [&](std::uint32_t v) {
                    if (v == u || squared(u, v) > radiusSquared || distance(u, v) > o.radius) return;
                    if (u < v) add(u, v);
                    if (o.directed && u < v) add(v, u);
                });
        }
        if (o.nearest > 0) {
            // Grow rings until the k-th candidate is nearer than anything an unvisited ring can hold.
            found.clear();
            for (std::size_t r = 0; r <= grid.side(); ++r) {
                grid.ring(cx, cy, r, [&](std::uint32_t v) {
                    if (v != u) found.emplace_back(squared(u, v), v);
                });
                if (found.size() >= o.nearest) {
                    std::nth_element(found.begin(),
                                     found.begin() + static_cast<std::ptrdiff_t>(o.nearest - 1), found.end());
                    const double reach = static_cast<double>(r) * grid.cellSize();
                    if (found[o.nearest - 1].first <= reach * reach) break;
                }
            }
            std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(o.nearest),
                              found.end());
            for (std::size_t i = 0; i < o.nearest; ++i) add(u, found[i].second);
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    GraphBuilder b = namedVertices(n, o.directed, keys.size(), o.naming);
    for (std::uint32_t v = 0; v < n; ++v) b.setPosition(v, points[v]);
    for (const std::uint64_t key : keys) {
        const auto u = static_cast<std::uint32_t>(key / n), v = static_cast<std::uint32_t>(key % n);
        b.addEdge(u, v, roundUpToCents(distance(u, v)));
    }
    return std::move(b).build();
}

}  // namespace stepwise::graph
