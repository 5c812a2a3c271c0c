#include <cassert>

#include "core/graph/GraphState.h"

namespace stepwise::graph {
namespace {

double keyFor(GraphState& s, VertexId v) {
    switch (s.frontierOrder) {
        case FrontierOrder::Fifo: return static_cast<double>(s.pushes++);
        case FrontierOrder::Lifo: return -static_cast<double>(s.pushes++);
        case FrontierOrder::ByDistance: return s.distance[v];
        case FrontierOrder::ByDistancePlusHeuristic: return s.distance[v] + s.heuristic[v];
    }
    return 0;
}

void insert(GraphState& s, VertexId v) {
    s.frontierKey[v] = keyFor(s, v);
    s.frontier.insert({s.frontierKey[v], v});
}

/// Undoes insert(): the last insertion of a FIFO/LIFO frontier gave back its counter.
void uninsert(GraphState& s, VertexId v) {
    s.frontier.erase({s.frontierKey[v], v});
    if (s.frontierOrder == FrontierOrder::Fifo || s.frontierOrder == FrontierOrder::Lifo) --s.pushes;
}

bool removeIfPresent(GraphState& s, VertexId v) { return s.frontier.erase({s.frontierKey[v], v}) != 0; }
void reinsert(GraphState& s, VertexId v) { s.frontier.insert({s.frontierKey[v], v}); }

double relaxedDistance(const GraphState& s, ArcId arc) {
    const Graph& g = *s.graph;
    return s.relaxRule == RelaxRule::AddWeight ? s.distance[g.tail(arc)] + g.weight(arc) : g.weight(arc);
}

/// Re-key a vertex whose distance changed while it sits in a priority frontier.
void setDistance(GraphState& s, VertexId v, double d) {
    const bool keyed = s.frontierOrder == FrontierOrder::ByDistance ||
                       s.frontierOrder == FrontierOrder::ByDistancePlusHeuristic;
    const bool present = keyed && removeIfPresent(s, v);
    s.distance[v] = d;
    if (present) insert(s, v);
}

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;  // clang 14 has no aggregate deduction yet (the asan build)

}  // namespace

GraphState GraphState::initial(const Graph& g, FrontierOrder order, RelaxRule rule) {
    GraphState s;
    const std::size_t n = g.vertexCount();
    s.graph = &g;
    s.frontierOrder = order;
    s.relaxRule = rule;
    s.status.assign(n, VertexStatus::Unseen);
    s.distance.assign(n, unreached);
    s.parent.assign(n, none);
    s.discovered.assign(n, none);
    s.finished.assign(n, none);
    s.low.assign(n, none);
    s.group.assign(n, none);
    s.frontierKey.assign(n, 0.0);
    s.edgeMark.assign(g.edgeCount(), EdgeMark::None);
    return s;
}

bool operator==(const GraphState& a, const GraphState& b) {
    return a.graph == b.graph && a.status == b.status && a.distance == b.distance && a.parent == b.parent &&
           a.discovered == b.discovered && a.finished == b.finished && a.low == b.low && a.group == b.group &&
           a.edgeMark == b.edgeMark && a.frontier == b.frontier && a.pushes == b.pushes && a.clock == b.clock &&
           a.order == b.order;
}

void GraphArea::apply(State& s, const Event& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    std::visit(Overloaded{
                   [&](const event::Start& x) {
                       s.distance[x.v] = 0;
                       s.status[x.v] = VertexStatus::Frontier;
                       insert(s, x.v);
                   },
                   [&](const event::Push& x) {
                       s.status[x.v] = VertexStatus::Frontier;
                       insert(s, x.v);
                   },
                   [&](const event::Settle& x) {
                       removeIfPresent(s, x.v);
                       s.status[x.v] = VertexStatus::Done;
                       s.order.push_back(x.v);
                   },
                   [&](const event::Relax& x) {
                       const VertexId v = g.head(x.arc);
                       const double d = relaxedDistance(s, x.arc);
                       s.parent[v] = x.arc;
                       if (s.status[v] == VertexStatus::Unseen) {
                           s.status[v] = VertexStatus::Frontier;
                           s.distance[v] = d;
                           insert(s, v);
                       } else {
                           setDistance(s, v, d);
                       }
                   },
                   [&](const event::Examine&) {},
                   [&](const event::Discover& x) {
                       const VertexId v = g.head(x.arc);
                       s.distance[v] = s.distance[g.tail(x.arc)] + 1;
                       s.parent[v] = x.arc;
                       s.status[v] = VertexStatus::Frontier;
                       insert(s, v);
                   },
                   [&](const event::Enter& x) {
                       s.parent[x.v] = x.arc;
                       s.discovered[x.v] = s.clock++;
                       s.low[x.v] = s.discovered[x.v];
                       s.status[x.v] = VertexStatus::Frontier;
                       insert(s, x.v);
                   },
                   [&](const event::Finish& x) {
                       s.status[x.v] = VertexStatus::Done;
                       s.finished[x.v] = s.clock++;
                       s.order.push_back(x.v);
                       if (!s.finishKeepsOnStack) removeIfPresent(s, x.v);
                   },
                   [&](const event::MarkEdge& x) { s.edgeMark[x.edge] = x.mark; },
                   [&](const event::SetStatus& x) { s.status[x.v] = x.status; },
                   [&](const event::SetLow& x) { s.low[x.v] = x.low; },
                   [&](const event::Assign& x) {
                       s.group[x.v] = x.group;
                       if (s.assignPops) removeIfPresent(s, x.v);
                   },
                   [&](const event::Decrement& x) { s.distance[g.head(x.arc)] -= 1; },
                   [&](const event::Note&) {},
               },
               e);
}

void GraphArea::revert(State& s, const Event& e, const GraphTrace& t) {
    const Graph& g = *s.graph;
    std::visit(Overloaded{
                   [&](const event::Start& x) {
                       uninsert(s, x.v);
                       s.status[x.v] = VertexStatus::Unseen;
                       s.distance[x.v] = unreached;
                   },
                   [&](const event::Push& x) {
                       uninsert(s, x.v);
                       s.status[x.v] = VertexStatus::Unseen;
                   },
                   [&](const event::Settle& x) {
                       s.order.pop_back();
                       s.status[x.v] = x.old;
                       if (x.old == VertexStatus::Frontier) reinsert(s, x.v);
                   },
                   [&](const event::Relax& x) {
                       const VertexId v = g.head(x.arc);
                       s.parent[v] = x.oldParent;
                       if (x.oldDistance == trace::noValue) {
                           uninsert(s, v);
                           s.status[v] = VertexStatus::Unseen;
                           s.distance[v] = unreached;
                       } else if (x.oldDistance == event::viaOldParent) {
                           setDistance(s, v, relaxedDistance(s, x.oldParent));
                       } else {
                           setDistance(s, v, t.values[x.oldDistance]);
                       }
                   },
                   [&](const event::Examine&) {},
                   [&](const event::Discover& x) {
                       const VertexId v = g.head(x.arc);
                       uninsert(s, v);
                       s.distance[v] = unreached;
                       s.parent[v] = none;
                       s.status[v] = VertexStatus::Unseen;
                   },
                   [&](const event::Enter& x) {
                       uninsert(s, x.v);
                       --s.clock;
                       s.parent[x.v] = none;
                       s.discovered[x.v] = none;
                       s.low[x.v] = none;
                       s.status[x.v] = VertexStatus::Unseen;
                   },
                   [&](const event::Finish& x) {
                       if (!s.finishKeepsOnStack) reinsert(s, x.v);
                       s.order.pop_back();
                       --s.clock;
                       s.finished[x.v] = none;
                       s.status[x.v] = VertexStatus::Frontier;
                   },
                   [&](const event::MarkEdge& x) { s.edgeMark[x.edge] = x.old; },
                   [&](const event::SetStatus& x) { s.status[x.v] = x.old; },
                   [&](const event::SetLow& x) { s.low[x.v] = x.old; },
                   [&](const event::Assign& x) {
                       s.group[x.v] = x.old;
                       if (s.assignPops) reinsert(s, x.v);
                   },
                   [&](const event::Decrement& x) { s.distance[g.head(x.arc)] += 1; },
                   [&](const event::Note&) {},
               },
               e);
}

}  // namespace stepwise::graph
