#pragma once
// Depth-first search with discovery/finish times and edge kinds, iterative (an explicit stack, so a
// path of 250k vertices does not overflow the call stack). Written once over a tracer.
#include <cstdint>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"

namespace stepwise::graph {

struct DfsResult {
    std::vector<std::uint32_t> discovered;  // discovery time; one clock ticks on every discovery and finish
    std::vector<std::uint32_t> finished;    // finish time
    std::vector<EdgeMark> edgeKinds;        // per edge id: Tree, Back, Forward or Cross
    std::vector<VertexId> order;            // finish order
    std::vector<ArcId> parent;              // arc into the vertex on the DFS forest, or none for a root
};

/// DFS from `source` first (when it is not none), then from every still unseen vertex in id order, so
/// every vertex gets times. Arcs of a vertex in id order. Edge kinds: directed graphs use all four;
/// undirected graphs only Tree and Back, each edge classified the first time it is walked (the way
/// back along a tree edge, or a back edge seen from the ancestor's side, is only examined).
/// Events: Enter{v, arc} (arc none for a root), MarkEdge{edge, None, kind} before the Enter a tree
/// edge leads to, Examine{arc} for an already classified undirected edge, Finish{v}.
/// Replays against GraphState::initial(g, FrontierOrder::Lifo); the frontier is the DFS stack.
template <class Tracer>
DfsResult dfs(const Graph& g, VertexId source, Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    DfsResult r;
    r.discovered.assign(n, none);
    r.finished.assign(n, none);
    r.edgeKinds.assign(g.edgeCount(), EdgeMark::None);
    r.parent.assign(n, none);
    r.order.reserve(n);
    const auto heads = g.heads();
    const auto offsets = g.offsets();
    const bool directed = g.directed();
    std::vector<ArcId> nextArc(offsets.begin(), offsets.end() - 1);
    std::vector<VertexId> stack;
    std::uint32_t clock = 0;

    auto enter = [&](VertexId v, ArcId via) {
        r.discovered[v] = clock++;
        r.parent[v] = via;
        stack.push_back(v);
        if constexpr (Tracer::enabled) tracer.emit(event::Enter{v, via});
    };
    auto visitFrom = [&](VertexId root) {
        enter(root, none);
        while (!stack.empty()) {
            const VertexId u = stack.back();
            if (nextArc[u] == offsets[u + 1]) {
                stack.pop_back();
                r.finished[u] = clock++;
                r.order.push_back(u);
                if constexpr (Tracer::enabled) tracer.emit(event::Finish{u});
                continue;
            }
            const ArcId a = nextArc[u]++;
            const VertexId v = heads[a];
            const EdgeId e = g.edgeOf(a);
            if (!directed && r.edgeKinds[e] != EdgeMark::None) {
                if constexpr (Tracer::enabled) tracer.emit(event::Examine{a});
                continue;
            }
            EdgeMark kind;
            if (r.discovered[v] == none)
                kind = EdgeMark::Tree;
            else if (!directed || r.finished[v] == none)
                kind = EdgeMark::Back;
            else
                kind = r.discovered[u] < r.discovered[v] ? EdgeMark::Forward : EdgeMark::Cross;
            r.edgeKinds[e] = kind;
            if constexpr (Tracer::enabled) tracer.emit(event::MarkEdge{e, EdgeMark::None, kind});
            if (kind == EdgeMark::Tree) enter(v, a);
        }
    };

    if (source != none) visitFrom(source);
    for (VertexId v = 0; v < n; ++v)
        if (r.discovered[v] == none) visitFrom(v);
    return r;
}

}  // namespace stepwise::graph
