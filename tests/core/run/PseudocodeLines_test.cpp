// Every step lights the pseudo-code line it belongs to (issue 8: a heap swap while pushing lit the
// sift-down line; the segment tree's build lit the query's "coming back up" line). For every
// catalogue item and method, a table says in words which line each kind of step belongs to: a
// pattern on the step's sentence and a phrase of the pseudo-code line. Every step of the example
// and of seeded random inputs must match one kind, and light the one line holding its phrase.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <set>

#include "core/catalogue/Catalogue.h"
#include "core/run/Run.h"

namespace stepwise {
namespace {

/// A kind of step: sentences matching `sentence` light the line holding one of `lines`.
struct Kind {
    std::string sentence;
    std::vector<std::string> lines;
};
using Kinds = std::vector<Kind>;

/// The 1-based line of `code` holding `phrase`; fails unless exactly one line holds it.
int lineHolding(const std::vector<std::string>& code, const std::string& phrase) {
    int found = 0;
    for (std::size_t i = 0; i < code.size(); ++i)
        if (code[i].find(phrase) != std::string::npos) {
            EXPECT_EQ(found, 0) << "\"" << phrase << "\" is on more than one line";
            found = static_cast<int>(i) + 1;
        }
    EXPECT_NE(found, 0) << "no pseudo-code line holds \"" << phrase << "\"";
    return found;
}

/// Walks the whole run; returns how many steps each kind matched.
std::vector<std::size_t> checkRun(run::Run& r, const Kinds& kinds) {
    std::vector<std::regex> patterns;
    std::vector<std::set<int>> allowed;
    for (const auto& k : kinds) {
        patterns.emplace_back(k.sentence);
        std::set<int> lines;
        for (const auto& phrase : k.lines) lines.insert(lineHolding(r.pseudocode(), phrase));
        allowed.push_back(lines);
    }
    std::vector<std::size_t> used(kinds.size(), 0);
    r.seek(0);
    while (r.forward()) {
        const std::string s = r.sentence();
        std::size_t k = 0;
        while (k < kinds.size() && !std::regex_search(s, patterns[k])) ++k;
        if (k == kinds.size()) {
            ADD_FAILURE() << "step " << r.step() << " is of no known kind: " << s;
            continue;
        }
        ++used[k];
        const int line = r.line();
        const std::string text = line >= 1 && static_cast<std::size_t>(line) <= r.pseudocode().size()
                                     ? r.pseudocode()[static_cast<std::size_t>(line) - 1]
                                     : "(none)";
        EXPECT_TRUE(allowed[k].count(line)) << "step " << r.step() << ": \"" << s << "\" lights line " << line << " \""
                                            << text << "\", expected the line with \"" << kinds[k].lines.front()
                                            << "\"";
    }
    return used;
}

std::unique_ptr<run::Run> start(const std::string& id, std::map<std::string, std::string> given) {
    const auto& item = catalogue::requireItem(id);
    catalogue::Options o = item.presetOptions();
    for (auto& [k, v] : given) {
        if (v.empty()) o.erase(k);  // "" drops an option of the example (the cache's --compare)
        else o.set(k, v);
    }
    return item.start(o);
}

/// Runs the item's example with `extra` options and `inputs` more option sets, checking every step.
void checkItem(const std::string& id, const std::map<std::string, std::string>& extra, const Kinds& kinds,
               const std::vector<std::map<std::string, std::string>>& inputs = {}) {
    SCOPED_TRACE(id);
    std::vector<std::size_t> used(kinds.size(), 0);
    auto add = [&](const std::vector<std::size_t>& u) {
        for (std::size_t i = 0; i < u.size(); ++i) used[i] += u[i];
    };
    {
        SCOPED_TRACE("example");
        auto r = start(id, extra);
        add(checkRun(*r, kinds));
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        SCOPED_TRACE("input " + std::to_string(i));
        auto options = inputs[i];
        for (auto& [k, v] : extra) options.emplace(k, v);
        std::unique_ptr<run::Run> r;
        try {
            r = start(id, options);
        } catch (const std::exception& e) {
            continue;  // an input this item refuses (a cycle for a topological order, say) has no steps
        }
        add(checkRun(*r, kinds));
    }
    std::size_t seen = 0;
    for (auto u : used) seen += u > 0;
    EXPECT_GT(seen, 0u);
}

// --- seeded random inputs ---------------------------------------------------------------------

std::string randomGraphFile(unsigned seed, bool directed, bool negative) {
    std::mt19937 rng(seed);
    const int n = 4 + static_cast<int>(rng() % 6);
    std::string text = directed ? "directed\n" : "undirected\n";
    const int m = n + static_cast<int>(rng() % (2 * n));
    for (int i = 0; i < m; ++i) {
        const int a = static_cast<int>(rng() % n), b = static_cast<int>(rng() % n);
        if (a == b) continue;
        int w = 1 + static_cast<int>(rng() % 9);
        if (negative && rng() % 4 == 0) w = -w / 2;
        text += "v" + std::to_string(a) + " v" + std::to_string(b) + " " + std::to_string(w) + "\n";
    }
    text += "v0\n";
    const auto path = std::filesystem::temp_directory_path() /
                      ("stepwise_lines_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                       "_" + std::to_string(seed) + (directed ? "d" : "u") + (negative ? "n" : "p") + ".graph");
    // Named by the test too: ctest runs the tests in parallel, and one test rewriting the file
    // another is reading made them fail now and then.
    std::ofstream(path) << text;
    return path.string();
}

std::vector<std::map<std::string, std::string>> randomGraphs(bool directed, bool negative, bool source = true) {
    std::vector<std::map<std::string, std::string>> out;
    for (unsigned seed = 1; seed <= 6; ++seed) {
        std::map<std::string, std::string> o{{"graph", randomGraphFile(seed, directed, negative)}};
        if (source) o["source"] = "v0";
        out.push_back(o);
    }
    return out;
}

std::string randomWord(std::mt19937& rng, const char* letters, int most) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % static_cast<unsigned>(most));
    for (int i = 0; i < n; ++i) s += letters[rng() % std::char_traits<char>::length(letters)];
    return s;
}

std::string randomList(std::mt19937& rng, int count, int lo, int hi) {
    std::string s;
    for (int i = 0; i < count; ++i)
        s += (i ? "," : "") + std::to_string(lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)));
    return s;
}

