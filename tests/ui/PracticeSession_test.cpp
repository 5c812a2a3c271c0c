// The GUI practice session end to end, offscreen: a whole session answered through the widgets
// (right, wrong after a refused malformed answer, timed out, right), its score and the history
// database holding every answer; clicking a graph question's vertices to answer; picking a choice;
// "Show me" opening the item at the question's step; a history that cannot be written.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTableWidget>
#include <QTreeWidget>
#include <cstdlib>

#include "core/practice/Answer.h"
#include "core/practice/History.h"
#include "core/practice/PracticeSession.h"
#include "ui/app/MainWindow.h"
#include "ui/app/StartupOptions.h"
#include "ui/playback/PlaybackController.h"
#include "ui/practice/AnswerInput.h"
#include "ui/practice/PracticeSetup.h"
#include "ui/practice/PracticeWindow.h"
#include "ui/practice/QuestionPage.h"
#include "ui/practice/ResultsPage.h"
#include "core/catalogue/Options.h"
#include "core/run/Run.h"
#include "ui/rooms/GraphRoom.h"
#include "ui/rooms/Room.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"
#include "ui/views/graph/VertexItem.h"

namespace stepwise::ui {
namespace {

using practice::Outcome;
using practice::Question;

/// A well-formed answer the checker grades wrong (found by trying, and checked).
std::string wrongAnswer(const Question& q) {
    std::vector<std::string> candidates;
    if (auto v = practice::parseNumber(q.expected)) candidates.push_back(std::to_string(static_cast<long long>(*v) + 1));
    auto tokens = practice::answerTokens(q.expected);
    if (tokens.size() > 1) {
        candidates.push_back(tokens.front());
        std::reverse(tokens.begin(), tokens.end());
        candidates.push_back(practice::joined(tokens, " "));
    }
    for (const auto& c : q.form.choices) candidates.push_back(c);
    candidates.insert(candidates.end(), {"yes", "no", "none", "0", "1", "A", "a"});
    for (const auto& c : candidates)
        if (q.check(c).outcome == Outcome::Wrong) return c;
    ADD_FAILURE() << "no wrong answer found for " << q.type;
    return {};
}

void typeAndSubmit(PracticeWindow& w, const std::string& text) {
    auto* edit = w.questionPage()->input()->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, QString::fromStdString(text));
    QTest::keyClick(edit, Qt::Key_Return);
}

class PracticeSessionTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        db_ = dir_.filePath("history.sqlite").toStdString();
        ::setenv("STEPWISE_DB", db_.c_str(), 1);  // the window takes the CLI's override
    }
    void TearDown() override { ::unsetenv("STEPWISE_DB"); }

    QTemporaryDir dir_;
    std::string db_;
};

