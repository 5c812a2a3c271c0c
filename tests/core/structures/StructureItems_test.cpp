// The data-structure catalogue entries: their examples and presets run, every step is narrated
// and grouped under its operation, the timeline round trip restores the start, results equal
// today's CLI output, bad input is named.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/structures/StructureItemRun.h"
#include "core/structures/StructureRuns.h"

namespace stepwise::catalogue {
namespace {

using structures::HeapArea;
using structures::SegmentTreeArea;
using structures::StructureItemRun;
using structures::TrieArea;
using structures::UnionFindArea;

const std::vector<CatalogueItem>& items() {
    static const std::vector<CatalogueItem> all = structureItems();
    return all;
}

const CatalogueItem& structureItem(const std::string& id) {
    for (const auto& item : items())
        if (item.id == id) return item;
    throw std::runtime_error("no structure item " + id);
}

std::unique_ptr<run::Run> start(const std::string& id, std::map<std::string, std::string> values) {
    return structureItem(id).start(Options(std::move(values)));
}

template <class F>
std::string inputError(F f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

/// Every preset of every item, the example first.
std::vector<std::pair<const CatalogueItem*, std::string>> everyPreset() {
    std::vector<std::pair<const CatalogueItem*, std::string>> all;
    for (const auto& item : items()) {
        all.push_back({&item, "example"});
        for (const auto& p : item.presets) all.push_back({&item, p.name});
    }
    return all;
}

/// Seeks to the end and back to 0 and checks the state equals the one at the start.
template <class Area>
bool roundTripRestores(run::Run& run) {
    auto* typed = run.as<StructureItemRun<Area>>();
    if (!typed) return false;
    const auto initial = typed->state();
    EXPECT_EQ(initial, typed->initialState());
    run.seek(run.stepCount());
    EXPECT_NE(typed->state(), initial) << run.itemId() << ": the operations changed nothing";
    run.seek(0);
    return typed->state() == initial;
}

TEST(StructureItems, TheAreaListsTheFourStructuresInOrder) {
    std::vector<std::string> ids;
    for (const auto& item : items()) {
        ids.push_back(item.id);
        EXPECT_EQ(item.area, Area::Structures);
        EXPECT_FALSE(item.pseudocode.empty()) << item.id;
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"heap", "trie", "segment-tree", "union-find"}));
}

TEST(StructureItems, EveryExampleAndPresetRunsWithANarratedLineForEveryStep) {
    for (const auto& [item, name] : everyPreset()) {
        SCOPED_TRACE(item->id + " " + name);
        auto run = item->start(item->presetOptions(name));
        ASSERT_GT(run->stepCount(), 0u);
        EXPECT_EQ(run->line(), 0);
        EXPECT_FALSE(run->sentence().empty());
        EXPECT_EQ(run->pseudocode(), item->pseudocode);
        while (run->forward()) {
            EXPECT_GE(run->line(), 1) << "step " << run->step();
            EXPECT_LE(run->line(), static_cast<int>(run->pseudocode().size())) << "step " << run->step();
            EXPECT_FALSE(run->sentence().empty()) << "step " << run->step();
        }
    }
}

TEST(StructureItems, SeekingToTheEndAndBackRestoresTheInitialStructure) {
    for (const auto& [item, name] : everyPreset()) {
        SCOPED_TRACE(item->id + " " + name);
        auto run = item->start(item->presetOptions(name));
        EXPECT_TRUE(roundTripRestores<HeapArea>(*run) || roundTripRestores<TrieArea>(*run) ||
                    roundTripRestores<SegmentTreeArea>(*run) || roundTripRestores<UnionFindArea>(*run));
    }
}

TEST(StructureItems, GroupsCoverEveryStepExactlyOnceInOrder) {
    for (const auto& [item, name] : everyPreset()) {
        SCOPED_TRACE(item->id + " " + name);
        auto run = item->start(item->presetOptions(name));
        const auto& groups = run->groups();
        ASSERT_FALSE(groups.empty());
        std::size_t next = 1;  // the first step no group has covered yet
        for (const auto& g : groups) {
            EXPECT_EQ(g.first, next) << g.label;
            EXPECT_LE(g.first, g.last + 1)
                << g.label;  // an empty group (an operation with no events) has last = first - 1
            next = g.last + 1;
        }
        EXPECT_EQ(next, run->stepCount() + 1);
        for (std::size_t k = 1; k <= run->stepCount(); ++k) {
            const std::size_t g = run->groupOf(k);
            ASSERT_LT(g, groups.size()) << "step " << k;
            EXPECT_TRUE(groups[g].first <= k && k <= groups[g].last) << "step " << k;
        }
    }
}

TEST(StructureItems, EachOperationIsOneGroupLabelledWithItsText) {
    auto run = start("heap", {{"ops", "push 5,push 3,push 8,push 1,pop,decrease 2 0,top"}});
    std::vector<std::string> labels;
    for (const auto& g : run->groups()) labels.push_back(g.label);
    EXPECT_EQ(labels, (std::vector<std::string>{"push 5", "push 3", "push 8", "push 1", "pop", "decrease 2 0",
                                                "top"}));
    // `top` reads the root and emits nothing: its group is empty, after the last step.
    EXPECT_EQ(run->groups().back().first, 20u);
    EXPECT_EQ(run->groups().back().last, 19u);
    EXPECT_EQ(run->groups()[4].first, 12u);
    EXPECT_EQ(run->groups()[4].last, 16u);
    run->seek(12);
    EXPECT_EQ(run->sentence(), "[pop] swap the root with the last entry: 1 (id 3) at #3 will be popped, 5 (id 0) at #0 sifts down from the root");
    EXPECT_EQ(run->groupOf(12), 4u);
}

TEST(StructureItems, TheSegmentTreeBuildIsALeadingGroup) {
    auto run = start("segment-tree",
                     {{"values", "5,1,4,2,8,3"}, {"ops", "query 1 4,update 2 7,add 0 3 2,query 0 5"}});
    ASSERT_EQ(run->groups().size(), 5u);
    EXPECT_EQ(run->groups()[0].label, "build");
    EXPECT_EQ(run->groups()[0].first, 1u);
    EXPECT_EQ(run->groups()[0].last, 11u);
    EXPECT_EQ(run->groups()[1].label, "query 1 4");
    // The build's sentences say they are the build (issue 8: they were labelled "[query 1 4]").
    run->seek(1);
    EXPECT_EQ(run->sentence(), "[build] leaf [0] holds 5");
}

TEST(StructureItems, TheStepZeroSentenceSaysWhatTheStructureStartsFrom) {
    EXPECT_EQ(start("heap", {{"ops", "push 5,push 3,push 8,push 1,pop,decrease 2 0,top"}})->sentence(),
              "an empty heap; 7 operations to run");
    EXPECT_EQ(start("trie", {{"ops", "insert a"}})->sentence(),
              "an empty trie, the root alone; 1 operation to run");
    EXPECT_EQ(start("segment-tree", {{"values", "5,1,4"}, {"ops", "query 0 2"}, {"kind", "max"}})->sentence(),
              "a max tree to build over 3 values (5, 1, 4), then 1 operation to run");
    EXPECT_EQ(start("union-find", {{"size", "6"}, {"ops", "union 0 1, find 1"}})->sentence(),
              "6 elements, each in a set of its own; 2 operations to run");
}

TEST(StructureItems, HeapOperationsEqualTheCliResult) {
    auto run = start("heap", {{"ops", "push 5,push 3,push 8,push 1,pop,decrease 2 0,top"}});
    const auto expected =
        nlohmann::json::parse(R"j({"heap":[{"id":2,"key":0},{"id":0,"key":5},{"id":1,"key":3}],
        "outcomes":[{"answer":"id 0","operation":"push 5"},{"answer":"id 1","operation":"push 3"},
        {"answer":"id 2","operation":"push 8"},{"answer":"id 3","operation":"push 1"},
        {"answer":"1 (id 3)","operation":"pop"},{"answer":"","operation":"decrease 2 0"},
        {"answer":"0 (id 2)","operation":"top"}]})j");
    EXPECT_EQ(run->result(), expected);
    EXPECT_EQ(run->stepCount(), 19u);
    run->seek(1);
    EXPECT_EQ(run->line(), 1);
    EXPECT_EQ(run->sentence(), "[push 5] push 5 as id 0 at the end, position #0");
    run->seek(19);
    EXPECT_EQ(run->line(), 2);  // decrease-key sifts up (issue 8: it lit the sift-down line)
    EXPECT_EQ(run->sentence(), "[decrease 2 0] swap 0 (id 2) at #0 and 3 (id 1) at #2");
    EXPECT_EQ(run->resultText(),
              "push 5  →  id 0\npush 3  →  id 1\npush 8  →  id 2\npush 1  →  id 3\npop  →  1 (id 3)\n"
              "decrease 2 0\ntop  →  0 (id 2)\nheap: 0 5 3\n");
}

