// Every catalogue item, as a user meets it in the terminal: `run ID --json --trace` with no input
// runs the item's built-in example, and every step it prints has a pseudo-code line and a sentence.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/catalogue/Catalogue.h"
#include "core/run/Run.h"
#include "tests/cli/CliRunner.h"

namespace stepwise::cli::testing {
namespace {

TEST(CatalogueWalk, EveryItemRunsItsExampleWithALineAndASentenceForEveryStep) {
    ASSERT_FALSE(catalogue::catalogue().empty());
    for (const auto& item : catalogue::catalogue()) {
        SCOPED_TRACE(item.id);
        const CliResult r = runCli({"run", item.id, "--json", "--trace"});
        ASSERT_EQ(r.status, 0) << r.err;
        const auto doc = nlohmann::json::parse(r.out);
        EXPECT_EQ(doc.at("algorithm"), item.id);
        ASSERT_TRUE(doc.at("result").is_object());
        const auto& trace = doc.at("trace");
        ASSERT_EQ(trace.size(), doc.at("steps").get<std::size_t>());
        EXPECT_GT(trace.size(), 0u) << "an example that shows nothing teaches nothing";
        const auto lines = item.start(item.presetOptions())->pseudocode().size();
        for (std::size_t i = 0; i < trace.size(); ++i) {
            EXPECT_EQ(trace[i].at("step"), i + 1);
            const int line = trace[i].at("line");
            EXPECT_GE(line, 1) << "step " << i + 1;
            EXPECT_LE(line, static_cast<int>(lines)) << "step " << i + 1;
            EXPECT_FALSE(trace[i].at("text").get<std::string>().empty()) << "step " << i + 1;
        }
    }
}

TEST(CatalogueWalk, TheCoreRunOfEveryExampleStepsToTheEndAndBackWithTheSameNarration) {
    for (const auto& item : catalogue::catalogue()) {
        SCOPED_TRACE(item.id);
        auto run = item.start(item.presetOptions());
        std::vector<std::pair<int, std::string>> forward;
        const std::string intro = run->sentence();
        EXPECT_FALSE(intro.empty()) << "step 0 says nothing";
        EXPECT_EQ(run->line(), 0);
        while (run->forward()) forward.emplace_back(run->line(), run->sentence());
        ASSERT_EQ(forward.size(), run->stepCount());
        // Walking back, each step says what it said on the way forward.
        for (std::size_t k = run->stepCount(); k > 0; --k) {
            ASSERT_EQ(run->step(), k);
            EXPECT_EQ(run->line(), forward[k - 1].first) << "step " << k;
            EXPECT_EQ(run->sentence(), forward[k - 1].second) << "step " << k;
            run->back();
        }
        EXPECT_TRUE(run->atStart());
        EXPECT_EQ(run->sentence(), intro);
        // Groups, where a run has them, cover every step once and in order.
        std::size_t next = 1;
        for (const auto& g : run->groups()) {
            EXPECT_EQ(g.first, next) << g.label;
            EXPECT_GE(g.last + 1, g.first) << g.label;
            next = g.last + 1;
        }
        if (!run->groups().empty()) {
            EXPECT_EQ(next, run->stepCount() + 1);
        }
    }
}

TEST(CatalogueWalk, AnUnknownItemIsBadInputNamingTheKnownOnes) {
    const CliResult r = runCli({"run", "dijksta"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("known items: " + catalogue::knownIds()), std::string::npos) << r.err;
}

TEST(CatalogueWalk, ListShowsEveryItemOnceInCatalogueOrder) {
    const CliResult r = runCli({"list"});
    ASSERT_EQ(r.status, 0);
    const auto listed = lines(r.out);
    ASSERT_EQ(listed.size(), catalogue::catalogue().size());
    for (std::size_t i = 0; i < listed.size(); ++i)
        EXPECT_TRUE(listed[i].starts_with(catalogue::catalogue()[i].id + " ")) << listed[i];
}

}  // namespace
}  // namespace stepwise::cli::testing