// --- graph searches ---------------------------------------------------------------------------

TEST(PseudocodeLines, Bfs) {
    checkItem("bfs", {},
              {{"^start at", {"hops[s] ← 0"}},
               {"^dequeue", {"dequeue(Q)"}},
               {"is new, so", {"hops[v] ← hops[u] + 1"}},
               {"already seen", {"if v has not been seen"}}},
              randomGraphs(true, false));
}

TEST(PseudocodeLines, Dfs) {
    checkItem("dfs", {},
              {{"start a new DFS tree", {"if s is white: visit(s)"}},
               {"^go deeper along", {"d[u] ← time++"}},
               {"not seen yet: a tree edge", {"v white → tree edge"}},
               {"back edge|forward edge|cross edge", {"v grey → back edge"}},
               {"already classified", {"skip an edge already classified"}},
               {"no unexplored edges left", {"f[u] ← time++"}}},
              randomGraphs(true, false));
}

TEST(PseudocodeLines, Dijkstra) {
    checkItem("dijkstra", {},
              {{"^start at", {"dist[s] ← 0"}},
               {"off the queue", {"extract-min(Q)"}},
               {"target", {"if u = target: stop"}},
               {"^relax .*becomes", {"dist[v] ← dist[u] + w;"}},
               {"^relax .*no change", {"if dist[u] + w < dist[v]"}}},
              randomGraphs(true, false));
}

TEST(PseudocodeLines, AStar) {
    checkItem("astar", {},
              {{"^start at", {"g[s] ← 0"}},
               {"off the queue", {"extract-min(Q) by f"}},
               {"target .* is closed", {"if u = t: stop"}},
               {"^relax .*becomes", {"g[v] ← g[u] + w;"}},
               {"^relax .*no change", {"if g[u] + w < g[v]"}},
               {"no path|ran dry", {"Q ran dry"}}});
}

