// The GUI's answer forms against the questions they belong to, over many seeds: what a user can
// click or pick always includes a right answer, and the core session grades as the checker does.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/practice/Answer.h"
#include "core/practice/PracticeSession.h"
#include "core/practice/QuestionType.h"

namespace stepwise::practice {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

TEST(AnswerForm, EveryFormOffersARightAnswer) {
    for (const auto& type : questionTypes())
        for (auto level : {Level::Easy, Level::Medium, Level::Hard})
            for (std::uint64_t seed = 1; seed <= 8; ++seed) {
                const Question q = type.generate(level, seed);
                const auto& f = q.form;
                switch (f.kind) {
                    case AnswerForm::Kind::Vertices:
                    case AnswerForm::Kind::Choices:
                        for (const auto& token : answerTokens(q.expected)) {
                            EXPECT_TRUE(contains(f.choices, token)) << q.type << " seed " << seed << ": " << token;
                        }
                        break;
                    case AnswerForm::Kind::Vertex:
                    case AnswerForm::Kind::Choice:
                        EXPECT_TRUE(contains(f.choices, q.expected)) << q.type << " seed " << seed;
                        // Each choice is one well-formed answer: the checker grades it, never refuses it.
                        for (const auto& c : f.choices) {
                            EXPECT_NE(q.check(c).outcome, Outcome::Invalid) << q.type;
                        }
                        break;
                    case AnswerForm::Kind::Cell:
                        EXPECT_EQ(f.row, q.instance["row"].get<std::size_t>()) << q.type;
                        EXPECT_EQ(f.column, q.instance["column"].get<std::size_t>()) << q.type;
                        break;
                    case AnswerForm::Kind::Edges:
                        // Each edge of a right answer is one the user can click, either way round.
                        for (const auto& token : answerTokens(q.expected)) {
                            const auto ends = edgeEnds(token);
                            ASSERT_TRUE(ends.has_value()) << q.type << ": " << token;
                            EXPECT_TRUE(contains(f.choices, token) ||
                                        contains(f.choices, edgeToken(ends->second, ends->first)))
                                << q.type << " seed " << seed << ": " << token;
                        }
                        EXPECT_TRUE(q.instance.contains("graph")) << q.type;
                        break;
                    case AnswerForm::Kind::Subset:
                        for (const auto& token : answerTokens(q.expected)) {
                            EXPECT_TRUE(contains(f.choices, token)) << q.type << " seed " << seed << ": " << token;
                        }
                        ASSERT_EQ(f.table.size(), f.choices.size()) << q.type;
                        for (const auto& row : f.table) {
                            EXPECT_EQ(row.size(), f.columns.size()) << q.type;
                        }
                        break;
                    case AnswerForm::Kind::Text:
                        break;
                }
                if (f.kind == AnswerForm::Kind::Vertices) {
                    EXPECT_TRUE(q.instance.contains("graph")) << q.type;
                }
            }
}

TEST(AnswerForm, VertexAndChoiceTypesHaveTheirForms) {
    EXPECT_EQ(findQuestionType("dijkstra.order")->generate(Level::Easy, 1).form.kind, AnswerForm::Kind::Vertices);
    EXPECT_EQ(findQuestionType("cache.evict")->generate(Level::Easy, 1).form.kind, AnswerForm::Kind::Choice);
    EXPECT_EQ(findQuestionType("balancer.sequence")->generate(Level::Easy, 1).form.kind, AnswerForm::Kind::Choices);
    EXPECT_EQ(findQuestionType("lcs.cell")->generate(Level::Easy, 1).form.kind, AnswerForm::Kind::Cell);
    EXPECT_EQ(findQuestionType("mst.edges")->generate(Level::Easy, 1).form.kind, AnswerForm::Kind::Edges);
    EXPECT_EQ(findQuestionType("knapsack.items")->generate(Level::Easy, 1).form.kind, AnswerForm::Kind::Subset);
    EXPECT_EQ(findQuestionType("trie.search")->generate(Level::Easy, 1).form.choices,
              (std::vector<std::string>{"yes", "no"}));
}

TEST(AnswerForm, TheEdgesOfAnMstQuestionAreItsGraphsInEitherDirection) {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Question q = findQuestionType("mst.edges")->generate(Level::Medium, seed);
        // The right tree written with every edge reversed is still right; a tree missing one is wrong.
        std::vector<std::string> reversed;
        for (const auto& token : answerTokens(q.expected)) {
            const auto ends = edgeEnds(token);
            ASSERT_TRUE(ends.has_value()) << token;
            reversed.push_back(edgeToken(ends->second, ends->first));
        }
        EXPECT_EQ(q.check(joined(reversed, " ")).outcome, Outcome::Right) << seed;
        reversed.pop_back();
        EXPECT_EQ(q.check(joined(reversed, " ")).outcome, Outcome::Wrong) << seed;
    }
    EXPECT_EQ(edgeEnds("A-B"), (std::pair<std::string, std::string>{"A", "B"}));
    EXPECT_FALSE(edgeEnds("AB").has_value());
    EXPECT_FALSE(edgeEnds("A-").has_value());
}

TEST(PracticeSession, GradesAsTheCheckerDoesAndRefusesMalformedAnswersFreely) {
    PracticeSession s({{"dijkstra", "heap"}, 4, Level::Easy, 10000, 31}, nullptr);
    ASSERT_EQ(s.count(), 4u);
    const Question first = s.question();
    EXPECT_EQ(s.answer("%%%", 5).outcome, Outcome::Invalid);
    EXPECT_EQ(s.position(), 0u);
    EXPECT_EQ(s.score().questions, 0);
    EXPECT_EQ(s.answer(first.expected, 100).outcome, Outcome::Right);
    EXPECT_EQ(s.answered().back().rating, Rating::Easy);  // within a quarter of the limit
    s.timeOut("", 10000);
    EXPECT_TRUE(s.answered().back().timedOut);
    EXPECT_EQ(s.answered().back().rating, Rating::Again);
    s.answer(s.question().expected, 20000);  // right but late: half a point
    EXPECT_TRUE(s.answered().back().late);
    s.timeOut("", 10000);
    EXPECT_TRUE(s.finished());
    EXPECT_EQ(s.score().right, 2);
    EXPECT_DOUBLE_EQ(s.score().points, 1.5);
    EXPECT_EQ(s.answer("1", 1).outcome, Outcome::Invalid);  // over: nothing more is taken
    EXPECT_FALSE(s.saving());
    // The same settings plan the same questions.
    PracticeSession again({{"dijkstra", "heap"}, 4, Level::Easy, 10000, 31}, nullptr);
    EXPECT_EQ(again.question().text, first.text);
}

TEST(PracticeSession, BadSettingsThrow) {
    EXPECT_ANY_THROW(PracticeSession({{"nonsense"}, 3, Level::Easy, 1000, 1}, nullptr));
    EXPECT_ANY_THROW(PracticeSession({{"heap"}, 0, Level::Easy, 1000, 1}, nullptr));
    EXPECT_ANY_THROW(PracticeSession({{"heap"}, 3, Level::Easy, 0, 1}, nullptr));
}

}  // namespace
}  // namespace stepwise::practice
