// Question types of the graph searches: two or more per item, each on a random graph run through
// the item's own catalogue entry; every answer is read from that run's result.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>

#include "core/practice/Answer.h"
#include "core/practice/GraphInstance.h"
#include "core/practice/QuestionType.h"

namespace stepwise::practice {
namespace {

using nlohmann::json;
constexpr int kAttempts = 500;

std::string num(double d) {
    const auto whole = static_cast<std::int64_t>(d);
    return static_cast<double>(whole) == d ? std::to_string(whole) : std::to_string(d);
}

/// The level's graph: size within sizeBounds, denser and trickier as the level rises.
GraphShape shapeFor(const std::string& type, Level level, Random& random) {
    const auto [low, high] = sizeBounds(type, level);
    GraphShape s;
    s.vertices = static_cast<std::size_t>(
        random.between(static_cast<std::int64_t>(low), static_cast<std::int64_t>(high)));
    s.edges = s.vertices + (level == Level::Easy ? 1 : level == Level::Medium ? 3 : s.vertices);
    return s;
}

struct Maker {
    std::string type;
    Level level;
    std::uint64_t seed;
    Random random;

    Maker(std::string t, Level l, std::uint64_t s) : type(std::move(t)), level(l), seed(s), random(s) {}

    std::string pick(const std::vector<std::string>& names) { return names[random.below(names.size())]; }

    Question question(const GraphCase& c, const std::string& source, const std::string& target) const {
        Question q;
        q.type = type;
        q.item = type.substr(0, type.find('.'));
        q.level = level;
        q.seed = seed;
        q.instance = json{{"graph", c.text}};
        if (!source.empty()) q.instance["source"] = source;
        if (!target.empty()) q.instance["target"] = target;
        q.size = c.graph->vertexCount();
        return q;
    }
};

std::vector<std::string> sortedNames(const GraphCase& c) {
    auto names = c.names;
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return names;
}

bool allReached(const json& distances) {
    for (const auto& [name, d] : distances.items())
        if (d.is_null()) return false;
    return true;
}

std::vector<std::string> strings(const json& list) {
    std::vector<std::string> out;
    for (const auto& v : list) out.push_back(v.get<std::string>());
    return out;
}

/// source → ... → target along the result's parents.
std::vector<std::string> parentPath(const json& parents, const std::string& target) {
    std::vector<std::string> path{target};
    while (!parents[path.back()].is_null() && path.size() <= parents.size())
        path.push_back(parents[path.back()]);
    std::reverse(path.begin(), path.end());
    return path;
}

/// Clicking the instance's vertices, each click appending to the answer.
AnswerForm vertexForm(const GraphCase& c) {
    AnswerForm form;
    form.kind = AnswerForm::Kind::Vertices;
    form.choices = sortedNames(c);
    return form;
}

/// Clicking the instance's edges, each click adding or removing one (U-V, as the edge is stored).
AnswerForm edgeForm(const GraphCase& c) {
    AnswerForm form;
    form.kind = AnswerForm::Kind::Edges;
    for (const auto& e : c.graph->edges()) form.choices.push_back(edgeToken(c.graph->name(e.from), c.graph->name(e.to)));
    return form;
}

graph::VertexId id(const GraphCase& c, const std::string& name) {
    return *c.graph->find(name);
}

/// Weight of the edge u→v (either way when undirected), or nullopt.
std::optional<double> edgeWeight(const graph::Graph& g, const std::string& u, const std::string& v) {
    const auto a = g.find(u), b = g.find(v);
    if (!a || !b) return std::nullopt;
    for (auto arc = g.firstArc(*a); arc < g.endArc(*a); ++arc)
        if (g.head(arc) == *b) return g.weight(arc);
    return std::nullopt;
}

[[noreturn]] void noInstance(const std::string& type) {
    throw std::logic_error(type + ": no instance found within the attempts");
}

// ---- BFS -------------------------------------------------------------------------------------

GraphCase bfsCase(Maker& m, std::string& source) {
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto shape = shapeFor(m.type, m.level, m.random);
        shape.directed = false;
        shape.weighted = false;
        const auto names = vertexNames(shape.vertices);
        source = m.pick(names);
        auto c = runGraph("bfs", randomGraphText(shape, m.random), source);
        if (allReached(c.result["distances"])) return c;
    }
    noInstance(m.type);
}

Question bfsDistance(Level level, std::uint64_t seed) {
    Maker m("bfs.distance", level, seed);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        std::string source;
        auto c = bfsCase(m, source);
        const std::string target = m.pick(c.names);
        const double d = c.result["distances"][target];
        if (target == source || (level != Level::Easy && d < 2)) continue;
        Question q = m.question(c, source, target);
        q.text = "Breadth-first search from " + source + ": how many edges are on a shortest path from " +
                 source + " to " + target + "?";
        q.expected = num(d);
        q.check = numberChecker(d);
        q.explanation = "BFS reaches " + target + " at hop " + num(d) + ", along " +
                        joined(parentPath(c.result["parents"], target), "–") + "; no path has fewer edges.";
        const auto t = id(c, target);
        q.step = firstStepWhere(
            *c.run, [t](const graph::GraphState& s) { return s.distance[t] != graph::unreached; });
        return q;
    }
    noInstance(m.type);
}

