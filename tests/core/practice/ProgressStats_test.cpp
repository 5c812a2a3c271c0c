// The Progress page's counts against a brute-force recount of what was written into a randomly
// filled temporary history: per topic per day accuracy, mean and median time, questions per day, what is due.
#include "core/practice/ProgressStats.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <vector>

#include "core/practice/QuestionType.h"
#include "core/practice/Scoring.h"
#include "core/trace/Random.h"

namespace stepwise::practice {
namespace {

namespace fs = std::filesystem;

class ProgressStatsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("stepwise-progress-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path() const { return (dir_ / "history.sqlite").string(); }
    fs::path dir_;
};

constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kToday = 20'000;  // a UTC day in 2024

/// `count` answers over the 40 days before kToday, of random types, correctness and times.
std::vector<AnswerRecord> fill(History& history, std::uint64_t seed, int count) {
    Random random(seed);
    const auto& types = questionTypes();
    std::vector<AnswerRecord> written;
    const std::int64_t session = history.startSession({"graph", "easy", seed, count, 60'000, (kToday - 40) * kDay});
    for (int i = 0; i < count; ++i) {
        const QuestionType& type = types[random.below(types.size())];
        AnswerRecord a;
        a.sessionId = session;
        a.position = i;
        a.type = type.id;
        a.topic = type.item;
        a.level = "easy";
        a.seed = random.below(1000);
        a.question = "q";
        a.instance = "{}";
        a.correct = random.below(3) != 0;
        a.ms = 500 + static_cast<std::int64_t>(random.below(90'000));
        // In order of time, as a user answers; some days have none.
        a.answeredAtMs = (kToday - 40) * kDay + static_cast<std::int64_t>(i) * 40 * kDay / count +
                         static_cast<std::int64_t>(random.below(1000));
        history.recordAnswer(a, gradeOf(a.correct, a.ms, 60'000));
        written.push_back(a);
    }
    return written;
}

TEST_F(ProgressStatsTest, CountsMatchABruteForceRecountOverRandomHistories) {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        std::vector<AnswerRecord> written;
        {
            History history = History::open(path());
            ASSERT_TRUE(history.saving());
            written = fill(history, seed, 40 + static_cast<int>(seed) * 37);
        }
        const History reopened = History::open(path());  // what the page reads: the file, after a restart
        const ProgressStats stats = progressStats(reopened, kToday);

        ASSERT_EQ(stats.questions, static_cast<int>(written.size()));
        int right = 0;
        std::set<std::string> topics;
        std::set<std::int64_t> days;
        for (const auto& a : written) {
            right += a.correct;
            topics.insert(a.topic);
            days.insert(a.answeredAtMs / kDay);
        }
        EXPECT_EQ(stats.right, right);
        EXPECT_EQ(std::set<std::string>(stats.topics.begin(), stats.topics.end()), topics);
        EXPECT_EQ(stats.firstDay, *days.begin());
        EXPECT_EQ(stats.lastDay, *days.rbegin());

        // Every (topic, day) with a question appears once, with the recounted numbers; "" is all topics.
        std::size_t expectedRows = 0;
        std::vector<std::string> everyTopic(topics.begin(), topics.end());
        everyTopic.push_back("");
        for (const auto& topic : everyTopic) {
            const auto rows = stats.series(topic);
            std::size_t daysWithTopic = 0;
            for (std::int64_t day = kToday - 41; day <= kToday; ++day) {
                int n = 0, r = 0;
                std::int64_t ms = 0;
                std::vector<std::int64_t> times;
                for (const auto& a : written)
                    if ((topic.empty() || a.topic == topic) && a.answeredAtMs / kDay == day) {
                        ++n;
                        r += a.correct;
                        ms += a.ms;
                        times.push_back(a.ms);
                    }
                const auto found = std::find_if(rows.begin(), rows.end(), [&](const TopicDay& t) { return t.day == day; });
                if (n == 0) {
                    EXPECT_EQ(found, rows.end()) << topic << " day " << day;
                    if (topic.empty()) {
                        EXPECT_EQ(stats.questionsOn(day), 0);
                    }
                    continue;
                }
                ++daysWithTopic;
                ASSERT_NE(found, rows.end()) << topic << " day " << day;
                EXPECT_EQ(found->questions, n);
                EXPECT_EQ(found->right, r);
                EXPECT_NEAR(found->meanMs, static_cast<double>(ms) / n, 1e-9);
                // The median by sorting: the middle one, or the middle two's mean.
                std::sort(times.begin(), times.end());
                const std::size_t mid = times.size() / 2;
                const double median = times.size() % 2 ? static_cast<double>(times[mid])
                                                       : (static_cast<double>(times[mid - 1]) + times[mid]) / 2.0;
                EXPECT_DOUBLE_EQ(found->medianMs, median) << topic << " day " << day;
                EXPECT_NEAR(found->accuracy(), static_cast<double>(r) / n, 1e-12);
                if (topic.empty()) {
                    EXPECT_EQ(stats.questionsOn(day), n);
                }
            }
            EXPECT_EQ(rows.size(), daysWithTopic) << topic;
            EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end(),
                                       [](const TopicDay& a, const TopicDay& b) { return a.day < b.day; }));
            expectedRows += daysWithTopic;
        }
        EXPECT_EQ(stats.byTopicDay.size(), expectedRows);
        EXPECT_EQ(stats.byDay.size(), days.size());

        // Due: exactly the cards due by today, most overdue first; the rest counted as later.
        std::set<std::string> dueTypes, listed;
        int later = 0;
        for (const auto& c : reopened.cards()) {
            if (c.dueDay <= kToday) dueTypes.insert(c.type);
            else ++later;
        }
        for (std::size_t i = 0; i < stats.due.size(); ++i) {
            listed.insert(stats.due[i].type);
            const auto card = reopened.card(stats.due[i].type);
            ASSERT_TRUE(card);
            EXPECT_EQ(stats.due[i].overdueDays, kToday - card->dueDay);
            if (i > 0) {
                EXPECT_GE(stats.due[i - 1].overdueDays, stats.due[i].overdueDays);
            }
        }
        EXPECT_EQ(listed, dueTypes);
        EXPECT_EQ(stats.later, later);
    }
}

TEST_F(ProgressStatsTest, AnEmptyOrNotSavingHistoryGivesEmptyStats) {
    const History fresh = History::open(path());
    EXPECT_TRUE(progressStats(fresh, kToday).empty());
    EXPECT_TRUE(progressStats(fresh, kToday).byTopicDay.empty());
    const History none = History::notSaving("test");
    const auto stats = progressStats(none, kToday);
    EXPECT_TRUE(stats.empty());
    EXPECT_TRUE(stats.due.empty());
    EXPECT_EQ(stats.nextDueDay, 0);
}

TEST(IsoDay, WritesUtcDates) {
    EXPECT_EQ(isoDay(0), "1970-01-01");
    EXPECT_EQ(isoDay(20'000), "2024-10-04");
}

}  // namespace
}  // namespace stepwise::practice
