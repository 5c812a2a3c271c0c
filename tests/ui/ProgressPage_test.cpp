// The Progress window over a real practice history: a temp database filled through the core
// History API, read back as the page shows it (summary, per-topic charts, calendar, due list),
// checked against counts made here by hand; and the empty state of a fresh database.
#include "ui/practice/ProgressPage.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QPointF>
#include <QValueAxis>

#include "core/practice/History.h"
#include "ui/app/StartupOptions.h"
#include "ui/practice/PracticeCalendar.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

constexpr std::int64_t today = 20'000;  // a UTC day (2024-10-04)
constexpr std::int64_t dayMs = 86'400'000;

struct Given {
    std::int64_t day;
    const char* type;
    const char* topic;
    bool correct;
    std::int64_t ms;
};

// Three days: two topics on day -3, one on day -1, both today.
const Given given[] = {
    {today - 3, "dijkstra.order", "dijkstra", true, 4000},  {today - 3, "dijkstra.order", "dijkstra", false, 8000},
    {today - 3, "lcs.length", "lcs", true, 3000},           {today - 1, "dijkstra.distance", "dijkstra", true, 2000},
    {today, "dijkstra.order", "dijkstra", true, 6000},      {today, "lcs.length", "lcs", false, 9000},
    {today, "lcs.length", "lcs", true, 5000},
};

void fill(const std::string& path) {
    auto h = practice::History::open(path);
    ASSERT_TRUE(h.saving());
    practice::SessionRecord s;
    s.topics = "dijkstra,lcs";
    s.level = "easy";
    s.count = 7;
    s.startedAtMs = (today - 3) * dayMs;
    const std::int64_t id = h.startSession(s);
    int pos = 0;
    for (const Given& g : given) {
        practice::AnswerRecord a;
        a.sessionId = id;
        a.position = pos++;
        a.type = g.type;
        a.topic = g.topic;
        a.level = "easy";
        a.question = "q";
        a.instance = "{}";
        a.answer = g.correct ? "x" : "y";
        a.expected = "x";
        a.correct = g.correct;
        a.ms = g.ms;
        a.answeredAtMs = g.day * dayMs + 12 * 3'600'000;
        a.rating = g.correct ? "good" : "again";
        h.recordAnswer(a, g.correct ? practice::Rating::Good : practice::Rating::Again);
    }
}

}  // namespace

TEST(ProgressPage, AFreshHistorySaysHowToStartPractising) {
    QTemporaryDir dir;
    ProgressPage page(dir.filePath("history.sqlite"));
    page.setToday(today);
    page.reload();
    EXPECT_TRUE(page.showsEmptyState());
    EXPECT_TRUE(page.emptyText().contains("No practice yet")) << page.emptyText().toStdString();
    EXPECT_TRUE(page.emptyText().contains("--practice"));
    EXPECT_TRUE(page.emptyText().contains(dir.filePath("history.sqlite")));
}