Question bfsLevel(Level level, std::uint64_t seed) {
    Maker m("bfs.level", level, seed);
    std::string source;
    auto c = bfsCase(m, source);
    double farthest = 0;
    for (const auto& [name, d] : c.result["distances"].items())
        farthest = std::max(farthest, d.get<double>());
    const auto k =
        static_cast<double>(m.random.between(1, static_cast<std::int64_t>(std::max(1.0, farthest))));
    std::vector<std::string> atK;
    std::vector<graph::VertexId> ids;
    for (const auto& name : strings(c.result["order"]))
        if (c.result["distances"][name].get<double>() == k) {
            atK.push_back(name);
            ids.push_back(id(c, name));
        }
    Question q = m.question(c, source, {});
    q.text = "Breadth-first search from " + source + ": which vertices are exactly " + num(k) + " edge" +
             (k == 1 ? "" : "s") + " away from " + source + "?";
    q.expected = joined(atK, " ");
    q.form = vertexForm(c);
    q.check =
        namesChecker(sortedNames(c), "vertex", [atK](const auto& names) { return sameSet(names, atK); });
    q.explanation =
        "BFS finds the vertices in layers by hop count; layer " + num(k) + " is " + joined(atK) + ".";
    q.step = firstStepWhere(*c.run, [ids](const graph::GraphState& s) {
        return std::all_of(ids.begin(), ids.end(),
                           [&s](auto v) { return s.distance[v] != graph::unreached; });
    });
    return q;
}

// ---- DFS -------------------------------------------------------------------------------------

Question dfsTimes(Level level, std::uint64_t seed, bool finish) {
    Maker m(finish ? "dfs.finish" : "dfs.order", level, seed);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto shape = shapeFor(m.type, m.level, m.random);
        shape.weighted = false;
        const std::string source = m.pick(vertexNames(shape.vertices));
        auto c = runGraph("dfs", randomGraphText(shape, m.random), source);
        // Only from the source: an instance where DFS restarts elsewhere is drawn again.
        const auto reach = runGraph("bfs", c.text, source);
        if (!allReached(reach.result["distances"])) continue;
        const json& times = c.result[finish ? "finished" : "discovered"];
        std::vector<std::string> order = c.names;
        std::sort(order.begin(), order.end(), [&times](const std::string& a, const std::string& b) {
            return times[a].get<double>() < times[b].get<double>();
        });
        Question q = m.question(c, source, {});
        q.text = "Depth-first search from " + source +
                 ", taking each vertex's edges in the order they are listed: in what order do the vertices " +
                 (finish ? "finish (turn black)?" : "get discovered?");
        q.expected = joined(order, " ");
        q.form = vertexForm(c);
        q.check =
            namesChecker(sortedNames(c), "vertex", [order](const auto& names) { return names == order; });
        q.explanation = std::string(finish ? "A vertex finishes when all its edges are explored: "
                                           : "DFS goes deep along the first unexplored edge: ") +
                        joined(order, ", ") + ".";
        q.step = 1;
        return q;
    }
    noInstance(m.type);
}

// ---- Shortest paths (Dijkstra, A*, Bellman-Ford) -----------------------------------------------

