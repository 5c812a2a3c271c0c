// The defects a new user met (issue 12), end to end through stepwise-cli: each is bad input, so
// exit status 2 and a message that names what is wrong and where.
#include <gtest/gtest.h>

#include <chrono>

#include "tests/cli/CliRunner.h"

namespace stepwise::cli::testing {
namespace {

/// Passes when `text` contains `part`; prints both otherwise.
::testing::AssertionResult contains(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "'" << text << "' does not contain '" << part << "'";
}

TEST(InputDefects, GraphThatIsADirectoryIsBadInputNamingIt) {
    TempDir dir;
    const auto r = runCli({"run", "dijkstra", "--graph", dir.path().string(), "--source", "A"});
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_TRUE(contains(r.err, dir.path().string() + " is a directory"));
    EXPECT_FALSE(contains(r.err, "internal error"));
}

TEST(InputDefects, OpsPathThatNamesNoFileIsAnErrorNotOneKey) {
    const auto r = runCli({"run", "cache", "--policy", "lru", "--capacity", "2", "--ops", "/no/such/file"});
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_TRUE(contains(r.err, "no such file '/no/such/file'"));
    EXPECT_TRUE(r.out.empty());
}

TEST(InputDefects, HugeConsistentHashWeightsAreRefusedQuicklySayingWhy) {
    const auto start = std::chrono::steady_clock::now();
    const auto r = runCli(
        {"run", "balancer", "--policy", "consistent-hash", "--backends", "a:999999,b:1", "--requests", "10"});
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_TRUE(contains(r.err, "100000000 points on the hash ring, over the limit of 1000000"));
    EXPECT_TRUE(contains(r.err, "scale them down"));
    EXPECT_LT(seconds, 10.0);  // it used to run past 20 s and 1.8 GB
}

TEST(InputDefects, HugeWeightsStillWorkForPoliciesWithoutARing) {
    const auto r = runCli({"run", "balancer", "--policy", "weighted-round-robin", "--backends",
                           "a:999999,b:1", "--requests", "10", "--json"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"a\": 10"));
}

TEST(InputDefects, NegativeWeightNamesTheFileAndLineOfTheEdge) {
    TempDir dir;
    const auto file = dir.write("roads.graph", "# roads\nA B 2\n\nB C -3\nC A 1\n");
    for (const char* item : {"dijkstra", "astar"}) {
        std::vector<std::string> args{"run", item, "--graph", file, "--source", "A"};
        if (std::string(item) == "astar") args.insert(args.end(), {"--target", "C"});
        const auto r = runCli(args);
        EXPECT_EQ(r.status, 2) << item;
        EXPECT_TRUE(contains(r.err, file + ":4: edge B→C has negative weight -3")) << item;
    }
}

TEST(InputDefects, NegativeWeightInDotNamesTheLineOfTheEdge) {
    TempDir dir;
    const auto file = dir.write("roads.dot", "digraph {\n  A -> B [weight=2]\n  B -> C [weight=-1]\n}\n");
    const auto r = runCli({"run", "dijkstra", "--graph", file, "--source", "A"});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, file + ":3: edge B→C has negative weight -1"));
}

TEST(InputDefects, StructureOperationErrorNamesTheFileAndLine) {
    TempDir dir;
    const auto file = dir.write("heap.ops", "push 5\n# then\npop, pop\npush x\n");
    const auto r = runCli({"run", "heap", "--ops", file});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, file + ":3: operation 3 'pop': the heap is empty"));

    const auto bad = dir.write("bad.ops", "push 1\n\npush x\n");
    const auto r2 = runCli({"run", "heap", "--ops", bad});
    EXPECT_TRUE(contains(r2.err, bad + ":3: operation 2 'push x': 'x' is not a whole number"));
}

TEST(InputDefects, InlineOperationErrorsKeepTheirWords) {
    const auto r = runCli({"run", "heap", "--ops", "push 1,pop,pop"});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "stepwise-cli: operation 3 'pop': the heap is empty"));
}

}  // namespace
}  // namespace stepwise::cli::testing
