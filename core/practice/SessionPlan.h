#pragma once
// Which question types a session asks, in which order, with which seeds: a pure function of the
// types, the count and the session seed (so a printed seed replays the whole session).
#include <cstdint>
#include <string>
#include <vector>

#include "core/practice/History.h"
#include "core/practice/QuestionType.h"

namespace stepwise::practice {

struct PlannedQuestion {
    const QuestionType* type = nullptr;
    std::uint64_t seed = 0;
};

/// `count` questions cycling through `types` in seeded shuffled rounds (each round asks every
/// type once); question i's seed is questionSeed(seed, i).
std::vector<PlannedQuestion> planSession(const std::vector<const QuestionType*>& types, int count, std::uint64_t seed);

/// The question types the scheduler says are due on `today` (UTC day): reviewed before and
/// due on or before today, most overdue first.
std::vector<const QuestionType*> dueTypes(const std::vector<CardRecord>& cards, std::int64_t today);

}  // namespace stepwise::practice