/// A weighted digraph where `target` (drawn here) is reachable from `source` and, at hard, two
/// different last edges into it come within 1 of the shortest distance (near-equal costs).
GraphCase shortestCase(Maker& m, const std::string& algorithm, std::string& source, std::string& target,
                       std::int64_t minWeight) {
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto shape = shapeFor(m.type, m.level, m.random);
        shape.minWeight = m.level == Level::Easy ? std::max<std::int64_t>(minWeight, 1) : minWeight;
        shape.maxWeight = m.level == Level::Hard && minWeight > 0 ? 4 : 9;
        const auto names = vertexNames(shape.vertices);
        source = m.pick(names);
        target = m.pick(names);
        if (source == target) continue;
        GraphCase c;
        try {
            c = runGraph(algorithm, randomGraphText(shape, m.random), source,
                         algorithm == "astar" ? target : "");
        } catch (const std::exception&) {
            continue;
        }
        if (c.result.contains("negative_cycle")) continue;
        const json& d = c.result["distances"];
        if (!d.contains(target) || d[target].is_null()) continue;
        if (m.level == Level::Hard) {
            const double best = d[target];
            int close = 0;
            for (const auto& u : c.names)
                if (d.contains(u) && !d[u].is_null())
                    if (auto w = edgeWeight(*c.graph, u, target); w && d[u].get<double>() + *w <= best + 1)
                        ++close;
            if (close < 2) continue;
        }
        if (m.level != Level::Easy && algorithm == "bellman-ford") {
            bool negative = false;
            for (auto w : c.graph->weights()) negative = negative || w < 0;
            if (!negative) continue;
        }
        return c;
    }
    noInstance(m.type);
}

Question distanceQuestion(Level level, std::uint64_t seed, const std::string& item, std::int64_t minWeight) {
    Maker m(item + ".distance", level, seed);
    std::string source, target;
    auto c = shortestCase(m, item, source, target, minWeight);
    const double d = c.result["distances"][target];
    Question q = m.question(c, source, target);
    const std::string name = item == "dijkstra" ? "Dijkstra" : item == "astar" ? "A*" : "Bellman-Ford";
    q.text =
        name + " from " + source + ": what is the shortest distance from " + source + " to " + target + "?";
    q.expected = num(d);
    q.check = numberChecker(d);
    q.explanation = "The cheapest path is " + joined(parentPath(c.result["parents"], target), "→") +
                    ", of cost " + num(d) +
                    (item == "bellman-ford" ? " (negative edges allowed; no negative cycle)." : ".");
    const auto t = id(c, target);
    if (item == "bellman-ford")
        q.step = firstStepWhere(*c.run, [t, d](const graph::GraphState& s) { return s.distance[t] == d; });
    else
        q.step = firstStepWhere(*c.run, [t](const graph::GraphState& s) {
            return std::find(s.order.begin(), s.order.end(), t) != s.order.end();
        });
    return q;
}

Question dijkstraOrder(Level level, std::uint64_t seed) {
    Maker m("dijkstra.order", level, seed);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto shape = shapeFor(m.type, m.level, m.random);
        shape.maxWeight = level == Level::Hard ? 3 : 9;
        const std::string source = m.pick(vertexNames(shape.vertices));
        auto c = runGraph("dijkstra", randomGraphText(shape, m.random), source);
        std::map<std::string, double> dist;
        for (const auto& [name, d] : c.result["distances"].items())
            if (!d.is_null()) dist[name] = d;
        if (dist.size() < 3) continue;
        std::set<double> distinct;
        for (const auto& [name, d] : dist) distinct.insert(d);
        const bool ties = distinct.size() < dist.size();
        // Easy: one right order; hard: ties, so several orders are right and all are accepted.
        if ((level == Level::Easy && ties) || (level == Level::Hard && !ties)) continue;
        Question q = m.question(c, source, {});
        q.text = "Dijkstra from " + source + ": in what order are the vertices it reaches settled?" +
                 (ties ? " (Vertices at equal distance may come in either order.)" : "");
        q.expected = joined(strings(c.result["order"]), " ");
        q.form = vertexForm(c);
        q.check = namesChecker(sortedNames(c), "vertex", [dist](const std::vector<std::string>& names) {
            if (names.size() != dist.size()) return false;
            std::set<std::string> seen(names.begin(), names.end());
            if (seen.size() != names.size()) return false;
            for (const auto& name : names)
                if (!dist.count(name)) return false;  // a vertex Dijkstra never reaches
            for (std::size_t i = 0; i + 1 < names.size(); ++i)
                if (dist.at(names[i]) > dist.at(names[i + 1])) return false;
            return true;
        });
        std::string byDistance;
        for (const auto& name : strings(c.result["order"]))
            byDistance += (byDistance.empty() ? "" : ", ") + name + " " + num(dist[name]);
        q.explanation = "Dijkstra settles vertices by increasing distance: " + byDistance + ".";
        q.step = 1;
        return q;
    }
    noInstance(m.type);
}

