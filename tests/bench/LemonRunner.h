#pragma once
// LEMON's searches behind a plain interface. LEMON 1.3.1's maps call std::allocator::construct,
// which C++20 removed, so LEMON is compiled in its own C++17 translation unit (LemonRunner.cpp)
// and the timed loop calls in once per run: LEMON's code is exactly as Debian ships it.
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace stepwise::bench {

/// A lemon::StaticDigraph with a double weight per arc. Arc i is the i-th pair given.
class LemonRunner {
public:
    /// Precondition: arcs are sorted by tail (StaticDigraph::build needs it), weights.size() == arcs.size().
    LemonRunner(int vertices, const std::vector<std::pair<int, int>>& arcs, const std::vector<double>& weights);
    ~LemonRunner();
    LemonRunner(const LemonRunner&) = delete;
    LemonRunner& operator=(const LemonRunner&) = delete;

    int vertexCount() const;
    int arcCount() const;
    int head(int arc) const;

    /// lemon::Dijkstra from source, default traits (binary heap); returns the distance of `probe`.
    double dijkstraOnce(int source, int probe) const;
    /// Every distance from source; infinity where unreached.
    std::vector<double> dijkstraDistances(int source) const;

    /// lemon::Bfs from source; returns the hop distance of `probe` (-1 unreached).
    int bfsOnce(int source, int probe) const;
    /// Every hop distance; -1 where unreached.
    std::vector<int> bfsDistances(int source) const;

    /// lemon::topologicalSort; returns the position of `probe`. Precondition: a DAG.
    int topologicalSortOnce(int probe) const;
    /// The position of each vertex in LEMON's topological order.
    std::vector<int> topologicalPositions() const;

    /// lemon::stronglyConnectedComponents; returns the number of components.
    int strongComponentsOnce() const;
    /// The component of each vertex; `count` receives the number of components.
    std::vector<int> strongComponents(int& count) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace stepwise::bench
