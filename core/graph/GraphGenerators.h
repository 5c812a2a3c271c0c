#pragma once
// Seeded random graphs for exercises, tests and benchmarks. Every generator is a pure function of its
// options and seed (stepwise::Random), so the same seed gives the same graph on every platform.
// Weights are integers drawn uniformly from [minWeight, maxWeight] unless stated otherwise.
// Built for scale: a quarter million vertices and a million arcs take well under a second.
#include <cstdint>
#include <string>

#include "core/graph/Graph.h"

namespace stepwise::graph {

/// How generated vertices are named, in id order.
enum class Naming {
    Automatic,  ///< Letters when there are at most 26 vertices, numbered otherwise.
    Letters,    ///< A, B, ..., Z, AA, AB, ... (spreadsheet columns).
    Numbered,   ///< v0, v1, v2, ...
};

/// The name of vertex `index` among `count` vertices under `naming`.
std::string generatedName(std::size_t index, std::size_t count, Naming naming = Naming::Automatic);

/// G(n, m): `edges` edges between uniformly random distinct endpoints (never a self-loop).
/// Preconditions: vertices >= 2 when edges > 0; minWeight <= maxWeight; without multi-edges,
/// edges <= n(n-1) (directed) or n(n-1)/2 (undirected), where u->v and v->u are different arcs in a
/// digraph but the same edge in an undirected graph. Throws InputError otherwise.
struct RandomGraphOptions {
    std::size_t vertices = 10;
    std::size_t edges = 20;
    bool directed = true;
    bool multiEdges = false;
    std::int64_t minWeight = 1;
    std::int64_t maxWeight = 10;
    Naming naming = Naming::Automatic;
};
Graph randomGnm(const RandomGraphOptions& options, std::uint64_t seed);

/// A width x height grid, 4-neighbour. Vertex (column c, row r) has id r * width + c and position
/// (c * spacing, r * spacing). Undirected: one edge per neighbouring pair; directed: an arc each way.
/// With minWeight >= spacing, the straight-line (A*) heuristic is consistent.
/// Preconditions: minWeight <= maxWeight; spacing > 0 and finite. Throws InputError otherwise.
struct GridOptions {
    std::size_t width = 5;
    std::size_t height = 5;
    bool directed = false;
    std::int64_t minWeight = 1;
    std::int64_t maxWeight = 1;
    double spacing = 1.0;
    Naming naming = Naming::Automatic;
};
Graph gridGraph(const GridOptions& options, std::uint64_t seed = 0);

/// A random DAG: the vertices get a random rank (a permutation) and each of the `edges` edges goes
/// from the lower-ranked to the higher-ranked of two distinct random vertices, so it is acyclic and
/// the topological order is not simply the id order. Always directed.
/// Preconditions: vertices >= 2 when edges > 0; minWeight <= maxWeight; without multi-edges,
/// edges <= n(n-1)/2. Throws InputError otherwise.
struct DagOptions {
    std::size_t vertices = 10;
    std::size_t edges = 15;
    bool multiEdges = false;
    std::int64_t minWeight = 1;
    std::int64_t maxWeight = 10;
    Naming naming = Naming::Automatic;
};
Graph randomDag(const DagOptions& options, std::uint64_t seed);

/// A random geometric graph: `vertices` points uniform in [0, 100) x [0, 100), positions set.
/// Connects each pair closer than or at `radius` (when radius > 0), and each vertex to its
/// `nearest` nearest neighbours (when nearest > 0); both may be combined. Undirected: one edge per
/// connected pair. Directed: an arc each way for radius pairs, and u -> v for each v among u's
/// nearest. The weight is the Euclidean distance rounded up to 2 decimals (never below
/// std::hypot of the positions), so the straight-line A* heuristic is admissible and consistent.
/// Not necessarily connected. Preconditions: radius >= 0 and finite; nearest < vertices when
/// nearest > 0. Throws InputError otherwise.
struct GeometricOptions {
    std::size_t vertices = 20;
    double radius = 0;
    std::size_t nearest = 3;
    bool directed = false;
    Naming naming = Naming::Automatic;
};
Graph randomGeometric(const GeometricOptions& options, std::uint64_t seed);

/// `distance` rounded up to a multiple of 0.01 and never below it, as a double.
double roundUpToCents(double distance);

}  // namespace stepwise::graph