Question astarPath(Level level, std::uint64_t seed) {
    Maker m("astar.path", level, seed);
    std::string source, target;
    auto c = shortestCase(m, "astar", source, target, 1);
    const double d = c.result["distances"][target];
    Question q = m.question(c, source, target);
    q.text = "A* from " + source + " to " + target + ": give a cheapest path (its vertices, " + source +
             " first).";
    const auto path = strings(c.result["path"]);
    q.expected = joined(path, " ");
    auto graph = c.graph;
    q.form = vertexForm(c);
    q.check =
        namesChecker(sortedNames(c), "vertex", [graph, source, target, d](const std::vector<std::string>& p) {
            if (p.front() != source || p.back() != target) return false;
            double cost = 0;
            for (std::size_t i = 0; i + 1 < p.size(); ++i) {
                const auto w = edgeWeight(*graph, p[i], p[i + 1]);
                if (!w) return false;
                cost += *w;
            }
            return cost == d;
        });
    q.explanation = "A cheapest path costs " + num(d) + ": " + joined(path, "→") + ".";
    q.step = c.run->stepCount();
    return q;
}

Question bellmanFordCycle(Level level, std::uint64_t seed) {
    Maker m("bellman-ford.cycle", level, seed);
    const bool wanted = seed % 2 == 1;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto shape = shapeFor(m.type, m.level, m.random);
        shape.minWeight = level == Level::Easy ? -2 : -5;
        const std::string source = m.pick(vertexNames(shape.vertices));
        auto c = runGraph("bellman-ford", randomGraphText(shape, m.random), source);
        const bool found = c.result.contains("negative_cycle") && !c.result["negative_cycle"].is_null();
        if (found != wanted) continue;
        Question q = m.question(c, source, {});
        q.text = "Bellman-Ford from " + source + ": is there a negative cycle reachable from " + source + "?";
        q.expected = found ? "yes" : "no";
        q.form = yesNoForm();
        q.check = yesNoChecker(found);
        q.explanation = found ? "Yes: " + joined(strings(c.result["negative_cycle"]), "→") +
                                    " closes with a negative total, so a V-th pass still relaxes an edge."
                              : "No: after V-1 passes no edge can be relaxed any more.";
        q.step = c.run->stepCount();
        return q;
    }
    noInstance(m.type);
}

// ---- Topological sort -----------------------------------------------------------------------------

GraphCase dagCase(Maker& m) {
    auto shape = shapeFor(m.type, m.level, m.random);
    shape.acyclic = true;
    shape.weighted = false;
    return runGraph("topological-sort:kahn", randomGraphText(shape, m.random));
}

Question topoOrder(Level level, std::uint64_t seed) {
    Maker m("topological-sort.order", level, seed);
    auto c = dagCase(m);
    Question q = m.question(c, {}, {});
    q.text = "Give a topological order of the vertices (any valid order is right).";
    q.expected = joined(strings(c.result["order"]), " ");
    auto graph = c.graph;
    q.form = vertexForm(c);
    q.check = namesChecker(sortedNames(c), "vertex", [graph](const std::vector<std::string>& names) {
        if (names.size() != graph->vertexCount()) return false;
        std::map<std::string, std::size_t> at;
        for (std::size_t i = 0; i < names.size(); ++i) at[names[i]] = i;
        if (at.size() != names.size()) return false;
        for (graph::ArcId a = 0; a < graph->arcCount(); ++a)
            if (at[graph->name(graph->tail(a))] > at[graph->name(graph->head(a))]) return false;
        return true;
    });
    q.explanation = "Every edge must point forward in the order; Kahn's algorithm outputs " + q.expected +
                    " by repeatedly taking a vertex with no incoming edges left.";
    q.step = 1;
    return q;
}

Question topoFirst(Level level, std::uint64_t seed) {
    Maker m("topological-sort.first", level, seed);
    auto c = dagCase(m);
    std::vector<std::string> sources;
    for (const auto& name : c.names) {
        bool incoming = false;
        for (graph::ArcId a = 0; a < c.graph->arcCount(); ++a)
            incoming = incoming || c.graph->name(c.graph->head(a)) == name;
        if (!incoming) sources.push_back(name);
    }
    Question q = m.question(c, {}, {});
    q.text = "Which vertices can come first in a topological order? (all of them)";
    q.expected = joined(sources, " ");
    q.form = vertexForm(c);
    q.check = namesChecker(sortedNames(c), "vertex",
                           [sources](const auto& names) { return sameSet(names, sources); });
    q.explanation = "Exactly the vertices with no incoming edge can come first: " + joined(sources) + ".";
    q.step = 0;
    return q;
}

