// Editing the graph with the mouse in the graph room: each gesture rewrites the editor's text, the
// text drives the drawing, bad edits show the banner and change nothing. Offscreen, real mouse and
// key events on the view's viewport.
#include <gtest/gtest.h>

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <cmath>

#include "ui/panels/GraphInputEditor.h"
#include "ui/rooms/GraphRoom.h"
#include "ui/views/graph/EdgeItem.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"
#include "ui/views/graph/VertexItem.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

const QString kStart = "undirected\nA B 2\nB C 3   # the long way\n# keep me\n";

struct EditFixture {
    GraphRoom room;

    /// With `realDialog` the room's own QInputDialog asks for weights; otherwise every ask is
    /// answered with Escape (a connect keeps weight 1) unless a test sets its own prompt.
    explicit EditFixture(bool realDialog = false) {
        if (!realDialog) room.setWeightPrompt([](const QString&, const QString&) { return std::optional<QString>(); });
        room.resize(1366, 768);
        room.show();
        room.editor()->setGraphText(kStart, "test", "editor");
        room.runRecorded();
    }
    GraphView* view() const { return room.view(); }
    GraphScene* scene() const { return room.view()->graphScene(); }
    QWidget* viewport() const { return room.view()->viewport(); }
    QString text() const { return room.editor()->graphText(); }
    const graph::Graph& g() const { return *room.graphRun()->graph(); }
    graph::VertexId id(const char* name) const { return g().find(name).value_or(graph::none); }

    QPoint at(const char* vertex) const { return view()->mapFromScene(scene()->vertexItem(id(vertex))->pos()); }
    graph::EdgeId edge(const char* a, const char* b) const {
        for (graph::EdgeId e = 0; e < g().edgeCount(); ++e) {
            const auto& x = g().edge(e);
            const std::string& from = g().name(x.from);
            const std::string& to = g().name(x.to);
            if ((from == a && to == b) || (from == b && to == a)) return e;
        }
        return graph::none;
    }
    QPoint middleOf(graph::EdgeId e) const { return view()->mapFromScene(scene()->edgeItem(e)->middle()); }
    /// A point of the viewport with no vertex and no edge under it.
    QPoint emptySpot() const {
        for (int y = 30; y < viewport()->height(); y += 40)
            for (int x = 30; x < viewport()->width(); x += 40) {
                const QPointF p = view()->mapToScene(QPoint(x, y));
                if (scene()->vertexAt(p) == graph::none && scene()->edgeAt(p) == graph::none &&
                    scene()->vertexAt(p + QPointF(40, 0)) == graph::none &&
                    scene()->vertexAt(p - QPointF(40, 0)) == graph::none &&
                    scene()->vertexAt(p + QPointF(0, 40)) == graph::none &&
                    scene()->vertexAt(p - QPointF(0, 40)) == graph::none)
                    return {x, y};
            }
        ADD_FAILURE() << "no empty spot in the view";
        return {};
    }
    void connect(const char* from, const char* to) {
        const QPoint a = at(from), b = at(to);
        QTest::mousePress(viewport(), Qt::LeftButton, Qt::ShiftModifier, a);
        QTest::mouseMove(viewport(), (a + b) / 2);
        QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::ShiftModifier, b);
    }
};

}  // namespace

TEST(GraphEdit, TheEditButtonTurnsEditModeOnAndAClickNoLongerSetsTheSource) {
    EditFixture f;
    ASSERT_NE(f.room.graphRun(), nullptr);
    EXPECT_FALSE(f.room.isEditing());
    QTest::mouseClick(f.room.editButton(), Qt::LeftButton);
    EXPECT_TRUE(f.room.isEditing());
    EXPECT_TRUE(f.scene()->isEditing());
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.at("C"));
    EXPECT_EQ(f.room.editor()->sourceName(), "A");
    EXPECT_EQ(f.text(), kStart);  // a click selects, it does not edit
    EXPECT_TRUE(f.scene()->vertexItem(f.id("C"))->isSelected());

    // Off again: a click on a vertex chooses the source, as before.
    QTest::mouseClick(f.room.editButton(), Qt::LeftButton);
    EXPECT_FALSE(f.scene()->isEditing());
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.at("C"));
    EXPECT_EQ(f.room.editor()->sourceName(), "C");
    EXPECT_EQ(f.text(), kStart);
}

