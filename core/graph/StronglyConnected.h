#pragma once
// Strongly connected components by Tarjan (one DFS with low-links) and by Kosaraju (a DFS for finish
// times, then a search of the reversed graph in reverse finish order). Both iterative. On an
// undirected graph the components are the connected components. Written once over a tracer.
#include <cstdint>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"

namespace stepwise::graph {

struct SccResult {
    /// Per vertex, its component id: 0, 1, … in the order the algorithm completed them (Tarjan: a
    /// reverse topological order of the condensation; Kosaraju: a topological order).
    std::vector<std::uint32_t> component;
    std::uint32_t count = 0;
};

/// The components as lists, in a form both methods agree on: each list in increasing vertex id,
/// lists ordered by their smallest vertex id.
std::vector<std::vector<VertexId>> componentLists(const SccResult& r);

/// Tarjan, roots in id order, arcs in id order. Events: Enter{v, arc} (index = discovery time), per
/// arc to an indexed vertex on the stack with a smaller index SetLow{u, old, index[v]}, otherwise
/// Examine{arc}; Finish{u}; then if low[u] = index[u] Assign{w, none, id} for every vertex popped
/// (u last); then SetLow{parent, old, low[u]} when that lowers the parent's low-link.
/// Replays against GraphState::initial(g, Lifo) with finishKeepsOnStack and assignPops set
/// (tarjanInitialState): the frontier is Tarjan's stack. One clock counts discoveries and finishes.
template <class Tracer>
SccResult tarjanScc(const Graph& g, Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    const auto heads = g.heads();
    const auto offsets = g.offsets();
    SccResult r;
    r.component.assign(n, none);
    // index and low side by side: each arc reads both for its head, one cache line instead of two.
    // A vertex assigned to a component gets low = none, which is how "on the stack" is told.
    struct Link {
        std::uint32_t index = none;
        std::uint32_t low = none;
    };
    std::vector<Link> link(n);
    std::vector<ArcId> nextArc(offsets.begin(), offsets.end() - 1);
    std::vector<VertexId> calls;  // the simulated recursion
    std::vector<VertexId> stack;  // Tarjan's stack: visited, not yet in a component
    std::uint32_t clock = 0;

    auto enter = [&](VertexId v, ArcId via) {
        link[v].index = link[v].low = clock++;
        calls.push_back(v);
        stack.push_back(v);
        if constexpr (Tracer::enabled) tracer.emit(event::Enter{v, via});
    };
    for (VertexId root = 0; root < n; ++root) {
        if (link[root].index != none) continue;
        enter(root, none);
        while (!calls.empty()) {
            const VertexId u = calls.back();
            if (nextArc[u] != offsets[u + 1]) {
                const ArcId a = nextArc[u]++;
                const VertexId v = heads[a];
                const Link head = link[v];
                if (head.index == none) {
                    enter(v, a);
                } else if (head.low != none && head.index < link[u].low) {
                    if constexpr (Tracer::enabled) tracer.emit(event::SetLow{u, link[u].low, head.index});
                    link[u].low = head.index;
                } else if constexpr (Tracer::enabled) {
                    // On the stack but no lower: the low-link line still ran (a Note, not an Examine).
                    if (head.low != none) tracer.emit(event::Note{event::NoteKind::LowStays, a, 0});
                    else tracer.emit(event::Examine{a});
                }
                continue;
            }
            calls.pop_back();
            ++clock;
            if constexpr (Tracer::enabled) tracer.emit(event::Finish{u});
            const std::uint32_t lowU = link[u].low;
            if (lowU == link[u].index) {
                VertexId w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    r.component[w] = r.count;
                    link[w].low = none;
                    if constexpr (Tracer::enabled) tracer.emit(event::Assign{w, none, r.count});
                } while (w != u);
                ++r.count;
            } else {
                // u stays on the stack, so its parent (which is on it too) may learn a lower low-link.
                const VertexId p = calls.back();
                if (lowU < link[p].low) {
                    if constexpr (Tracer::enabled) tracer.emit(event::SetLow{p, link[p].low, lowU});
                    link[p].low = lowU;
                }
            }
        }
    }
    return r;
}

