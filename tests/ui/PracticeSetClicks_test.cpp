// Answering a set by clicking, offscreen: the edges of a minimum spanning tree in the question's
// drawing, the items of a knapsack in its table. Each click adds or removes one, the answer text
// follows as a user would type it, the picked ones are drawn marked, typing marks them too, and
// the core grades the clicked set (right when it is a right set, wrong when it is not).
#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>

#include "core/practice/Answer.h"
#include "core/practice/PracticeSession.h"
#include "ui/practice/AnswerInput.h"
#include "ui/practice/PracticeWindow.h"
#include "ui/practice/QuestionPage.h"
#include "ui/views/graph/EdgeItem.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"
#include "ui/views/graph/VertexItem.h"

namespace stepwise::ui {
namespace {

using practice::AnswerForm;
using practice::Level;
using practice::Question;

class PracticeSetClicks : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        ::setenv("STEPWISE_DB", dir_.filePath("history.sqlite").toUtf8().constData(), 1);
        w_.resize(1200, 800);
        w_.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w_));
    }
    void TearDown() override { ::unsetenv("STEPWISE_DB"); }

    AnswerInput* input() { return w_.questionPage()->input(); }
    void submit() { QTest::mouseClick(input()->findChild<QPushButton*>("practiceSubmit"), Qt::LeftButton); }
    bool gradedRight() {
        EXPECT_EQ(w_.session()->answered().size(), 1u);
        return !w_.session()->answered().empty() && w_.session()->answered().back().correct;
    }

    QTemporaryDir dir_;
    PracticeWindow w_;
};

/// The edge between the two ends of `token` ("A-B"), either way round.
graph::EdgeId edgeOf(const graph::Graph& g, const std::string& token) {
    const auto ends = practice::edgeEnds(token);
    if (!ends) return graph::none;
    const auto u = g.find(ends->first), v = g.find(ends->second);
    for (graph::EdgeId e = 0; u && v && e < g.edgeCount(); ++e)
        if ((g.edge(e).from == *u && g.edge(e).to == *v) || (g.edge(e).from == *v && g.edge(e).to == *u)) return e;
    return graph::none;
}

/// A click at the middle of edge `e`'s line in the drawing.
void clickEdge(GraphView* view, graph::EdgeId e) {
    const auto* g = view->graphScene()->graph();
    const QPointF from = view->graphScene()->vertexItem(g->edge(e).from)->pos();
    const QPointF to = view->graphScene()->vertexItem(g->edge(e).to)->pos();
    ASSERT_EQ(view->graphScene()->edgeItem(e)->bend(), 0.0);  // an undirected simple graph: straight lines
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene((from + to) / 2));
}

std::string tokenOf(const graph::Graph& g, graph::EdgeId e) {
    return practice::edgeToken(g.name(g.edge(e).from), g.name(g.edge(e).to));
}

TEST_F(PracticeSetClicks, ClickingTheEdgesOfASpanningTreeAnswersAnMstQuestion) {
    ASSERT_TRUE(w_.start({{"mst.edges"}, 1, Level::Medium, 60000, 12}));
    const Question q = w_.session()->question();
    ASSERT_EQ(q.form.kind, AnswerForm::Kind::Edges);
    GraphView* view = input()->graphView();
    ASSERT_NE(view, nullptr);
    const graph::Graph& g = *view->graphScene()->graph();
    std::vector<graph::EdgeId> tree;
    for (const auto& token : practice::answerTokens(q.expected)) tree.push_back(edgeOf(g, token));
    ASSERT_GE(tree.size(), 2u);
    // Each click adds its edge, written U-V, and draws it marked.
    QStringList typed;
    for (auto e : tree) {
        ASSERT_NE(e, graph::none);
        clickEdge(view, e);
        typed << QString::fromStdString(tokenOf(g, e));
        EXPECT_EQ(input()->text(), typed.join(' '));
        EXPECT_EQ(view->graphScene()->edgeItem(e)->mark(), graph::EdgeMark::Chosen);
    }
    // Clicking an edge again drops it (and its mark); once more brings it back.
    clickEdge(view, tree.front());
    EXPECT_FALSE(input()->text().contains(QString::fromStdString(tokenOf(g, tree.front()))));
    EXPECT_EQ(view->graphScene()->edgeItem(tree.front())->mark(), graph::EdgeMark::None);
    clickEdge(view, tree.front());
    EXPECT_EQ(view->graphScene()->edgeItem(tree.front())->mark(), graph::EdgeMark::Chosen);
    // The clicked set is what the checker reads, and it is right.
    EXPECT_EQ(q.check(input()->text().toStdString()).outcome, practice::Outcome::Right);
    submit();
    EXPECT_TRUE(gradedRight());
}

TEST_F(PracticeSetClicks, ASpanningTreeWithOneEdgeSwappedIsGradedWrong) {
    ASSERT_TRUE(w_.start({{"mst.edges"}, 1, Level::Easy, 60000, 4}));
    const Question q = w_.session()->question();
    GraphView* view = input()->graphView();
    ASSERT_NE(view, nullptr);
    const graph::Graph& g = *view->graphScene()->graph();
    std::vector<graph::EdgeId> tree;
    for (const auto& token : practice::answerTokens(q.expected)) tree.push_back(edgeOf(g, token));
    // An easy question has one minimum tree: any edge outside it in place of one of its own is wrong.
    graph::EdgeId other = graph::none;
    for (graph::EdgeId e = 0; e < g.edgeCount() && other == graph::none; ++e)
        if (std::find(tree.begin(), tree.end(), e) == tree.end()) other = e;
    ASSERT_NE(other, graph::none);
    for (std::size_t k = 1; k < tree.size(); ++k) clickEdge(view, tree[k]);
    clickEdge(view, other);
    EXPECT_EQ(practice::answerTokens(input()->text().toStdString()).size(), tree.size());
    submit();
    EXPECT_FALSE(gradedRight());
}