TEST(GraphEdit, AddConnectWeighAndDeleteRewriteTheTextAndTheDrawingFollows) {
    EditFixture f;
    f.room.setEditing(true);

    // Double-click on empty space: the next free name, drawn where the click was; the rest stays put.
    const QPointF bBefore = f.scene()->vertexItem(f.id("B"))->pos();
    const QPoint spot = f.emptySpot();
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, spot);
    EXPECT_EQ(f.text(), kStart + "D\n");
    ASSERT_EQ(f.g().vertexCount(), 4u);
    ASSERT_EQ(f.scene()->vertexItemCount(), 4u);
    const QPointF dAt = f.scene()->vertexItem(f.id("D"))->pos();
    const QPointF clicked = f.view()->mapToScene(spot);
    EXPECT_LT(std::hypot(dAt.x() - clicked.x(), dAt.y() - clicked.y()), 2.0);
    const QPointF bAfter = f.scene()->vertexItem(f.id("B"))->pos();
    EXPECT_LT(std::hypot(bAfter.x() - bBefore.x(), bAfter.y() - bBefore.y()), 0.01);

    // Shift+drag from A to D: an edge of weight 1.
    f.connect("A", "D");
    EXPECT_EQ(f.text(), kStart + "D\nA D\n");
    const graph::EdgeId ad = f.edge("A", "D");
    ASSERT_NE(ad, graph::none);
    EXPECT_EQ(f.scene()->edgeItemCount(), 3u);

    // The same edge again: refused, the text stays.
    f.connect("D", "A");
    EXPECT_TRUE(f.room.bannerText().contains("already joined")) << f.room.bannerText().toStdString();
    EXPECT_EQ(f.text(), kStart + "D\nA D\n");

    // Double-click on the edge: its weight.
    QString asked;
    f.room.setWeightPrompt([&](const QString& current, const QString& edge) -> std::optional<QString> {
        asked = edge;
        EXPECT_EQ(current, "1");
        return QString("5");
    });
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.middleOf(ad));
    EXPECT_TRUE(asked.contains('A') && asked.contains('D')) << asked.toStdString();
    EXPECT_EQ(f.text(), kStart + "D\nA D 5\n");
    EXPECT_EQ(f.g().edge(f.edge("A", "D")).weight, 5.0);

    // A negative weight is bad input for Dijkstra: the banner says so and nothing changes.
    f.room.setWeightPrompt([](const QString&, const QString&) -> std::optional<QString> { return QString("-1"); });
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.middleOf(f.edge("A", "D")));
    EXPECT_FALSE(f.room.bannerText().isEmpty());
    EXPECT_TRUE(f.room.bannerText().contains("negative")) << f.room.bannerText().toStdString();
    EXPECT_EQ(f.text(), kStart + "D\nA D 5\n");
    EXPECT_EQ(f.g().edge(f.edge("A", "D")).weight, 5.0);

    // Select the edge B–C and press Delete: its line goes, its comment stays.
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.middleOf(f.edge("B", "C")));
    ASSERT_TRUE(f.scene()->edgeItem(f.edge("B", "C"))->isSelected());
    QTest::keyClick(f.view(), Qt::Key_Delete);
    EXPECT_EQ(f.text(), "undirected\nA B 2\nC # the long way\n# keep me\nD\nA D 5\n");
    EXPECT_EQ(f.g().edgeCount(), 2u);
    EXPECT_EQ(f.edge("B", "C"), graph::none);

    // Select D and press Delete: D and its edge go.
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.at("D"));
    QTest::keyClick(f.view(), Qt::Key_Delete);
    EXPECT_EQ(f.text(), "undirected\nA B 2\nC # the long way\n# keep me\n");
    EXPECT_EQ(f.g().vertexCount(), 3u);
    EXPECT_EQ(f.scene()->vertexItemCount(), 3u);
    EXPECT_TRUE(f.room.bannerText().isEmpty()) << f.room.bannerText().toStdString();
}

TEST(GraphEdit, DraggingAVertexMovesItAndItsEdgesWithoutTouchingAPositionlessText) {
    EditFixture f;
    f.room.setEditing(true);
    const QPoint from = f.at("B");
    const QPoint to = from + QPoint(60, 45);
    QTest::mousePress(f.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(f.viewport(), from + QPoint(30, 20));
    QTest::mouseMove(f.viewport(), to);
    QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, to);
    EXPECT_EQ(f.text(), kStart);
    const QPointF now = f.scene()->vertexItem(f.id("B"))->pos();
    const QPointF wanted = f.view()->mapToScene(to);
    EXPECT_LT(std::hypot(now.x() - wanted.x(), now.y() - wanted.y()), 3.0);
    // The edge B–C now starts where B is.
    const EdgeItem* bc = f.scene()->edgeItem(f.edge("B", "C"));
    EXPECT_LT(bc->distanceTo(now), 20.0);
}

TEST(GraphEdit, DraggingAVertexOfAPositionedGraphRewritesItsPositionLine) {
    EditFixture f;
    f.room.editor()->setGraphText("A B\nB C\n@ A 0 0\n@ B 10 0\n@ C 20 0\n", "test", "editor");
    f.room.runRecorded();
    f.room.setEditing(true);
    const QPoint from = f.at("C");
    const QPoint to = f.view()->mapFromScene(f.scene()->vertexItem(f.id("C"))->pos() + QPointF(0, 100));
    QTest::mousePress(f.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(f.viewport(), to);
    QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, to);
    const graph::Point c = f.g().position(f.id("C"));
    EXPECT_NEAR(c.x, 20, 1.0);
    EXPECT_GT(c.y, 1.0);  // moved down (the text's scale is the layout's, up to a factor)
    EXPECT_TRUE(f.text().startsWith("A B\nB C\n@ A 0 0\n@ B 10 0\n@ C 2")) << f.text().toStdString();
}

