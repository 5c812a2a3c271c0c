// The catalogue entries of the data-structures area: heap, trie, segment-tree and union-find, each
// driven by an operation list; their options, examples, step groups (one per operation) and how a
// run's answers and final structure read in JSON and text.
#include <algorithm>
#include <map>
#include <sstream>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/common/Limits.h"
#include "core/structures/StructureItemRun.h"
#include "core/structures/StructureRuns.h"

namespace stepwise::catalogue {
namespace {

using namespace structures;

std::vector<Operation> readOperations(const Options& o) {
    std::string source;
    const std::string text = listOrFileText("ops", o.text("ops"), source);
    return parseOperations(text, source);
}

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string operationsToRun(std::size_t n) {
    return plural(n, "operation", "operations") + " to run";
}

/// One group per operation, covering the steps it emitted (steps starts[i]+1 .. starts[i+1]). An
/// operation that emits no event (a heap's `top`) still gets its group, empty: first = last + 1,
/// placed where it happened, so groups and operations stay one to one and in order. Steps before
/// the first operation (the segment tree's build) form a leading "build" group.
std::vector<run::StepGroup> operationGroups(const std::vector<Outcome>& outcomes,
                                            const std::vector<std::size_t>& starts, std::size_t steps) {
    std::vector<run::StepGroup> groups;
    if (!starts.empty() && starts.front() > 0) groups.push_back({"build", 1, starts.front()});
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : steps;
        groups.push_back({outcomes[i].operation, starts[i] + 1, end});
    }
    return groups;
}

/// Fills the parts every structure shares (outcomes, groups, the answer lines), lets `describe`
/// add the final structure, and wraps it all in the area's run.
template <class Area, class Describe>
std::unique_ptr<run::Run> finish(const std::string& id, const std::string& title, std::string intro,
                                 StructureRun<Area> data, const Options& options, Describe describe) {
    run::RunInfo info;
    info.itemId = id;
    info.title = title;
    info.pseudocode = data.pseudocode;
    info.intro = std::move(intro);
    nlohmann::json outcomes = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& outcome : data.outcomes) {
        outcomes.push_back({{"operation", outcome.operation}, {"answer", outcome.answer}});
        text << outcome.operation << (outcome.answer.empty() ? "" : "  →  " + outcome.answer) << "\n";
    }
    info.result["outcomes"] = outcomes;
    info.groups = operationGroups(data.outcomes, data.operationStart, data.trace.size());
    typename Area::State last = data.initial;
    for (const auto& e : data.trace.events) Area::apply(last, e, data.trace);
    info.resultText = text.str();
    describe(last, info.result, info.resultText);
    return std::make_unique<StructureItemRun<Area>>(std::move(info), std::move(data), options);
}

std::unique_ptr<run::Run> buildHeap(const Options& o, const RunLimits&) {
    const auto ops = readOperations(o);
    return finish<HeapArea>("heap", "Binary heap", "an empty heap; " + operationsToRun(ops.size()),
                            runHeap(ops), o,
                            [](const HeapState& s, nlohmann::json& result, std::string& text) {
                                nlohmann::json heap = nlohmann::json::array();
                                std::string line = "heap:";
                                for (const auto& e : s.entries) {
                                    heap.push_back({{"id", e.id}, {"key", e.key}});
                                    line += " " + std::to_string(e.key);
                                }
                                result["heap"] = heap;
                                text += line + "\n";
                            });
}

std::unique_ptr<run::Run> buildTrie(const Options& o, const RunLimits&) {
    const auto ops = readOperations(o);
    return finish<TrieArea>(
        "trie", "Trie", "an empty trie, the root alone; " + operationsToRun(ops.size()), runTrie(ops), o,
        [](const TrieState& s, nlohmann::json& result, std::string& text) {
            std::vector<std::string> words;
            for (std::uint32_t n = 0; n < s.nodes.size(); ++n) {
                if (!s.nodes[n].alive || !s.nodes[n].terminal) continue;
                std::string w;
                for (std::uint32_t k = n; k != 0; k = s.nodes[k].parent)
                    w.insert(w.begin(), s.nodes[k].letter);
                words.push_back(w);
            }
            std::sort(words.begin(), words.end());
            result["words"] = words;
            std::size_t alive = 0;
            for (const auto& node : s.nodes) alive += node.alive;
            result["nodes"] = alive;
            text += "words: " + std::to_string(words.size()) + ", nodes: " + std::to_string(alive) + "\n";
        });
}

std::unique_ptr<run::Run> buildSegmentTree(const Options& o, const RunLimits&) {
    const std::string kindName = o.text("kind", "sum");
    const std::map<std::string, SegmentKind> kinds = {
        {"sum", SegmentKind::Sum}, {"min", SegmentKind::Min}, {"max", SegmentKind::Max}};
    if (!kinds.count(kindName))
        throw InputError("--kind: unknown '" + kindName + "' (expected sum, min or max)");
    const auto values = o.integers("values");
    if (values.empty()) throw InputError("--values: at least one value is needed");
    const auto ops = readOperations(o);
    std::string shown;
    for (std::size_t i = 0; i < values.size() && i < 12; ++i)
        shown += (i ? ", " : "") + std::to_string(values[i]);
    if (values.size() > 12) shown += ", ...";
    const std::string intro = "a " + kindName + " tree to build over " +
                              plural(values.size(), "value", "values") + " (" + shown + "), then " +
                              operationsToRun(ops.size());
    return finish<SegmentTreeArea>("segment-tree", "Segment tree", intro,
                                   runSegmentTree(kinds.at(kindName), values, ops), o,
                                   [](const SegmentTreeState& s, nlohmann::json& result, std::string& text) {
                                       // A leaf's current value is its own plus what its ancestors still owe
                                       // it.
                                       std::vector<std::int64_t> leaves(s.size, 0);
                                       for (std::uint32_t k = 1; k < s.lo.size(); ++k) {
                                           if (s.lo[k] != s.hi[k]) continue;
                                           std::int64_t v = s.value[k];
                                           for (std::uint32_t a = k / 2; a >= 1; a /= 2) v += s.lazy[a];
                                           leaves[s.lo[k]] = v;
                                       }
                                       result["values"] = leaves;
                                       std::string line = "values:";
                                       for (auto v : leaves) line += " " + std::to_string(v);
                                       text += line + "\n";
                                   });
}