TEST_F(PracticeSetClicks, TypedEdgesAreMarkedEitherWayRoundAndAClickDropsThem) {
    ASSERT_TRUE(w_.start({{"mst.edges"}, 1, Level::Medium, 60000, 12}));
    GraphView* view = input()->graphView();
    const graph::Graph& g = *view->graphScene()->graph();
    const graph::EdgeId e = 0;
    const std::string reversed = practice::edgeToken(g.name(g.edge(e).to), g.name(g.edge(e).from));
    QTest::keyClicks(input()->lineEdit(), QString::fromStdString(reversed));
    EXPECT_EQ(view->graphScene()->edgeItem(e)->mark(), graph::EdgeMark::Chosen);
    clickEdge(view, e);  // the same edge, typed the other way round
    EXPECT_EQ(input()->text(), "");
    EXPECT_EQ(view->graphScene()->edgeItem(e)->mark(), graph::EdgeMark::None);
}

/// Whether row `row` of the items table says it is taken (its last column).
bool taken(QTableWidget* table, int row) {
    return table->item(row, table->columnCount() - 1)->text().contains("taken");
}

/// A click on row `row` of the items table.
void clickRow(QTableWidget* table, int row) {
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 1)).center());
}

TEST_F(PracticeSetClicks, ClickingTheItemsAnswersAKnapsackQuestion) {
    ASSERT_TRUE(w_.start({{"knapsack.items"}, 1, Level::Easy, 60000, 8}));
    const Question q = w_.session()->question();
    ASSERT_EQ(q.form.kind, AnswerForm::Kind::Subset);
    QTableWidget* table = input()->subsetTable();
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(static_cast<std::size_t>(table->rowCount()), q.form.choices.size());
    // The rows show the instance: item, weight, value.
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < 3; ++c) {
            EXPECT_EQ(table->item(r, c)->text().toStdString(), q.form.table[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);
        }
    EXPECT_EQ(q.form.table[0][1], practice::answerTokens(q.instance["weights"].get<std::string>()).at(0));
    const auto picked = practice::answerTokens(q.expected);
    ASSERT_FALSE(picked.empty());
    auto rowOf = [&q](const std::string& item) {
        return static_cast<int>(std::find(q.form.choices.begin(), q.form.choices.end(), item) - q.form.choices.begin());
    };
    // A row outside the answer clicked twice leaves nothing behind.
    int outside = -1;
    for (int r = 0; r < table->rowCount() && outside < 0; ++r)
        if (std::find(picked.begin(), picked.end(), q.form.choices[static_cast<std::size_t>(r)]) == picked.end())
            outside = r;
    ASSERT_GE(outside, 0);
    clickRow(table, outside);
    EXPECT_EQ(input()->text().toStdString(), q.form.choices[static_cast<std::size_t>(outside)]);
    EXPECT_TRUE(taken(table, outside));
    EXPECT_TRUE(table->item(outside, 1)->font().bold());
    clickRow(table, outside);
    EXPECT_EQ(input()->text(), "");
    EXPECT_FALSE(taken(table, outside));
    EXPECT_FALSE(table->item(outside, 1)->font().bold());
    for (const auto& item : picked) clickRow(table, rowOf(item));
    EXPECT_EQ(input()->text().toStdString(), q.expected);
    for (const auto& item : picked) {
        EXPECT_TRUE(taken(table, rowOf(item))) << item;
    }
    submit();
    EXPECT_TRUE(gradedRight());
    // Graded: the rows no longer change the answer.
    clickRow(table, outside);
    EXPECT_EQ(input()->text().toStdString(), q.expected);
}

TEST_F(PracticeSetClicks, AKnapsackWithAnItemTooManyIsGradedWrongAndTypingTicksTheRows) {
    ASSERT_TRUE(w_.start({{"knapsack.items"}, 1, Level::Easy, 60000, 8}));
    const Question q = w_.session()->question();
    QTableWidget* table = input()->subsetTable();
    ASSERT_NE(table, nullptr);
    const auto picked = practice::answerTokens(q.expected);
    // Typing ticks the rows it names.
    QTest::keyClicks(input()->lineEdit(), QString::fromStdString(q.expected));
    for (int r = 0; r < table->rowCount(); ++r) {
        const bool named = std::find(picked.begin(), picked.end(), q.form.choices[static_cast<std::size_t>(r)]) !=
                           picked.end();
        EXPECT_EQ(taken(table, r), named) << r;
    }
    // Easy has one best packing: the best set plus any other item is over the capacity or not best.
    for (int r = 0; r < table->rowCount(); ++r)
        if (!taken(table, r)) {
            clickRow(table, r);
            break;
        }
    EXPECT_EQ(practice::answerTokens(input()->text().toStdString()).size(), picked.size() + 1);
    submit();
    EXPECT_FALSE(gradedRight());
}

}  // namespace
}  // namespace stepwise::ui