TEST(PseudocodeLines, BellmanFord) {
    checkItem("bellman-ford", {},
              {{"^start at", {"dist[s] ← 0"}},
               {"^pass \\d+ (of|= n)", {"for pass ← 1 to n"}},
               {"negative cycle|on the cycle|loop", {"walk the loop"}},
               {"^relax .*becomes", {"dist[v] ← dist[u] + w;"}},
               {"^relax .*no change", {"if dist[u] + w < dist[v]"}},
               {"changed nothing|is final", {"if nothing changed in this pass"}}},
              randomGraphs(true, true));
}

TEST(PseudocodeLines, TopologicalSortKahn) {
    checkItem("topological-sort", {{"method", "kahn"}},
              {{"has in-degree 0", {"whenever in[v] = 0"}},
               {"^dequeue", {"append u to the order"}},
               {"in-degree drops", {"in[v] ← in[v] − 1"}},
               {"cycle", {"the vertices left contain a cycle"}}},
              randomGraphs(true, false, false));
}

TEST(PseudocodeLines, TopologicalSortDfs) {
    checkItem("topological-sort", {{"method", "dfs"}},
              {{"is white: start a DFS", {"if s is white: visit(s)"}},
               {"^follow .*is white", {"u turns grey"}},
               {"already black", {"v black: nothing to do"}},
               {"grey|cycle", {"v grey: back edge"}},
               {"every edge of .* is done", {"put u in front of the order"}}},
              randomGraphs(true, false, false));
}

TEST(PseudocodeLines, SccTarjan) {
    checkItem("scc", {{"method", "tarjan"}},
              {{"^start at", {"for each vertex v in input order"}},
               {"^follow .*push it", {"index[u] ← low[u] ← index++"}},
               {"^low\\[.*\\] ← min|is on the stack", {"low[u] ← min(low[u]"}},
               {"already belongs to", {"for each edge u→v"}},
               {"^all edges of .* are done", {"u is finished"}},
               {"^pop ", {"pop S down to u"}}},
              randomGraphs(true, false, false));
}

TEST(PseudocodeLines, SccKosaraju) {
    checkItem("scc", {{"method", "kosaraju"}},
              {{"^pass 1: .* is unvisited, start a DFS", {"if s is unvisited: dfs(s)"}},
               {"^pass 1: .* is finished", {"append u to the finish list"}},
               {"^pass 1: ", {"dfs(u):  mark u visited"}},
               {"^pass 2: reverse", {"pass 2: reverse every edge"}},
               {"latest finished vertex without a component", {"r starts a new component c"}},
               {"^pass 2: ", {"joins c"}}},
              randomGraphs(true, false, false));
}

TEST(PseudocodeLines, Cycle) {
    checkItem("cycle", {},
              {{"is unvisited: start a DFS", {"if s is white: visit(s)"}},
               {"^follow .*joins the current path", {"u turns grey"}},
               {"came in by, not a cycle|already black|is black", {"v black, or (undirected)"}},
               {"still grey on the current path|lies on the cycle|an edge of the cycle", {"v grey: the path from v to u"}},
               {"turns black|leaves the path|finished", {"u turns black"}},
               {"no cycle", {"there is no cycle"}}},
              randomGraphs(false, false, false));
}

TEST(PseudocodeLines, MstPrim) {
    checkItem("mst", {{"method", "prim"}},
              {{"^grow the (first )?tree from", {"key[r] ← 0"}},
               {"^grow another tree from|still outside", {"start again"}},
               {"off the queue", {"extract-min(Q)"}},
               {"joins the tree:", {"add u to the tree with its edge"}},
               {"key becomes", {"key[v] ← w"}},
               {"key stays", {"if w < key[v]"}},
               {"every vertex is in the tree|spanning", {"else done"}}},
              randomGraphs(false, false, false));
}

TEST(PseudocodeLines, MstKruskal) {
    checkItem("mst", {{"method", "kruskal"}},
              {{"^next lightest edge", {"for each edge u–v in that order"}},
               {"differ: choose", {"else: choose u–v"}},
               {"union by rank", {"union(ru, rv) by rank"}},
               {"would close a cycle", {"if ru = rv: reject"}},
               {"compress|points at the root", {"ru ← find(u)"}},
               {"spanning tree:|spanning forest|edges run out|no edge", {"stop after n − 1 edges"}}},
              randomGraphs(false, false, false));
}

