// Every question type against an independent reference (Oracle.h and the brute force here): the
// reference's answer is accepted, and random candidate answers are accepted exactly when the
// reference says they are right (for a topological order: random permutations, both ways).
#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <iostream>
#include <numeric>
#include <queue>
#include <random>

#include "core/practice/QuestionType.h"
#include "tests/core/practice/Oracle.h"
#include "tests/core/practice/ResilienceOracle.h"

namespace stepwise::practice {
namespace {

using namespace oracle;
using Tokens = std::vector<std::string>;
using I = std::int64_t;

struct Reference {
    Tokens answer;                                   // one right answer
    std::function<bool(const Tokens&)> accepts;      // is a candidate right
    std::function<Tokens(std::mt19937&)> candidate;  // a random well-formed candidate
};

std::string str(const Tokens& t) {
    std::string s;
    for (const auto& x : t) s += (s.empty() ? "" : " ") + x;
    return s;
}
std::string num(double d) {
    std::ostringstream s;
    s << d;
    return s.str();
}

std::vector<std::string> splitList(const std::string& text, char sep = ',') {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text + sep) {
        if (c == sep) {
            while (!cur.empty() && cur.front() == ' ') cur.erase(cur.begin());
            while (!cur.empty() && cur.back() == ' ') cur.pop_back();
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}
std::vector<I> ints(const std::string& text) {
    std::vector<I> out;
    for (const auto& x : splitList(text)) out.push_back(std::stoll(x));
    return out;
}

Reference number(double value) {
    return {{num(value)},
            [value](const Tokens& t) { return t.size() == 1 && std::stod(t[0]) == value; },
            [value](std::mt19937& r) { return Tokens{num(value + static_cast<int>(r() % 5) - 2)}; }};
}
Reference yesNo(bool value) {
    return {{value ? "yes" : "no"},
            [value](const Tokens& t) { return (t[0] == "yes") == value; },
            [](std::mt19937& r) { return Tokens{r() % 2 ? "yes" : "no"}; }};
}

/// Random lists over `vocabulary`: permutations of random subsets, sized around `size`, plus
/// the right answer with two items swapped.
std::function<Tokens(std::mt19937&)> lists(Tokens vocabulary, Tokens right) {
    return [vocabulary, right](std::mt19937& r) {
        Tokens t = r() % 3 == 0 ? right : vocabulary;
        std::shuffle(t.begin(), t.end(), r);
        if (t == right && t.size() > 1) std::swap(t[0], t[1]);
        const std::size_t size = std::max<std::size_t>(1, std::min(t.size(), right.size() + r() % 3 - 1));
        if (r() % 2) t.resize(size);
        return t;
    };
}
bool sameSet(Tokens a, Tokens b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}
Reference set(Tokens vocabulary, Tokens right) {
    return {right, [right](const Tokens& t) { return sameSet(t, right); }, lists(vocabulary, right)};
}
/// One name: candidates are single names.
Reference name(Tokens vocabulary, std::string right) {
    return {{right},
            [right](const Tokens& t) { return t.size() == 1 && t[0] == right; },
            [vocabulary](std::mt19937& r) { return Tokens{vocabulary[r() % vocabulary.size()]}; }};
}
Reference sequence(Tokens vocabulary, Tokens right) {
    return {right, [right](const Tokens& t) { return t == right; }, lists(vocabulary, right)};
}

// ---- graphs ----------------------------------------------------------------------------------------

Reference graphReference(const Question& q) {
    const Digraph g = readGraph(q.instance["graph"]);
    const std::string kind = q.type.substr(q.type.find('.') + 1);
    const int s = q.instance.contains("source") ? g.index.at(q.instance["source"]) : -1;
    const int t = q.instance.contains("target") ? g.index.at(q.instance["target"]) : -1;
    const Tokens names = g.names;
    if (q.item == "bfs") {
        const auto h = hops(g, s);
        if (kind == "distance") return number(h[t]);
        const int k = std::stoi(q.text.substr(q.text.find("exactly ") + 8));
        Tokens at;
        for (int v = 0; v < g.n(); ++v)
            if (h[v] == k) at.push_back(g.names[v]);
        return set(names, at);
    }
    if (q.item == "dfs") {
        std::vector<bool> seen(g.n(), false);
        Tokens discovered, finished;
        dfs(g, s, seen, discovered, finished);
        return sequence(names, kind == "order" ? discovered : finished);
    }
    if (kind == "distance") return number(distances(g, s)[t]);
    if (q.type == "dijkstra.order") {
        const auto d = distances(g, s);
        Tokens reached;
        for (int v = 0; v < g.n(); ++v)
            if (d[v] < kInf) reached.push_back(g.names[v]);
        std::sort(reached.begin(), reached.end(),
                  [&](auto& a, auto& b) { return d[g.index.at(a)] < d[g.index.at(b)]; });
        return {reached,
                [g, d, n = reached.size()](const Tokens& p) {
                    if (p.size() != n || std::set<std::string>(p.begin(), p.end()).size() != n) return false;
                    for (std::size_t k = 0; k < p.size(); ++k) {
                        if (d[g.index.at(p[k])] == kInf) return false;
                        if (k && d[g.index.at(p[k - 1])] > d[g.index.at(p[k])]) return false;
                    }
                    return true;
                },
                lists(names, reached)};
    }
    if (q.type == "astar.path") {
        const double best = distances(g, s)[t];
        auto valid = [g, s, t, best](const Tokens& p) {
            if (g.index.at(p.front()) != s || g.index.at(p.back()) != t) return false;
            double cost = 0;
            for (std::size_t k = 0; k + 1 < p.size(); ++k) {
                const auto w = g.weight(g.index.at(p[k]), g.index.at(p[k + 1]));
                if (!w) return false;
                cost += *w;
            }
            return cost == best;
        };
        // Candidates: random walks from the source (some reach the target, some do not).
        auto walk = [g, s, t](std::mt19937& r) {
            Tokens p{g.names[s]};
            int u = s;
            for (int step = 0; step < 2 * g.n() && u != t && !g.out[u].empty(); ++step) {
                u = g.out[u][r() % g.out[u].size()].first;
                p.push_back(g.names[u]);
            }
            return p;
        };
        const auto d = distances(g, s);
        Tokens right{g.names[t]};  // back from the target along edges that are tight
        for (int v = t; v != s;) {
            for (int u = 0; u < g.n(); ++u)
                if (auto w = g.weight(u, v); w && d[u] + *w == d[v] && d[u] < d[v]) {
                    v = u;
                    break;
                }
            right.insert(right.begin(), g.names[v]);
        }
        return {right, valid, walk};
    }
    if (q.type == "bellman-ford.cycle") {
        bool negative = false;
        distances(g, s, &negative);
        return yesNo(negative);
    }
    if (q.item == "topological-sort") {
        if (kind == "first") {
            std::vector<bool> incoming(g.n(), false);
            for (auto [u, v, c] : g.edges) incoming[v] = true;
            Tokens sources;
            for (int v = 0; v < g.n(); ++v)
                if (!incoming[v]) sources.push_back(g.names[v]);
            return set(names, sources);
        }
        auto valid = [g](const Tokens& p) {
            if (static_cast<int>(p.size()) != g.n() ||
                std::set<std::string>(p.begin(), p.end()).size() != p.size())
                return false;
            std::map<std::string, std::size_t> at;
            for (std::size_t k = 0; k < p.size(); ++k) at[p[k]] = k;
            for (auto [u, v, c] : g.edges)
                if (at[g.names[u]] > at[g.names[v]]) return false;
            return true;
        };
        Tokens right;  // an order by repeatedly removing a source (a separate Kahn)
        std::vector<int> indegree(g.n(), 0);
        for (auto [u, v, c] : g.edges) ++indegree[v];
        std::vector<bool> done(g.n(), false);
        while (static_cast<int>(right.size()) < g.n())
            for (int v = g.n() - 1; v >= 0; --v)
                if (!done[v] && indegree[v] == 0) {
                    done[v] = true;
                    right.push_back(g.names[v]);
                    for (auto [w, c] : g.out[v]) --indegree[w];
                    break;
                }
        // Random permutations of all vertices: mostly invalid, some valid.
        return {right, valid, [names](std::mt19937& r) {
                    Tokens p = names;
                    std::shuffle(p.begin(), p.end(), r);
                    return p;
                }};
    }
    if (q.item == "scc") {
        const auto reach = closure(g);
        auto together = [&reach](int u, int v) { return u == v || (reach[u][v] && reach[v][u]); };
        if (kind == "count") {
            int count = 0;
            for (int v = 0; v < g.n(); ++v) {
                bool first = true;
                for (int u = 0; u < v; ++u) first = first && !together(u, v);
                count += first ? 1 : 0;
            }
            return number(count);
        }
        const int c = g.index.at(q.instance["vertex"]);
        Tokens mine;
        for (int v = 0; v < g.n(); ++v)
            if (together(c, v)) mine.push_back(g.names[v]);
        return set(names, mine);
    }
    if (q.item == "cycle") {
        const auto reach = closure(g);
        bool any = false;
        for (int v = 0; v < g.n(); ++v) any = any || reach[v][v];
        if (kind == "exists") return yesNo(any);
        auto valid = [g](const Tokens& p) {
            if (std::set<std::string>(p.begin(), p.end()).size() != p.size()) return false;
            for (std::size_t k = 0; k < p.size(); ++k)
                if (!g.weight(g.index.at(p[k]), g.index.at(p[(k + 1) % p.size()]))) return false;
            return true;
        };
        auto walk = [g](std::mt19937& r) {  // random closed-ish walks
            int u = static_cast<int>(r() % g.n());
            Tokens p{g.names[u]};
            for (int step = 0; step < 1 + static_cast<int>(r() % 5) && !g.out[u].empty(); ++step) {
                u = g.out[u][r() % g.out[u].size()].first;
                if (u == g.index.at(p.front())) break;
                p.push_back(g.names[u]);
            }
            return p;
        };
        Tokens right;  // v on a cycle, then a shortest way back to v from one of its successors
        for (int v = 0; v < g.n() && right.empty(); ++v)
            if (reach[v][v]) {
                std::vector<int> parent(g.n(), -1);
                std::vector<int> queue{v};
                for (std::size_t k = 0; k < queue.size(); ++k)
                    for (auto [w, c] : g.out[queue[k]])
                        if (parent[w] < 0) parent[w] = queue[k], queue.push_back(w);
                for (int u = parent[v]; u != v; u = parent[u]) right.insert(right.begin(), g.names[u]);
                right.insert(right.begin(), g.names[v]);
            }
        return {right, valid, walk};
    }
    // mst
    const double best = mstWeight(g);
    if (kind == "weight") return number(best);
    auto valid = [g, best](const Tokens& es) {
        if (static_cast<int>(es.size()) + 1 != g.n()) return false;
        std::vector<int> label(g.n());
        std::iota(label.begin(), label.end(), 0);
        double total = 0;
        for (const auto& e : es) {
            const auto dash = e.find('-');
            const int u = g.index.at(e.substr(0, dash)), v = g.index.at(e.substr(dash + 1));
            const auto w = g.weight(u, v);
            if (!w || label[u] == label[v]) return false;
            const int from = label[v];
            for (auto& l : label)
                if (l == from) l = label[u];
            total += *w;
        }
        return total == best;
    };
    auto pick = [g](std::mt19937& r) {  // n-1 random edges of the graph
        auto edges = g.edges;
        std::shuffle(edges.begin(), edges.end(), r);
        Tokens es;
        for (int k = 0; k + 1 < g.n() && k < static_cast<int>(edges.size()); ++k)
            es.push_back(g.names[std::get<0>(edges[k])] + "-" + g.names[std::get<1>(edges[k])]);
        return es;
    };
    Tokens right;
    {
        auto edges = g.edges;
        std::sort(edges.begin(), edges.end(),
                  [](const auto& a, const auto& b) { return std::get<2>(a) < std::get<2>(b); });
        std::vector<int> label(g.n());
        std::iota(label.begin(), label.end(), 0);
        for (auto [u, v, c] : edges) {
            if (label[u] == label[v]) continue;
            const int from = label[v];
            for (auto& l : label)
                if (l == from) l = label[u];
            right.push_back(g.names[u] + "-" + g.names[v]);
        }
    }
    return {right, valid, pick};
}

// ---- DP --------------------------------------------------------------------------------------------

// The recurrences straight from their definitions, memoised on the prefixes.
int lcsOf(const std::string& a, const std::string& b) {
    static std::map<std::pair<std::string, std::string>, int> memo;
    if (a.empty() || b.empty()) return 0;
    if (auto it = memo.find({a, b}); it != memo.end()) return it->second;
    const std::string a1 = a.substr(0, a.size() - 1), b1 = b.substr(0, b.size() - 1);
    const int v = a.back() == b.back() ? 1 + lcsOf(a1, b1) : std::max(lcsOf(a1, b), lcsOf(a, b1));
    return memo[{a, b}] = v;
}
int editOf(const std::string& a, const std::string& b) {
    static std::map<std::pair<std::string, std::string>, int> memo;
    if (a.empty()) return static_cast<int>(b.size());
    if (b.empty()) return static_cast<int>(a.size());
    if (auto it = memo.find({a, b}); it != memo.end()) return it->second;
    const std::string a1 = a.substr(0, a.size() - 1), b1 = b.substr(0, b.size() - 1);
    const int v =
        std::min({editOf(a1, b) + 1, editOf(a, b1) + 1, editOf(a1, b1) + (a.back() == b.back() ? 0 : 1)});
    return memo[{a, b}] = v;
}

/// Random lists of small whole numbers near the right one.
std::function<Tokens(std::mt19937&)> numberLists(std::vector<I> pool, std::size_t size) {
    return [pool, size](std::mt19937& r) {
        std::vector<I> v = pool;
        std::shuffle(v.begin(), v.end(), r);
        v.resize(std::min(v.size(), std::max<std::size_t>(1, size + r() % 3 - 1)));
        if (r() % 2) std::sort(v.begin(), v.end());
        Tokens t;
        for (auto x : v) t.push_back(std::to_string(x));
        return t;
    };
}

Reference dpReference(const Question& q) {
    const auto& in = q.instance;
    if (q.item == "lcs" || q.item == "edit-distance") {
        std::string a = in["a"], b = in["b"];
        if (in.contains("row"))
            a = a.substr(0, in["row"].get<std::size_t>()), b = b.substr(0, in["column"].get<std::size_t>());
        return number(q.item == "lcs" ? lcsOf(a, b) : editOf(a, b));
    }
    if (q.item == "knapsack") {
        const auto w = ints(in["weights"]), v = ints(in["values"]);
        const I cap = std::stoll(in["capacity"].get<std::string>());
        I best = 0;
        for (std::uint32_t m = 0; m < (1u << w.size()); ++m) {
            I tw = 0, tv = 0;
            for (std::size_t k = 0; k < w.size(); ++k)
                if (m >> k & 1) tw += w[k], tv += v[k];
            if (tw <= cap) best = std::max(best, tv);
        }
        if (q.type == "knapsack.value") return number(static_cast<double>(best));
        auto valid = [w, v, cap, best](const Tokens& t) {
            std::set<I> items;
            I tw = 0, tv = 0;
            for (const auto& x : t) {
                const I k = std::stoll(x) - 1;
                if (!items.insert(k).second) return false;
                tw += w[k], tv += v[k];
            }
            return tw <= cap && tv == best;
        };
        std::vector<I> all(w.size());
        std::iota(all.begin(), all.end(), 1);
        auto candidates = numberLists(all, w.size() / 2);
        Tokens right;
        for (std::uint32_t m = 0; m < (1u << w.size()) && right.empty(); ++m) {
            Tokens t;
            for (std::size_t k = 0; k < w.size(); ++k)
                if (m >> k & 1) t.push_back(std::to_string(k + 1));
            if (!t.empty() && valid(t)) right = t;
        }
        return {right, valid, candidates};
    }
    if (q.item == "lis") {
        const auto values = ints(in["values"]);
        std::size_t best = 0;
        for (std::uint32_t m = 1; m < (1u << values.size()); ++m) {
            I last = std::numeric_limits<I>::min();
            std::size_t length = 0;
            bool increasing = true;
            for (std::size_t k = 0; k < values.size(); ++k)
                if (m >> k & 1) {
                    increasing = increasing && values[k] > last;
                    last = values[k];
                    ++length;
                }
            if (increasing) best = std::max(best, length);
        }
        if (q.type == "lis.length") return number(static_cast<double>(best));
        auto valid = [values, best](const Tokens& t) {
            if (t.size() != best) return false;
            std::size_t at = 0;  // a subsequence: matched left to right
            for (std::size_t k = 0; k < values.size() && at < t.size(); ++k)
                if (values[k] == std::stoll(t[at])) ++at;
            for (std::size_t k = 0; k + 1 < t.size(); ++k)
                if (std::stoll(t[k]) >= std::stoll(t[k + 1])) return false;
            return at == t.size();
        };
        auto candidates = [values, best](std::mt19937& r) {  // random subsequences, kept in order
            Tokens t;
            for (auto x : values)
                if (r() % 2) t.push_back(std::to_string(x));
            if (t.size() > best && r() % 2) t.resize(best);
            return t.empty() ? Tokens{std::to_string(values[0])} : t;
        };
        Tokens right;
        for (std::uint32_t m = 1; m < (1u << values.size()) && right.empty(); ++m) {
            Tokens t;
            for (std::size_t k = 0; k < values.size(); ++k)
                if (m >> k & 1) t.push_back(std::to_string(values[k]));
            if (valid(t)) right = t;
        }
        return {right, valid, candidates};
    }
    // coin change, by counting over every multiset (amounts are small)
    const auto coins = ints(in["coins"]);
    const I amount = std::stoll(in["amount"].get<std::string>());
    std::function<void(std::size_t, I, I, I&, I&)> count = [&](std::size_t k, I left, I used, I& ways,
                                                               I& fewest) {
        if (left == 0) {
            ++ways;
            fewest = std::min(fewest, used);
            return;
        }
        if (k == coins.size()) return;
        for (I c = 0; c * coins[k] <= left; ++c) count(k + 1, left - c * coins[k], used + c, ways, fewest);
    };
    I ways = 0, fewest = std::numeric_limits<I>::max();
    count(0, amount, 0, ways, fewest);
    if (q.type == "coin-change.ways") return number(static_cast<double>(ways));
    if (ways == 0)
        return {{"none"},
                [](const Tokens& t) { return t[0] == "none"; },
                [](std::mt19937& r) { return Tokens{r() % 2 ? "none" : std::to_string(r() % 5)}; }};
    return number(static_cast<double>(fewest));
}

// ---- structures, caches, balancers ---------------------------------------------------------------------

Tokens words(const std::string& op) {
    std::istringstream s(op);
    Tokens t;
    for (std::string x; s >> x;) t.push_back(x);
    return t;
}

Reference otherReference(const Question& q) {
    const auto& in = q.instance;
    if (q.item == "heap") {
        std::priority_queue<I, std::vector<I>, std::greater<I>> heap;
        std::vector<I> popped;
        for (const auto& op : splitList(in["ops"])) {
            const auto w = words(op);
            if (w[0] == "push") heap.push(std::stoll(w[1]));
            if (w[0] == "pop") popped.push_back(heap.top()), heap.pop();
        }
        if (q.type == "heap.top") return number(static_cast<double>(heap.top()));
        Tokens right;
        for (auto x : popped) right.push_back(std::to_string(x));
        return {right, [right](const Tokens& t) { return t == right; }, numberLists(popped, popped.size())};
    }
    if (q.item == "trie") {
        std::set<std::string> stored;
        std::string last;
        for (const auto& op : splitList(in["ops"])) {
            const auto w = words(op);
            if (w[0] == "insert") stored.insert(w[1]);
            if (w[0] == "delete") stored.erase(w[1]);
            last = w[1];
        }
        if (q.type == "trie.search") return yesNo(stored.count(last) != 0);
        Tokens with;
        for (const auto& s : stored)
            if (s.starts_with(last)) with.push_back(s);
        Tokens vocabulary(stored.begin(), stored.end());
        vocabulary.push_back(last + "zz");
        if (with.empty())
            return {{"none"},
                    [](const Tokens& t) { return t[0] == "none"; },
                    [vocabulary](std::mt19937& r) {
                        return r() % 2 ? Tokens{"none"} : Tokens{vocabulary[r() % vocabulary.size()]};
                    }};
        return set(vocabulary, with);
    }
    if (q.item == "segment-tree") {
        auto a = ints(in["values"]);
        const bool min = in["kind"] == "min";
        I answer = 0;
        for (const auto& op : splitList(in["ops"])) {
            const auto w = words(op);
            if (w[0] == "update") a[std::stoll(w[1])] = std::stoll(w[2]);
            if (w[0] == "add")
                for (I k = std::stoll(w[1]); k <= std::stoll(w[2]); ++k) a[k] += std::stoll(w[3]);
            if (w[0] == "query") {
                answer = min ? std::numeric_limits<I>::max() : 0;
                for (I k = std::stoll(w[1]); k <= std::stoll(w[2]); ++k)
                    answer = min ? std::min(answer, a[k]) : answer + a[k];
            }
        }
        if (q.type == "segment-tree.query") return number(static_cast<double>(answer));
        return number(static_cast<double>(a[in["index"].get<std::size_t>()]));
    }
    if (q.item == "union-find") {
        const I n = std::stoll(in["size"].get<std::string>());
        std::vector<I> label(n);
        std::iota(label.begin(), label.end(), 0);
        bool together = false;
        for (const auto& op : splitList(in["ops"])) {
            const auto w = words(op);
            const I a = std::stoll(w[1]), b = std::stoll(w[2]);
            if (w[0] == "union") {
                const I from = label[b];
                for (auto& l : label)
                    if (l == from) l = label[a];
            }
            if (w[0] == "connected") together = label[a] == label[b];
        }
        if (q.type == "union-find.connected") return yesNo(together);
        return number(static_cast<double>(std::set<I>(label.begin(), label.end()).size()));
    }
    if (q.item == "cache") {
        const std::string policy = in["policy"];
        const std::size_t capacity = std::stoul(in["capacity"].get<std::string>());
        const auto ops = splitList(in["ops"]);
        // key → (inserted at, last used at, uses)
        std::map<std::string, std::tuple<int, int, int>> cache;
        int hits = 0;
        std::string lastVictim;
        for (int tick = 0; tick < static_cast<int>(ops.size()); ++tick) {
            const auto& key = ops[tick];
            if (auto it = cache.find(key); it != cache.end()) {
                ++hits;
                std::get<1>(it->second) = tick;
                ++std::get<2>(it->second);
                continue;
            }
            if (cache.size() == capacity) {
                auto victim = cache.begin();
                for (auto it = cache.begin(); it != cache.end(); ++it) {
                    const auto& [ins, used, uses] = it->second;
                    const auto& [vins, vused, vuses] = victim->second;
                    const bool better = policy == "lru" ? used < vused
                                        : policy == "fifo"
                                            ? ins < vins
                                            : (uses < vuses || (uses == vuses && used < vused));
                    if (better) victim = it;
                }
                lastVictim = victim->first;
                cache.erase(victim);
            }
            cache[key] = {tick, tick, 1};
        }
        if (q.type == "cache.hits") return number(hits);
        const std::set<std::string> keys(ops.begin(), ops.end());
        return name(Tokens(keys.begin(), keys.end()), lastVictim);
    }
    // balancer: nginx's smooth weighted round robin
    Tokens names;
    std::vector<I> weight, current;
    for (const auto& b : splitList(in["backends"])) {
        names.push_back(b.substr(0, b.find(':')));
        weight.push_back(std::stoll(b.substr(b.find(':') + 1)));
        current.push_back(0);
    }
    const I total = std::accumulate(weight.begin(), weight.end(), I{0});
    Tokens picks;
    for (I k = 0; k < std::stoll(in["requests"].get<std::string>()); ++k) {
        std::size_t best = 0;
        for (std::size_t b = 0; b < names.size(); ++b) {
            current[b] += weight[b];
            if (current[b] > current[best]) best = b;
        }
        current[best] -= total;
        picks.push_back(names[best]);
    }
    if (q.type == "balancer.sequence") return sequence(names, picks);
    return name(names, picks.back());
}

// ---- queue and resilience (ResilienceOracle.h's models) -----------------------------------------------

I field(const Question& q, const char* name) {
    return millisOf(q.instance.at(name).get<std::string>());
}

Reference queueAndResilienceReference(const Question& q) {
    const auto& in = q.instance;
    const Tokens tokens = in.contains("calls") ? splitList(in["calls"]) : Tokens{};
    if (q.type == "queue.dead-letters" || q.type == "queue.receives") {
        const Tokens scripts = splitList(in["outcomes"]);
        const I k = field(q, "max-receives");
        if (q.type == "queue.receives") {
            const I on = succeedsOn(scripts.at(static_cast<std::size_t>(field(q, "job") - 1)), k);
            const std::string right = on == 0 ? "none" : std::to_string(on);
            return {{right}, [right](const Tokens& t) { return t.size() == 1 && t[0] == right; },
                    [k](std::mt19937& r) {
                        const I v = static_cast<I>(r() % static_cast<unsigned>(k + 3));
                        return Tokens{v == 0 ? "none" : std::to_string(v)};
                    }};
        }
        Tokens dead, all;
        for (std::size_t j = 0; j < scripts.size(); ++j) {
            all.push_back(std::to_string(j + 1));
            if (succeedsOn(scripts[j], k) == 0) dead.push_back(std::to_string(j + 1));
        }
        const Tokens right = dead.empty() ? Tokens{"none"} : dead;
        return {right,
                [right](const Tokens& t) { return sameSet(t, right); },
                [all, right](std::mt19937& r) {
                    if (r() % 6 == 0) return Tokens{"none"};
                    Tokens t = all;
                    std::shuffle(t.begin(), t.end(), r);
                    t.resize(1 + r() % t.size());
                    if (r() % 3 == 0 && right[0] != "none") {
                        t = right;
                        std::shuffle(t.begin(), t.end(), r);  // any order is right
                    }
                    return t;
                }};
    }
    if (q.type == "queue.backoff") {
        const auto [low, high] =
            backoffBounds(in["backoff"].get<std::string>(), field(q, "base"), field(q, "cap"), field(q, "attempt"));
        const I wait = field(q, "wait");
        return yesNo(wait >= low && wait <= high);
    }
    if (q.item == "breaker") {
        const auto m = breakerModel(field(q, "sliding-window-size"), field(q, "minimum-number-of-calls"),
                                    field(q, "failure-rate-threshold"), field(q, "wait-duration-in-open-state"),
                                    field(q, "permitted-number-of-calls-in-half-open-state"), tokens);
        if (q.type == "breaker.state-after") return name({"CLOSED", "OPEN", "HALF_OPEN"}, m.state);
        if (q.type == "breaker.rejected") return number(static_cast<double>(m.rejected));
        return number(static_cast<double>(m.opener));
    }
    if (q.item == "retry")
        return number(static_cast<double>(retryWaits(field(q, "max-attempts"), field(q, "wait-duration"),
                                                     field(q, "exponential-backoff-multiplier"),
                                                     in.contains("exponential-max-wait-duration")
                                                         ? field(q, "exponential-max-wait-duration")
                                                         : 0,
                                                     tokens)));
    if (q.item == "rate-limiter")
        return number(static_cast<double>(limiterPermitted(field(q, "limit-for-period"),
                                                           field(q, "limit-refresh-period"),
                                                           field(q, "timeout-duration"), tokens)));
    return number(static_cast<double>(
        bulkheadRefused(field(q, "max-concurrent-calls"), field(q, "max-wait-duration"), tokens)));
}

Reference referenceFor(const Question& q) {
    static const std::set<std::string> graphs = {
        "bfs", "dfs", "dijkstra", "astar", "bellman-ford", "topological-sort", "scc", "cycle", "mst"};
    static const std::set<std::string> dp = {"lcs", "edit-distance", "knapsack", "lis", "coin-change"};
    if (graphs.count(q.item)) return graphReference(q);
    if (dp.count(q.item)) return dpReference(q);
    static const std::set<std::string> resilience = {"queue", "breaker", "retry", "rate-limiter", "bulkhead"};
    if (resilience.count(q.item)) return queueAndResilienceReference(q);
    return otherReference(q);
}

TEST(QuestionOracle, AcceptedAnswersAreExactlyTheReferencesRightAnswers) {
    std::mt19937 random(20261202);
    for (const auto& t : questionTypes())
        for (Level level : {Level::Easy, Level::Medium, Level::Hard})
            for (std::uint64_t seed = 0; seed < 25; ++seed) {
                const Question q = t.generate(level, seed);
                const std::string where0 = t.id + " " + levelName(level) + " seed " + std::to_string(seed);
                if (std::getenv("ORACLE_TRACE")) std::cerr << where0 << std::endl;
                Reference ref;
                try {
                    ref = referenceFor(q);
                } catch (const std::exception& e) {
                    ADD_FAILURE() << where0 << ": the reference threw " << e.what() << " on "
                                  << q.instance.dump();
                    continue;
                }
                const std::string where =
                    t.id + " " + levelName(level) + " seed " + std::to_string(seed) + ": " + q.text;
                ASSERT_FALSE(ref.answer.empty()) << where;
                EXPECT_EQ(q.check(str(ref.answer)).outcome, Outcome::Right)
                    << where << " reference " << str(ref.answer);
                // The core's expected answer is right by the reference too.
                std::istringstream expected(q.expected);
                Tokens e;
                for (std::string x; expected >> x;) e.push_back(x);
                try {
                    EXPECT_TRUE(ref.accepts(e)) << where << " core expects " << q.expected;
                } catch (const std::exception& x) {
                    ADD_FAILURE() << where0 << ": accepts threw " << x.what() << " on the expected "
                                  << q.expected;
                }
                for (int k = 0; k < 30; ++k) {
                    const Tokens c = ref.candidate(random);
                    bool right = false;
                    try {
                        right = ref.accepts(c);
                    } catch (const std::exception& e) {
                        ADD_FAILURE() << where0 << ": accepts threw " << e.what() << " on " << str(c);
                        break;
                    }
                    const Outcome got = q.check(str(c)).outcome;
                    EXPECT_EQ(got, right ? Outcome::Right : Outcome::Wrong)
                        << where << " candidate " << str(c);
                }
            }
}

}  // namespace
}  // namespace stepwise::practice
