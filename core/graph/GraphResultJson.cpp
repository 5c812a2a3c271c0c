#include "core/graph/GraphResultJson.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/graph/EdgeMarkName.h"

namespace stepwise::graph {
namespace {

/// JSON numbers: integral values as integers (7, not 7.0), ∞ as null.
void number(JsonSink& out, double value) {
    if (!std::isfinite(value)) return out.null();
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return out.integer(static_cast<long long>(value));
    out.number(value);
}

void time(JsonSink& out, std::uint32_t t) {
    if (t == none) return out.null();
    out.unsignedInteger(t);
}

void names(JsonSink& out, const Graph& g, const std::vector<VertexId>& vertices) {
    out.beginArray();
    for (VertexId v : vertices) out.string(g.name(v));
    out.endArray();
}

/// The first 8 bytes of a name as a big-endian number (zero-padded): comparing two of these
/// orders names as std::string does, up to ties.
std::uint64_t prefixKey(const std::string& name) {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i)
        key = (key << 8) | (i < name.size() ? static_cast<unsigned char>(name[i]) : 0u);
    return key;
}

/// The vertices in name order: the key order of a JSON object keyed by name (std::map's). Sorted
/// on cached prefixes, so a million short names sort as integers.
std::vector<VertexId> byName(const Graph& g) {
    std::vector<std::pair<std::uint64_t, VertexId>> keyed(g.vertexCount());
    for (VertexId v = 0; v < g.vertexCount(); ++v) keyed[v] = {prefixKey(g.name(v)), v};
    std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        return g.name(a.second) < g.name(b.second);
    });
    std::vector<VertexId> order(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i) order[i] = keyed[i].second;
    return order;
}

}  // namespace

void writeGraphResultJson(JsonSink& out, const Graph& g, const GraphResult& r, std::string_view item,
                          std::string_view method, const GraphQuery& query) {
    // Parts in any order here; written sorted by key, as nlohmann::json keeps an object's keys.
    std::vector<std::pair<std::string, std::function<void()>>> parts;
    std::vector<VertexId> sorted;
    auto perVertex = [&](const char* key, auto write) {
        parts.emplace_back(key, [&, write] {
            if (sorted.empty()) sorted = byName(g);
            out.beginObject();
            for (VertexId v : sorted) {
                out.key(g.name(v));
                write(v);
            }
            out.endObject();
        });
    };
    if (!method.empty()) parts.emplace_back("method", [&] { out.string(method); });
    if (!r.distance.empty()) perVertex("distances", [&](VertexId v) { number(out, r.distance[v]); });
    if (!r.parent.empty())
        perVertex("parents", [&](VertexId v) {
            if (r.parent[v] == none) return out.null();
            out.string(g.name(g.tail(r.parent[v])));
        });
    if (!r.order.empty()) parts.emplace_back("order", [&] { names(out, g, r.order); });
    if (!r.components.empty())
        parts.emplace_back("components", [&] {
            out.beginArray();
            for (const auto& component : r.components) names(out, g, component);
            out.endArray();
        });
    if (!r.treeEdges.empty() || item == "mst") {
        parts.emplace_back("edges", [&] {
            out.beginArray();
            for (EdgeId e : r.treeEdges) {
                const auto& edge = g.edge(e);
                out.beginObject();
                out.key("from");
                out.string(g.name(edge.from));
                out.key("to");
                out.string(g.name(edge.to));
                out.key("weight");
                number(out, edge.weight);
                out.endObject();
            }
            out.endArray();
        });
        parts.emplace_back("total_weight", [&] { number(out, r.totalWeight); });
    }
    // Bellman-Ford's cycle is a negative one; for cycle detection "no cycle" is an answer too.
    const std::string cycleKey = item == "bellman-ford" ? "negative_cycle" : "cycle";
    if (r.cycle)
        parts.emplace_back(cycleKey, [&] { names(out, g, *r.cycle); });
    else if (item == "cycle")
        parts.emplace_back(cycleKey, [&] { out.null(); });
    if (!r.discovered.empty()) perVertex("discovered", [&](VertexId v) { time(out, r.discovered[v]); });
    if (!r.finished.empty()) perVertex("finished", [&](VertexId v) { time(out, r.finished[v]); });
    if (!r.edgeKinds.empty())
        parts.emplace_back("edge_kinds", [&] {
            out.beginArray();
            for (EdgeId e = 0; e < r.edgeKinds.size() && e < g.edgeCount(); ++e) {
                const auto& edge = g.edge(e);
                out.beginObject();
                out.key("from");
                out.string(g.name(edge.from));
                out.key("kind");
                out.string(edgeMarkName(r.edgeKinds[e]));
                out.key("to");
                out.string(g.name(edge.to));
                out.endObject();
            }
            out.endArray();
        });
    if (query.target != none && !r.parent.empty() && !r.distance.empty())
        parts.emplace_back("path", [&] {
            const auto path = pathTo(g, r, query.target);
            if (path.empty()) return out.null();
            names(out, g, path);
        });

    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out.beginObject();
    for (const auto& [key, write] : parts) {
        out.key(key);
        write();
    }
    out.endObject();
}

nlohmann::json graphResultJson(const Graph& g, const GraphResult& r, std::string_view item,
                               std::string_view method, const GraphQuery& query) {
    JsonBuilder builder;
    writeGraphResultJson(builder, g, r, item, method, query);
    return builder.take();
}

}  // namespace stepwise::graph