// --- dynamic programming ----------------------------------------------------------------------

std::vector<std::map<std::string, std::string>> randomPairs() {
    std::vector<std::map<std::string, std::string>> out;
    std::mt19937 rng(8);
    for (int i = 0; i < 5; ++i) out.push_back({{"a", randomWord(rng, "abc", 7)}, {"b", randomWord(rng, "abc", 7)}});
    return out;
}

TEST(PseudocodeLines, Lcs) {
    checkItem("lcs", {},
              {{"^L\\[0\\]\\[\\d+\\] =|^L\\[\\d+\\]\\[0\\] =", {"L[0][j] ← 0"}},
               {"\\+ 1 = \\d+, since", {"L[i-1][j-1] + 1"}},
               {"= max\\(", {"max(L[i-1][j], L[i][j-1])"}},
               {"^traceback", {"walk back"}}},
              randomPairs());
}

TEST(PseudocodeLines, EditDistance) {
    checkItem("edit-distance", {},
              {{"^D\\[0\\]\\[\\d+\\] =", {"D[0][j] ← j"}},
               {"^D\\[\\d+\\]\\[0\\] =", {"D[i][0] ← i"}},
               {"= min\\(", {"D[i][j] ← min("}},
               {"^traceback", {"walk back"}}},
              randomPairs());
}

TEST(PseudocodeLines, Knapsack) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(9);
    for (int i = 0; i < 4; ++i)
        inputs.push_back({{"weights", randomList(rng, 4, 1, 5)}, {"values", randomList(rng, 4, 1, 9)},
                          {"capacity", std::to_string(3 + rng() % 6)}});
    checkItem("knapsack", {},
              {{"^K\\[0\\]\\[\\d+\\] =", {"K[0][c] ← 0"}},
               {"does not fit", {"(skip item i)"}},
               {"= max\\(", {"(take item i)"}},
               {"^traceback", {"walk back"}}},
              inputs);
}

std::vector<std::map<std::string, std::string>> randomSequences() {
    std::vector<std::map<std::string, std::string>> out;
    std::mt19937 rng(10);
    for (int i = 0; i < 5; ++i) out.push_back({{"values", randomList(rng, 7, 0, 9)}});
    return out;
}

TEST(PseudocodeLines, LisTable) {
    checkItem("lis", {{"method", "table"}},
              {{"nothing before .* is smaller", {"L[j] ← 1 for every j"}},
               {"extends the subsequence", {"L[j] ← max(L[j], L[i] + 1)"}},
               {"^traceback", {"walk back"}}},
              randomSequences());
}

TEST(PseudocodeLines, LisPatience) {
    checkItem("lis", {{"method", "patience"}},
              {{"opens pile", {"open a new pile with x"}},
               {"replaces", {"x replaces the tail of pile k"}},
               {"^traceback", {"walk back"}}},
              randomSequences());
}

TEST(PseudocodeLines, CoinChange) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(11);
    for (int i = 0; i < 4; ++i) inputs.push_back({{"coins", randomList(rng, 3, 1, 6)}, {"amount", std::to_string(rng() % 12)}});
    checkItem("coin-change", {},
              {{"^F\\[0\\]\\[\\d+\\] =", {"F[0][0] ← 0"}},
               {"is more than", {"(without coin i)"}},
               {"= min\\(", {"(one more coin i)"}},
               {"^traceback", {"walk back"}}},
              inputs);
}

// --- data structures --------------------------------------------------------------------------

