#pragma once
// Topological sort of a directed graph, by Kahn's algorithm and by DFS finish times. On a cycle
// neither throws: the result names the cycle instead and the order is empty (a partial order would
// be easy to mistake for an answer). Written once over a tracer.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"

namespace stepwise::graph {

struct TopologicalOrder {
    std::vector<VertexId> order;  // every vertex, each arc's tail before its head; empty on a cycle
    std::optional<std::vector<VertexId>> cycle;  // when there is no order: v0→v1→…→v0 (v0 not repeated)
};

/// Throws InputError("topological sort needs a directed graph") for an undirected graph.
void requireDirected(const Graph& g);

/// The arcs of one cycle among the vertices with remaining[v] > 0, in walking order, where remaining[v]
/// counts the arcs into v from such vertices (Kahn's leftover in-degrees). Precondition: some
/// remaining[v] > 0.
std::vector<ArcId> cycleAmongRemaining(const Graph& g, const std::vector<std::uint32_t>& remaining);

/// Emits the events that show a cycle: Note(CycleFound, closing arc = arcs.back(), length), then per
/// arc SetStatus(tail, old, Highlighted) and MarkEdge(edge, None, Cycle). `statusOf(v)` is v's status
/// in the replayed state just before.
template <class Tracer, class StatusOf>
void emitCycle(const Graph& g, const std::vector<ArcId>& arcs, Tracer& tracer, StatusOf statusOf) {
    tracer.emit(
        event::Note{event::NoteKind::CycleFound, arcs.back(), static_cast<std::uint32_t>(arcs.size())});
    for (ArcId a : arcs) {
        tracer.emit(event::SetStatus{g.tail(a), statusOf(g.tail(a)), VertexStatus::Highlighted});
        tracer.emit(event::MarkEdge{g.edgeOf(a), EdgeMark::None, EdgeMark::Cycle});
    }
}

/// Kahn: zero in-degree vertices enter a FIFO queue in id order; dequeuing u appends it to the order
/// and removes its arcs, queuing heads whose in-degree drops to zero. Vertices left over lie on or
/// behind a cycle; one cycle among them is reported.
/// Events: Push{v} per zero in-degree vertex, Settle{u, Frontier} per dequeue, Decrement{arc} per
/// arc; on a cycle the emitCycle events. Replays against GraphState::initial(g, Fifo) with
/// distance[v] = in-degree of v (see kahnInitialState).
/// Precondition: g is directed.
template <class Tracer>
TopologicalOrder kahnTopologicalSort(const Graph& g, Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    const auto heads = g.heads();
    const auto offsets = g.offsets();
    TopologicalOrder r;
    std::vector<std::uint32_t> indegree(n, 0);
    for (VertexId v : heads) ++indegree[v];
    r.order.reserve(n);  // doubles as the queue: [next, size) is waiting
    for (VertexId v = 0; v < n; ++v)
        if (indegree[v] == 0) {
            r.order.push_back(v);
            if constexpr (Tracer::enabled) tracer.emit(event::Push{v});
        }
    for (std::size_t next = 0; next < r.order.size(); ++next) {
        const VertexId u = r.order[next];
        if constexpr (Tracer::enabled) tracer.emit(event::Settle{u, VertexStatus::Frontier});
        for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
            const VertexId v = heads[a];
            if constexpr (Tracer::enabled) tracer.emit(event::Decrement{a});
            if (--indegree[v] == 0) {
                r.order.push_back(v);
                if constexpr (Tracer::enabled) tracer.emit(event::Push{v});
            }
        }
    }
    if (r.order.size() < n) {
        const auto arcs = cycleAmongRemaining(g, indegree);
        if constexpr (Tracer::enabled)
            emitCycle(g, arcs, tracer, [](VertexId) { return VertexStatus::Unseen; });
        std::vector<VertexId> cycle;
        cycle.reserve(arcs.size());
        for (ArcId a : arcs) cycle.push_back(g.tail(a));
        r.cycle = std::move(cycle);
        r.order.clear();
    }
    return r;
}

/// The state Kahn's trace replays against: distance[v] holds v's in-degree.
GraphState kahnInitialState(const Graph& g);

/// DFS over every vertex in id order (arcs in id order); a finished vertex goes in front of the order
/// (the order is the reverse finish order). Stops at the first back edge u→v: the cycle is the DFS
/// stack from v up to u.
/// Events: Enter{v, arc} (arc none for a root), Examine{arc} for an arc to a black vertex, Finish{v};
/// on a cycle the emitCycle events. Replays against GraphState::initial(g, Lifo); the state's order is
/// the finish order, the reverse of the result's.
/// Precondition: g is directed.
template <class Tracer>
TopologicalOrder dfsTopologicalSort(const Graph& g, Tracer& tracer) {
    enum : std::uint8_t { kWhite, kGrey, kBlack };
    const std::size_t n = g.vertexCount();
    const auto heads = g.heads();
    const auto offsets = g.offsets();
    TopologicalOrder r;
    std::vector<std::uint8_t> colour(n, kWhite);
    std::vector<ArcId> nextArc(offsets.begin(), offsets.end() - 1);
    std::vector<VertexId> stack;
    std::vector<ArcId> via;  // via[i]: the arc that led to stack[i]
    r.order.reserve(n);

    for (VertexId root = 0; root < n; ++root) {
        if (colour[root] != kWhite) continue;
        colour[root] = kGrey;
        stack.push_back(root);
        via.push_back(none);
        if constexpr (Tracer::enabled) tracer.emit(event::Enter{root, none});
        while (!stack.empty()) {
            const VertexId u = stack.back();
            if (nextArc[u] == offsets[u + 1]) {
                colour[u] = kBlack;
                stack.pop_back();
                via.pop_back();
                r.order.push_back(u);
                if constexpr (Tracer::enabled) tracer.emit(event::Finish{u});
                continue;
            }
            const ArcId a = nextArc[u]++;
            const VertexId v = heads[a];
            if (colour[v] == kWhite) {
                colour[v] = kGrey;
                stack.push_back(v);
                via.push_back(a);
                if constexpr (Tracer::enabled) tracer.emit(event::Enter{v, a});
            } else if (colour[v] == kGrey) {
                // A back edge: the stack from v up to u plus u→v is a cycle.
                std::size_t first = stack.size() - 1;
                while (stack[first] != v) --first;
                std::vector<ArcId> arcs(via.begin() + static_cast<std::ptrdiff_t>(first) + 1, via.end());
                arcs.push_back(a);
                if constexpr (Tracer::enabled)
                    emitCycle(g, arcs, tracer, [](VertexId) { return VertexStatus::Frontier; });
                r.cycle =
                    std::vector<VertexId>(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
                r.order.clear();
                return r;
            } else if constexpr (Tracer::enabled) {
                tracer.emit(event::Examine{a});
            }
        }
    }
    std::reverse(r.order.begin(), r.order.end());
    return r;
}

}  // namespace stepwise::graph
