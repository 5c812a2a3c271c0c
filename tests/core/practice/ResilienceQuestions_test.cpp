// The queue and resilience question types beyond what every type gets (QuestionTypes_test,
// QuestionOracle_test): how many each item has, the answer forms accepted (any order, any case,
// none) and refused with a hint, and the traps the hard level sets.
#include <gtest/gtest.h>

#include <map>

#include "core/practice/QuestionType.h"

namespace stepwise::practice {
namespace {

const QuestionType& type(const std::string& id) {
    const QuestionType* t = findQuestionType(id);
    if (!t) throw std::runtime_error("no question type " + id);
    return *t;
}

TEST(ResilienceQuestions, TheQueueAndTheBreakerHaveTwoOrMoreAndEachPolicyOne) {
    std::map<std::string, int> count;
    for (const auto& t : questionTypes()) ++count[t.item];
    EXPECT_GE(count["queue"], 2);
    EXPECT_GE(count["breaker"], 2);
    EXPECT_GE(count["retry"], 1);
    EXPECT_GE(count["rate-limiter"], 1);
    EXPECT_GE(count["bulkhead"], 1);
    EXPECT_EQ(typesForTopics({"queue"}).size(), static_cast<std::size_t>(count["queue"]));
    EXPECT_EQ(typesForTopics({"resilience"}).size(),
              static_cast<std::size_t>(count["breaker"] + count["retry"] + count["rate-limiter"] + count["bulkhead"]));
}

TEST(ResilienceQuestions, DeadLettersAreASetOfJobsInAnyOrderOrNone) {
    bool sawSeveral = false, sawNone = false;
    for (std::uint64_t seed = 0; seed < 60; ++seed) {
        const Question q = type("queue.dead-letters").generate(Level::Hard, seed);
        const std::size_t jobs = std::stoul(q.instance["jobs"].get<std::string>());
        EXPECT_EQ(q.check(q.expected).outcome, Outcome::Right);
        if (q.expected == "none") {
            sawNone = true;
            EXPECT_EQ(q.check("NONE").outcome, Outcome::Right);
            EXPECT_EQ(q.check("1").outcome, Outcome::Wrong);
            continue;
        }
        EXPECT_EQ(q.check("none").outcome, Outcome::Wrong);
        const auto space = q.expected.find(' ');
        if (space != std::string::npos) {
            sawSeveral = true;
            // Reversed, with commas and brackets: still right.
            const std::string swapped = "[" + q.expected.substr(space + 1) + ", " + q.expected.substr(0, space) + "]";
            EXPECT_EQ(q.check(swapped).outcome, Outcome::Right) << swapped;
            EXPECT_EQ(q.check(q.expected.substr(0, space)).outcome, Outcome::Wrong) << "a part of the set";
        }
        const Verdict unknown = q.check(std::to_string(jobs + 1));
        EXPECT_EQ(unknown.outcome, Outcome::Invalid);
        EXPECT_NE(unknown.hint.find("no job"), std::string::npos) << unknown.hint;
        const Verdict twice = q.check(q.expected + " " + q.expected.substr(0, q.expected.find(' ')));
        EXPECT_EQ(twice.outcome, Outcome::Invalid) << "a job listed twice";
        EXPECT_EQ(q.check("job three").outcome, Outcome::Invalid);
    }
    EXPECT_TRUE(sawSeveral);
    (void)sawNone;  // hard instances could have no dead letter; in practice they nearly always have one
}

TEST(ResilienceQuestions, BreakerStatesAreReadInAnyCaseWithDashesOrSpaces) {
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
        const Question q = type("breaker.state-after").generate(Level::Medium, seed);
        std::string lower = q.expected;
        for (auto& c : lower) c = static_cast<char>(c == '_' ? '-' : std::tolower(static_cast<unsigned char>(c)));
        EXPECT_EQ(q.check(lower).outcome, Outcome::Right) << lower;
        for (const char* other : {"CLOSED", "OPEN", "HALF_OPEN"})
            if (other != q.expected) {
                EXPECT_EQ(q.check(other).outcome, Outcome::Wrong) << other;
            }
        const Verdict v = q.check("ajar");
        EXPECT_EQ(v.outcome, Outcome::Invalid);
        EXPECT_NE(v.hint.find("HALF_OPEN"), std::string::npos);
    }
    EXPECT_NE(type("breaker.state-after").generate(Level::Easy, 1).check("half open").outcome, Outcome::Invalid);
}

TEST(ResilienceQuestions, HardBreakerListsMoveTheClockByExactlyTheWait) {
    // Exactly waitDurationInOpenState leaves it OPEN (the wait must be exceeded): hard lists use it.
    int exact = 0;
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
        const Question q = type("breaker.rejected").generate(Level::Hard, seed);
        const std::string wait = q.instance["wait-duration-in-open-state"];
        const std::string calls = q.instance["calls"];
        exact += ("," + calls + ",").find(",+" + wait + ",") != std::string::npos;
    }
    EXPECT_GT(exact, 5);
}

TEST(ResilienceQuestions, EveryQuestionPointsAtAStepOfItsRun) {
    for (const auto& t : questionTypes()) {
        if (t.item != "queue" && t.item != "breaker" && t.item != "retry" && t.item != "rate-limiter" &&
            t.item != "bulkhead")
            continue;
        for (Level level : {Level::Easy, Level::Medium, Level::Hard}) {
            const Question q = t.generate(level, 11);
            EXPECT_GT(q.step, 0u) << t.id;
        }
    }
}

}  // namespace
}  // namespace stepwise::practice