TEST(PseudocodeLines, Heap) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(12);
    for (int i = 0; i < 6; ++i) {
        std::string ops;
        int size = 0;
        for (int k = 0; k < 14; ++k) {
            if (size > 0 && rng() % 3 == 0) {
                ops += ",pop";
                --size;
            } else {
                ops += ",push " + std::to_string(rng() % 20);
                ++size;
            }
        }
        inputs.push_back({{"ops", ops.substr(1)}});
    }
    inputs.push_back({{"ops", "push 5,push 3,push 8,push 1,pop"}});  // issue 8's example
    checkItem("heap", {},
              {{"^\\[push [^\\]]*\\] push", {"push(key): append"}},
              {"^\\[push [^\\]]*\\] (compare|swap)", {"(sift up)"}},
              {"^\\[decrease [^\\]]*\\] decrease id", {"decrease(id, key)"}},
              {"^\\[decrease [^\\]]*\\] (compare|swap)", {"(sift up)"}},
              {"^\\[pop\\] swap the root with the last", {"swap the root with the last entry"}},
              {"^\\[pop\\] remove the last", {"remove the last"}},
              {"^\\[pop\\] (compare|swap)", {"(sift down)"}}},
              inputs);
}

TEST(PseudocodeLines, Trie) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(13);
    const char* verbs[] = {"insert", "insert", "search", "prefix", "delete"};
    for (int i = 0; i < 5; ++i) {
        std::string ops;
        for (int k = 0; k < 10; ++k) ops += std::string(k ? "," : "") + verbs[rng() % 5] + " " + randomWord(rng, "ab", 4);
        inputs.push_back({{"ops", ops}});
    }
    checkItem("trie", {},
              {{"no child '.' yet: create", {"(insert): create it"}},
               {"\\] unmark", {"delete: unmark"}},
               {"\\] mark", {"mark that a word ends here"}},
               {"remove it", {"while a node has no children"}},
               {"no child for the next letter|not a word|is not there|not in the trie|no word", {"the word is not there"}},
               {"follow '|is a word|words? (start|begin)|starts? with|ends here", {"walk from the root"}}},
              inputs);
}

TEST(PseudocodeLines, SegmentTree) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(14);
    const char* kinds[] = {"sum", "min", "max"};
    for (int i = 0; i < 6; ++i) {
        const int n = 3 + static_cast<int>(rng() % 6);
        std::string ops;
        for (int k = 0; k < 8; ++k) {
            int l = static_cast<int>(rng() % n), r = static_cast<int>(rng() % n);
            if (l > r) std::swap(l, r);
            const int what = static_cast<int>(rng() % 3);
            ops += k ? "," : "";
            if (what == 0) ops += "query " + std::to_string(l) + " " + std::to_string(r);
            else if (what == 1) ops += "update " + std::to_string(l) + " " + std::to_string(rng() % 9);
            else ops += "add " + std::to_string(l) + " " + std::to_string(r) + " " + std::to_string(1 + rng() % 4);
        }
        inputs.push_back({{"values", randomList(rng, n, 0, 9)}, {"ops", ops}, {"kind", kinds[i % 3]}});
    }
    checkItem("segment-tree", {},
              {{"^\\[build\\] (leaf|node .* of its children)", {"build:"}},
               {"is outside the range", {"outside [l, r]"}},
               {"the add its parent owed|owes nothing now", {"push the owed add down"}},
               {"lies inside the range|takes the add whole|is set to|owes its children", {"node range inside"}},
               {"overlaps the range partly", {"partial overlap"}},
               {"of its children", {"coming back up"}}},
              inputs);
}

TEST(PseudocodeLines, UnionFind) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(15);
    const char* verbs[] = {"union", "union", "find", "connected"};
    for (int i = 0; i < 5; ++i) {
        std::string ops;
        for (int k = 0; k < 12; ++k) {
            const std::string v = verbs[rng() % 4];
            ops += (k ? "," : "") + v + " " + std::to_string(rng() % 8);
            if (v != "find") ops += " " + std::to_string(rng() % 8);
        }
        inputs.push_back({{"size", "8"}, {"ops", ops}});
    }
    checkItem("union-find", {},
              {{"its own parent, the root|go up to its parent", {"find(v): follow parents up"}},
               {"compress", {"(path compression)"}},
               {"link root", {"hang the root of lower rank"}},
               {"rank becomes", {"equal ranks"}},
               {"same (set|root|tree)|already", {"union(a, b)"}}},
              inputs);
}

// --- caches and balancers ---------------------------------------------------------------------

