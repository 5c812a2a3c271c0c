#pragma once
// What the Progress page shows, counted from the practice history: accuracy and mean answer time
// (and median) per topic per day, questions per day (the practice calendar), and what the scheduler says is due.
// Days are UTC days since the Unix epoch, the days the FSRS cards are scheduled in.
#include <cstdint>
#include <string>
#include <vector>

#include "core/practice/History.h"

namespace stepwise::practice {

/// One topic (an item id, "dijkstra") on one day; topic "" is every topic together.
struct TopicDay {
    std::string topic;
    std::int64_t day = 0;
    int questions = 0;
    int right = 0;
    double meanMs = 0;    // mean answer time of the day's questions on the topic
    double medianMs = 0;  // their median (the middle two's mean for an even count): one timed-out
                          // question moves it less than the mean, so the charts show it as speed

    double accuracy() const { return questions ? static_cast<double>(right) / questions : 0; }
};

/// A question type the scheduler says is due today.
struct DueEntry {
    std::string type;   // "dijkstra.order"
    std::string topic;  // "dijkstra"
    std::int64_t dueDay = 0;
    std::int64_t overdueDays = 0;  // today - dueDay (0: due today)
    double stability = 0;
    int reps = 0;
    int lapses = 0;
};

struct ProgressStats {
    int questions = 0;
    int right = 0;
    std::int64_t totalMs = 0;
    /// The topics answered, in the order of questionTypes() (catalogue order); unknown ones after,
    /// by name.
    std::vector<std::string> topics;
    /// Per topic per day with at least one question: "" (all topics) first, then each topic of
    /// `topics`; days ascending within a topic.
    std::vector<TopicDay> byTopicDay;
    /// Days with at least one question, ascending: topic "" rows of byTopicDay.
    std::vector<TopicDay> byDay;
    /// First and last day with a question (0 when there is none).
    std::int64_t firstDay = 0;
    std::int64_t lastDay = 0;
    /// Due on or before `today`, as dueTypes() orders them (most overdue first).
    std::vector<DueEntry> due;
    /// Cards not due yet, and the soonest of their due days (0 when none).
    int later = 0;
    std::int64_t nextDueDay = 0;

    bool empty() const { return questions == 0; }
    /// The rows of one topic ("" for all), days ascending.
    std::vector<TopicDay> series(const std::string& topic) const;
    /// Questions answered on `day` (0 for a day without practice).
    int questionsOn(std::int64_t day) const;
};

/// Counts `answers` (by the UTC day of answeredAtMs) and reads `cards` on `today`.
ProgressStats progressStats(const std::vector<AnswerRecord>& answers, const std::vector<CardRecord>& cards,
                            std::int64_t today);
/// The same over a history (one that saves nothing gives empty stats).
ProgressStats progressStats(const History& history, std::int64_t today);

/// "2026-12-02" for a UTC day.
std::string isoDay(std::int64_t day);

}  // namespace stepwise::practice