TEST_F(PracticeSessionTest, AnswersAWholeSessionAndRecordsEveryAnswer) {
    PracticeWindow w;
    w.resize(1200, 800);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    // Through the setup page: topics, count, level, a tiny time and the seed.
    QString error;
    ASSERT_TRUE(w.setup()->setTopics("dijkstra,lcs,cache", &error)) << error.toStdString();
    EXPECT_EQ(w.setup()->topics(), (QStringList{"dijkstra", "lcs", "cache"}));
    EXPECT_FALSE(w.setup()->setTopics("nonsense", &error));
    EXPECT_NE(error.indexOf("unknown topic"), -1);
    EXPECT_EQ(w.setup()->topics().size(), 3);  // a refused topic list changes nothing
    w.setup()->setCount(4);
    w.setup()->setLevel(practice::Level::Easy);
    w.setup()->setSeed(4242);
    QTest::mouseClick(w.setup()->startButton(), Qt::LeftButton);
    ASSERT_EQ(w.currentPage(), w.questionPage());
    const auto* s = w.session();
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->settings().seed, 4242u);
    EXPECT_EQ(s->count(), 4u);
    EXPECT_NE(w.questionPage()->findChild<QLabel*>("practiceHeader")->text().indexOf("seed"), -1);
    // The setup's time is whole seconds (5 at least); a session of 1.5 s per question comes from the API.
    ASSERT_TRUE(w.start({{"dijkstra", "lcs", "cache"}, 4, practice::Level::Easy, 1500, 4242}));
    s = w.session();

    // 1: right.
    const Question q1 = s->question();
    typeAndSubmit(w, q1.expected);
    EXPECT_EQ(s->position(), 1u);
    EXPECT_NE(w.questionPage()->verdictLabel()->text().indexOf("Right"), -1);
    QTest::mouseClick(w.questionPage()->nextButton(), Qt::LeftButton);

    // 2: a malformed answer is refused with the core's hint and costs nothing; then a wrong one.
    const Question q2 = s->question();
    typeAndSubmit(w, "%%%");
    EXPECT_EQ(s->position(), 1u);
    EXPECT_FALSE(w.questionPage()->hintLabel()->isHidden());
    EXPECT_NE(w.questionPage()->hintLabel()->text().indexOf(QString::fromStdString(q2.check("%%%").hint)), -1);
    const std::string wrong = wrongAnswer(q2);
    typeAndSubmit(w, wrong);
    EXPECT_EQ(s->position(), 2u);
    EXPECT_NE(w.questionPage()->verdictLabel()->text().indexOf("Wrong"), -1);
    EXPECT_NE(w.findChild<QLabel*>("practiceExpected")->text().indexOf(QString::fromStdString(q2.expected)), -1);
    EXPECT_EQ(w.findChild<QLabel*>("practiceExplanation")->text().toStdString(), q2.explanation);
    QTest::mouseClick(w.questionPage()->nextButton(), Qt::LeftButton);

    // 3: nothing given; the countdown runs out and the question is graded as timed out.
    const Question q3 = s->question();
    QTRY_COMPARE_WITH_TIMEOUT(s->position(), 3u, 5000);
    EXPECT_TRUE(s->answered().back().timedOut);
    EXPECT_FALSE(s->answered().back().correct);
    EXPECT_NE(w.questionPage()->verdictLabel()->text().indexOf("Time"), -1);
    QTest::mouseClick(w.questionPage()->nextButton(), Qt::LeftButton);

    // 4: right, then the results.
    const Question q4 = s->question();
    typeAndSubmit(w, q4.expected);
    ASSERT_TRUE(s->finished());
    EXPECT_NE(w.questionPage()->nextButton()->text().indexOf("results"), -1);
    QTest::mouseClick(w.questionPage()->nextButton(), Qt::LeftButton);
    ASSERT_EQ(w.currentPage(), w.resultsPage());
    EXPECT_EQ(s->score().questions, 4);
    EXPECT_EQ(s->score().right, 2);
    EXPECT_DOUBLE_EQ(s->score().points, 2.0);
    EXPECT_EQ(w.resultsPage()->findChild<QLabel*>("practiceScore")->text(), "2 of 4 right (50 %)");
    ASSERT_EQ(w.resultsPage()->review()->topLevelItemCount(), 4);
    EXPECT_EQ(w.resultsPage()->review()->topLevelItem(1)->text(4).toStdString(), wrong);
    EXPECT_NE(w.resultsPage()->review()->topLevelItem(2)->text(1).indexOf("time"), -1);

    // The history (the CLI's, at $STEPWISE_DB) holds every answer, in order, as it was graded.
    const auto history = practice::History::open(db_);
    const auto answers = history.answers();
    ASSERT_EQ(answers.size(), 4u);
    const std::vector<const Question*> asked{&q1, &q2, &q3, &q4};
    const std::vector<bool> correct{true, false, false, true};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(answers[i].type, asked[i]->type);
        EXPECT_EQ(answers[i].seed, asked[i]->seed);
        EXPECT_EQ(answers[i].correct, correct[i]) << i;
        EXPECT_EQ(answers[i].position, static_cast<int>(i));
    }
    EXPECT_EQ(answers[0].answer, q1.expected);
    EXPECT_EQ(answers[1].answer, wrong);
    EXPECT_EQ(answers[2].rating, "again");
    EXPECT_GE(answers[2].ms, 1500);
    EXPECT_EQ(history.sessionCount(), 2);  // the one Start began (no answers), then the one answered

    // Replaying the seed asks the same questions.
    QTest::mouseClick(w.resultsPage()->findChild<QPushButton*>("practiceReplay"), Qt::LeftButton);
    ASSERT_EQ(w.currentPage(), w.questionPage());
    EXPECT_EQ(w.session()->question().text, q1.text);
    EXPECT_EQ(w.session()->question().seed, q1.seed);
}