// ---- Strongly connected components -------------------------------------------------------------------

Question sccQuestion(Level level, std::uint64_t seed, bool count) {
    Maker m(count ? "scc.count" : "scc.component", level, seed);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto shape = shapeFor(m.type, m.level, m.random);
        shape.weighted = false;
        shape.edges = shape.vertices + shape.vertices / 2 + (level == Level::Hard ? 2 : 0);
        auto c = runGraph("scc:tarjan", randomGraphText(shape, m.random));
        const json& components = c.result["components"];
        Question q = m.question(c, {}, {});
        if (count) {
            if (components.size() == c.names.size() || components.size() == 1) continue;
            q.text = "How many strongly connected components does the graph have?";
            q.expected = std::to_string(components.size());
            q.check = numberChecker(static_cast<double>(components.size()));
            std::string list;
            for (const auto& comp : components) list += (list.empty() ? "" : "; ") + joined(strings(comp));
            q.explanation = "Tarjan finds " + q.expected + ": " + list + ".";
            q.step = c.run->stepCount();
            return q;
        }
        const std::string vertex = m.pick(c.names);
        std::vector<std::string> mine;
        for (const auto& comp : components)
            for (const auto& v : comp)
                if (v == vertex) mine = strings(comp);
        if (level != Level::Easy && mine.size() < 2) continue;
        q.text = "Which vertices are in the strongly connected component of " + vertex + " (" + vertex +
                 " included)?";
        q.instance["vertex"] = vertex;
        q.expected = joined(mine, " ");
        q.form = vertexForm(c);
        q.check = namesChecker(sortedNames(c), "vertex",
                               [mine](const auto& names) { return sameSet(names, mine); });
        q.explanation = mine.size() == 1
                            ? vertex + " lies on no cycle, so it is alone in its component."
                            : "Each of " + joined(mine) + " reaches every other and is reached back.";
        const auto v = id(c, vertex);
        q.step =
            firstStepWhere(*c.run, [v](const graph::GraphState& s) { return s.group[v] != graph::none; });
        return q;
    }
    noInstance(m.type);
}

// ---- Cycle detection ---------------------------------------------------------------------------------

bool hasCycle(const json& result) {
    return result.contains("cycle") && !result["cycle"].is_null();
}

Question cycleQuestion(Level level, std::uint64_t seed, bool find) {
    Maker m(find ? "cycle.find" : "cycle.exists", level, seed);
    const bool wanted = find || seed % 2 == 1;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto shape = shapeFor(m.type, m.level, m.random);
        shape.weighted = false;
        shape.edges = shape.vertices + (level == Level::Easy ? 0 : 2);
        shape.acyclic = !wanted && m.random.chance(0.5);
        auto c = runGraph("cycle", randomGraphText(shape, m.random));
        if (hasCycle(c.result) != wanted) continue;
        Question q = m.question(c, {}, {});
        q.step = c.run->stepCount();
        if (!find) {
            q.text = "Does this directed graph have a cycle?";
            q.expected = wanted ? "yes" : "no";
            q.form = yesNoForm();
            q.check = yesNoChecker(wanted);
            q.explanation = wanted ? "Yes: " + joined(strings(c.result["cycle"]), "→") +
                                         " and back; DFS meets a grey vertex (a back edge)."
                                   : "No: DFS finds no back edge, so the graph is acyclic.";
            return q;
        }
        const auto cycle = strings(c.result["cycle"]);
        q.text = "Give a directed cycle: its vertices in order (the last has an edge back to the first).";
        q.expected = joined(cycle, " ");
        auto graph = c.graph;
        q.form = vertexForm(c);
        q.check = namesChecker(sortedNames(c), "vertex", [graph](const std::vector<std::string>& p) {
            if (std::set<std::string>(p.begin(), p.end()).size() != p.size()) return false;
            for (std::size_t i = 0; i < p.size(); ++i)
                if (!edgeWeight(*graph, p[i], p[(i + 1) % p.size()])) return false;
            return true;
        });
        q.explanation = "DFS meets a grey vertex along a back edge; the grey path closes the cycle " +
                        joined(cycle, "→") + "→" + cycle.front() + ".";
        return q;
    }
    noInstance(m.type);
}

// ---- Minimum spanning tree ---------------------------------------------------------------------------

