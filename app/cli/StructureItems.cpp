// `stepwise-cli run` for the data structures: heap, trie, segment-tree, union-find. Each takes an
// operation list (`--ops "push 5, pop"` or a file with one operation per line) and prints what each
// operation answered and the structure at the end.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "app/cli/NumberList.h"
#include "app/cli/RunItem.h"
#include "core/common/InputError.h"
#include "core/structures/StructureRuns.h"
#include "core/trace/Timeline.h"

namespace stepwise::cli {
namespace {

using namespace structures;

/// `--ops` is a list, or the name of a file holding one operation per line.
std::vector<Operation> readOperations(const RunOptions& o) {
    const std::string value = o.require("ops", "an operation list or a file");
    std::error_code error;
    if (value.find(',') == std::string::npos && std::filesystem::is_regular_file(value, error)) {
        std::ifstream in(value);
        std::stringstream text;
        text << in.rdbuf();
        if (!in) throw InputError("cannot read the operations file", value);
        return parseOperations(text.str(), value);
    }
    return parseOperations(value);
}

template <class Area>
RunOutput output(const StructureRun<Area>& run, const RunOptions& o, const std::function<void(const typename Area::State&, RunOutput&)>& describe) {
    RunOutput out;
    nlohmann::json outcomes = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& outcome : run.outcomes) {
        outcomes.push_back({{"operation", outcome.operation}, {"answer", outcome.answer}});
        text << outcome.operation << (outcome.answer.empty() ? "" : "  →  " + outcome.answer) << "\n";
    }
    out.result["outcomes"] = outcomes;
    out.steps = run.trace.size();
    trace::Timeline<Area> timeline(run.initial, run.trace);
    std::size_t op = 0;
    while (timeline.forward()) {
        if (!o.trace) continue;
        while (op + 1 < run.operationStart.size() && run.operationStart[op + 1] < timeline.step()) ++op;
        out.traceSteps.push_back({timeline.step(), run.lineOf(timeline.lastEvent()) + 1,
                                  "[" + run.outcomes[op].operation + "] " + run.explain(timeline.state(), timeline.lastEvent())});
    }
    out.text = text.str();
    describe(timeline.state(), out);
    return out;
}

RunOutput runHeapItem(const RunOptions& o) {
    return output<HeapArea>(runHeap(readOperations(o)), o, [](const HeapState& s, RunOutput& out) {
        nlohmann::json heap = nlohmann::json::array();
        std::string line = "heap:";
        for (const auto& e : s.entries) {
            heap.push_back({{"id", e.id}, {"key", e.key}});
            line += " " + std::to_string(e.key);
        }
        out.result["heap"] = heap;
        out.text += line + "\n";
    });
}

RunOutput runTrieItem(const RunOptions& o) {
    return output<TrieArea>(runTrie(readOperations(o)), o, [](const TrieState& s, RunOutput& out) {
        std::vector<std::string> words;
        for (std::uint32_t n = 0; n < s.nodes.size(); ++n) {
            if (!s.nodes[n].alive || !s.nodes[n].terminal) continue;
            std::string w;
            for (std::uint32_t k = n; k != 0; k = s.nodes[k].parent) w.insert(w.begin(), s.nodes[k].letter);
            words.push_back(w);
        }
        std::sort(words.begin(), words.end());
        out.result["words"] = words;
        std::size_t alive = 0;
        for (const auto& node : s.nodes) alive += node.alive;
        out.result["nodes"] = alive;
        out.text += "words: " + std::to_string(words.size()) + ", nodes: " + std::to_string(alive) + "\n";
    });
}

RunOutput runSegmentTreeItem(const RunOptions& o) {
    const std::string kindName = o.get("kind").value_or("sum");
    const std::map<std::string, SegmentKind> kinds = {{"sum", SegmentKind::Sum}, {"min", SegmentKind::Min}, {"max", SegmentKind::Max}};
    if (!kinds.count(kindName)) throw InputError("--kind: unknown '" + kindName + "' (expected sum, min or max)");
    const auto values = parseIntegerList("values", o.require("values", "a comma-separated list"));
    if (values.empty()) throw InputError("--values: at least one value is needed");
    return output<SegmentTreeArea>(runSegmentTree(kinds.at(kindName), values, readOperations(o)), o,
                                   [](const SegmentTreeState& s, RunOutput& out) {
                                       // A leaf's current value is its own plus what its ancestors still owe it.
                                       std::vector<std::int64_t> leaves(s.size, 0);
                                       for (std::uint32_t k = 1; k < s.lo.size(); ++k) {
                                           if (s.lo[k] != s.hi[k]) continue;
                                           std::int64_t v = s.value[k];
                                           for (std::uint32_t a = k / 2; a >= 1; a /= 2) v += s.lazy[a];
                                           leaves[s.lo[k]] = v;
                                       }
                                       out.result["values"] = leaves;
                                       std::string line = "values:";
                                       for (auto v : leaves) line += " " + std::to_string(v);
                                       out.text += line + "\n";
                                   });
}

RunOutput runUnionFindItem(const RunOptions& o) {
    const auto size = parseInteger("size", o.require("size", "the number of elements"));
    if (size <= 0 || size > 1'000'000) throw InputError("--size: expected 1 to 1000000 elements, got " + std::to_string(size));
    return output<UnionFindArea>(runUnionFind(static_cast<std::uint32_t>(size), readOperations(o)), o,
                                 [](const UnionFindState& s, RunOutput& out) {
                                     std::map<std::uint32_t, std::vector<std::uint32_t>> sets;
                                     for (std::uint32_t v = 0; v < s.parent.size(); ++v) {
                                         std::uint32_t r = v;
                                         while (s.parent[r] != r) r = s.parent[r];
                                         sets[r].push_back(v);
                                     }
                                     nlohmann::json list = nlohmann::json::array();
                                     std::string line = "sets:";
                                     for (const auto& [root, members] : sets) {
                                         list.push_back(members);
                                         line += " {";
                                         for (std::size_t i = 0; i < members.size(); ++i) line += (i ? " " : "") + std::to_string(members[i]);
                                         line += "}";
                                     }
                                     out.result["sets"] = list;
                                     out.result["parent"] = s.parent;
                                     out.result["rank"] = s.rank;
                                     out.text += line + "\n";
                                 });
}

}  // namespace