std::unique_ptr<run::Run> buildUnionFind(const Options& o, const RunLimits&) {
    const auto size = o.integer("size");
    if (size <= 0 || size > static_cast<std::int64_t>(limits::unionFindSize))
        throw InputError("--size: expected 1 to " + std::to_string(limits::unionFindSize) + " elements, got " +
                         std::to_string(size) + (size > 0 ? std::string(" (the limit: ") + limits::unionFindWhy + ")" : ""));
    const auto ops = readOperations(o);
    const std::string intro = plural(static_cast<std::size_t>(size), "element", "elements") +
                              ", each in a set of its own; " + operationsToRun(ops.size());
    return finish<UnionFindArea>("union-find", "Union-find", intro,
                                 runUnionFind(static_cast<std::uint32_t>(size), ops), o,
                                 [](const UnionFindState& s, nlohmann::json& result, std::string& text) {
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
                                         for (std::size_t i = 0; i < members.size(); ++i)
                                             line += (i ? " " : "") + std::to_string(members[i]);
                                         line += "}";
                                     }
                                     result["sets"] = list;
                                     result["parent"] = s.parent;
                                     result["rank"] = s.rank;
                                     text += line + "\n";
                                 });
}

CatalogueItem item(std::string id, std::string title, std::string summary, std::vector<OptionSpec> options,
                   Preset example, std::vector<Preset> presets,
                   std::unique_ptr<run::Run> (*build)(const Options&, const RunLimits&)) {
    CatalogueItem it;
    it.id = std::move(id);
    it.area = Area::Structures;
    it.title = std::move(title);
    it.summary = std::move(summary);
    it.options = std::move(options);
    it.example = std::move(example);
    it.presets = std::move(presets);
    it.build = build;
    // The pseudo-code lives with each structure's run; its example run hands it over.
    it.pseudocode = it.start(it.presetOptions())->pseudocode();
    return it;
}

}  // namespace

std::vector<CatalogueItem> structureItems() {
    const OptionSpec ops = option("ops", OptionKind::ListOrFile, "LIST|FILE",
                                  "operations, comma-separated or one per line in a file")
                               .mandatory();
    const OptionSpec kind =
        option("kind", OptionKind::Choice, "sum|min|max", "what a range query combines (default sum)")
            .oneOf({"sum", "min", "max"})
            .byDefault("sum");
    const OptionSpec size = option("size", OptionKind::Integer, "N", "number of elements 0..N-1")
                                .mandatory()
                                .within(1, static_cast<std::int64_t>(limits::unionFindSize))
                                .because(limits::unionFindWhy);
    const OptionSpec values =
        option("values", OptionKind::IntegerList, "LIST", "the initial array, e.g. 5,1,4").mandatory();

    // The examples are the inputs the GUI's structures room opens each item with.
    const std::pair<std::string, std::string> segmentValues{"values", "5,1,4,2,3,6,7,0"};
    const std::pair<std::string, std::string> segmentOps{
        "ops", "query 2 6, add 1 5 3, query 3 4, update 4 10, query 0 7"};
    std::vector<CatalogueItem> items;
    items.push_back(item("heap", "Binary heap",
                         "binary min-heap / indexed priority queue: push KEY, pop, top, decrease ID KEY",
                         {ops},
                         {"example",
                          "Push, pop, decrease-key",
                          {{"ops", "push 5, push 3, push 8, push 1, push 6, pop, decrease 2 0, top"}}},
                         {}, buildHeap));
    items.push_back(item("trie", "Trie", "trie: insert WORD, search WORD, prefix TEXT, delete WORD", {ops},
                         {"example",
                          "Insert, search, prefix, delete",
                          {{"ops",
                            "insert car, insert cat, insert cart, insert dog, search ca, prefix ca, delete "
                            "cart, search cart"}}},
                         {}, buildTrie));
    items.push_back(item("segment-tree", "Segment tree",
                         "segment tree (sum/min/max): query L R, update I VALUE, add L R DELTA (lazy)",
                         {values, ops, kind},
                         {"example", "Range sums", {segmentValues, segmentOps, {"kind", "sum"}}},
                         {{"min", "Range minimums", {segmentValues, segmentOps, {"kind", "min"}}},
                          {"max", "Range maximums", {segmentValues, segmentOps, {"kind", "max"}}}},
                         buildSegmentTree));
    items.push_back(
        item("union-find", "Union-find",
             "disjoint sets with union by rank and path compression: union A B, find A, connected A B",
             {size, ops},
             {"example",
              "Unions and finds over 8 elements",
              {{"size", "8"},
               {"ops",
                "union 0 1, union 2 3, union 1 3, union 4 5, union 6 7, union 5 7, find 2, connected 0 6, "
                "union 3 6, find 7"}}},
             {}, buildUnionFind));
    return items;
}

}  // namespace stepwise::catalogue
