#include "core/graph/Kruskal.h"

#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {
namespace {

enum Line { kSort, kForEach, kFind, kReject, kChoose, kStop };

std::string edgeText(const Graph& g, EdgeId e) {
    const Edge& edge = g.edge(e);
    return g.name(edge.from) + "–" + g.name(edge.to) + " (weight " + formatNumber(edge.weight) + ")";
}

VertexId rootOf(const GraphState& s, VertexId v) {
    while (s.group[v] != v) v = s.group[v];
    return v;
}

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

std::string explainKruskal(const GraphState& s, const GraphEvent& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Note>(&e)) {
        if (x->a != none)
            return "next lightest edge: " + edgeText(g, x->a) + "; find the roots of " +
                   g.name(g.edge(x->a).from) + " and " + g.name(g.edge(x->a).to);
        std::size_t count = 0;
        const double total = chosenWeight(s, count);
        if (x->b <= 1)
            return "a spanning tree: " + formatNumber(static_cast<double>(count)) +
                   " = n − 1 edges chosen, total weight " + formatNumber(total);
        return "the edges ran out with " + formatNumber(static_cast<double>(count)) +
               " chosen: the graph has " + formatNumber(x->b) +
               " components, so this is a minimum spanning forest of total weight " + formatNumber(total);
    }
    if (auto* x = std::get_if<event::Assign>(&e)) {
        if (x->old == x->v)
            return "union by rank: the root " + g.name(x->v) + " now points to the root " + g.name(x->group) +
                   ", one tree instead of two";
        return "path compression: " + g.name(x->v) + " now points straight at its root " + g.name(x->group) +
               " (it pointed at " + g.name(x->old) + ")";
    }
    if (auto* x = std::get_if<event::MarkEdge>(&e)) {
        const Edge& edge = g.edge(x->edge);
        if (x->mark == EdgeMark::Rejected)
            return g.name(edge.from) + " and " + g.name(edge.to) + " already share the root " +
                   g.name(rootOf(s, edge.from)) + ": " + edgeText(g, x->edge) +
                   " would close a cycle, reject it";
        std::size_t count = 0;
        const double total = chosenWeight(s, count);
        return "roots " + g.name(rootOf(s, edge.from)) + " and " + g.name(rootOf(s, edge.to)) +
               " differ: choose " + edgeText(g, x->edge) + "; " + formatNumber(static_cast<double>(count)) +
               " edges, total weight " + formatNumber(total);
    }
    return {};
}

int kruskalLine(const GraphEvent& e) {
    if (auto* x = std::get_if<event::Note>(&e)) return x->a == none ? kStop : kForEach;
    if (auto* x = std::get_if<event::Assign>(&e)) return x->old == x->v ? kChoose : kFind;
    if (auto* x = std::get_if<event::MarkEdge>(&e)) return x->mark == EdgeMark::Rejected ? kReject : kChoose;
    return kSort;
}

}  // namespace

GraphAlgorithm kruskalAlgorithm() {
    GraphAlgorithm a;
    a.id = "mst:kruskal";
    a.title = "Kruskal's minimum spanning tree";
    a.summary =
        "minimum spanning tree (a forest when disconnected): lightest edges first, union-find against cycles";
    a.needsSource = false;
    a.pseudocode = {
        "sort the edges by weight (ties by input order);  every vertex is its own set",
        "for each edge u–v in that order:",
        "    ru ← find(u);  rv ← find(v)   (path compression: each vertex passed points at the root)",
        "    if ru = rv: reject u–v, it would close a cycle",
        "    else: choose u–v;  union(ru, rv) by rank",
        "stop after n − 1 edges, or when the edges run out (a minimum spanning forest)",
    };
    a.lineOf = kruskalLine;
    a.explain = explainKruskal;
    a.run = [](const Graph& g, const GraphQuery&, bool record, std::size_t limit) {
        if (g.directed())
            throw InputError(
                "minimum spanning tree needs an undirected graph (start the file with 'undirected')");
        GraphRun run;
        KruskalResult r;
        if (record) {
            trace::RecordingTracer<GraphEvent> tracer(limit);
            r = kruskal(g, tracer);
            run.truncated = tracer.truncated();
            run.trace = tracer.take();
            run.initial = GraphState::initial(g, FrontierOrder::ByDistance);
            for (VertexId v = 0; v < g.vertexCount(); ++v)
                run.initial.group[v] = v;  // every vertex its own set
            run.recorded = true;
        } else {
            trace::CountingTracer<GraphEvent> tracer;
            r = kruskal(g, tracer);
            run.counted = tracer.count();
        }
        run.result.treeEdges = std::move(r.treeEdges);
        run.result.totalWeight = r.totalWeight;
        return run;
    };
    return a;
}

}  // namespace stepwise::graph