Kinds cacheKinds(const std::vector<std::string>& evictions, const Kinds& policyOwn = {}) {
    Kinds k = policyOwn;
    k.push_back({"expired \\(found on access\\)", {"(lazy expiry"}});
    k.push_back({"expired \\(found by the active sampler\\)", {"(active expiry)"}});
    k.push_back({": hit: ", {"hit:"}});
    k.push_back({": miss: ", {"miss: key is not in the cache"}});
    k.push_back({": evict ", evictions});
    k.push_back({": insert ", {"insert key"}});
    return k;
}

std::vector<std::map<std::string, std::string>> randomWorkloads() {
    std::vector<std::map<std::string, std::string>> out;
    for (int seed = 1; seed <= 3; ++seed)
        out.push_back({{"workload", "zipf:0.8:30"}, {"requests", "250"}, {"seed", std::to_string(seed)},
                       {"capacity", "6"}, {"ttl", std::to_string(20 + 10 * seed)}, {"compare", ""}});
    return out;
}

void checkCache(const std::string& policy, const Kinds& kinds) {
    SCOPED_TRACE(policy);
    checkItem("cache", {{"policy", policy}, {"compare", ""}}, kinds, randomWorkloads());
}

TEST(PseudocodeLines, CacheLru) { checkCache("lru", cacheKinds({"evict the tail"})); }
TEST(PseudocodeLines, CacheLfu) { checkCache("lfu", cacheKinds({"evict the least frequently used"})); }
TEST(PseudocodeLines, CacheFifo) { checkCache("fifo", cacheKinds({"evict"})); }
TEST(PseudocodeLines, CacheClock) {
    checkCache("clock", cacheKinds({"evict"}, {{"clears?|second chance|bit set", {"clear"}}}));
}
TEST(PseudocodeLines, CacheSampledLru) { checkCache("sampled-lru", cacheKinds({"evict the idlest"})); }
TEST(PseudocodeLines, CacheSampledLfu) { checkCache("sampled-lfu", cacheKinds({"evict the lowest"})); }
TEST(PseudocodeLines, CacheS3Fifo) {
    checkCache("s3-fifo", {{"on probation: move it to the main queue|promote", {"promote it to the main queue"}},
                           {"reinsert", {"reinsert it at the head"}},
                           {"left the small queue", {"remembering it in the ghost queue"}},
                           {": evict ", {"evict it for good"}},
                           {"expired \\(found on access\\)", {"(lazy expiry"}},
                           {"expired \\(found by the active sampler\\)", {"(active expiry)"}},
                           {": hit: ", {"hit:"}},
                           {": miss: ", {"miss: key is not in the cache"}},
                           {": insert ", {"insert key"}}});
}

TEST(PseudocodeLines, Balancers) {
    const std::map<std::string, std::vector<std::string>> chosen{
        {"round-robin", {"chosen ← backends[next]"}},
        {"weighted-round-robin", {"chosen ← the backend with the largest current weight"}},
        {"least-connections", {"if fewest holds one backend", "else: chosen ← smooth weighted"}},
        {"power-of-two", {"chosen ← b if active[b] < active[a]", "if there is one backend"}},
        {"consistent-hash", {"chosen ← the owner of the first ring point"}}};
    for (const auto& [policy, lines] : chosen) {
        SCOPED_TRACE(policy);
        std::vector<std::map<std::string, std::string>> inputs;
        for (int seed = 1; seed <= 3; ++seed)
            inputs.push_back({{"seed", std::to_string(seed)}, {"requests", "60"}, {"backends", "a:3,b:1,c:2"}, {"slow", "b"}});
        checkItem("balancer", {{"policy", policy}}, {{"^request \\d+ → ", lines}}, inputs);
    }
}

// --- the job queue and the resilience items --------------------------------------------------