TEST(StructureItems, SegmentTreeSumAndMinEqualTheCliResults) {
    auto sum = start("segment-tree",
                     {{"values", "5,1,4,2,8,3"}, {"ops", "query 1 4,update 2 7,add 0 3 2,query 0 5"}});
    EXPECT_EQ(sum->result(), nlohmann::json::parse(R"({"outcomes":[{"answer":"15","operation":"query 1 4"},
        {"answer":"","operation":"update 2 7"},{"answer":"","operation":"add 0 3 2"},
        {"answer":"34","operation":"query 0 5"}],"values":[7,3,9,4,8,3]})"));
    EXPECT_EQ(sum->stepCount(), 40u);
    sum->seek(40);
    EXPECT_EQ(sum->sentence(), "[query 0 5] node 1 [0..5] lies inside the range: use it whole (34)");
    EXPECT_EQ(sum->resultText(),
              "query 1 4  →  15\nupdate 2 7\nadd 0 3 2\nquery 0 5  →  34\nvalues: 7 3 9 4 8 3\n");

    auto min = start("segment-tree",
                     {{"values", "5,1,4,2,8,3"}, {"kind", "min"}, {"ops", "query 1 4,add 0 3 2,query 0 5"}});
    EXPECT_EQ(min->result(), nlohmann::json::parse(R"({"outcomes":[{"answer":"1","operation":"query 1 4"},
        {"answer":"","operation":"add 0 3 2"},{"answer":"3","operation":"query 0 5"}],"values":[7,3,6,4,8,3]})"));
    EXPECT_EQ(min->stepCount(), 34u);
    ASSERT_NE(min->as<StructureItemRun<SegmentTreeArea>>(), nullptr);
    EXPECT_EQ(min->as<StructureItemRun<SegmentTreeArea>>()->options().text("kind"), "min");
}

