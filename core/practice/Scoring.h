#pragma once
// Timing and scoring (README "Practice"): a question has a time limit; a wrong answer grades
// Again; a right one grades Easy within a quarter of the limit, Good within 60 %, Hard up to the
// limit and Hard when late. A right answer scores 1 point in time and 0.5 late; wrong scores 0.
// A question whose limit passes unanswered (the CLI interrupts it) is timed out: wrong, Again.
#include <cstdint>
#include <string>

#include "core/practice/Fsrs.h"

namespace stepwise::practice {

/// Seconds per question when --time-limit is not given, by level.
int defaultTimeLimitSeconds(const char* level);

Rating gradeOf(bool correct, std::int64_t ms, std::int64_t limitMs);
const char* ratingName(Rating rating);
double pointsOf(bool correct, std::int64_t ms, std::int64_t limitMs);

struct SessionScore {
    int questions = 0;
    int right = 0;
    int late = 0;  // right but over the limit
    int timedOut = 0;  // interrupted at the limit, unanswered: wrong
    double points = 0;
    std::int64_t totalMs = 0;

    void add(bool correct, std::int64_t ms, std::int64_t limitMs);
    /// A question interrupted at its limit: wrong, and the whole limit spent on it.
    void addTimedOut(std::int64_t limitMs);
    double accuracy() const { return questions ? static_cast<double>(right) / questions : 0; }
    /// "7/10 right (1 late), 6.5 points, 133.0 s in all, 13.3 s per question"; with timeouts
    /// "(1 late, 2 timed out)".
    std::string summary() const;
};

}  // namespace stepwise::practice
