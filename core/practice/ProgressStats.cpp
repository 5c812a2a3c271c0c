#include "core/practice/ProgressStats.h"

#include <algorithm>
#include <ctime>
#include <map>

#include "core/practice/QuestionType.h"
#include "core/practice/SessionPlan.h"

namespace stepwise::practice {

namespace {

struct Tally {
    int questions = 0;
    int right = 0;
    std::int64_t ms = 0;
    std::vector<std::int64_t> times;  // every answer's ms, for the median
};

double median(std::vector<std::int64_t> v) {
    if (v.empty()) return 0;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = static_cast<double>(v[mid]);
    if (v.size() % 2) return upper;
    const double lower = static_cast<double>(*std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid)));
    return (lower + upper) / 2;
}

TopicDay rowOf(const std::string& topic, std::int64_t day, const Tally& t) {
    return {topic, day, t.questions, t.right, t.questions ? static_cast<double>(t.ms) / t.questions : 0.0,
            median(t.times)};
}

/// Where a topic comes in catalogue order (the first question type of the item), or past the end.
std::size_t catalogueRank(const std::string& topic) {
    const auto& types = questionTypes();
    for (std::size_t i = 0; i < types.size(); ++i)
        if (types[i].item == topic) return i;
    return types.size();
}

}  // namespace

std::vector<TopicDay> ProgressStats::series(const std::string& topic) const {
    std::vector<TopicDay> out;
    for (const auto& row : byTopicDay)
        if (row.topic == topic) out.push_back(row);
    return out;
}

int ProgressStats::questionsOn(std::int64_t day) const {
    const auto it = std::lower_bound(byDay.begin(), byDay.end(), day,
                                     [](const TopicDay& row, std::int64_t d) { return row.day < d; });
    return it != byDay.end() && it->day == day ? it->questions : 0;
}

ProgressStats progressStats(const std::vector<AnswerRecord>& answers, const std::vector<CardRecord>& cards,
                            std::int64_t today) {
    ProgressStats s;
    std::map<std::string, std::map<std::int64_t, Tally>> tallies;  // topic → day → tally; "" is all
    for (const auto& a : answers) {
        const std::int64_t day = utcDay(a.answeredAtMs);
        for (const std::string& topic : {std::string(), a.topic}) {
            Tally& t = tallies[topic][day];
            ++t.questions;
            t.right += a.correct ? 1 : 0;
            t.ms += a.ms;
            t.times.push_back(a.ms);
        }
        ++s.questions;
        s.right += a.correct ? 1 : 0;
        s.totalMs += a.ms;
    }
    for (const auto& entry : tallies)
        if (!entry.first.empty()) s.topics.push_back(entry.first);
    std::stable_sort(s.topics.begin(), s.topics.end(), [](const std::string& a, const std::string& b) {
        return catalogueRank(a) < catalogueRank(b);
    });
    std::vector<std::string> order{std::string()};
    if (!tallies.empty()) order.insert(order.end(), s.topics.begin(), s.topics.end());
    else order.clear();
    for (const auto& topic : order)
        for (const auto& [day, t] : tallies[topic]) s.byTopicDay.push_back(rowOf(topic, day, t));
    s.byDay = s.series("");
    if (!s.byDay.empty()) {
        s.firstDay = s.byDay.front().day;
        s.lastDay = s.byDay.back().day;
    }

    // What is due: the scheduler's own choice (dueTypes), with each card's numbers beside it.
    std::map<std::string, const CardRecord*> byType;
    for (const auto& c : cards) byType[c.type] = &c;
    for (const QuestionType* type : dueTypes(cards, today)) {
        const CardRecord& c = *byType.at(type->id);
        s.due.push_back({type->id, type->item, c.dueDay, today - c.dueDay, c.memory.stability, c.memory.reps,
                         c.memory.lapses});
    }
    for (const auto& c : cards) {
        if (c.dueDay <= today) continue;
        ++s.later;
        s.nextDueDay = s.nextDueDay == 0 ? c.dueDay : std::min(s.nextDueDay, c.dueDay);
    }
    return s;
}

ProgressStats progressStats(const History& history, std::int64_t today) {
    return progressStats(history.answers(), history.cards(), today);
}

std::string isoDay(std::int64_t day) {
    const std::time_t t = static_cast<std::time_t>(day) * 86400;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
    return buffer;
}

}  // namespace stepwise::practice
