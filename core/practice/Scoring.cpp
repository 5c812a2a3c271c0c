#include "core/practice/Scoring.h"

#include <cstdio>
#include <string_view>

namespace stepwise::practice {

int defaultTimeLimitSeconds(const char* level) {
    const std::string_view l = level;
    return l == "easy" ? 60 : l == "medium" ? 90 : 120;
}

Rating gradeOf(bool correct, std::int64_t ms, std::int64_t limitMs) {
    if (!correct) return Rating::Again;
    if (ms * 4 <= limitMs) return Rating::Easy;
    if (ms * 10 <= limitMs * 6) return Rating::Good;
    return Rating::Hard;
}

const char* ratingName(Rating rating) {
    switch (rating) {
        case Rating::Again:
            return "again";
        case Rating::Hard:
            return "hard";
        case Rating::Good:
            return "good";
        case Rating::Easy:
            return "easy";
    }
    return "again";
}

double pointsOf(bool correct, std::int64_t ms, std::int64_t limitMs) {
    if (!correct) return 0;
    return ms <= limitMs ? 1.0 : 0.5;
}

void SessionScore::add(bool correct, std::int64_t ms, std::int64_t limitMs) {
    ++questions;
    right += correct ? 1 : 0;
    late += correct && ms > limitMs ? 1 : 0;
    points += pointsOf(correct, ms, limitMs);
    totalMs += ms;
}

std::string SessionScore::summary() const {
    char buffer[200];
    const double seconds = static_cast<double>(totalMs) / 1000;
    std::snprintf(buffer, sizeof buffer, "%d/%d right (%d late), %.1f points, %.1f s in all, %.1f s per question", right,
                  questions, late, points, seconds, questions ? seconds / questions : 0.0);
    return buffer;
}

}  // namespace stepwise::practice
