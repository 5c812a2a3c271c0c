#include "core/graph/Prim.h"

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {
namespace {

enum Line { kInit, kLoop, kExtract, kForEach, kCompare, kUpdate, kRestart };

double chosenWeight(const GraphState& s, std::size_t& count) {
    double total = 0;
    count = 0;
    for (EdgeId e = 0; e < s.edgeMark.size(); ++e)
        if (s.edgeMark[e] == EdgeMark::Chosen) {
            total += s.graph->edge(e).weight;
            ++count;
        }
    return total;
}

std::string explainPrim(const GraphState& s, const GraphEvent& e, const GraphTrace& t) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Start>(&e)) {
        if (s.order.empty())
            return "grow the tree from " + g.name(x->v) + ": its key is 0, every other key is ∞";
        return g.name(x->v) +
               " is not connected to the tree so far: grow a new tree from it (key 0); "
               "the result will be a minimum spanning forest";
    }
    if (auto* x = std::get_if<event::Settle>(&e)) {
        if (s.parent[x->v] == none)
            return "take " + g.name(x->v) + " off the queue: it is the root of this tree";
        return "take " + g.name(x->v) + " off the queue: key " + formatNumber(s.distance[x->v]) +
               " is the lightest edge leaving the tree, so " + g.name(x->v) + " joins it";
    }
    if (auto* x = std::get_if<event::MarkEdge>(&e)) {
        const Edge& edge = g.edge(x->edge);
        std::size_t count = 0;
        const double total = chosenWeight(s, count);
        return "edge " + g.name(edge.from) + "–" + g.name(edge.to) + " (weight " + formatNumber(edge.weight) +
               ") joins the tree: " + formatNumber(static_cast<double>(count)) + " edges, total weight " +
               formatNumber(total);
    }
    if (auto* x = std::get_if<event::Relax>(&e)) {
        const VertexId v = g.head(x->arc);
        const double old = t.value(x->oldDistance, unreached);
        return "edge " + arcLabel(g, x->arc) + " weighs " + formatNumber(g.weight(x->arc)) + " < " +
               formatNumber(old) + ", " + g.name(v) + "'s key becomes " + formatNumber(s.distance[v]);
    }
    if (auto* x = std::get_if<event::Examine>(&e)) {
        const VertexId v = g.head(x->arc);
        return "edge " + arcLabel(g, x->arc) + " weighs " + formatNumber(g.weight(x->arc)) + " ≥ " +
               formatNumber(s.distance[v]) + ", " + g.name(v) + "'s key stays";
    }
    if (auto* x = std::get_if<event::Note>(&e)) {
        std::size_t count = 0;
        const double total = chosenWeight(s, count);
        if (x->a <= 1)
            return "every vertex is in the tree: a minimum spanning tree of " +
                   formatNumber(static_cast<double>(count)) + " edges and total weight " +
                   formatNumber(total);
        return "every vertex is in a tree: the graph has " + formatNumber(x->a) +
               " components, so this is a minimum spanning forest of " +
               formatNumber(static_cast<double>(count)) + " edges and total weight " + formatNumber(total);
    }
    return {};
}

int primLine(const GraphEvent& e) {
    if (std::holds_alternative<event::Start>(e)) return kInit;
    if (std::holds_alternative<event::Settle>(e) || std::holds_alternative<event::MarkEdge>(e))
        return kExtract;
    if (std::holds_alternative<event::Relax>(e)) return kUpdate;
    if (std::holds_alternative<event::Examine>(e)) return kCompare;
    if (std::holds_alternative<event::Note>(e)) return kRestart;
    return kLoop;
}

}  // namespace

GraphAlgorithm primAlgorithm() {
    GraphAlgorithm a;
    a.id = "mst:prim";
    a.title = "Prim's minimum spanning tree";
    a.summary =
        "minimum spanning tree (a forest when disconnected), grown from one vertex with a priority queue";
    a.needsSource = false;
    a.pseudocode = {
        "key[v] ← ∞ for every v;  key[r] ← 0;  Q ← {r}",
        "while Q is not empty:",
        "    u ← extract-min(Q);  add u to the tree with its edge parent[u]–u",
        "    for each edge u–v of weight w, v not in the tree:",
        "        if w < key[v]:",
        "            key[v] ← w;  parent[v] ← u;  insert/decrease v in Q",
        "a vertex still outside the tree: r ← it, start again (a spanning forest); else done",
    };
    a.lineOf = primLine;
    a.explain = explainPrim;
    a.run = [](const Graph& g, const GraphQuery& q, bool record, std::size_t limit) {
        if (g.directed())
            throw InputError(
                "minimum spanning tree needs an undirected graph (start the file with 'undirected')");
        if (q.source != none && q.source >= g.vertexCount())
            throw InputError("mst: the start vertex is not in the graph");
        const VertexId root = q.source == none ? 0 : q.source;
        GraphRun run;
        PrimResult r;
        if (record) {
            trace::RecordingTracer<GraphEvent> tracer(limit);
            r = prim(g, root, tracer);
            run.truncated = tracer.truncated();
            run.trace = tracer.take();
            run.initial = GraphState::initial(g, FrontierOrder::ByDistance, RelaxRule::WeightOnly);
            run.recorded = true;
        } else {
            trace::CountingTracer<GraphEvent> tracer;
            r = prim(g, root, tracer);
            run.counted = tracer.count();
        }
        run.result.treeEdges = std::move(r.treeEdges);
        run.result.totalWeight = r.totalWeight;
        run.result.parent = std::move(r.parent);
        run.result.order = std::move(r.order);
        return run;
    };
    return a;
}

}  // namespace stepwise::graph