/// Each answer is committed when it is given: another connection sees it before the session ends.
TEST_F(PracticeSessionTest, EachAnswerIsInTheHistoryAsSoonAsItIsGiven) {
    PracticeWindow w;
    ASSERT_TRUE(w.start({{"heap"}, 3, practice::Level::Easy, 60000, 7}));
    typeAndSubmit(w, w.session()->question().expected);
    EXPECT_EQ(practice::History::open(db_).answers().size(), 1u);
}

TEST_F(PracticeSessionTest, ClickingVerticesAnswersAGraphQuestionInOrder) {
    PracticeWindow w;
    w.resize(1200, 800);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(w.start({{"dijkstra.order"}, 1, practice::Level::Easy, 60000, 99}));
    const Question q = w.session()->question();
    ASSERT_EQ(q.form.kind, practice::AnswerForm::Kind::Vertices);
    auto* input = w.questionPage()->input();
    GraphView* view = input->graphView();
    ASSERT_NE(view, nullptr);
    QApplication::processEvents();
    const auto* g = view->graphScene()->graph();
    ASSERT_NE(g, nullptr);
    // Click each vertex of the expected order in the drawing: the answer grows in click order,
    // and the clicked vertices are drawn marked.
    QStringList typed;
    for (const auto& name : practice::answerTokens(q.expected)) {
        const auto v = g->find(name);
        ASSERT_TRUE(v.has_value()) << name;
        const QPoint at = view->mapFromScene(view->graphScene()->vertexItem(*v)->scenePos());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        typed << QString::fromStdString(name);
        EXPECT_EQ(input->text(), typed.join(' '));
    }
    // Undo removes the last click; clicking it again restores the order.
    QTest::mouseClick(input->findChild<QPushButton*>("practiceUndo"), Qt::LeftButton);
    typed.removeLast();
    EXPECT_EQ(input->text(), typed.join(' '));
    const auto last = g->find(practice::answerTokens(q.expected).back());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(view->graphScene()->vertexItem(*last)->scenePos()));
    EXPECT_EQ(input->text().toStdString(), q.expected);
    QTest::mouseClick(input->findChild<QPushButton*>("practiceSubmit"), Qt::LeftButton);
    ASSERT_EQ(w.session()->answered().size(), 1u);
    EXPECT_TRUE(w.session()->answered().back().correct);
    EXPECT_EQ(practice::History::open(db_).answers().at(0).answer, q.expected);
}

TEST_F(PracticeSessionTest, ClickingAVertexInTheWrongOrderIsGradedWrong) {
    PracticeWindow w;
    w.resize(1200, 800);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(w.start({{"dfs.order"}, 1, practice::Level::Easy, 60000, 5}));
    const Question q = w.session()->question();
    auto tokens = practice::answerTokens(q.expected);
    ASSERT_GE(tokens.size(), 2u);
    std::swap(tokens[0], tokens[1]);  // DFS discovers the source first: the swapped order is wrong
    GraphView* view = w.questionPage()->input()->graphView();
    ASSERT_NE(view, nullptr);
    for (const auto& name : tokens) {
        const auto v = view->graphScene()->graph()->find(name);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->mapFromScene(view->graphScene()->vertexItem(*v)->scenePos()));
    }
    QTest::keyClick(w.questionPage()->input()->lineEdit(), Qt::Key_Return);
    ASSERT_EQ(w.session()->answered().size(), 1u);
    EXPECT_FALSE(w.session()->answered().back().correct);
}

TEST_F(PracticeSessionTest, PickingAChoiceAnswersAKeyQuestion) {
    PracticeWindow w;
    ASSERT_TRUE(w.start({{"cache.evict"}, 1, practice::Level::Medium, 60000, 11}));
    const Question q = w.session()->question();
    ASSERT_EQ(q.form.kind, practice::AnswerForm::Kind::Choice);
    QPushButton* right = nullptr;
    for (auto* b : w.questionPage()->input()->choiceButtons())
        if (b->property("choice").toString().toStdString() == q.expected) right = b;
    ASSERT_NE(right, nullptr);
    right->click();  // one pick answers
    ASSERT_EQ(w.session()->answered().size(), 1u);
    EXPECT_TRUE(w.session()->answered().back().correct);
}

