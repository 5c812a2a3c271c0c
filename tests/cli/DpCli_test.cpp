// End to end: `stepwise-cli run` for the DP problems, as a user types it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/CliRunner.h"

namespace stepwise::cli::testing {

TEST(DpCli, EditDistanceJsonHasValueTableTracebackAndScript) {
    const auto r = runCli({"run", "edit-distance", "--a", "kitten", "--b", "sitting", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["algorithm"], "edit-distance");
    EXPECT_EQ(doc["result"]["value"], 3);
    EXPECT_EQ(doc["result"]["table"].size(), 7u);
    EXPECT_EQ(doc["result"]["table"][0].size(), 8u);
    EXPECT_EQ(doc["result"]["traceback"].front(), nlohmann::json({6, 7}));
    EXPECT_EQ(doc["result"]["traceback"].back(), nlohmann::json({0, 0}));
    EXPECT_EQ(doc["result"]["script"].front(), nlohmann::json({{"op", "substitute"}, {"from", "k"}, {"to", "s"}}));
    EXPECT_EQ(doc["steps"], 7 * 8 + doc["result"]["traceback"].size());
}

TEST(DpCli, KnapsackListsTheChosenItemsFromZero) {
    const auto r = runCli({"run", "knapsack", "--weights", "1,3,4,5", "--values", "1,4,5,7", "--capacity", "7", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["result"]["value"], 9);
    EXPECT_EQ(doc["result"]["items"], nlohmann::json({1, 2}));
}

TEST(DpCli, CoinChangeGivesNullWhenTheAmountCannotBeMade) {
    auto r = runCli({"run", "coin-change", "--coins", "1,2,5", "--amount", "11", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["result"]["value"], 3);
    EXPECT_EQ(doc["result"]["ways"], 11);
    r = runCli({"run", "coin-change", "--coins", "4", "--amount", "3", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    doc = nlohmann::json::parse(r.out);
    EXPECT_TRUE(doc["result"]["value"].is_null());
    EXPECT_EQ(doc["result"]["ways"], 0);
}

TEST(DpCli, LisAndLcsReturnTheirSubsequences) {
    auto r = runCli({"run", "lis", "--values", "3,1,2,5,4", "--method", "patience", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["result"]["value"], 3);
    r = runCli({"run", "lcs", "--a", "ABCBDAB", "--b", "BDCABA", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["result"]["value"], 4);
    EXPECT_EQ(doc["result"]["subsequence"].get<std::string>().size(), 4u);
}

TEST(DpCli, TracePrintsOneLinePerStep) {
    const auto r = runCli({"run", "lcs", "--a", "ab", "--b", "b", "--trace", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    ASSERT_EQ(doc["trace"].size(), doc["steps"].get<std::size_t>());
    EXPECT_EQ(doc["trace"][0]["text"], "L[0][0] = 0: an empty prefix has nothing in common");
}

TEST(DpCli, BadInputExitsWithTwoAndSaysWhy) {
    auto r = runCli({"run", "knapsack", "--weights", "1,2", "--values", "3", "--capacity", "5"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("one value per weight"), std::string::npos) << r.err;
    r = runCli({"run", "knapsack", "--weights", "1,2", "--values", "3,4", "--capacity", "-1"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("capacity -1 is negative"), std::string::npos) << r.err;
    r = runCli({"run", "coin-change", "--coins", "1,two", "--amount", "5"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("'two' is not a whole number"), std::string::npos) << r.err;
    r = runCli({"run", "lcs", "--a", "abc"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--b"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST(DpCli, HugeStringsStillGiveTheValueWithAWarning) {
    const std::string a(3000, 'a'), b(3000, 'b');
    const auto r = runCli({"run", "edit-distance", "--a", a, "--b", b, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["result"]["value"], 3000);
    EXPECT_NE(r.err.find("without the table"), std::string::npos) << r.err;
}

}  // namespace stepwise::cli::testing
