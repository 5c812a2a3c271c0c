#include "core/graph/StronglyConnected.h"

#include "core/common/Ordinal.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {

std::vector<std::vector<VertexId>> componentLists(const SccResult& r) {
    // Number components by first appearance in id order: no sort needed, both methods agree.
    std::vector<std::uint32_t> rank(r.count, none);
    std::vector<std::vector<VertexId>> lists;
    lists.reserve(r.count);
    for (VertexId v = 0; v < r.component.size(); ++v) {
        std::uint32_t& k = rank[r.component[v]];
        if (k == none) {
            k = static_cast<std::uint32_t>(lists.size());
            lists.emplace_back();
        }
        lists[k].push_back(v);
    }
    return lists;
}

GraphState tarjanInitialState(const Graph& g) {
    GraphState s = GraphState::initial(g, FrontierOrder::Lifo);
    s.finishKeepsOnStack = true;
    s.assignPops = true;
    return s;
}

namespace {

/// Components are numbered here in the order the algorithm finds them (the result lists them by
/// first vertex instead), so the text says "found".
std::string componentName(std::uint32_t id) {
    return "the " + ordinal(id + 1) + " component found";
}

/// Tarjan's stack, bottom to top (the LIFO frontier lists the top first); the top ten at most.
std::string stackText(const GraphState& s) {
    constexpr std::size_t kShown = 10;
    std::vector<VertexId> top;
    for (auto it = s.frontier.begin(); it != s.frontier.end() && top.size() < kShown; ++it)
        top.push_back(it->second);
    std::string text = s.frontier.size() > kShown ? "… " : "";
    for (std::size_t i = top.size(); i-- > 0;) text += s.graph->name(top[i]) + (i ? " " : "");
    return text.empty() ? "empty" : text;
}

enum TarjanLine { kTInit, kTRoots, kTVisit, kTForEach, kTRecurse, kTLow, kTFinish, kTPop };

std::string explainTarjan(const GraphState& s, const GraphEvent& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Enter>(&e)) {
        const std::string how = x->arc == none ? "start at " + g.name(x->v) : "follow " + arcLabel(g, x->arc);
        return how + ": index[" + g.name(x->v) + "] = low[" + g.name(x->v) +
               "] = " + std::to_string(s.discovered[x->v]) + ", push it (stack: " + stackText(s) + ")";
    }
    if (auto* x = std::get_if<event::SetLow>(&e))
        return "low[" + g.name(x->v) + "] ← min(" + std::to_string(x->old) + ", " + std::to_string(x->low) +
               ") = " + std::to_string(x->low) + ": " + g.name(x->v) +
               " reaches a vertex still on the stack with a smaller index, so it is not the root of its "
               "component";
    const auto* stays = std::get_if<event::Note>(&e);
    const auto* examine = std::get_if<event::Examine>(&e);
    if (examine || (stays && stays->kind == event::NoteKind::LowStays)) {
        const ArcId arc = examine ? examine->arc : stays->a;
        const VertexId u = g.tail(arc), v = g.head(arc);
        if (s.group[v] != none)
            return arcLabel(g, arc) + ": " + g.name(v) + " already belongs to " + componentName(s.group[v]) +
                   ", ignore it";
        return arcLabel(g, arc) + ": " + g.name(v) + " is on the stack but index[" + g.name(v) +
               "] = " + std::to_string(s.discovered[v]) + " ≥ low[" + g.name(u) +
               "] = " + std::to_string(s.low[u]) + ", low stays";
    }
    if (auto* x = std::get_if<event::Finish>(&e)) {
        const std::string v = g.name(x->v);
        if (s.low[x->v] == s.discovered[x->v])
            return "all edges of " + v + " are done and low[" + v + "] = index[" + v +
                   "] = " + std::to_string(s.low[x->v]) + ": " + v +
                   " is the root of a component, pop the stack down to it";
        return "all edges of " + v + " are done; low[" + v + "] = " + std::to_string(s.low[x->v]) +
               " < index[" + v + "] = " + std::to_string(s.discovered[x->v]) + ", so " + v +
               " stays on the stack";
    }
    if (auto* x = std::get_if<event::Assign>(&e))
        return "pop " + g.name(x->v) + ": it joins " + componentName(x->group) + " (stack: " + stackText(s) +
               ")";
    return {};
}

int tarjanLine(const GraphEvent& e) {
    if (auto* x = std::get_if<event::Enter>(&e)) return x->arc == none ? kTRoots : kTVisit;
    if (std::holds_alternative<event::Examine>(e)) return kTForEach;
    if (std::holds_alternative<event::SetLow>(e)) return kTLow;
    if (auto* x = std::get_if<event::Note>(&e); x && x->kind == event::NoteKind::LowStays) return kTLow;
    if (std::holds_alternative<event::Finish>(e)) return kTFinish;
    if (std::holds_alternative<event::Assign>(e)) return kTPop;
    return kTInit;
}

enum KosarajuLine { kKInit, kKRoots, kKVisit, kKFinish, kKReverse, kKNewComponent, kKCollect };