TEST(PseudocodeLines, Queue) {
    std::vector<std::map<std::string, std::string>> inputs;
    for (int seed = 1; seed <= 4; ++seed)
        inputs.push_back({{"jobs", "40"},
                          {"workers", "2"},
                          {"min-workers", "1"},
                          {"max-workers", "4"},
                          {"target-backlog", "2"},
                          {"cooldown", "1000"},
                          {"failure-rate", "0.4"},
                          {"max-receives", std::to_string(1 + seed % 3)},
                          {"backoff", seed % 2 ? "decorrelated" : "equal"},
                          {"visibility-timeout", "250"},  // shorter than many jobs: timeouts, late acks
                          {"service", "200"},
                          {"priorities", "2"},
                          {"batch", std::to_string(seed)},
                          {"seed", std::to_string(seed)},
                          {"faults", "kill-worker@800ms=1,kill-job@1s=3,failure-rate@2s=0.9,retry-job@3s=3,redrive@4s"}});
    inputs.push_back({{"jobs", "6"}, {"outcomes", "S,FS,FFF,FFFF,S"}, {"failure-rate", "0"}, {"max-receives", "3"},
                      {"backoff", "none"}, {"base", "100"}, {"seed", "1"}});
    checkItem("queue", {},
              {{"^[0-9.]+ s: fault ", {"fault: failure rate"}},
               {"was not acknowledged within", {"visibility timeout: not acknowledged"}},
               {"acknowledgement is refused", {"late acknowledgement: refused"}},
               {"moved to the dead-letter queue \\(", {"on failure: if receiveCount"}},
               {"fails \\(receive", {"else: sleep ="}},
               {"success, acknowledged", {"run job; on success"}},
               {"polls: nothing ready", {"worker polls: receive up to"}},
               {" receives (job|jobs) ", {"each: receiveCount += 1"}},
               {" submitted", {"on submit(job)"}},
               {"backoff is over", {"backoff over: the job is visible again"}},
               {"autoscaler:", {"desired = clamp("}}},
              inputs);
}

/// Random call lists for the breaker: outcomes, slow calls, clock moves, some explicit transitions.
std::vector<std::map<std::string, std::string>> randomBreakerInputs() {
    std::vector<std::map<std::string, std::string>> out;
    std::mt19937 rng(16);
    const char* tokens[] = {"S", "F", "F", "S/1500ms", "+1s", "+3s", "+2001ms"};
    for (int i = 0; i < 8; ++i) {
        std::string calls;
        for (int k = 0; k < 30; ++k) calls += std::string(k ? "," : "") + tokens[rng() % 7];
        if (i == 7) calls += ",!forced-open,S,!reset,F,!disabled,F,!closed,S";
        std::map<std::string, std::string> o{{"calls", calls},
                                             {"sliding-window-size", std::to_string(3 + i % 3)},
                                             {"minimum-number-of-calls", "3"},
                                             {"wait-duration-in-open-state", "2s"},
                                             {"permitted-number-of-calls-in-half-open-state", "2"},
                                             {"slow-call-rate-threshold", "60"},
                                             {"slow-call-duration-threshold", "1s"}};
        if (i % 2) o["sliding-window-type"] = "time-based";
        if (i % 3 == 1) o["automatic-transition-from-open-to-half-open-enabled"] = "true";
        if (i % 4 == 2) o["max-wait-duration-in-half-open-state"] = "1s";
        if (i % 4 == 3) o["retry-max-attempts"] = "2";
        out.push_back(o);
    }
    for (const auto& preset : catalogue::requireItem("breaker").presets)
        out.emplace_back(preset.values.begin(), preset.values.end());
    return out;
}

TEST(PseudocodeLines, Breaker) {
    checkItem("breaker", {},
              {{"requested by hand|reset: fresh metrics|^reset at", {"explicit transition or reset"}},
               {"automatic transition\\)|maxWaitDurationInHalfOpenState", {"clock moves: due timers fire"}},
               {"^OPEN → HALF_OPEN at .*: a call came", {"if OPEN and now − openedAt"}},
               {"^HALF_OPEN → (OPEN|CLOSED) at", {"HALF_OPEN, every probe recorded"}},
               {"^CLOSED → OPEN at", {"CLOSED with ≥ minimumNumberOfCalls"}},
               {"^clock \\+", {"clock moves: due timers fire"}},
               {"^retry: call", {"retry in front"}},
               {"rate limiter (gives|: no permit|after waiting)|rejected by the rate limiter", {"rate limiter inside"}},
               {"bulkhead (has|: no slot)|rejected by the bulkhead", {"bulkhead inside"}},
               {": rejected", {"reject (not permitted)"}},
               {": permitted", {"permission: CLOSED"}},
               {"^call .* (failed|succeeded)", {"record the outcome"}}},
              randomBreakerInputs());
}