Question mstQuestion(Level level, std::uint64_t seed, bool edges) {
    Maker m(edges ? "mst.edges" : "mst.weight", level, seed);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto shape = shapeFor(m.type, m.level, m.random);
        shape.directed = false;
        shape.maxWeight = level == Level::Hard ? 4 : 20;
        auto c = runGraph("mst:prim", randomGraphText(shape, m.random));
        if (c.result["edges"].size() + 1 != c.names.size()) continue;  // not connected: draw again
        if (level == Level::Easy) {                                    // distinct weights: one MST
            std::set<double> w(c.graph->weights().begin(), c.graph->weights().end());
            if (w.size() * 2 != c.graph->weights().size()) continue;
        }
        const double total = c.result["total_weight"];
        std::vector<std::string> tree;
        for (const auto& e : c.result["edges"])
            tree.push_back(edgeToken(e["from"].get<std::string>(), e["to"].get<std::string>()));
        Question q = m.question(c, {}, {});
        q.step = c.run->stepCount();
        q.explanation = "A minimum spanning tree: " + joined(tree) + ", of total weight " + num(total) + ".";
        if (!edges) {
            q.text = "What is the total weight of a minimum spanning tree of this graph?";
            q.expected = num(total);
            q.check = numberChecker(total);
            return q;
        }
        q.text = "Which edges form a minimum spanning tree? Write each as U-V." +
                 std::string(level == Level::Easy ? "" : " (Any minimum spanning tree is right.)");
        q.expected = joined(tree, " ");
        q.form = edgeForm(c);
        auto graph = c.graph;
        q.check = edgesChecker(sortedNames(c),
                               [graph, total](const std::vector<std::pair<std::string, std::string>>& es) {
                                   if (es.size() + 1 != graph->vertexCount()) return false;
                                   std::vector<std::size_t> parent(graph->vertexCount());
                                   std::iota(parent.begin(), parent.end(), 0);
                                   auto root = [&parent](std::size_t v) {
                                       while (parent[v] != v) v = parent[v];
                                       return v;
                                   };
                                   double sum = 0;
                                   for (const auto& [u, v] : es) {
                                       const auto w = edgeWeight(*graph, u, v);
                                       if (!w) return false;
                                       const auto a = root(*graph->find(u)), b = root(*graph->find(v));
                                       if (a == b) return false;
                                       parent[a] = b;
                                       sum += *w;
                                   }
                                   return sum == total;
                               });
        return q;
    }
    noInstance(m.type);
}

}  // namespace

std::vector<QuestionType> graphQuestionTypes() {
    using L = Level;
    using S = std::uint64_t;
    return {
        questionType("bfs.distance", "hops from the source to a vertex", bfsDistance),
        questionType("bfs.level", "the vertices k hops away", bfsLevel),
        questionType("dfs.order", "discovery order", [](L l, S s) { return dfsTimes(l, s, false); }),
        questionType("dfs.finish", "finish order", [](L l, S s) { return dfsTimes(l, s, true); }),
        questionType("dijkstra.distance", "shortest distance to a vertex",
             [](L l, S s) { return distanceQuestion(l, s, "dijkstra", 1); }),
        questionType("dijkstra.order", "the order vertices are settled", dijkstraOrder),
        questionType("astar.distance", "cost of the cheapest path to the goal",
             [](L l, S s) { return distanceQuestion(l, s, "astar", 1); }),
        questionType("astar.path", "a cheapest path to the goal", astarPath),
        questionType("bellman-ford.distance", "shortest distance with negative edges",
             [](L l, S s) { return distanceQuestion(l, s, "bellman-ford", -3); }),
        questionType("bellman-ford.cycle", "is there a negative cycle", bellmanFordCycle),
        questionType("topological-sort.order", "a valid topological order", topoOrder),
        questionType("topological-sort.first", "the vertices that can come first", topoFirst),
        questionType("scc.component", "the component of a vertex", [](L l, S s) { return sccQuestion(l, s, false); }),
        questionType("scc.count", "how many components", [](L l, S s) { return sccQuestion(l, s, true); }),
        questionType("cycle.exists", "is there a cycle", [](L l, S s) { return cycleQuestion(l, s, false); }),
        questionType("cycle.find", "a directed cycle", [](L l, S s) { return cycleQuestion(l, s, true); }),
        questionType("mst.weight", "total weight of a minimum spanning tree",
             [](L l, S s) { return mstQuestion(l, s, false); }),
        questionType("mst.edges", "the edges of a minimum spanning tree",
             [](L l, S s) { return mstQuestion(l, s, true); }),
    };
}

}  // namespace stepwise::practice
