#include "core/graph/GraphResultText.h"

#include <sstream>

#include "core/common/TextTable.h"
#include "core/graph/EdgeMarkName.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {
namespace {

std::string joined(const Graph& g, const std::vector<VertexId>& vertices, const std::string& separator) {
    std::string text;
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        if (i) text += separator;
        text += g.name(vertices[i]);
    }
    return text;
}

std::string edgeLabel(const Graph& g, EdgeId e) {
    const auto& edge = g.edge(e);
    return g.name(edge.from) + (g.directed() ? "→" : "–") + g.name(edge.to);
}

std::string timeText(std::uint32_t t) {
    return t == none ? "-" : std::to_string(t);
}

}  // namespace

std::string graphResultHeading(const std::string& title, const std::string& fileLabel, const Graph& g,
                               const GraphQuery& query, std::size_t steps) {
    std::ostringstream text;
    text << title << " on " << fileLabel << " (" << (g.directed() ? "directed" : "undirected") << ", "
         << g.vertexCount() << " vertices, " << g.edgeCount() << " edges)";
    if (query.source != none) text << " from " << g.name(query.source);
    if (query.target != none) text << " to " << g.name(query.target);
    text << ": " << steps << " steps";
    return text.str();
}

std::string graphResultText(const Graph& g, const GraphResult& r, std::string_view item,
                            const GraphQuery& query) {
    // Appended to one string (a million-row table is tens of megabytes; a stream would copy it twice).
    std::string out;
    const bool perVertex =
        !r.distance.empty() || !r.parent.empty() || !r.discovered.empty() || !r.finished.empty();
    if (perVertex) {
        TextTable table;
        std::vector<std::string> row{"vertex"};
        if (!r.distance.empty()) row.push_back("distance");
        if (!r.parent.empty()) row.push_back("parent");
        if (!r.discovered.empty()) row.push_back("discovered");
        if (!r.finished.empty()) row.push_back("finished");
        table.add(row);
        for (VertexId v = 0; v < g.vertexCount(); ++v) {
            row.clear();
            row.push_back(g.name(v));
            if (!r.distance.empty()) row.push_back(formatNumber(r.distance[v]));
            if (!r.parent.empty()) row.push_back(r.parent[v] == none ? "-" : g.name(g.tail(r.parent[v])));
            if (!r.discovered.empty()) row.push_back(timeText(r.discovered[v]));
            if (!r.finished.empty()) row.push_back(timeText(r.finished[v]));
            table.add(row);
        }
        out += table.str();
        out += '\n';
    }
    if (!r.order.empty()) out += "order: " + joined(g, r.order, " ") + '\n';
    if (!r.components.empty()) {
        out += std::to_string(r.components.size()) +
               (r.components.size() == 1 ? " component:\n" : " components:\n");
        for (std::size_t i = 0; i < r.components.size(); ++i)
            out += "  " + std::to_string(i + 1) + ": " + joined(g, r.components[i], " ") + '\n';
    }
    if (!r.treeEdges.empty() || item == "mst") {
        out += item == "mst" ? "tree edges:\n" : "edges:\n";
        TextTable table;
        for (EdgeId e : r.treeEdges) table.add({"  " + edgeLabel(g, e), formatNumber(g.edge(e).weight)});
        if (!r.treeEdges.empty()) out += table.str() + '\n';
        out += "total weight: " + formatNumber(r.totalWeight) + '\n';
    }
    if (r.cycle) {
        auto closed = *r.cycle;
        if (!closed.empty() && closed.front() != closed.back()) closed.push_back(closed.front());
        const char* label = item == "bellman-ford"       ? "negative cycle (distances on it are not final): "
                            : item == "topological-sort" ? "no topological order, the graph has a cycle: "
                                                         : "cycle: ";
        out += label + joined(g, closed, " → ") + '\n';
    } else if (item == "cycle") {
        out += "no cycle\n";
    }
    if (!r.edgeKinds.empty()) {
        out += "edge kinds:\n";
        TextTable table;
        for (EdgeId e = 0; e < r.edgeKinds.size() && e < g.edgeCount(); ++e)
            table.add({"  " + edgeLabel(g, e), edgeMarkName(r.edgeKinds[e])});
        out += table.str();
        out += '\n';
    }
    if (query.target != none && !r.parent.empty() && !r.distance.empty()) {
        const auto path = pathTo(g, r, query.target);
        if (path.empty())
            out += "no path to " + g.name(query.target) + '\n';
        else
            out += "path: " + joined(g, path, " → ") + "  (" + formatNumber(r.distance[query.target]) + ")\n";
    }
    return out;
}

}  // namespace stepwise::graph