TEST_F(PracticeSessionTest, ACellQuestionShowsTheTableWithTheAskedCell) {
    PracticeWindow w;
    ASSERT_TRUE(w.start({{"lcs.cell"}, 1, practice::Level::Easy, 60000, 3}));
    const Question q = w.session()->question();
    auto* table = w.questionPage()->input()->table();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(static_cast<std::size_t>(table->rowCount()), q.instance["a"].get<std::string>().size() + 1);
    auto* cell = table->item(static_cast<int>(q.form.row), static_cast<int>(q.form.column));
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->text(), "?");
}

TEST_F(PracticeSessionTest, ShowMeOpensTheItemAtTheQuestionsStep) {
    MainWindow main;
    PracticeWindow* w = main.openPractice("lcs");
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->setup()->topics(), QStringList{"lcs"});
    ASSERT_TRUE(w->start({{"lcs.cell"}, 1, practice::Level::Easy, 60000, 8}));
    const Question q = w->session()->question();
    typeAndSubmit(*w, q.expected);
    QTest::mouseClick(w->questionPage()->showMeButton(), Qt::LeftButton);
    Room* room = main.currentRoom();
    ASSERT_NE(room, nullptr);
    EXPECT_EQ(room->currentItem(), "lcs");
    EXPECT_EQ(room->currentOptions().text("a"), q.instance["a"].get<std::string>());
    ASSERT_NE(room->playback(), nullptr);
    EXPECT_EQ(room->playback()->step(), q.step);
}

TEST_F(PracticeSessionTest, ShowMeRunsAGraphQuestionInTheGraphRoom) {
    MainWindow main;
    PracticeWindow* w = main.openPractice();
    ASSERT_TRUE(w->start({{"bfs.distance"}, 1, practice::Level::Easy, 60000, 21}));
    const Question q = w->session()->question();
    typeAndSubmit(*w, q.expected);
    QTest::mouseClick(w->questionPage()->showMeButton(), Qt::LeftButton);
    Room* room = main.currentRoom();
    ASSERT_EQ(room, static_cast<Room*>(main.graphRoom()));
    EXPECT_EQ(room->currentItem(), "bfs");
    EXPECT_EQ(room->playback()->step(), q.step);
    EXPECT_EQ(main.graphRoom()->graphRun()->stepCount(), room->currentRun()->stepCount());
}

TEST_F(PracticeSessionTest, AHistoryThatCannotBeWrittenIsReportedAndPracticeGoesOn) {
    // A regular file where the history's directory should be: nothing can be created under it
    // (this holds for root too, unlike a read-only directory).
    QFile blocker(dir_.filePath("blocker"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    PracticeWindow w(dir_.filePath("blocker/history.sqlite"));
    ASSERT_TRUE(w.start({{"heap"}, 2, practice::Level::Easy, 60000, 1}));
    auto* notice = w.questionPage()->findChild<QLabel*>("practiceNotice");
    EXPECT_FALSE(notice->isHidden());
    EXPECT_NE(notice->text().indexOf("not saved"), -1);
    typeAndSubmit(w, w.session()->question().expected);
    w.questionPage()->nextButton()->click();
    typeAndSubmit(w, w.session()->question().expected);
    w.questionPage()->nextButton()->click();
    ASSERT_EQ(w.currentPage(), w.resultsPage());
    EXPECT_EQ(w.session()->score().right, 2);
    EXPECT_NE(w.resultsPage()->summaryLabel()->text().indexOf("not saved"), -1);
}

TEST_F(PracticeSessionTest, ACorruptHistoryIsMovedAsideAndNamed) {
    QFile corrupt(QString::fromStdString(db_));
    ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("this is not a database, just bytes that are long enough to be read as a header......");
    corrupt.close();
    PracticeWindow w;
    ASSERT_TRUE(w.start({{"heap"}, 1, practice::Level::Easy, 60000, 1}));
    auto* notice = w.questionPage()->findChild<QLabel*>("practiceNotice");
    EXPECT_NE(notice->text().indexOf("corrupt"), -1);
    typeAndSubmit(w, w.session()->question().expected);
    EXPECT_EQ(practice::History::open(db_).answers().size(), 1u);  // the fresh database keeps it
}

TEST_F(PracticeSessionTest, BadSettingsAreRefusedOnTheSetupPage) {
    PracticeWindow w;
    EXPECT_FALSE(w.start({{"nonsense"}, 3, practice::Level::Easy, 60000, 1}));
    EXPECT_EQ(w.currentPage(), w.setup());
    EXPECT_FALSE(w.setup()->findChild<QLabel*>("practiceSetupError")->isHidden());
    EXPECT_EQ(w.session(), nullptr);
    // No topic ticked: Start says so and starts nothing.
    w.setup()->setTopics("heap", nullptr);
    w.setup()->topicTree()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    for (int i = 0; i < w.setup()->topicTree()->topLevelItemCount(); ++i)
        w.setup()->topicTree()->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    w.setup()->startButton()->click();
    EXPECT_EQ(w.session(), nullptr);
    w.setup()->setTopics("heap", nullptr);
    w.setup()->seedEdit()->setText("twelve");
    w.setup()->startButton()->click();
    EXPECT_EQ(w.session(), nullptr);
}

}  // namespace
}  // namespace stepwise::ui

