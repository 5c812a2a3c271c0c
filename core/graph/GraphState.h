#pragma once
// Everything a graph view shows at one step. Views render this; they never look inside an algorithm.
#include <cstdint>
#include <limits>
#include <set>
#include <utility>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"

namespace stepwise::graph {

inline constexpr double unreached = std::numeric_limits<double>::infinity();

/// How the frontier is ordered: a queue, a stack, or a priority queue by distance (plus h for A*).
enum class FrontierOrder : std::uint8_t { Fifo, Lifo, ByDistance, ByDistancePlusHeuristic };
/// What a relaxation sets: dist[tail] + w (shortest paths) or w alone (Prim's key).
enum class RelaxRule : std::uint8_t { AddWeight, WeightOnly };

struct GraphState {
    const Graph* graph = nullptr;
    FrontierOrder frontierOrder = FrontierOrder::Fifo;
    RelaxRule relaxRule = RelaxRule::AddWeight;
    bool finishKeepsOnStack = false;  // Tarjan: a finished vertex stays on the stack until its SCC pops
    bool assignPops = false;          // Tarjan: assigning a component pops the vertex off the stack

    std::vector<VertexStatus> status;
    std::vector<double> distance;           // shortest-path distance, BFS hops, Prim key, Kahn in-degree
    std::vector<ArcId> parent;              // the arc that last improved the vertex, or none
    std::vector<std::uint32_t> discovered;  // DFS discovery time / Tarjan index, or none
    std::vector<std::uint32_t> finished;    // DFS finish time, or none
    std::vector<std::uint32_t> low;         // Tarjan low-link, or none
    std::vector<std::uint32_t> group;       // component id or union-find parent, or none
    std::vector<double> heuristic;          // A*: h(v); empty otherwise
    std::vector<EdgeMark> edgeMark;         // per edge id

    /// The frontier in the order it will be served: (key, vertex).
    std::set<std::pair<double, VertexId>> frontier;
    std::vector<double> frontierKey;  // the key each vertex was inserted with
    std::uint32_t pushes = 0;         // insertions so far (FIFO/LIFO keys)
    std::uint32_t clock = 0;          // DFS time
    std::vector<VertexId> order;      // settle / finish order

    /// A fresh state for `g`: everything unseen, no distances, empty frontier.
    static GraphState initial(const Graph& g, FrontierOrder order, RelaxRule rule = RelaxRule::AddWeight);

    bool inFrontier(VertexId v) const { return frontier.count({frontierKey[v], v}) != 0; }
    /// Exact equality of everything a view can show (for round-trip tests).
    friend bool operator==(const GraphState& a, const GraphState& b);
};

/// The area the timeline needs: apply and revert a graph event.
struct GraphArea {
    using State = GraphState;
    using Event = GraphEvent;
    static void apply(State& s, const Event& e, const GraphTrace& t);
    static void revert(State& s, const Event& e, const GraphTrace& t);
};

}  // namespace stepwise::graph
