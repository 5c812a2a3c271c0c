#include "core/graph/GraphResultJson.h"

#include <cmath>

#include "core/graph/EdgeMarkName.h"

namespace stepwise::graph {
namespace {

/// JSON numbers: integral values as integers (7, not 7.0), ∞ as null.
nlohmann::json number(double value) {
    if (!std::isfinite(value)) return nullptr;
    if (value == std::floor(value) && std::fabs(value) < 9.0e15) return static_cast<long long>(value);
    return value;
}

nlohmann::json timeJson(std::uint32_t t) {
    return t == none ? nlohmann::json(nullptr) : nlohmann::json(t);
}

nlohmann::json names(const Graph& g, const std::vector<VertexId>& vertices) {
    auto list = nlohmann::json::array();
    for (VertexId v : vertices) list.push_back(g.name(v));
    return list;
}

}  // namespace

nlohmann::json graphResultJson(const Graph& g, const GraphResult& r, std::string_view item,
                               std::string_view method, const GraphQuery& query) {
    nlohmann::json out = nlohmann::json::object();
    if (!method.empty()) out["method"] = method;
    if (!r.distance.empty()) {
        auto& d = out["distances"] = nlohmann::json::object();
        for (VertexId v = 0; v < g.vertexCount(); ++v) d[g.name(v)] = number(r.distance[v]);
    }
    if (!r.parent.empty()) {
        auto& p = out["parents"] = nlohmann::json::object();
        for (VertexId v = 0; v < g.vertexCount(); ++v)
            p[g.name(v)] =
                r.parent[v] == none ? nlohmann::json(nullptr) : nlohmann::json(g.name(g.tail(r.parent[v])));
    }
    if (!r.order.empty()) out["order"] = names(g, r.order);
    if (!r.components.empty()) {
        auto& list = out["components"] = nlohmann::json::array();
        for (const auto& component : r.components) list.push_back(names(g, component));
    }
    if (!r.treeEdges.empty() || item == "mst") {
        auto& list = out["edges"] = nlohmann::json::array();
        for (EdgeId e : r.treeEdges) {
            const auto& edge = g.edge(e);
            list.push_back(
                {{"from", g.name(edge.from)}, {"to", g.name(edge.to)}, {"weight", number(edge.weight)}});
        }
        out["total_weight"] = number(r.totalWeight);
    }
    // Bellman-Ford's cycle is a negative one; for cycle detection "no cycle" is an answer too.
    const std::string cycleKey = item == "bellman-ford" ? "negative_cycle" : "cycle";
    if (r.cycle)
        out[cycleKey] = names(g, *r.cycle);
    else if (item == "cycle")
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
    if (query.target != none && !r.parent.empty() && !r.distance.empty()) {
        const auto path = pathTo(g, r, query.target);
        out["path"] = path.empty() ? nlohmann::json(nullptr) : names(g, path);
    }
    return out;
}

}  // namespace stepwise::graph
