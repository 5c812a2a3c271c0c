// The graph searches in the catalogue. Driven by the graph catalogue: an entry "dijkstra" becomes
// the item `dijkstra`; entries "scc:tarjan" and "scc:kosaraju" become the item `scc` with
// `--method tarjan|kosaraju`. A new catalogue entry appears here without code changes (its
// example preset aside).
#include <algorithm>
#include <map>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/GraphSource.h"

namespace stepwise::catalogue {
namespace {

using graph::Graph;
using graph::GraphAlgorithm;
using graph::VertexId;

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

bool hasMethods(const std::vector<const GraphAlgorithm*>& entries) {
    return entries.size() > 1 || !methodOf(entries.front()->id).empty();
}

/// The item's title, without the method the default entry's title names.
std::string itemTitle(const std::string& item, const GraphAlgorithm& main) {
    static const std::map<std::string, std::string> titles = {{"topological-sort", "Topological sort"},
                                                              {"scc", "Strongly connected components"},
                                                              {"mst", "Minimum spanning tree"}};
    const auto it = titles.find(item);
    return it == titles.end() ? main.title : it->second;
}

/// What each item runs with no input: a built-in example that shows the algorithm at work.
Preset examplePreset(const std::string& item) {
    static const std::map<std::string, Preset> examples = {
        {"bfs", {"example", "City map from Harbor", {{"graph", "example:city.graph"}, {"source", "Harbor"}}}},
        {"dfs", {"example", "City map from Harbor", {{"graph", "example:city.graph"}, {"source", "Harbor"}}}},
        {"dijkstra",
         {"example", "City map from Harbor", {{"graph", "example:city.graph"}, {"source", "Harbor"}}}},
        {"astar",
         {"example",
          "Campus from the gate to the library",
          {{"graph", "example:campus.graph"}, {"source", "Gate"}, {"target", "Library"}}}},
        {"bellman-ford",
         {"example", "Negative edges from S", {{"graph", "example:negative-edges.graph"}, {"source", "S"}}}},
        {"topological-sort", {"example", "Course prerequisites", {{"graph", "example:courses.graph"}}}},
        {"scc", {"example", "Links between web pages", {{"graph", "example:links.graph"}}}},
        {"cycle", {"example", "City map", {{"graph", "example:city.graph"}}}},
        {"mst", {"example", "Office network cables", {{"graph", "example:network.dot"}}}},
    };
    if (auto it = examples.find(item); it != examples.end()) return it->second;
    return {"example", "City map", {{"graph", "example:city.graph"}}};
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

/// The option was required by the entry but not given (the same words as before the catalogue).
[[noreturn]] void missing(const std::string& item, const std::string& name, const std::string& expected) {
    throw InputError(item + ": missing --" + name + " (expected " + expected + ")");
}

std::unique_ptr<run::Run> buildGraphRun(const std::string& item, const Options& options,
                                        const RunLimits& limits) {
    const auto entries = entriesOf(item);
    const GraphAlgorithm* algorithm = defaultEntry(item, entries);
    // validate() has checked --method against the choices and filled in the default.
    if (const auto method = options.get("method"))
        for (const auto* e : entries)
            if (methodOf(e->id) == *method) algorithm = e;
    const std::string file = options.text("graph");
    auto graph = std::make_shared<const Graph>(graph::loadGraphSource(file));
    graph::GraphQuery query;
    if (const auto name = options.get("source"))
        query.source = vertexNamed(*graph, *name, "source", file);
    else if (algorithm->needsSource)
        missing(item, "source", "the name of the start vertex");
    if (const auto name = options.get("target"))
        query.target = vertexNamed(*graph, *name, "target", file);
    else if (algorithm->needsTarget)
        missing(item, "target", "the name of the goal vertex");
    try {
        return graph::makeGraphRun(item, std::move(graph), *algorithm, query, file, limits);
    } catch (const InputError& e) {
        // The algorithm knows the line of a bad edge (a negative weight); the file is named here.
        if (e.file().empty() && e.line() > 0) throw InputError(e.message(), file, e.line());
        throw;
    }
}

CatalogueItem graphItem(const std::string& item) {
    const auto entries = entriesOf(item);
    const GraphAlgorithm& main = *defaultEntry(item, entries);
    const bool methods = hasMethods(entries);
    const bool needsSource =
        std::any_of(entries.begin(), entries.end(), [](auto* e) { return e->needsSource; });
    const bool needsTarget =
        std::any_of(entries.begin(), entries.end(), [](auto* e) { return e->needsTarget; });
    std::vector<std::string> methodNames;
    for (const auto* e : entries) methodNames.push_back(methodOf(e->id));

    CatalogueItem c;
    c.id = item;
    c.area = Area::Graph;
    c.title = itemTitle(item, main);
    c.summary = main.summary;
    c.pseudocode = main.pseudocode;
    // --source and --target stay optional in the specs: whether a method needs them is checked
    // when the run is built, with the words `run` has always used.
    OptionSpec graph = option("graph", OptionKind::File, "FILE",
                              "the graph: an edge list (FROM TO [WEIGHT] per line) or DOT");
    graph.required = true;
    c.options = {graph,
                 option("source", OptionKind::Text, "NAME",
                        needsSource ? "the start vertex" : "the start vertex (optional)"),
                 option("target", OptionKind::Text, "NAME",
                        needsTarget ? "the goal vertex" : "stop once this vertex is done; print the path")};
    if (methods) {
        OptionSpec method = option("method", OptionKind::Choice, "METHOD",
                                   "which algorithm (default " + methodOf(main.id) + ")");
        method.defaultValue = methodOf(main.id);
        method.choices = methodNames;
        c.options.push_back(method);
        std::string list;
        for (const auto& name : methodNames) list += (list.empty() ? "" : "|") + name;
        c.summary += " (--method " + list + ")";
    }
    for (const auto* e : entries) {
        c.details += (c.details.empty() ? "" : "\n") + e->title +
                     (methods ? " (--method " + methodOf(e->id) + ")" : "") + ":\n";
        for (std::size_t i = 0; i < e->pseudocode.size(); ++i)
            c.details += (i + 1 < 10 ? "   " : "  ") + std::to_string(i + 1) + "  " + e->pseudocode[i] + "\n";
    }
    c.example = examplePreset(item);
    c.build = [item](const Options& options, const RunLimits& limits) {
        return buildGraphRun(item, options, limits);
    };
    return c;
}

}  // namespace

std::vector<CatalogueItem> graphItems() {
    std::vector<std::string> items;
    for (const auto& a : graph::graphCatalogue())
        if (std::find(items.begin(), items.end(), itemOf(a.id)) == items.end()) items.push_back(itemOf(a.id));
    std::vector<CatalogueItem> out;
    for (const auto& item : items) out.push_back(graphItem(item));
    return out;
}

}  // namespace stepwise::catalogue