namespace stepwise::ui {
namespace {

TEST_F(PracticeSessionTest, TheSetupAsksExactlyTheQuestionTypesItWasGiven) {
    PracticeWindow w;
    ASSERT_TRUE(w.setup()->setTopics("dijkstra.order", nullptr));
    EXPECT_EQ(w.setup()->topics(), QStringList{"dijkstra"});  // the tree ticks items
    w.setup()->setCount(3);
    w.setup()->startButton()->click();
    ASSERT_NE(w.session(), nullptr);
    EXPECT_EQ(w.session()->settings().topics, std::vector<std::string>{"dijkstra.order"});
    EXPECT_EQ(w.session()->question().type, "dijkstra.order");
}

}  // namespace
}  // namespace stepwise::ui

namespace stepwise::ui {
namespace {

TEST_F(PracticeSessionTest, ThePracticeActionOpensTheSetup) {
    MainWindow main;
    auto* action = main.findChild<QAction*>("practiceAction");
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->shortcut().isEmpty());
    EXPECT_FALSE(action->whatsThis().isEmpty());
    action->trigger();
    ASSERT_NE(main.practiceWindow(), nullptr);
    EXPECT_TRUE(main.practiceWindow()->isVisible());
    EXPECT_EQ(main.practiceWindow()->currentPage(), main.practiceWindow()->setup());
}

TEST(PracticeStartupOptions, PracticeTopicsAndSeedAreReadAndChecked) {
    QString error;
    auto o = parseStartupOptions({"stepwise", "--practice", "graph,lcs", "--seed", "42", "--db", "/tmp/h.sqlite"}, &error,
                                 nullptr);
    ASSERT_TRUE(o.has_value()) << error.toStdString();
    EXPECT_EQ(o->practice, "graph,lcs");
    EXPECT_EQ(o->seed, 42u);
    EXPECT_EQ(o->db, "/tmp/h.sqlite");
    EXPECT_FALSE(parseStartupOptions({"stepwise", "--practice", "nonsense"}, &error, nullptr));
    EXPECT_NE(error.indexOf("unknown topic"), -1);
    EXPECT_FALSE(parseStartupOptions({"stepwise", "--seed", "42"}, &error, nullptr));
    EXPECT_NE(error.indexOf("--practice"), -1);
    EXPECT_FALSE(parseStartupOptions({"stepwise", "--practice", "lcs", "--seed", "x"}, &error, nullptr));

    MainWindow main;
    main.applyStartup(*parseStartupOptions({"stepwise", "--practice", "lcs", "--seed", "42"}, &error, nullptr));
    ASSERT_NE(main.practiceWindow(), nullptr);
    EXPECT_EQ(main.practiceWindow()->setup()->topics(), QStringList{"lcs"});
    EXPECT_EQ(main.practiceWindow()->setup()->seedEdit()->text(), "42");
}

}  // namespace
}  // namespace stepwise::ui
