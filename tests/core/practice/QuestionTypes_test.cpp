// Every question type over many seeds and every level: the expected answer is accepted, the same
// seed gives the same question, sizes keep to the level's bounds, malformed answers are Invalid.
#include <gtest/gtest.h>

#include "core/practice/QuestionType.h"

namespace stepwise::practice {
namespace {

constexpr Level kLevels[] = {Level::Easy, Level::Medium, Level::Hard};

TEST(QuestionTypes, EveryGraphDpStructureCacheAndBalancerItemHasTwo) {
    for (const char* item : {"bfs", "dfs", "dijkstra", "astar", "bellman-ford", "topological-sort", "scc", "cycle", "mst",
                             "lcs", "edit-distance", "knapsack", "lis", "coin-change", "heap", "trie", "segment-tree",
                             "union-find", "cache", "balancer"}) {
        int count = 0;
        for (const auto& t : questionTypes()) count += t.item == item ? 1 : 0;
        EXPECT_GE(count, 2) << item;
    }
}

TEST(QuestionTypes, ExpectedAnswerIsAcceptedAtEveryLevelOverManySeeds) {
    for (const auto& t : questionTypes())
        for (Level level : kLevels)
            for (std::uint64_t seed = 0; seed < 40; ++seed) {
                const Question q = t.generate(level, seed);
                ASSERT_EQ(q.type, t.id);
                EXPECT_EQ(q.check(q.expected).outcome, Outcome::Right)
                    << t.id << " " << levelName(level) << " seed " << seed << ": " << q.text << " expected " << q.expected;
                const auto [low, high] = sizeBounds(t.id, level);
                EXPECT_GE(q.size, low) << t.id << " seed " << seed;
                EXPECT_LE(q.size, high) << t.id << " seed " << seed;
                EXPECT_FALSE(q.text.empty());
                EXPECT_FALSE(q.explanation.empty());
            }
}

TEST(QuestionTypes, SameSeedSameQuestion) {
    for (const auto& t : questionTypes()) {
        const Question a = t.generate(Level::Medium, 12345), b = t.generate(Level::Medium, 12345);
        EXPECT_EQ(a.text, b.text) << t.id;
        EXPECT_EQ(a.instance, b.instance) << t.id;
        EXPECT_EQ(a.expected, b.expected) << t.id;
        EXPECT_EQ(a.step, b.step) << t.id;
    }
}

TEST(QuestionTypes, DifferentSeedsGiveDifferentInstances) {
    for (const auto& t : questionTypes()) {
        std::set<std::string> seen;
        for (std::uint64_t seed = 0; seed < 10; ++seed) seen.insert(t.generate(Level::Medium, seed).instance.dump());
        EXPECT_GE(seen.size(), 5u) << t.id;
    }
}

TEST(QuestionTypes, GarbageIsInvalidNotWrong) {
    for (const auto& t : questionTypes()) {
        const Question q = t.generate(Level::Easy, 7);
        EXPECT_EQ(q.check("").outcome, Outcome::Invalid) << t.id;
        EXPECT_EQ(q.check("#?!").outcome, Outcome::Invalid) << t.id;
        EXPECT_FALSE(q.check("#?!").hint.empty()) << t.id;
    }
}

TEST(QuestionTypes, TopicsAreAreasItemsOrTypes) {
    EXPECT_EQ(typesForTopics({"dijkstra"}).size(), 2u);
    EXPECT_EQ(typesForTopics({"dijkstra.order"}).size(), 1u);
    EXPECT_EQ(typesForTopics({"cache", "balancer"}).size(), 4u);
    EXPECT_GE(typesForTopics({"graph"}).size(), 18u);
    EXPECT_EQ(typesForTopics({"dp", "lcs"}).size(), typesForTopics({"dp"}).size());
    try {
        typesForTopics({"nosuch"});
        FAIL();
    } catch (const std::exception& e) {
        EXPECT_NE(std::string(e.what()).find("unknown topic 'nosuch'"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("dijkstra"), std::string::npos);
    }
}

TEST(QuestionTypes, LevelsParseAndRefuseOthers) {
    EXPECT_EQ(parseLevel("hard"), Level::Hard);
    EXPECT_THROW(parseLevel("extreme"), std::exception);
}

}  // namespace
}  // namespace stepwise::practice
