// `stepwise-cli run` for the graph searches. Everything is driven by the graph catalogue: an entry
// "dijkstra" becomes the item `dijkstra`; entries "scc:tarjan" and "scc:kosaraju" become the item
// `scc` with `--method tarjan|kosaraju`. A new catalogue entry appears here without code changes.
#include "app/cli/GraphItems.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "app/cli/GraphInput.h"
#include "core/common/TextTable.h"
#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/Narration.h"
#include "core/trace/Timeline.h"

namespace stepwise::cli {
namespace {

using graph::ArcId;
using graph::EdgeId;
using graph::Graph;
using graph::GraphAlgorithm;
using graph::GraphResult;
using graph::VertexId;

/// Every run is recorded (`steps` counts the events); this bounds the memory that takes
/// (16 bytes an event, so about 130 MB at worst).
constexpr std::size_t kEventLimit = 8'000'000;

std::string itemOf(const std::string& id) {
    return id.substr(0, id.find(':'));
}
std::string methodOf(const std::string& id) {
    const auto colon = id.find(':');
    return colon == std::string::npos ? std::string() : id.substr(colon + 1);
}

/// The catalogue entries of one item: one entry, or one per method.
std::vector<const GraphAlgorithm*> entriesOf(const std::string& item) {
    std::vector<const GraphAlgorithm*> entries;
    for (const auto& a : graph::graphCatalogue())
        if (itemOf(a.id) == item) entries.push_back(&a);
    return entries;
}

/// DESIGN.md names a default method for these; any other item defaults to its first entry.
const GraphAlgorithm* defaultEntry(const std::string& item,
                                   const std::vector<const GraphAlgorithm*>& entries) {
    static const std::map<std::string, std::string> preferred = {
        {"topological-sort", "kahn"}, {"scc", "tarjan"}, {"mst", "prim"}};
    if (auto it = preferred.find(item); it != preferred.end())
        for (const auto* e : entries)
            if (methodOf(e->id) == it->second) return e;
    return entries.front();
}

std::string methodList(const std::vector<const GraphAlgorithm*>& entries) {
    std::string list;
    for (const auto* e : entries) list += (list.empty() ? "" : "|") + methodOf(e->id);
    return list;
}

bool hasMethods(const std::vector<const GraphAlgorithm*>& entries) {
    return entries.size() > 1 || !methodOf(entries.front()->id).empty();
}

const GraphAlgorithm& chooseEntry(const std::string& item, const RunOptions& options) {
    const auto entries = entriesOf(item);
    if (!hasMethods(entries)) {
        if (options.has("method")) throw InputError(item + " has no --method");
        return *entries.front();
    }
    const auto method = options.get("method");
    if (!method) return *defaultEntry(item, entries);
    for (const auto* e : entries)
        if (methodOf(e->id) == *method) return *e;
    throw InputError("unknown --method '" + *method + "' for " + item + " (expected " + methodList(entries) +
                     ")");
}

VertexId vertexNamed(const Graph& g, const std::string& name, const char* role, const std::string& file) {
    if (auto v = g.find(name)) return *v;
    std::string known;
    const std::size_t shown = std::min<std::size_t>(g.vertexCount(), 12);
    for (VertexId v = 0; v < shown; ++v) known += (v ? ", " : "") + g.name(v);
    if (g.vertexCount() > shown) known += ", … (" + std::to_string(g.vertexCount()) + " in all)";
    throw InputError(
        std::string("unknown ") + role + " vertex '" + name + "' (" +
            (known.empty() ? std::string("the graph has no vertices") : "its vertices: " + known) + ")",
        file);
}

/// JSON numbers: integral values as integers (7, not 7.0), ∞ as null.
nlohmann::json number(double value) {
    if (!std::isfinite(value)) return nullptr;
    if (value == std::floor(value) && std::fabs(value) < 9.0e15) return static_cast<long long>(value);
    return value;
}

nlohmann::json timeJson(std::uint32_t t) {
    return t == graph::none ? nlohmann::json(nullptr) : nlohmann::json(t);
}

nlohmann::json names(const Graph& g, const std::vector<VertexId>& vertices) {
    auto list = nlohmann::json::array();
    for (VertexId v : vertices) list.push_back(g.name(v));
    return list;
}

std::string joined(const Graph& g, const std::vector<VertexId>& vertices, const std::string& separator) {
    std::string text;
    for (std::size_t i = 0; i < vertices.size(); ++i) text += (i ? separator : "") + g.name(vertices[i]);
    return text;
}

std::string edgeLabel(const Graph& g, EdgeId e) {
    const auto& edge = g.edge(e);
    return g.name(edge.from) + (g.directed() ? "→" : "–") + g.name(edge.to);
}

/// The path source → target along the parents, or empty when the target was not reached.
std::vector<VertexId> pathTo(const Graph& g, const GraphResult& r, VertexId target) {
    if (r.parent.empty() || r.distance.empty() || !std::isfinite(r.distance[target])) return {};
    std::vector<VertexId> path{target};
    for (VertexId v = target; r.parent[v] != graph::none && path.size() <= g.vertexCount();) {
        v = g.tail(r.parent[v]);
        path.push_back(v);
    }
    std::reverse(path.begin(), path.end());
    return path;
}

struct Context {
    std::string item;
    std::string method;
    const Graph* g;
    graph::GraphQuery query;
};

/// The "result" object of DESIGN.md: only the parts this algorithm computed.
nlohmann::json resultJson(const Context& c, const GraphResult& r) {
    const Graph& g = *c.g;
    nlohmann::json out = nlohmann::json::object();
    if (!c.method.empty()) out["method"] = c.method;
    if (!r.distance.empty()) {
        auto& d = out["distances"] = nlohmann::json::object();
        for (VertexId v = 0; v < g.vertexCount(); ++v) d[g.name(v)] = number(r.distance[v]);
    }
    if (!r.parent.empty()) {
        auto& p = out["parents"] = nlohmann::json::object();
        for (VertexId v = 0; v < g.vertexCount(); ++v)
            p[g.name(v)] = r.parent[v] == graph::none ? nlohmann::json(nullptr)
                                                      : nlohmann::json(g.name(g.tail(r.parent[v])));
    }
    if (!r.order.empty()) out["order"] = names(g, r.order);
    if (!r.components.empty()) {
        auto& list = out["components"] = nlohmann::json::array();
        for (const auto& component : r.components) list.push_back(names(g, component));
    }
    if (!r.treeEdges.empty() || c.item == "mst") {
        auto& list = out["edges"] = nlohmann::json::array();
        for (EdgeId e : r.treeEdges) {
            const auto& edge = g.edge(e);
            list.push_back(
                {{"from", g.name(edge.from)}, {"to", g.name(edge.to)}, {"weight", number(edge.weight)}});
        }
        out["total_weight"] = number(r.totalWeight);
    }
    // Bellman-Ford's cycle is a negative one; for cycle detection "no cycle" is an answer too.
    const std::string cycleKey = c.item == "bellman-ford" ? "negative_cycle" : "cycle";
    if (r.cycle)
        out[cycleKey] = names(g, *r.cycle);
    else if (c.item == "cycle")
        out[cycleKey] = nullptr;
    if (!r.discovered.empty()) {
        auto& d = out["discovered"] = nlohmann::json::object();
        for (VertexId v = 0; v < g.vertexCount(); ++v) d[g.name(v)] = timeJson(r.discovered[v]);
    }
    if (!r.finished.empty()) {
        auto& f = out["finished"] = nlohmann::json::object();
        for (VertexId v = 0; v < g.vertexCount(); ++v) f[g.name(v)] = timeJson(r.finished[v]);
    }
    if (!r.edgeKinds.empty()) {
        auto& list = out["edge_kinds"] = nlohmann::json::array();
        for (EdgeId e = 0; e < r.edgeKinds.size() && e < g.edgeCount(); ++e) {
            const auto& edge = g.edge(e);
            list.push_back({{"from", g.name(edge.from)},
                            {"to", g.name(edge.to)},
                            {"kind", edgeMarkName(r.edgeKinds[e])}});
        }
    }
    if (c.query.target != graph::none && !r.parent.empty() && !r.distance.empty()) {
        const auto path = pathTo(g, r, c.query.target);
        out["path"] = path.empty() ? nlohmann::json(nullptr) : names(g, path);
    }
    return out;
}

std::string timeText(std::uint32_t t) {
    return t == graph::none ? "-" : std::to_string(t);
}

/// The readable summary printed without --json.
std::string resultText(const Context& c, const GraphResult& r) {
    const Graph& g = *c.g;
    std::ostringstream out;
    const bool perVertex =
        !r.distance.empty() || !r.parent.empty() || !r.discovered.empty() || !r.finished.empty();
    if (perVertex) {
        TextTable table;
        std::vector<std::string> header{"vertex"};
        if (!r.distance.empty()) header.push_back("distance");
        if (!r.parent.empty()) header.push_back("parent");
        if (!r.discovered.empty()) header.push_back("discovered");
        if (!r.finished.empty()) header.push_back("finished");
        table.add(header);
        for (VertexId v = 0; v < g.vertexCount(); ++v) {
            std::vector<std::string> row{g.name(v)};
            if (!r.distance.empty()) row.push_back(graph::formatNumber(r.distance[v]));
            if (!r.parent.empty())
                row.push_back(r.parent[v] == graph::none ? "-" : g.name(g.tail(r.parent[v])));
            if (!r.discovered.empty()) row.push_back(timeText(r.discovered[v]));
            if (!r.finished.empty()) row.push_back(timeText(r.finished[v]));
            table.add(row);
        }
        out << table.str() << '\n';
    }
    if (!r.order.empty()) out << "order: " << joined(g, r.order, " ") << '\n';
    if (!r.components.empty()) {
        out << r.components.size() << (r.components.size() == 1 ? " component:\n" : " components:\n");
        for (std::size_t i = 0; i < r.components.size(); ++i)
            out << "  " << i + 1 << ": " << joined(g, r.components[i], " ") << '\n';
    }
    if (!r.treeEdges.empty() || c.item == "mst") {
        out << (c.item == "mst" ? "tree edges:\n" : "edges:\n");
        TextTable table;
        for (EdgeId e : r.treeEdges)
            table.add({"  " + edgeLabel(g, e), graph::formatNumber(g.edge(e).weight)});
        if (!r.treeEdges.empty()) out << table.str() << '\n';
        out << "total weight: " << graph::formatNumber(r.totalWeight) << '\n';
    }
    if (r.cycle) {
        auto closed = *r.cycle;
        if (!closed.empty() && closed.front() != closed.back()) closed.push_back(closed.front());
        const char* label = c.item == "bellman-ford" ? "negative cycle (distances on it are not final): "
                            : c.item == "topological-sort" ? "no topological order, the graph has a cycle: "
                                                           : "cycle: ";
        out << label << joined(g, closed, " → ") << '\n';
    } else if (c.item == "cycle") {
        out << "no cycle\n";
    }
    if (!r.edgeKinds.empty()) {
        out << "edge kinds:\n";
        TextTable table;
        for (EdgeId e = 0; e < r.edgeKinds.size() && e < g.edgeCount(); ++e)
            table.add({"  " + edgeLabel(g, e), edgeMarkName(r.edgeKinds[e])});
        out << table.str() << '\n';
    }
    if (c.query.target != graph::none && !r.parent.empty() && !r.distance.empty()) {
        const auto path = pathTo(g, r, c.query.target);
        if (path.empty())
            out << "no path to " << g.name(c.query.target) << '\n';
        else
            out << "path: " << joined(g, path, " → ") << "  ("
                << graph::formatNumber(r.distance[c.query.target]) << ")\n";
    }
    return out.str();
}

RunOutput runGraph(const std::string& item, const RunOptions& options) {
    const GraphJob job = prepareGraphJob(item, options);
    const GraphAlgorithm& algo = *job.algorithm;
    const Graph& g = *job.graph;
    const std::string& file = job.file;
    const Context c{item, job.method, &g, job.query};

    graph::GraphRun run = algo.run(g, c.query, true, kEventLimit);

    RunOutput out;
    out.steps = run.trace.size();
    if (run.truncated)
        out.warnings.push_back("the trace stopped after " + std::to_string(kEventLimit) +
                               " steps (the recording limit); \"steps\" and --trace cover only those");
    out.result = resultJson(c, run.result);

    std::ostringstream text;
    text << algo.title << " on " << file << " (" << (g.directed() ? "directed" : "undirected") << ", "
         << g.vertexCount() << " vertices, " << g.edgeCount() << " edges)";
    if (c.query.source != graph::none) text << " from " << g.name(c.query.source);
    if (c.query.target != graph::none) text << " to " << g.name(c.query.target);
    text << ": " << out.steps << " steps\n" << resultText(c, run.result);
    out.text = text.str();

    if (options.trace) {
        trace::Timeline<graph::GraphArea> timeline(std::move(run.initial), std::move(run.trace));
        out.traceSteps.reserve(timeline.stepCount());
        while (timeline.forward()) {
            const auto& event = timeline.lastEvent();
            out.traceSteps.push_back({timeline.step(), algo.lineOf(event) + 1,
                                      algo.explain(timeline.state(), event, timeline.trace())});
        }
    }
    return out;
}

RunItem graphItem(const std::string& item) {
    const auto entries = entriesOf(item);
    const GraphAlgorithm& main = *defaultEntry(item, entries);
    const bool methods = hasMethods(entries);
    const bool needsSource =
        std::any_of(entries.begin(), entries.end(), [](auto* e) { return e->needsSource; });
    const bool needsTarget =
        std::any_of(entries.begin(), entries.end(), [](auto* e) { return e->needsTarget; });

    RunItem r;
    r.name = item;
    r.summary = main.summary;
    if (methods) r.summary += " (--method " + methodList(entries) + ")";
    r.usage = "--graph FILE";
    r.usage += needsSource ? " --source NAME" : " [--source NAME]";
    r.usage += needsTarget ? " --target NAME" : " [--target NAME]";
    if (methods) r.usage += " [--method " + methodList(entries) + "]";
    r.options = {{"graph", "FILE", "the graph: an edge list (FROM TO [WEIGHT] per line) or DOT", true},
                 {"source", "NAME", needsSource ? "the start vertex" : "the start vertex (optional)", false},
                 {"target", "NAME",
                  needsTarget ? "the goal vertex" : "stop once this vertex is done; print the path", false}};
    if (methods)
        r.options.push_back(
            {"method", methodList(entries), "which algorithm (default " + methodOf(main.id) + ")", false});
    for (const auto* e : entries) {
        r.details += (r.details.empty() ? "" : "\n") + e->title +
                     (methods ? " (--method " + methodOf(e->id) + ")" : "") + ":\n";
        for (std::size_t i = 0; i < e->pseudocode.size(); ++i)
            r.details += (i + 1 < 10 ? "   " : "  ") + std::to_string(i + 1) + "  " + e->pseudocode[i] + "\n";
    }
    r.handler = [item](const RunOptions& options) { return runGraph(item, options); };
    return r;
}

}  // namespace

std::string edgeMarkName(graph::EdgeMark mark) {
    switch (mark) {
        case graph::EdgeMark::None:
            return "none";
        case graph::EdgeMark::Examined:
            return "examined";
        case graph::EdgeMark::Tree:
            return "tree";
        case graph::EdgeMark::Back:
            return "back";
        case graph::EdgeMark::Forward:
            return "forward";
        case graph::EdgeMark::Cross:
            return "cross";
        case graph::EdgeMark::Chosen:
            return "chosen";
        case graph::EdgeMark::Rejected:
            return "rejected";
        case graph::EdgeMark::Cycle:
            return "cycle";
    }
    return "none";
}

bool isGraphItem(const std::string& item) {
    return !entriesOf(item).empty();
}

GraphJob prepareGraphJob(const std::string& item, const RunOptions& options) {
    GraphJob job;
    job.item = item;
    job.algorithm = &chooseEntry(item, options);
    job.method = methodOf(job.algorithm->id);
    job.file = options.require("graph", "a graph file");
    job.graph = std::make_unique<Graph>(loadGraph(job.file));
    const Graph& g = *job.graph;
    if (auto name = options.get("source"))
        job.query.source = vertexNamed(g, *name, "source", job.file);
    else if (job.algorithm->needsSource)
        options.require("source", "the name of the start vertex");
    if (auto name = options.get("target"))
        job.query.target = vertexNamed(g, *name, "target", job.file);
    else if (job.algorithm->needsTarget)
        options.require("target", "the name of the goal vertex");
    return job;
}

std::vector<RunItem> graphRunItems() {
    std::vector<std::string> items;
    for (const auto& a : graph::graphCatalogue())
        if (std::find(items.begin(), items.end(), itemOf(a.id)) == items.end()) items.push_back(itemOf(a.id));
    std::vector<RunItem> out;
    for (const auto& item : items) out.push_back(graphItem(item));
    return out;
}

}  // namespace stepwise::cli
