#pragma once
// Independent references for the practice tests: brute-force answers computed from a question's
// instance alone, sharing no code with core (its own graph reader, its own searches).
#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace stepwise::practice::oracle {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

struct Digraph {
    bool directed = true;
    std::vector<std::string> names;  // in order of first appearance
    std::map<std::string, int> index;
    std::vector<std::vector<std::pair<int, double>>> out;  // in edge-list order
    std::vector<std::tuple<int, int, double>> edges;

    int vertex(const std::string& name) {
        auto [it, added] = index.try_emplace(name, static_cast<int>(names.size()));
        if (added) {
            names.push_back(name);
            out.emplace_back();
        }
        return it->second;
    }
    int n() const { return static_cast<int>(names.size()); }
    std::optional<double> weight(int u, int v) const {
        for (auto [w, c] : out[u])
            if (w == v) return c;
        return std::nullopt;
    }
};

inline Digraph readGraph(const std::string& text) {
    Digraph g;
    std::istringstream lines(text);
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string x; words >> x;) w.push_back(x);
        if (w.empty()) continue;
        if (first && (w[0] == "directed" || w[0] == "undirected")) {
            g.directed = w[0] == "directed";
            first = false;
            continue;
        }
        first = false;
        if (w.size() == 1) {
            g.vertex(w[0]);
            continue;
        }
        const int u = g.vertex(w[0]), v = g.vertex(w[1]);
        const double c = w.size() > 2 ? std::stod(w[2]) : 1.0;
        g.out[u].push_back({v, c});
        if (!g.directed) g.out[v].push_back({u, c});
        g.edges.emplace_back(u, v, c);
    }
    return g;
}

/// Bellman-Ford from s by plain passes; `negativeCycle` set when a pass after n-1 still relaxes.
inline std::vector<double> distances(const Digraph& g, int s, bool* negativeCycle = nullptr) {
    std::vector<double> d(g.n(), kInf);
    d[s] = 0;
    bool changed = true;
    for (int pass = 0; pass < g.n() && changed; ++pass) {
        changed = false;
        for (int u = 0; u < g.n(); ++u)
            if (d[u] < kInf)
                for (auto [v, c] : g.out[u])
                    if (d[u] + c < d[v]) d[v] = d[u] + c, changed = true;
    }
    if (negativeCycle) *negativeCycle = changed;
    return d;
}

inline std::vector<int> hops(const Digraph& g, int s) {
    Digraph unit = g;
    for (auto& list : unit.out)
        for (auto& e : list) e.second = 1;
    std::vector<int> h(g.n(), -1);
    const auto d = distances(unit, s);
    for (int v = 0; v < g.n(); ++v) h[v] = d[v] < kInf ? static_cast<int>(d[v]) : -1;
    return h;
}

/// reach[u][v]: a path of at least one edge from u to v.
inline std::vector<std::vector<bool>> closure(const Digraph& g) {
    std::vector<std::vector<bool>> r(g.n(), std::vector<bool>(g.n(), false));
    for (int u = 0; u < g.n(); ++u)
        for (auto [v, c] : g.out[u]) r[u][v] = true;
    for (int k = 0; k < g.n(); ++k)
        for (int i = 0; i < g.n(); ++i)
            for (int j = 0; j < g.n(); ++j)
                if (r[i][k] && r[k][j]) r[i][j] = true;
    return r;
}

/// Recursive DFS from s only, edges in listed order: discovery and finish orders.
inline void dfs(const Digraph& g, int u, std::vector<bool>& seen, std::vector<std::string>& discovered,
                std::vector<std::string>& finished) {
    seen[u] = true;
    discovered.push_back(g.names[u]);
    for (auto [v, c] : g.out[u])
        if (!seen[v]) dfs(g, v, seen, discovered, finished);
    finished.push_back(g.names[u]);
}

/// Minimum spanning tree weight by trying every subset of n-1 edges is too slow for 18 edges
/// squared; a textbook Kruskal over sorted edges with a naive label array instead.
inline double mstWeight(const Digraph& g) {
    auto edges = g.edges;
    std::sort(edges.begin(), edges.end(),
              [](const auto& a, const auto& b) { return std::get<2>(a) < std::get<2>(b); });
    std::vector<int> label(g.n());
    for (int v = 0; v < g.n(); ++v) label[v] = v;
    double total = 0;
    for (auto [u, v, c] : edges) {
        if (label[u] == label[v]) continue;
        const int from = label[v];
        for (auto& l : label)
            if (l == from) l = label[u];
        total += c;
    }
    return total;
}

}  // namespace stepwise::practice::oracle
