#pragma once
// The resource limits on outside input, in one place (README.md "Limits" lists them): each keeps
// memory bounded and a run finishing in seconds; each refusal says the limit and why.
#include <cstddef>

namespace stepwise::limits {

/// A graph file: 128 MB of text is about 8 million edges of short names.
inline constexpr std::size_t graphFileBytes = 128u << 20;
/// Vertices and edges of one graph: with names, arcs and results about 1 GB at these sizes.
inline constexpr std::size_t graphVertices = 4'000'000;
inline constexpr std::size_t graphEdges = 8'000'000;
inline constexpr const char* graphWhy = "a graph this size needs about 1 GB; the limit keeps memory bounded";

/// The GUI draws and steps through graphs up to this many vertices; a bigger one is offered a run
/// without the trace (the result only).
inline constexpr std::size_t drawnVertices = 20'000;
inline constexpr const char* drawnVerticesWhy =
    "more vertices than this cannot be drawn and stepped through smoothly";
/// A run the GUI records keeps at most this many events (about 50 MB); a longer one is offered
/// without the trace.
inline constexpr std::size_t guiTraceEvents = 3'000'000;
inline constexpr const char* guiTraceEventsWhy = "every step is kept in memory so it can be stepped back";

/// A list file given to --ops (operations or cache accesses).
inline constexpr std::size_t listFileBytes = 16u << 20;

/// Operations of one data-structure run: every step of every operation is recorded.
inline constexpr std::size_t operations = 200'000;
inline constexpr const char* operationsWhy = "every step of every operation is recorded for stepping";
/// A trie word: each character may add a node.
inline constexpr std::size_t trieWordLength = 1'000;

/// Accesses of one cache run (an --ops list; --workload's --requests has the same limit).
inline constexpr std::size_t cacheAccesses = 200'000;
inline constexpr const char* cacheAccessesWhy = "each access is a step the run can return to";
/// Cache slots: allocated up front, copied at every checkpoint.
inline constexpr std::size_t cacheCapacity = 1'000'000;
inline constexpr const char* cacheCapacityWhy =
    "every slot is allocated up front and copied at each checkpoint";

/// Requests of one balancer run: the result lists the backend of each.
inline constexpr std::size_t balancerRequests = 1'000'000;
inline constexpr const char* balancerRequestsWhy = "the result lists the backend of every request";
/// Backends of one balancer.
inline constexpr std::size_t backends = 1'000;

/// Jobs of one queue run: the result lists every attempt of every job, and each checkpoint of the
/// simulation copies every job.
inline constexpr std::size_t queueJobs = 100'000;
inline constexpr const char* queueJobsWhy = "the result lists every attempt of every job";
/// Workers of one queue (each is a lane in the view).
inline constexpr std::size_t queueWorkers = 1'000;

/// Union-find elements: the forest is drawn and copied whole.
inline constexpr std::size_t unionFindSize = 1'000'000;
inline constexpr const char* unionFindWhy = "every element is kept, drawn and listed in the result";

}  // namespace stepwise::limits