/// Kosaraju. Pass 1: DFS over g, roots and arcs in id order, recording finish order; events
/// Enter{v, arc}, Examine{arc} for an arc to a seen vertex, Finish{v}. Then Note(Pass, 2, 0).
/// Pass 2: vertices in reverse finish order; each one without a component starts a new one
/// (Note(Info, root, id), Assign{root, none, id}) and a search of the reversed arcs collects everything
/// that reaches it; events Assign{v, none, id}, and
/// MarkEdge{edge, None, Tree} before the Assign of a vertex reached through that edge (pass 2 emits
/// no arc ids, so its events replay against the state of the original graph).
/// Replays against GraphState::initial(g, Lifo).
template <class Tracer>
SccResult kosarajuScc(const Graph& g, Tracer& tracer) {
    const std::size_t n = g.vertexCount();
    const std::size_t m = g.arcCount();
    const auto heads = g.heads();
    const auto offsets = g.offsets();
    SccResult r;
    r.component.assign(n, none);

    // Pass 1.
    std::vector<std::uint8_t> seen(n, 0);
    std::vector<ArcId> nextArc(offsets.begin(), offsets.end() - 1);
    std::vector<VertexId> stack;
    std::vector<VertexId> finishOrder;
    finishOrder.reserve(n);
    for (VertexId root = 0; root < n; ++root) {
        if (seen[root]) continue;
        seen[root] = 1;
        stack.push_back(root);
        if constexpr (Tracer::enabled) tracer.emit(event::Enter{root, none});
        while (!stack.empty()) {
            const VertexId u = stack.back();
            if (nextArc[u] == offsets[u + 1]) {
                stack.pop_back();
                finishOrder.push_back(u);
                if constexpr (Tracer::enabled) tracer.emit(event::Finish{u});
                continue;
            }
            const ArcId a = nextArc[u]++;
            const VertexId v = heads[a];
            if (!seen[v]) {
                seen[v] = 1;
                stack.push_back(v);
                if constexpr (Tracer::enabled) tracer.emit(event::Enter{v, a});
            } else if constexpr (Tracer::enabled) {
                tracer.emit(event::Examine{a});
            }
        }
    }
    if constexpr (Tracer::enabled) tracer.emit(event::Note{event::NoteKind::Pass, 2, 0});

    // The reversed arcs in CSR form (cheaper than Graph::reversed(), which copies names too).
    std::vector<ArcId> reverseOffsets(n + 1, 0);
    for (VertexId v : heads) ++reverseOffsets[v + 1];
    for (std::size_t v = 0; v < n; ++v) reverseOffsets[v + 1] += reverseOffsets[v];
    std::vector<VertexId> reverseHeads(m);
    std::vector<EdgeId> reverseEdges;  // only the trace needs edge ids
    if constexpr (Tracer::enabled) reverseEdges.resize(m);
    {
        std::vector<ArcId> fill(reverseOffsets.begin(), reverseOffsets.end() - 1);
        for (VertexId u = 0; u < n; ++u)
            for (ArcId a = offsets[u], end = offsets[u + 1]; a < end; ++a) {
                const ArcId k = fill[heads[a]]++;
                reverseHeads[k] = u;
                if constexpr (Tracer::enabled) reverseEdges[k] = g.edgeOf(a);
            }
    }

    // Pass 2.
    for (std::size_t i = n; i-- > 0;) {
        const VertexId root = finishOrder[i];
        if (r.component[root] != none) continue;
        r.component[root] = r.count;
        if constexpr (Tracer::enabled) {
            tracer.emit(event::Note{event::NoteKind::Info, root, r.count});
            tracer.emit(event::Assign{root, none, r.count});
        }
        stack.push_back(root);
        while (!stack.empty()) {
            const VertexId u = stack.back();
            stack.pop_back();
            for (ArcId k = reverseOffsets[u], end = reverseOffsets[u + 1]; k < end; ++k) {
                const VertexId w = reverseHeads[k];
                if (r.component[w] != none) continue;
                r.component[w] = r.count;
                if constexpr (Tracer::enabled) {
                    tracer.emit(event::MarkEdge{reverseEdges[k], EdgeMark::None, EdgeMark::Tree});
                    tracer.emit(event::Assign{w, none, r.count});
                }
                stack.push_back(w);
            }
        }
        ++r.count;
    }
    return r;
}

/// The state Tarjan's trace replays against (finished vertices stay on the stack until assigned).
GraphState tarjanInitialState(const Graph& g);

}  // namespace stepwise::graph