TEST(PseudocodeLines, Retry) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(17);
    for (int i = 0; i < 5; ++i) {
        std::string calls;
        for (int k = 0; k < 14; ++k) calls += std::string(k ? "," : "") + (rng() % 3 ? "F" : rng() % 2 ? "S" : "+1s");
        inputs.push_back({{"calls", calls}, {"max-attempts", std::to_string(2 + i % 3)},
                          {"exponential-backoff-multiplier", "2"}, {"exponential-max-wait-duration", "1500ms"}});
    }
    for (const auto& preset : catalogue::requireItem("retry").presets)
        inputs.emplace_back(preset.values.begin(), preset.values.end());
    checkItem("retry", {},
              {{"^operation \\d+, attempt", {"attempt the call"}},
               {"succeeded after", {"success: the operation is done"}},
               {"^wait ", {"failure, n < maxAttempts"}},
               {"failed: all", {"failure on attempt maxAttempts"}},
               {"^clock \\+", {"the clock moves between operations"}}},
              inputs);
}

TEST(PseudocodeLines, RateLimiter) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(18);
    for (int i = 0; i < 5; ++i) {
        std::string calls;
        for (int k = 0; k < 16; ++k) calls += std::string(k ? "," : "") + (rng() % 4 ? "S" : "+400ms");
        inputs.push_back({{"calls", calls}, {"limit-for-period", std::to_string(1 + i % 3)},
                          {"timeout-duration", i % 2 ? "1500ms" : "0"}});
    }
    for (const auto& preset : catalogue::requireItem("rate-limiter").presets)
        inputs.emplace_back(preset.values.begin(), preset.values.end());
    checkItem("rate-limiter", {},
              {{"^clock \\+", {"each limitRefreshPeriod"}},
               {": permitted", {"a request with a permit in the bucket"}},
               {": waits", {"no permit: reserve the next one"}},
               {": refused", {"else refuse the request"}}},
              inputs);
}

TEST(PseudocodeLines, Bulkhead) {
    std::vector<std::map<std::string, std::string>> inputs;
    std::mt19937 rng(19);
    for (int i = 0; i < 5; ++i) {
        std::string calls;
        for (int k = 0; k < 14; ++k)
            calls += std::string(k ? "," : "") +
                     (rng() % 4 ? "S/" + std::to_string(100 * (1 + rng() % 5)) + "ms" : std::string("+150ms"));
        inputs.push_back({{"calls", calls}, {"max-concurrent-calls", std::to_string(1 + i % 3)},
                          {"max-wait-duration", i % 2 ? "200ms" : "0"}});
    }
    for (const auto& preset : catalogue::requireItem("bulkhead").presets)
        inputs.emplace_back(preset.values.begin(), preset.values.end());
    checkItem("bulkhead", {},
              {{": starts", {"fewer than maxConcurrentCalls running"}},
               {"all slots busy, waits", {"all busy: wait for the first slot"}},
               {": refused", {"else refuse the call"}},
               {"^clock \\+", {"the clock moves; calls that end"}}},
              inputs);
}

TEST(PseudocodeLines, EveryCatalogueItemIsCheckedHere) {
    // A new item needs its kinds of steps stated above.
    const std::set<std::string> checked{"bfs", "dfs", "dijkstra", "astar", "bellman-ford", "topological-sort",
                                        "scc", "cycle", "mst", "lcs", "edit-distance", "knapsack", "lis",
                                        "coin-change", "heap", "trie", "segment-tree", "union-find", "cache",
                                        "balancer", "queue", "breaker", "retry", "rate-limiter", "bulkhead"};
    for (const auto& item : catalogue::catalogue()) EXPECT_TRUE(checked.count(item.id)) << item.id;
}

}  // namespace
}  // namespace stepwise
