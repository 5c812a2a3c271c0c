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

void SessionScore::addTimedOut(std::int64_t limitMs) {
    ++questions;
    ++timedOut;
    totalMs += limitMs;
}

std::string SessionScore::summary() const {
    char buffer[220];
    const double seconds = static_cast<double>(totalMs) / 1000;
    char counts[64];
    if (timedOut > 0)
        std::snprintf(counts, sizeof counts, "%d late, %d timed out", late, timedOut);
    else
        std::snprintf(counts, sizeof counts, "%d late", late);
    std::snprintf(buffer, sizeof buffer, "%d/%d right (%s), %.1f points, %.1f s in all, %.1f s per question", right,
                  questions, counts, points, seconds, questions ? seconds / questions : 0.0);
    return buffer;
}

}  // namespace stepwise::practice
