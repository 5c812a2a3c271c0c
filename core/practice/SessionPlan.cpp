#include "core/practice/SessionPlan.h"

#include <algorithm>

#include "core/trace/Random.h"

namespace stepwise::practice {

std::vector<PlannedQuestion> planSession(const std::vector<const QuestionType*>& types, int count, std::uint64_t seed) {
    std::vector<PlannedQuestion> plan;
    if (types.empty()) return plan;
    Random random(seed);
    std::vector<const QuestionType*> round;
    for (int i = 0; i < count; ++i) {
        if (round.empty()) {
            round = types;
            for (std::size_t k = round.size(); k > 1; --k) std::swap(round[k - 1], round[random.below(k)]);
            std::reverse(round.begin(), round.end());  // popped from the back below: first shuffled first
        }
        plan.push_back({round.back(), questionSeed(seed, static_cast<std::size_t>(i))});
        round.pop_back();
    }
    return plan;
}

std::vector<const QuestionType*> dueTypes(const std::vector<CardRecord>& cards, std::int64_t today) {
    std::vector<CardRecord> due;
    for (const auto& c : cards)
        if (c.dueDay <= today && findQuestionType(c.type)) due.push_back(c);
    std::stable_sort(due.begin(), due.end(), [](const auto& a, const auto& b) { return a.dueDay < b.dueDay; });
    std::vector<const QuestionType*> out;
    for (const auto& c : due) out.push_back(findQuestionType(c.type));
    return out;
}

}  // namespace stepwise::practice