std::string explainKosaraju(const GraphState& s, const GraphEvent& e, const GraphTrace&) {
    const Graph& g = *s.graph;
    if (auto* x = std::get_if<event::Enter>(&e)) {
        if (x->arc == none) return "pass 1: " + g.name(x->v) + " is unvisited, start a DFS at it";
        return "pass 1: follow " + arcLabel(g, x->arc) + ", " + g.name(x->v) + " is unvisited";
    }
    if (auto* x = std::get_if<event::Examine>(&e))
        return "pass 1: " + arcLabel(g, x->arc) + " leads to " + g.name(g.head(x->arc)) + ", already visited";
    if (auto* x = std::get_if<event::Finish>(&e))
        return "pass 1: " + g.name(x->v) + " is finished, the " + ordinal(s.order.size()) +
               " in the finish list";
    if (auto* x = std::get_if<event::Note>(&e)) {
        if (x->kind == event::NoteKind::Pass)
            return "pass 2: reverse every edge and take the vertices latest finished first" +
                   (s.order.empty() ? std::string() : " (" + g.name(s.order.back()) + " first)");
        return g.name(x->a) + " is the latest finished vertex without a component: it starts " +
               componentName(x->b);
    }
    if (auto* x = std::get_if<event::MarkEdge>(&e)) {
        const Edge& edge = g.edge(x->edge);
        // The vertex the search moves to has no component yet; the other end is in the current one.
        const bool fromIsNew = s.group[edge.from] == none;
        const VertexId newer = fromIsNew ? edge.from : edge.to, older = fromIsNew ? edge.to : edge.from;
        return "pass 2: " + g.name(edge.from) + (g.directed() ? "→" : "–") + g.name(edge.to) + " means " +
               g.name(newer) + " reaches " + g.name(older) + ", so it belongs to " +
               componentName(s.group[older]);
    }
    if (auto* x = std::get_if<event::Assign>(&e))
        return "pass 2: " + g.name(x->v) + " joins " + componentName(x->group);
    return {};
}

int kosarajuLine(const GraphEvent& e) {
    if (auto* x = std::get_if<event::Enter>(&e)) return x->arc == none ? kKRoots : kKVisit;
    if (std::holds_alternative<event::Examine>(e)) return kKVisit;
    if (std::holds_alternative<event::Finish>(e)) return kKFinish;
    if (auto* x = std::get_if<event::Note>(&e))
        return x->kind == event::NoteKind::Pass ? kKReverse : kKNewComponent;
    if (std::holds_alternative<event::MarkEdge>(e) || std::holds_alternative<event::Assign>(e))
        return kKCollect;
    return kKInit;
}

template <class Algorithm>
GraphRun runScc(const Graph& g, bool record, std::size_t limit, Algorithm algorithm,
                GraphState (*initial)(const Graph&)) {
    GraphRun run;
    SccResult r;
    if (record) {
        trace::RecordingTracer<GraphEvent> tracer(limit);
        r = algorithm(g, tracer);
        run.truncated = tracer.truncated();
        run.trace = tracer.take();
        run.initial = initial(g);
        run.recorded = true;
    } else {
        trace::CountingTracer<GraphEvent> tracer;
        r = algorithm(g, tracer);
        run.counted = tracer.count();
    }
    run.result.components = componentLists(r);
    return run;
}

GraphState kosarajuInitialState(const Graph& g) {
    return GraphState::initial(g, FrontierOrder::Lifo);
}

const char* kComponentOrder = "; components listed by their first vertex in input order";

}  // namespace

GraphAlgorithm tarjanSccAlgorithm() {
    GraphAlgorithm a;
    a.id = "scc:tarjan";
    a.title = "Strongly connected components (Tarjan)";
    a.summary = std::string("strongly connected components in one DFS with low-links") + kComponentOrder;
    a.needsSource = false;
    a.pseudocode = {
        "index ← 0;  S ← empty stack",
        "for each vertex v in input order: if v has no index: strongconnect(v)",
        "strongconnect(u):  index[u] ← low[u] ← index++;  push u on S",
        "    for each edge u→v:",
        "        if v has no index: strongconnect(v)",
        "        if v is on S: low[u] ← min(low[u], low[v] after the call, index[v] otherwise)",
        "    u is finished",
        "    if low[u] = index[u]: pop S down to u; the popped vertices form one component",
    };
    a.lineOf = tarjanLine;
    a.explain = explainTarjan;
    a.run = [](const Graph& g, const GraphQuery&, bool record, std::size_t limit) {
        return runScc(
            g, record, limit, [](const Graph& graph, auto& tracer) { return tarjanScc(graph, tracer); },
            tarjanInitialState);
    };
    return a;
}

GraphAlgorithm kosarajuSccAlgorithm() {
    GraphAlgorithm a;
    a.id = "scc:kosaraju";
    a.title = "Strongly connected components (Kosaraju)";
    a.summary =
        std::string("strongly connected components in two DFS passes, the second on the reversed graph") +
        kComponentOrder;
    a.needsSource = false;
    a.pseudocode = {
        "pass 1: every vertex is unvisited",
        "for each vertex s in input order: if s is unvisited: dfs(s)",
        "dfs(u):  mark u visited;  for each edge u→v: if v is unvisited: dfs(v)",
        "    u is finished: append u to the finish list",
        "pass 2: reverse every edge",
        "for each vertex r, latest finished first: if r has no component: r starts a new component c",
        "    every vertex without a component that reaches r (search the reversed edges) joins c",
    };
    a.lineOf = kosarajuLine;
    a.explain = explainKosaraju;
    a.run = [](const Graph& g, const GraphQuery&, bool record, std::size_t limit) {
        return runScc(
            g, record, limit, [](const Graph& graph, auto& tracer) { return kosarajuScc(graph, tracer); },
            kosarajuInitialState);
    };
    return a;
}

}  // namespace stepwise::graph
