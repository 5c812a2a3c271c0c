// End to end: `stepwise-cli run` for the data structures.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/CliRunner.h"

namespace stepwise::cli::testing {

TEST(StructureCli, HeapAnswersEachOperationAndShowsTheFinalHeap) {
    const auto r = runCli({"run", "heap", "--ops", "push 5, push 3, push 8, pop, decrease 2 1, top", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["result"]["outcomes"][3]["answer"], "3 (id 1)");
    EXPECT_EQ(doc["result"]["outcomes"][5]["answer"], "1 (id 2)");
    EXPECT_EQ(doc["result"]["heap"][0]["key"], 1);
    EXPECT_GT(doc["steps"].get<int>(), 6);
}

TEST(StructureCli, SegmentTreeReadsOperationsFromAFile) {
    TempDir dir;
    const auto file = dir.write("ops.txt", "query 0 3\nadd 1 2 10  # lazily\nquery 2 3\n");
    const auto r = runCli({"run", "segment-tree", "--values", "1,2,3,4", "--ops", file, "--kind", "max", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["result"]["outcomes"][0]["answer"], "4");
    EXPECT_EQ(doc["result"]["outcomes"][2]["answer"], "13");
    EXPECT_EQ(doc["result"]["values"], nlohmann::json({1, 12, 13, 4}));
}

TEST(StructureCli, TrieAndUnionFind) {
    auto r = runCli({"run", "trie", "--ops", "insert car, insert cat, prefix ca, delete car, prefix ca", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["result"]["outcomes"][2]["answer"], "[car, cat]");
    EXPECT_EQ(doc["result"]["words"], nlohmann::json({"cat"}));
    r = runCli({"run", "union-find", "--size", "5", "--ops", "union 0 1, union 3 4, union 1 4, connected 0 3", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["result"]["outcomes"][3]["answer"], "true");
    EXPECT_EQ(doc["result"]["sets"].size(), 2u);
}

TEST(StructureCli, BadOperationsExitWithTwo) {
    auto r = runCli({"run", "heap", "--ops", "push 1, pop, pop"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("operation 3 'pop': the heap is empty"), std::string::npos) << r.err;
    r = runCli({"run", "segment-tree", "--values", "1,2", "--ops", "query 0 9"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("out of bounds"), std::string::npos) << r.err;
    r = runCli({"run", "segment-tree", "--values", "1,2", "--ops", "query 0 1", "--kind", "avg"});
    EXPECT_EQ(r.status, 2);
    r = runCli({"run", "union-find", "--size", "0", "--ops", "find 0"});
    EXPECT_EQ(r.status, 2);
}

}  // namespace stepwise::cli::testing
