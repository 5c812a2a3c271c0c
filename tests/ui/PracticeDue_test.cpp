// Practising what is due from the GUI, offscreen, over a test history (--db) whose reviews make
// some question types due: the Progress page's "Practise these" starts a session of exactly those
// types, the practice setup offers them as "What is due", and once they are answered (or in a
// history with nothing practised) both are disabled and say why.
#include <gtest/gtest.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <set>

#include "core/practice/History.h"
#include "core/practice/PracticeSession.h"
#include "ui/app/MainWindow.h"
#include "ui/app/StartupOptions.h"
#include "ui/practice/AnswerInput.h"
#include "ui/practice/PracticeSetup.h"
#include "ui/practice/PracticeWindow.h"
#include "ui/practice/ProgressPage.h"
#include "ui/practice/QuestionPage.h"

namespace stepwise::ui {
namespace {

constexpr std::int64_t dayMs = 86'400'000;

/// Two types reviewed once 40 days ago (long due: a first review is scheduled days ahead, not
/// weeks) and one reviewed just now (not due yet).
void fill(const std::string& path, std::int64_t today) {
    auto h = practice::History::open(path);
    ASSERT_TRUE(h.saving());
    const std::int64_t id = h.startSession({"dijkstra,lcs,cache", "easy", 1, 3, 60'000, (today - 40) * dayMs});
    const struct {
        const char* type;
        const char* topic;
        std::int64_t atMs;
    } reviews[] = {{"dijkstra.order", "dijkstra", (today - 40) * dayMs},
                   {"lcs.length", "lcs", (today - 40) * dayMs + 60'000},
                   {"cache.evict", "cache", practice::nowMs()}};
    int pos = 0;
    for (const auto& r : reviews) {
        practice::AnswerRecord a;
        a.sessionId = id;
        a.position = pos++;
        a.type = r.type;
        a.topic = r.topic;
        a.level = "easy";
        a.question = "q";
        a.instance = "{}";
        a.answer = a.expected = "x";
        a.correct = true;
        a.ms = 3000;
        a.answeredAtMs = r.atMs;
        a.rating = "good";
        h.recordAnswer(a, practice::Rating::Good);
    }
}

MainWindow* openOn(MainWindow& window, const QString& db) {
    StartupOptions o;
    o.db = db;
    window.applyStartup(o);
    return &window;
}

TEST(PracticeDue, TheProgressPagesActionPractisesExactlyTheDueTypes) {
    QTemporaryDir dir;
    const QString db = dir.filePath("history.sqlite");
    const std::int64_t today = practice::utcDay(practice::nowMs());
    fill(db.toStdString(), today);
    // What the history says is due, read here from its cards.
    std::set<std::string> due;
    for (const auto& c : practice::History::open(db.toStdString()).cards())
        if (c.dueDay <= today) due.insert(c.type);
    ASSERT_EQ(due, (std::set<std::string>{"dijkstra.order", "lcs.length"}));

    MainWindow window;
    openOn(window, db);
    ProgressPage* page = window.openProgress();
    QPushButton* button = page->practiseDueButton();
    ASSERT_TRUE(button->isEnabled());
    EXPECT_EQ(button->text(), "&Practise these 2");
    QTest::mouseClick(button, Qt::LeftButton);

    PracticeWindow* practice = window.practiceWindow();
    ASSERT_NE(practice, nullptr);
    ASSERT_EQ(practice->currentPage(), practice->questionPage());
    const practice::PracticeSession* s = practice->session();
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(s->count(), due.size());  // one question of each due type
    std::set<std::string> asked;
    while (!s->finished()) {
        const practice::Question q = s->question();
        EXPECT_TRUE(due.count(q.type)) << q.type << " is not due";
        asked.insert(q.type);
        const std::size_t before = s->position();
        auto* edit = practice->questionPage()->input()->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, QString::fromStdString(q.expected));
        QTest::keyClick(edit, Qt::Key_Return);
        ASSERT_EQ(s->position(), before + 1) << q.type << " refused " << q.expected;
        ASSERT_TRUE(s->answered().back().correct) << q.type;
        QTest::mouseClick(practice->questionPage()->nextButton(), Qt::LeftButton);
    }
    EXPECT_EQ(asked, due);

    // Answered right, they are scheduled ahead: nothing is due, and both places say so.
    page->reload();
    EXPECT_FALSE(button->isEnabled());
    EXPECT_NE(button->toolTip().indexOf("Nothing is due"), -1) << button->toolTip().toStdString();
    practice->showSetup();
    QCheckBox* box = practice->setup()->dueBox();
    EXPECT_FALSE(box->isEnabled());
    const QString why = practice->setup()->findChild<QLabel*>("practiceDueWhy")->text();
    EXPECT_NE(why.indexOf("nothing is due today; the next review is on"), -1) << why.toStdString();
    QString error;
    EXPECT_FALSE(practice->setup()->setTopics("due", &error));
    EXPECT_EQ(error, why);
}

TEST(PracticeDue, TheSetupOffersWhatIsDue) {
    QTemporaryDir dir;
    const QString db = dir.filePath("history.sqlite");
    fill(db.toStdString(), practice::utcDay(practice::nowMs()));
    MainWindow window;
    openOn(window, db);
    PracticeWindow* practice = window.openPractice();
    PracticeSetup* setup = practice->setup();
    ASSERT_TRUE(setup->dueBox()->isEnabled());
    EXPECT_EQ(setup->dueBox()->text(), "What is &due: 2 question types");
    EXPECT_EQ(setup->dueTypes(), (QStringList{"dijkstra.order", "lcs.length"}));

    QTest::mouseClick(setup->dueBox(), Qt::LeftButton);
    EXPECT_TRUE(setup->practisesDue());
    EXPECT_FALSE(setup->topicTree()->isEnabled());  // the due types replace the ticked topics
    const auto settings = setup->settings();
    ASSERT_TRUE(settings);
    EXPECT_EQ(settings->topics, (std::vector<std::string>{"dijkstra.order", "lcs.length"}));
    EXPECT_EQ(settings->count, 2);

    // Ticking topics by name leaves "What is due"; `--practice due` chooses it again.
    QString error;
    ASSERT_TRUE(setup->setTopics("cache", &error));
    EXPECT_FALSE(setup->practisesDue());
    EXPECT_EQ(setup->settings()->topics, std::vector<std::string>{"cache"});
    window.openPractice("due");
    EXPECT_TRUE(setup->practisesDue());
}

TEST(PracticeDue, NothingPractisedMeansNothingToPractise) {
    QTemporaryDir dir;
    MainWindow window;
    openOn(window, dir.filePath("history.sqlite"));
    ProgressPage* page = window.openProgress();
    EXPECT_FALSE(page->practiseDueButton()->isEnabled());
    PracticeWindow* practice = window.openPractice();
    EXPECT_FALSE(practice->setup()->dueBox()->isEnabled());
    EXPECT_NE(practice->setup()->findChild<QLabel*>("practiceDueWhy")->text().indexOf("nothing practised yet"), -1);
    EXPECT_FALSE(practice->practiseDue({}));
    EXPECT_EQ(practice->session(), nullptr);
}

}  // namespace
}  // namespace stepwise::ui