std::vector<RunItem> structureRunItems() {
    const RunOptionSpec ops{"ops", "LIST|FILE", "operations, comma-separated or one per line in a file", true};
    std::vector<RunItem> items;
    items.push_back({"heap", "binary min-heap / indexed priority queue: push KEY, pop, top, decrease ID KEY",
                     "--ops \"push 5, push 3, pop, decrease 0 1\"", runHeapItem, {ops}, {}});
    items.push_back({"trie", "trie: insert WORD, search WORD, prefix TEXT, delete WORD", "--ops \"insert car, insert cat, prefix ca\"",
                     runTrieItem, {ops}, {}});
    items.push_back({"segment-tree", "segment tree (sum/min/max): query L R, update I VALUE, add L R DELTA (lazy)",
                     "--values 1,2,3 --ops \"query 0 2, add 0 1 5\" [--kind sum|min|max]", runSegmentTreeItem,
                     {{"values", "LIST", "the initial array, e.g. 5,1,4", true}, ops, {"kind", "sum|min|max", "what a range query combines (default sum)", false}},
                     {}});
    items.push_back({"union-find", "disjoint sets with union by rank and path compression: union A B, find A, connected A B",
                     "--size 6 --ops \"union 0 1, connected 0 2\"", runUnionFindItem,
                     {{"size", "N", "number of elements 0..N-1", true}, ops}, {}});
    return items;
}

}  // namespace stepwise::cli
