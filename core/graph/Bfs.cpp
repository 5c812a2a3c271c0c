#include "core/graph/Bfs.h"

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {

std::vector<double> hopDistances(const std::vector<std::uint32_t>& hops) {
    std::vector<double> distance(hops.size(), unreached);
    for (std::size_t v = 0; v < hops.size(); ++v)
        if (hops[v] != none) distance[v] = hops[v];
    return distance;
}

namespace {

enum Line { kInit, kLoop, kDequeue, kForEach, kIfNew, kDiscover };

std::string hopsText(double d) {
    return formatNumber(d) + (d == 1 ? " hop" : " hops");
}

std::string explainBfs(const GraphState& s, const GraphEvent& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Start>(&e))
        return "start at " + g.name(x->v) + ": it is 0 hops away and is the only vertex in the queue";
    if (auto* x = std::get_if<event::Settle>(&e)) {
        const auto waiting = s.frontier.size();
        return "dequeue " + g.name(x->v) + " (" + hopsText(s.distance[x->v]) +
               " away) and look at its edges; " + std::to_string(waiting) +
               (waiting == 1 ? " vertex waits" : " vertices wait") + " in the queue";
    }
    if (auto* x = std::get_if<event::Discover>(&e)) {
        const VertexId v = g.head(x->arc);
        return arcLabel(g, x->arc) + ": " + g.name(v) + " is new, so it is " + hopsText(s.distance[v]) +
               " away (one more than " + g.name(g.tail(x->arc)) + "); its parent is " +
               g.name(g.tail(x->arc)) + " and it joins the back of the queue";
    }
    if (auto* x = std::get_if<event::Examine>(&e)) {
        const VertexId v = g.head(x->arc);
        return arcLabel(g, x->arc) + ": " + g.name(v) + " was already seen (" + hopsText(s.distance[v]) +
               " away), nothing changes";
    }
    return {};
}

int bfsLine(const GraphEvent& e) {
    if (std::holds_alternative<event::Start>(e)) return kInit;
    if (std::holds_alternative<event::Settle>(e)) return kDequeue;
    if (std::holds_alternative<event::Discover>(e)) return kDiscover;
    if (std::holds_alternative<event::Examine>(e)) return kIfNew;
    return kLoop;
}

}  // namespace

GraphAlgorithm bfsAlgorithm() {
    GraphAlgorithm a;
    a.id = "bfs";
    a.title = "Breadth-first search";
    a.summary = "hop distances, BFS tree and visit order from one source (FIFO queue)";
    a.pseudocode = {
        "hops[v] ← ∞ for every v;  hops[s] ← 0;  Q ← [s]",
        "while Q is not empty:",
        "    u ← dequeue(Q)",
        "    for each edge u→v:",
        "        if v has not been seen:",
        "            hops[v] ← hops[u] + 1;  parent[v] ← u;  enqueue(Q, v)",
    };
    a.lineOf = bfsLine;
    a.explain = explainBfs;
    a.run = [](const Graph& g, const GraphQuery& q, bool record, std::size_t limit) {
        if (q.source >= g.vertexCount()) throw InputError("bfs needs a source vertex of the graph");
        GraphRun run;
        BfsResult r;
        if (record) {
            trace::RecordingTracer<GraphEvent> tracer(limit);
            r = bfs(g, q.source, tracer);
            run.truncated = tracer.truncated();
            run.trace = tracer.take();
            run.initial = GraphState::initial(g, FrontierOrder::Fifo);
            run.recorded = true;
        } else {
            trace::CountingTracer<GraphEvent> tracer;
            r = bfs(g, q.source, tracer);
            run.counted = tracer.count();
        }
        run.result.distance = hopDistances(r.hops);
        run.result.parent = std::move(r.parent);
        run.result.order = std::move(r.order);
        return run;
    };
    return a;
}

}  // namespace stepwise::graph