TEST(GraphEdit, ARightDragConnectsAndEditsOfTextNotYetRunAreRefused) {
    EditFixture f;
    f.room.setEditing(true);
    const QPoint a = f.at("A"), c = f.at("C");
    QTest::mousePress(f.viewport(), Qt::RightButton, {}, a);
    QTest::mouseMove(f.viewport(), c);
    QTest::mouseRelease(f.viewport(), Qt::RightButton, {}, c);
    EXPECT_EQ(f.text(), kStart + "A C\n");

    // Typed but not run: the drawing is not the text, so a mouse edit would edit the wrong graph.
    const QString typed = f.text() + "C X\n";
    f.room.editor()->setGraphText(typed, "test", "editor");
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.emptySpot());
    EXPECT_TRUE(f.room.bannerText().contains("run it first")) << f.room.bannerText().toStdString();
    EXPECT_EQ(f.text(), typed);
    EXPECT_EQ(f.g().vertexCount(), 3u);
}

namespace {

/// Types `typed` into the weight dialog when it opens (replacing what it holds), then presses `key`.
/// Records what the dialog asked.
void answerWeightDialog(QString typed, Qt::Key key, QString* asked) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, typed, key, asked] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog) return;
        timer->stop();
        timer->deleteLater();
        auto* edit = dialog->findChild<QLineEdit*>();
        if (!edit) return;
        *asked = dialog->labelText() + " [" + edit->text() + "]";
        edit->selectAll();
        if (!typed.isEmpty()) QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, key);
    });
    timer->start();
}

}  // namespace

TEST(GraphEdit, DoubleClickingAnEdgeOpensTheWeightDialogAndTheTypedWeightIsWrittenInTheText) {
    EditFixture f(true);
    f.room.setEditing(true);
    QString asked;
    answerWeightDialog("7.25", Qt::Key_Return, &asked);
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.middleOf(f.edge("B", "C")));
    EXPECT_TRUE(asked.contains("B – C") && asked.endsWith("[3]")) << asked.toStdString();
    // Only the weight changed: the spacing before the comment and the other lines are the user's.
    EXPECT_EQ(f.text(), "undirected\nA B 2\nB C 7.25   # the long way\n# keep me\n");
    EXPECT_EQ(f.g().edge(f.edge("B", "C")).weight, 7.25);
    EXPECT_TRUE(f.room.bannerText().isEmpty()) << f.room.bannerText().toStdString();

    // Escape keeps the weight as it was.
    answerWeightDialog("100", Qt::Key_Escape, &asked);
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.middleOf(f.edge("A", "B")));
    EXPECT_EQ(f.text(), "undirected\nA B 2\nB C 7.25   # the long way\n# keep me\n");

    // Not a number: refused with what to type, the text stays.
    answerWeightDialog("2,5", Qt::Key_Return, &asked);
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.middleOf(f.edge("A", "B")));
    EXPECT_TRUE(f.room.bannerText().contains("is not a weight")) << f.room.bannerText().toStdString();
    EXPECT_EQ(f.text(), "undirected\nA B 2\nB C 7.25   # the long way\n# keep me\n");
}

TEST(GraphEdit, ConnectingTwoVerticesAsksForTheNewEdgesWeightAndEscapeKeepsOne) {
    EditFixture f(true);
    f.room.setEditing(true);
    QString asked;
    answerWeightDialog("4", Qt::Key_Return, &asked);
    f.connect("A", "C");
    EXPECT_TRUE(asked.contains("A – C") && asked.endsWith("[1]")) << asked.toStdString();
    EXPECT_EQ(f.text(), kStart + "A C 4\n");

    answerWeightDialog("", Qt::Key_Escape, &asked);
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.emptySpot());
    ASSERT_EQ(f.g().vertexCount(), 4u);
    f.connect("D", "B");
    EXPECT_EQ(f.text(), kStart + "A C 4\nD\nD B\n");
}

TEST(GraphEdit, ADotGraphIsOfferedAsEdgeListTextAndCanThenBeEditedWithTheMouse) {
    EditFixture f;
    f.room.editor()->setGraphText("graph { a -- b [weight=3]; b -- c }\n", "test", "editor");
    f.room.runRecorded();
    ASSERT_EQ(f.g().vertexCount(), 3u);
    f.room.setEditing(true);
    EXPECT_TRUE(f.room.bannerText().contains("DOT")) << f.room.bannerText().toStdString();
    ASSERT_TRUE(f.room.bannerAction()->isVisible());
    EXPECT_EQ(f.room.bannerAction()->text(), "Convert to edge-list text");
    QTest::mouseClick(f.room.bannerAction(), Qt::LeftButton);
    EXPECT_EQ(f.text(), "undirected\na b 3\nb c\n");
    EXPECT_EQ(f.g().edgeCount(), 2u);
    EXPECT_TRUE(f.room.bannerText().isEmpty()) << f.room.bannerText().toStdString();

    f.room.setWeightPrompt([](const QString&, const QString&) -> std::optional<QString> { return QString("6"); });
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.middleOf(f.edge("b", "c")));
    EXPECT_EQ(f.text(), "undirected\na b 3\nb c 6\n");
}