TEST(ProgressPage, ShowsPerTopicAccuracyTimeCalendarAndDueFromTheHistory) {
    QTemporaryDir dir;
    const std::string path = dir.filePath("history.sqlite").toStdString();
    fill(path);
    QWidget mainWindow;  // as MainWindow opens it: a window of its own over the main one
    ProgressPage page(QString::fromStdString(path), &mainWindow);
    EXPECT_TRUE(page.isWindow());
    page.setToday(today);
    page.resize(1366, 768);
    page.reload();
    ASSERT_FALSE(page.showsEmptyState());
    // 7 questions, 5 right (71%), 37 s in all: 5.3 s mean.
    EXPECT_EQ(page.summaryText(), "7 questions, 71% right, 5.3 s mean");

    // A line per topic over the days (x is the UTC day), both topics ticked by default, and
    // "All topics" offered but not drawn. Dates under the charts for each day of the span.
    EXPECT_EQ(page.chartTopics(), (QStringList{"dijkstra", "lcs"}));
    EXPECT_EQ(page.legendNames(), (QStringList{"dijkstra", "lcs"}));
    EXPECT_EQ(page.chartDays(), (QStringList{"10-01", "10-02", "10-03", "10-04"}));
    using P = QPointF;
    // dijkstra: day -3 1 of 2 (50%, median of 4 and 8 s: 6), day -1 1 of 1 (2 s), today 1 of 1 (6 s).
    EXPECT_EQ(page.accuracyPoints("dijkstra"), (QList<P>{P(today - 3, 50), P(today - 1, 100), P(today, 100)}));
    EXPECT_EQ(page.medianSecondsPoints("dijkstra"), (QList<P>{P(today - 3, 6), P(today - 1, 2), P(today, 6)}));
    // lcs: day -3 1 of 1 (3 s), today 1 of 2 (median of 9 and 5 s: 7).
    EXPECT_EQ(page.accuracyPoints("lcs"), (QList<P>{P(today - 3, 100), P(today, 50)}));
    EXPECT_EQ(page.medianSecondsPoints("lcs"), (QList<P>{P(today - 3, 3), P(today, 7)}));
    EXPECT_TRUE(page.accuracyPoints("").isEmpty());
    // Round ticks: 0..100 by 20, and 0..8 by 2 over the slowest median (7 s).
    EXPECT_DOUBLE_EQ(page.accuracyAxis()->max(), 100);
    EXPECT_EQ(page.accuracyAxis()->tickCount(), 6);
    EXPECT_DOUBLE_EQ(page.timeAxis()->max(), 8);
    EXPECT_EQ(page.timeAxis()->tickCount(), 5);

    // All topics together, on its own: day -3 2 of 3 (67%, median 4 s), day -1 (100%, 2 s),
    // today 2 of 3 (67%, median 6 s).
    page.setChartTopics({""});
    EXPECT_EQ(page.legendNames(), QStringList{"All topics"});
    EXPECT_EQ(page.accuracyPoints(""), (QList<P>{P(today - 3, 67), P(today - 1, 100), P(today, 67)}));
    EXPECT_EQ(page.medianSecondsPoints(""), (QList<P>{P(today - 3, 4), P(today - 1, 2), P(today, 6)}));
    EXPECT_TRUE(page.accuracyPoints("lcs").isEmpty());
    // What was ticked stays ticked when the history is read again.
    page.reload();
    EXPECT_EQ(page.chartTopics(), QStringList{""});

    // The calendar counts questions per day and labels them with the date.
    EXPECT_EQ(page.calendar()->dayText(today), "2024-10-04: 3 questions");
    EXPECT_EQ(page.calendar()->dayText(today - 1), "2024-10-03: 1 question");
    EXPECT_EQ(page.calendar()->dayText(today - 2), "2024-10-02: 0 questions");
    EXPECT_EQ(page.calendar()->lastDay(), today);
    EXPECT_LE(page.calendar()->firstDay(), today - 7 * 11);

    // The due list is the scheduler's: one line per due type, or "nothing due".
    const auto due = page.stats().due;
    const QStringList lines = page.dueLines();
    if (due.empty()) {
        EXPECT_EQ(lines, QStringList{"Nothing due today."});
    } else {
        ASSERT_EQ(lines.size(), static_cast<qsizetype>(due.size()));
        for (std::size_t i = 0; i < due.size(); ++i)
            EXPECT_TRUE(lines[static_cast<qsizetype>(i)].startsWith(QString::fromStdString(due[i].type)));
    }
    // Three types were answered: each has a card, due now or later.
    EXPECT_EQ(page.stats().due.size() + static_cast<std::size_t>(page.stats().later), 3u);
}

TEST(ProgressPage, TheProgressOptionOpensItOnTheGivenDatabase) {
    QString error, help;
    const auto o = parseStartupOptions({"stepwise", "--progress", "--db", "/tmp/x.sqlite"}, &error, &help);
    ASSERT_TRUE(o) << error.toStdString();
    EXPECT_TRUE(o->progress);
    EXPECT_EQ(o->db, "/tmp/x.sqlite");
    const auto plain = parseStartupOptions({"stepwise"}, &error, &help);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->progress);
    EXPECT_FALSE(plain->predict);
    const auto predict = parseStartupOptions({"stepwise", "--predict"}, &error, &help);
    ASSERT_TRUE(predict);
    EXPECT_TRUE(predict->predict);
}