TEST(StructureItems, TrieAndUnionFindReportTheFinalStructure) {
    auto trie = start(
        "trie", {{"ops", "insert car,insert cat,insert cart,search car,prefix ca,delete car,search car"}});
    EXPECT_EQ(trie->result()["words"], nlohmann::json({"cart", "cat"}));
    auto sets =
        start("union-find",
              {{"size", "6"}, {"ops", "union 0 1,union 2 3,union 1 3,find 3,connected 0 2,connected 4 5"}});
    EXPECT_EQ(sets->result()["sets"], nlohmann::json::parse("[[0,1,2,3],[4],[5]]"));
    const auto* typed = sets->as<StructureItemRun<UnionFindArea>>();
    ASSERT_NE(typed, nullptr);
    ASSERT_EQ(typed->outcomes().size(), 6u);
    EXPECT_EQ(typed->outcomes()[4].answer, "true");
    EXPECT_EQ(typed->outcomes()[5].answer, "false");
}

TEST(StructureItems, OperationsCanComeFromAFile) {
    const auto path = std::filesystem::temp_directory_path() / "stepwise-structure-items-test.ops";
    std::ofstream(path) << "push 4\n# a comment\npush 2\npop\n";
    auto run = start("heap", {{"ops", path.string()}});
    EXPECT_EQ(run->result()["heap"], nlohmann::json::parse(R"([{"id":0,"key":4}])"));
    std::filesystem::remove(path);
}

TEST(StructureItems, BadInputIsAnInputErrorNamingTheProblem) {
    EXPECT_EQ(inputError([] {
                  start("heap", {{"ops", "push 1, pop, pop"}});
              }),
              "operation 3 'pop': the heap is empty");
    EXPECT_EQ(inputError([] {
                  start("segment-tree", {{"values", "1,2"}, {"ops", "query 0 1"}, {"kind", "avg"}});
              }),
              "segment-tree: unknown --kind 'avg' (expected sum|min|max)");
    EXPECT_EQ(inputError([] { start("heap", {}); }),
              "heap: missing --ops LIST|FILE (operations, comma-separated or one per line in a file)");
    EXPECT_EQ(inputError([] {
                  start("union-find", {{"size", "0"}, {"ops", "find 0"}});
              }),
              "union-find: --size: expected 1 to 1000000, got 0");
    EXPECT_EQ(inputError([] {
                  start("segment-tree", {{"values", "1,x"}, {"ops", "query 0 1"}});
              }),
              "--values: item 2 'x' is not a whole number (expected a comma-separated list like 1,2,3)");
    EXPECT_EQ(inputError([] {
                  start("heap", {{"ops", "missing/file.ops"}});
              }),
              "--ops: no such file 'missing/file.ops' (expected a list like a,b,c or a readable file)");
    EXPECT_EQ(inputError([] {
                  start("trie", {{"ops", "insert"}});
              }),
              "operation 1 'insert': expected 'insert WORD'");
}

}  // namespace
}  // namespace stepwise::catalogue
