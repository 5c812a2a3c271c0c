// The DP catalogue entries: their examples and presets run, every step is narrated, walking the
// timeline round trip restores the start, results equal today's CLI output, bad input is named.
#include <gtest/gtest.h>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/dp/DpItemRun.h"

namespace stepwise::catalogue {
namespace {

const CatalogueItem& dpItem(const std::string& id) {
    static const std::vector<CatalogueItem> items = dpItems();
    for (const auto& item : items)
        if (item.id == id) return item;
    throw std::runtime_error("no DP item " + id);
}

std::unique_ptr<run::Run> start(const std::string& id, std::map<std::string, std::string> values,
                                const RunLimits& limits = {}) {
    return dpItem(id).start(Options(std::move(values)), limits);
}

/// The message of the InputError `f` throws ("" when it throws none).
template <class F>
std::string inputError(F f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

TEST(DpItems, TheAreaListsTheFiveProblemsInOrder) {
    std::vector<std::string> ids;
    for (const auto& item : dpItems()) {
        ids.push_back(item.id);
        EXPECT_EQ(item.area, Area::DynamicProgramming) << item.id;
        EXPECT_FALSE(item.summary.empty()) << item.id;
        EXPECT_FALSE(item.pseudocode.empty()) << item.id;
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"lcs", "edit-distance", "knapsack", "lis", "coin-change"}));
}

TEST(DpItems, EveryExampleAndPresetRunsWithANarratedLineForEveryStep) {
    for (const auto& item : dpItems()) {
        std::vector<std::string> presets{"example"};
        for (const auto& p : item.presets) presets.push_back(p.name);
        for (const auto& name : presets) {
            SCOPED_TRACE(item.id + " " + name);
            auto run = item.start(item.presetOptions(name));
            ASSERT_GT(run->stepCount(), 0u);
            EXPECT_EQ(run->itemId(), item.id);
            EXPECT_EQ(run->line(), 0);
            EXPECT_FALSE(run->sentence().empty());
            while (run->forward()) {
                EXPECT_GE(run->line(), 1) << "step " << run->step();
                EXPECT_LE(run->line(), static_cast<int>(run->pseudocode().size())) << "step " << run->step();
                EXPECT_FALSE(run->sentence().empty()) << "step " << run->step();
            }
            EXPECT_TRUE(run->atEnd());
            EXPECT_TRUE(run->warnings().empty());
        }
    }
}

TEST(DpItems, SeekingToTheEndAndBackRestoresTheEmptyTable) {
    for (const auto& item : dpItems()) {
        SCOPED_TRACE(item.id);
        auto run = item.start(item.presetOptions());
        auto* dp = run->as<dp::DpItemRun>();
        ASSERT_NE(dp, nullptr);
        const dp::DpState initial = dp->state();
        EXPECT_EQ(initial, dp->dpRun().initial);
        run->seek(run->stepCount());
        EXPECT_TRUE(run->atEnd());
        EXPECT_NE(dp->state(), initial);
        run->seek(0);
        EXPECT_EQ(dp->state(), initial);
    }
}

TEST(DpItems, TheStepZeroSentenceSaysWhatTheTableIsFor) {
    EXPECT_EQ(start("edit-distance", {{"a", "kitten"}, {"b", "sitting"}})->sentence(),
              "an empty 7 × 8 table for turning \"kitten\" into \"sitting\"; 64 steps to run");
    EXPECT_EQ(
        start("knapsack", {{"weights", "1,3,4,5"}, {"values", "1,4,5,7"}, {"capacity", "7"}})->sentence(),
        "an empty 5 × 8 table: 4 items, capacities 0..7; 45 steps to run");
}

TEST(DpItems, EditDistanceKittenSittingEqualsTheCliResult) {
    auto run = start("edit-distance", {{"a", "kitten"}, {"b", "sitting"}});
    const auto expected = nlohmann::json::parse(R"({"script":[{"from":"k","op":"substitute","to":"s"},
        {"from":"i","op":"keep","to":"i"},{"from":"t","op":"keep","to":"t"},{"from":"t","op":"keep","to":"t"},
        {"from":"e","op":"substitute","to":"i"},{"from":"n","op":"keep","to":"n"},{"op":"insert","to":"g"}],
        "table":[[0,1,2,3,4,5,6,7],[1,1,2,3,4,5,6,7],[2,2,1,2,3,4,5,6],[3,3,2,1,2,3,4,5],[4,4,3,2,1,2,3,4],
        [5,5,4,3,2,2,3,4],[6,6,5,4,3,3,2,3]],"traceback":[[6,7],[6,6],[5,5],[4,4],[3,3],[2,2],[1,1],[0,0]],
        "value":3})");
    EXPECT_EQ(run->result(), expected);
    EXPECT_EQ(run->stepCount(), 64u);
    run->seek(1);
    EXPECT_EQ(run->line(), 1);
    EXPECT_EQ(run->sentence(), "D[0][0] = 0: turning \"\" into \"\" takes 0 insertions");
    run->seek(64);
    EXPECT_EQ(run->line(), 5);
    EXPECT_EQ(run->sentence(), "traceback: substitute k→s, move to D[0][0] = 0; the script is complete");
    EXPECT_EQ(run->resultText(),
              "Edit distance (Levenshtein): 3\n"
              "script: substitute k→s; keep i; keep t; keep t; substitute e→i; keep n; insert g;\n"
              "   ε  s  i  t  t  i  n  g\n"
              "ε  0  1  2  3  4  5  6  7\n"
              "k  1  1  2  3  4  5  6  7\n"
              "i  2  2  1  2  3  4  5  6\n"
              "t  3  3  2  1  2  3  4  5\n"
              "t  4  4  3  2  1  2  3  4\n"
              "e  5  5  4  3  2  2  3  4\n"
              "n  6  6  5  4  3  3  2  3\n");
}

