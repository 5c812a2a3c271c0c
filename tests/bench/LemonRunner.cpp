#include "LemonRunner.h"

#include <lemon/bfs.h>
#include <lemon/connectivity.h>
#include <lemon/dijkstra.h>
#include <lemon/static_graph.h>

#include <limits>

namespace stepwise::bench {

using Digraph = lemon::StaticDigraph;

struct LemonRunner::Impl {
    Digraph graph;
    Digraph::ArcMap<double> weight{graph};
};

LemonRunner::LemonRunner(int vertices, const std::vector<std::pair<int, int>>& arcs,
                         const std::vector<double>& weights)
    : impl_(std::make_unique<Impl>()) {
    impl_->graph.build(vertices, arcs.begin(), arcs.end());
    for (std::size_t i = 0; i < weights.size(); ++i) impl_->weight[Digraph::arc(static_cast<int>(i))] = weights[i];
}

LemonRunner::~LemonRunner() = default;

int LemonRunner::vertexCount() const { return impl_->graph.nodeNum(); }
int LemonRunner::arcCount() const { return impl_->graph.arcNum(); }
int LemonRunner::head(int arc) const { return Digraph::index(impl_->graph.target(Digraph::arc(arc))); }

double LemonRunner::dijkstraOnce(int source, int probe) const {
    lemon::Dijkstra<Digraph, Digraph::ArcMap<double>> d(impl_->graph, impl_->weight);
    d.run(Digraph::node(source));
    const auto p = Digraph::node(probe);
    return d.reached(p) ? d.dist(p) : -1.0;
}

std::vector<double> LemonRunner::dijkstraDistances(int source) const {
    lemon::Dijkstra<Digraph, Digraph::ArcMap<double>> d(impl_->graph, impl_->weight);
    d.run(Digraph::node(source));
    std::vector<double> out(static_cast<std::size_t>(vertexCount()), std::numeric_limits<double>::infinity());
    for (int v = 0; v < vertexCount(); ++v)
        if (d.reached(Digraph::node(v))) out[static_cast<std::size_t>(v)] = d.dist(Digraph::node(v));
    return out;
}

int LemonRunner::bfsOnce(int source, int probe) const {
    lemon::Bfs<Digraph> b(impl_->graph);
    b.run(Digraph::node(source));
    const auto p = Digraph::node(probe);
    return b.reached(p) ? b.dist(p) : -1;
}

std::vector<int> LemonRunner::bfsDistances(int source) const {
    lemon::Bfs<Digraph> b(impl_->graph);
    b.run(Digraph::node(source));
    std::vector<int> out(static_cast<std::size_t>(vertexCount()), -1);
    for (int v = 0; v < vertexCount(); ++v)
        if (b.reached(Digraph::node(v))) out[static_cast<std::size_t>(v)] = b.dist(Digraph::node(v));
    return out;
}

int LemonRunner::topologicalSortOnce(int probe) const {
    Digraph::NodeMap<int> order(impl_->graph);
    lemon::topologicalSort(impl_->graph, order);
    return order[Digraph::node(probe)];
}

int LemonRunner::strongComponentsOnce() const {
    Digraph::NodeMap<int> component(impl_->graph);
    return lemon::stronglyConnectedComponents(impl_->graph, component);
}

std::vector<int> LemonRunner::topologicalPositions() const {
    Digraph::NodeMap<int> order(impl_->graph);
    lemon::topologicalSort(impl_->graph, order);
    std::vector<int> out(static_cast<std::size_t>(vertexCount()));
    for (int v = 0; v < vertexCount(); ++v) out[static_cast<std::size_t>(v)] = order[Digraph::node(v)];
    return out;
}

std::vector<int> LemonRunner::strongComponents(int& count) const {
    Digraph::NodeMap<int> component(impl_->graph);
    count = lemon::stronglyConnectedComponents(impl_->graph, component);
    std::vector<int> out(static_cast<std::size_t>(vertexCount()));
    for (int v = 0; v < vertexCount(); ++v) out[static_cast<std::size_t>(v)] = component[Digraph::node(v)];
    return out;
}

}  // namespace stepwise::bench
