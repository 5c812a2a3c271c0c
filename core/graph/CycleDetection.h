#pragma once
// Cycle detection by DFS: in a directed graph a back edge, in an undirected graph any edge that is
// not the tree edge to the parent (a self-loop or a second edge between two vertices counts: they are
// cycles of a multigraph). Iterative, written once over a tracer.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/graph/Graph.h"
#include "core/graph/GraphEvent.h"
#include "core/graph/GraphState.h"
#include "core/graph/TopologicalSort.h"

namespace stepwise::graph {

struct CycleResult {
    std::optional<std::vector<VertexId>> cycle;  // v0→v1→…→v0 (v0 not repeated), or nullopt
    std::vector<ArcId> arcs;  // the cycle's arcs, arcs[i] from cycle[i]; empty with no cycle
};

/// DFS with roots and arcs in id order; stops at the first arc u→v to a grey vertex v (in an undirected
/// graph: other than the edge u was entered by): the cycle is the DFS stack from v up to u.
/// Events: Enter{v, arc} (arc none for a root), Examine{arc} for an arc that closes no cycle, Finish{v};
/// then either the emitCycle events (Note(CycleFound, closing arc, length), SetStatus Highlighted,
/// MarkEdge Cycle) or Note(NoCycle, vertices, edges). Replays against GraphState::initial(g, Lifo).
template <class Tracer>
CycleResult findCycle(const Graph& g, Tracer& tracer) {
    enum : std::uint8_t { kWhite, kGrey, kBlack };
    const std::size_t n = g.vertexCount();
    const auto heads = g.heads();
    const auto offsets = g.offsets();
    const bool directed = g.directed();
    CycleResult r;
    std::vector<std::uint8_t> colour(n, kWhite);
    std::vector<ArcId> nextArc(offsets.begin(), offsets.end() - 1);
    std::vector<VertexId> stack;
    std::vector<ArcId> via;  // via[i]: the arc that led to stack[i]

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
                continue;
            }
            const bool wayBack = !directed && via.back() != none && g.edgeOf(via.back()) == g.edgeOf(a);
            if (colour[v] == kGrey && !wayBack) {
                std::size_t first = stack.size() - 1;
                while (stack[first] != v) --first;
                r.arcs.assign(via.begin() + static_cast<std::ptrdiff_t>(first) + 1, via.end());
                r.arcs.push_back(a);
                if constexpr (Tracer::enabled)
                    emitCycle(g, r.arcs, tracer, [](VertexId) { return VertexStatus::Frontier; });
                r.cycle =
                    std::vector<VertexId>(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
                return r;
            }
            if constexpr (Tracer::enabled) tracer.emit(event::Examine{a});
        }
    }
    if constexpr (Tracer::enabled)
        tracer.emit(event::Note{event::NoteKind::NoCycle, static_cast<std::uint32_t>(n),
                                static_cast<std::uint32_t>(g.edgeCount())});
    return r;
}

}  // namespace stepwise::graph
