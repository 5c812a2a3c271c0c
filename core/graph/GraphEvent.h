#pragma once
// The events graph algorithms emit. Each is invertible against GraphState (see GraphArea) and at
// most 12 bytes, so the variant is 16; a replaced distance lives in the trace's value pool.
#include <cstdint>
#include <variant>

#include "core/graph/Graph.h"
#include "core/trace/Trace.h"

namespace stepwise::graph {

enum class VertexStatus : std::uint8_t { Unseen, Frontier, Done, Highlighted };
enum class EdgeMark : std::uint8_t { None, Examined, Tree, Back, Forward, Cross, Chosen, Rejected, Cycle };

namespace event {
/// The search starts at v: distance 0, v enters the frontier.
struct Start { VertexId v; };
/// v enters the frontier without a distance (Kahn's zero in-degree queue, a new DFS root's stack).
struct Push { VertexId v; };
/// v leaves the frontier (if it was in it) and is done; it is appended to the order.
struct Settle { VertexId v; VertexStatus old; };
/// head(arc) gets a better distance through arc: dist[tail] + w (or w alone for Prim);
/// parent = arc; a vertex with no distance before enters the frontier.
struct Relax { ArcId arc; ArcId oldParent; trace::ValueRef oldDistance; };
/// Relax::oldDistance when the replaced distance is what oldParent gives in the state the Relax is
/// reverted from (dist[tail(oldParent)] + w, or w for Prim): true when tail(oldParent) is settled
/// and keeps its distance from then on, as in Dijkstra. Saves the 8-byte pool entry.
inline constexpr trace::ValueRef viaOldParent = trace::noValue - 1;
/// The arc was looked at and changed nothing (a failed relaxation, an already-seen neighbour).
struct Examine { ArcId arc; };
/// BFS: head(arc) is discovered through arc at hop distance dist[tail] + 1 and enters the queue.
struct Discover { ArcId arc; };
/// DFS: v turns grey through arc (none for a root): discovery time, low = discovery, onto the stack.
struct Enter { VertexId v; ArcId arc; };
/// DFS: v turns black: finish time, appended to the order, off the stack (unless the state keeps it).
struct Finish { VertexId v; };
struct MarkEdge { EdgeId edge; EdgeMark old; EdgeMark mark; };
struct SetStatus { VertexId v; VertexStatus old; VertexStatus status; };
/// Tarjan's low-link of v changes.
struct SetLow { VertexId v; std::uint32_t old; std::uint32_t low; };
/// v's group changes (SCC id, union-find parent); pops v from the stack when the state says so.
struct Assign { VertexId v; std::uint32_t old; std::uint32_t group; };
/// Kahn: arc is removed, head(arc)'s remaining in-degree (kept as its distance) drops by one.
struct Decrement { ArcId arc; };
/// A step that changes nothing but is worth a sentence (a new Bellman-Ford pass, a cycle found).
/// LowStays (Tarjan): arc a leads to a vertex on the stack whose index does not lower low[tail]:
/// the low-link line ran and changed nothing.
enum class NoteKind : std::uint8_t { Pass, NoChange, NegativeCycle, CycleFound, NoCycle, Unreachable, TargetReached, Info, LowStays };
struct Note { NoteKind kind; std::uint32_t a; std::uint32_t b; };
}  // namespace event

using GraphEvent = std::variant<event::Start, event::Push, event::Settle, event::Relax, event::Examine,
                                event::Discover, event::Enter, event::Finish, event::MarkEdge, event::SetStatus,
                                event::SetLow, event::Assign, event::Decrement, event::Note>;
static_assert(sizeof(GraphEvent) <= 16, "graph events must stay small: the benchmark counts bytes per event");

using GraphTrace = trace::Trace<GraphEvent>;

}  // namespace stepwise::graph