TEST(DpItems, KnapsackEqualsTheCliResult) {
    auto run = start("knapsack", {{"weights", "1,3,4,5"}, {"values", "1,4,5,7"}, {"capacity", "7"}});
    const auto expected =
        nlohmann::json::parse(R"({"items":[1,2],"table":[[0,0,0,0,0,0,0,0],[0,1,1,1,1,1,1,1],
        [0,1,1,4,5,5,5,5],[0,1,1,4,5,6,6,9],[0,1,1,4,5,7,8,9]],"traceback":[[4,7],[3,7],[2,3],[1,0],[0,0]],
        "value":9})");
    EXPECT_EQ(run->result(), expected);
    EXPECT_EQ(run->stepCount(), 45u);
    run->seek(45);
    EXPECT_EQ(run->sentence(), "traceback: item 0 was not taken");
}

TEST(DpItems, ImpossibleCoinChangeGivesANullValueAndZeroWays) {
    auto run = start("coin-change", {{"coins", "2"}, {"amount", "3"}});
    EXPECT_TRUE(run->result()["value"].is_null());
    EXPECT_EQ(run->result()["ways"], 0);
    EXPECT_EQ(run->stepCount(), 8u);
    EXPECT_EQ(run->resultText().substr(0, run->resultText().find('\n')), "Coin change: impossible");
}

TEST(DpItems, TheRunGivesTheViewTheTableItsLabelsAndDependencies) {
    auto run = start("edit-distance", {{"a", "kitten"}, {"b", "sitting"}});
    const auto* dp = run->as<dp::DpItemRun>();
    ASSERT_NE(dp, nullptr);
    EXPECT_EQ(dp->dpRun().rows, 7u);
    EXPECT_EQ(dp->dpRun().cols, 8u);
    EXPECT_EQ(dp->dpRun().rowLabels.front(), "ε");
    EXPECT_EQ(dp->dpRun().table.size(), 56u);
    EXPECT_EQ(dp->dpRun().result.value, 3);
    EXPECT_EQ(dp->input().a, "kitten");
    // D[1][1] comes from its left, upper and diagonal neighbours.
    EXPECT_EQ(dp->dependencies(1 * 8 + 1).size(), 3u);
    EXPECT_EQ(dp->timeline().trace().size(), 64u);
}

TEST(DpItems, PatienceIsAPresetOfLisAndChangesTheMethod) {
    const auto& lis = dpItem("lis");
    EXPECT_EQ(lis.presetOptions().text("method"), "table");
    EXPECT_EQ(lis.presetOptions("patience").text("method"), "patience");
    auto table = lis.start(lis.presetOptions());
    auto patience = lis.start(lis.presetOptions("patience"));
    EXPECT_EQ(table->result()["value"], patience->result()["value"]);
    EXPECT_NE(table->stepCount(), patience->stepCount());
    EXPECT_EQ(start("lis", {{"values", "3,1,4,1,5,9,2,6"}})->result()["subsequence"],
              nlohmann::json({1, 4, 5, 9}));
}

TEST(DpItems, ATableBeyondTheCellLimitIsComputedWithoutStepsAndWarns) {
    RunLimits limits;
    limits.cellLimit = 10;
    auto run = start("edit-distance", {{"a", "kitten"}, {"b", "sitting"}}, limits);
    EXPECT_EQ(run->stepCount(), 0u);
    EXPECT_EQ(run->result()["value"], 3);
    EXPECT_TRUE(run->result()["table"].empty());
    EXPECT_EQ(run->warnings(),
              (std::vector<std::string>{"the table would have 56 cells, more than 10: computed the "
                                        "value alone, without the table, traceback or trace"}));
    EXPECT_EQ(run->sentence(),
              "the table would have 56 cells: the value is computed alone, with no steps to show");
}

TEST(DpItems, BadInputIsAnInputErrorNamingTheOption) {
    EXPECT_EQ(inputError([] { start("lcs", {{"b", "x"}}); }), "lcs: missing --a TEXT (the first string)");
    EXPECT_EQ(inputError([] {
                  start("knapsack", {{"weights", "1,x"}, {"values", "1,2"}, {"capacity", "3"}});
              }),
              "--weights: item 2 'x' is not a whole number (expected a comma-separated list like 1,2,3)");
    EXPECT_EQ(inputError([] {
                  start("lis", {{"values", "1,2"}, {"method", "quick"}});
              }),
              "lis: unknown --method 'quick' (expected table|patience)");
    EXPECT_EQ(inputError([] {
                  start("coin-change", {{"coins", "1"}, {"amount", "two"}});
              }),
              "--amount: 'two' is not a whole number");
    EXPECT_NE(inputError([] {
                  start("knapsack", {{"weights", "1,2"}, {"values", "1"}, {"capacity", "3"}});
              }),
              "");
}

}  // namespace
}  // namespace stepwise::catalogue
