#include <gtest/gtest.h>

#include "core/practice/Scoring.h"

namespace stepwise::practice {
namespace {

TEST(Scoring, GradesFollowCorrectnessThenTimeAgainstTheLimit) {
    EXPECT_EQ(gradeOf(false, 1000, 60000), Rating::Again);
    EXPECT_EQ(gradeOf(true, 15000, 60000), Rating::Easy);
    EXPECT_EQ(gradeOf(true, 15001, 60000), Rating::Good);
    EXPECT_EQ(gradeOf(true, 36000, 60000), Rating::Good);
    EXPECT_EQ(gradeOf(true, 36001, 60000), Rating::Hard);
    EXPECT_EQ(gradeOf(true, 90000, 60000), Rating::Hard);
}

TEST(Scoring, LateRightAnswersScoreHalf) {
    SessionScore s;
    s.add(true, 1000, 60000);
    s.add(true, 70000, 60000);
    s.add(false, 1000, 60000);
    EXPECT_EQ(s.questions, 3);
    EXPECT_EQ(s.right, 2);
    EXPECT_EQ(s.late, 1);
    EXPECT_DOUBLE_EQ(s.points, 1.5);
    EXPECT_NE(s.summary().find("2/3 right (1 late)"), std::string::npos);
}

}  // namespace
}  // namespace stepwise::practice
