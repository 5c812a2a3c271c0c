// Predict the next step in the player, as a user meets it in the graph room (Dijkstra's example)
// and the cache room: with Predict on, stepping or playing past a decision waits for the answer;
// the core's checker judges it, the score counts it, and the asked step then shows. Step back and
// turning Predict off always move on. Runs under the offscreen platform.
#include <gtest/gtest.h>

#include <QPushButton>
#include <QToolButton>

#include "core/run/Run.h"
#include "ui/playback/PlaybackController.h"
#include "ui/practice/PredictStrip.h"
#include "ui/rooms/CacheRoom.h"
#include "ui/rooms/GraphRoom.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

/// Steps forward until a question is pending (or `limit` presses); true when one is.
bool stepToQuestion(RoomScaffold& room, int limit = 400) {
    for (int i = 0; i < limit && !room.predictStrip()->pending(); ++i) {
        if (room.playback()->atEnd()) return false;
        room.playback()->stepForward();
    }
    return room.predictStrip()->pending() != nullptr;
}

/// A well-formed answer the checker calls wrong: another choice (or vertex).
QString wrongAnswer(const practice::Prediction& p) {
    for (const auto& c : p.choices)
        if (p.check(c).outcome == practice::Outcome::Wrong) return QString::fromStdString(c);
    return {};
}

QPushButton* choiceButton(PredictStrip* strip, const QString& text) {
    for (auto* b : strip->findChildren<QPushButton*>("predictChoice"))
        if (b->text() == text && b->isVisibleTo(strip)) return b;
    return nullptr;
}

/// What both rooms must do: hold, judge, count, let go.
void exercisePredict(RoomScaffold& room, bool clickVertex) {
    room.resize(1366, 768);
    room.show();
    PredictStrip* strip = room.predictStrip();
    ASSERT_NE(strip, nullptr);
    EXPECT_FALSE(strip->isVisibleTo(&room));
    room.playback()->seek(0);
    strip->toggleButton()->click();
    ASSERT_TRUE(strip->isActive());
    EXPECT_TRUE(strip->isVisibleTo(&room));

    ASSERT_TRUE(stepToQuestion(room));
    const std::size_t held = room.playback()->step();
    const std::size_t asked = strip->pending()->step;
    EXPECT_EQ(asked, held + 1);
    // Neither a step nor play gets past it.
    room.playback()->stepForward();
    EXPECT_EQ(room.playback()->step(), held);
    room.playback()->nextGroup();
    EXPECT_EQ(room.playback()->step(), held);
    room.playback()->play();
    room.playback()->tick();
    EXPECT_EQ(room.playback()->step(), held);
    EXPECT_TRUE(room.playback()->isPlaying());
    room.playback()->pause();
    EXPECT_EQ(room.run()->step(), held);  // the room still shows the held step

    // The right answer: the score says so and the asked step shows.
    const QString expected = QString::fromStdString(strip->pending()->expected);
    if (clickVertex) {
        EXPECT_TRUE(strip->answerVertex(expected));
    } else {
        QPushButton* b = choiceButton(strip, expected);
        ASSERT_NE(b, nullptr) << expected.toStdString();
        b->click();
    }
    EXPECT_EQ(strip->pending(), nullptr);
    EXPECT_EQ(room.playback()->step(), asked);
    EXPECT_EQ(room.run()->step(), asked);
    EXPECT_EQ(strip->scoreText(), "1 of 1 right");
    EXPECT_TRUE(strip->verdictText().contains("Right")) << strip->verdictText().toStdString();

    // A wrong answer counts as answered, not right, and names the accepted one.
    ASSERT_TRUE(stepToQuestion(room));
    const std::size_t held2 = room.playback()->step();
    const QString expected2 = QString::fromStdString(strip->pending()->expected);
    const QString wrong = wrongAnswer(*strip->pending());
    ASSERT_FALSE(wrong.isEmpty());
    QPushButton* wrongButton = choiceButton(strip, wrong);
    ASSERT_NE(wrongButton, nullptr);
    wrongButton->click();
    EXPECT_EQ(strip->scoreText(), "1 of 2 right");
    EXPECT_EQ(strip->rightCount(), 1);
    EXPECT_EQ(strip->answeredCount(), 2);
    EXPECT_TRUE(strip->verdictText().contains("Wrong")) << strip->verdictText().toStdString();
    EXPECT_TRUE(strip->verdictText().contains(expected2)) << strip->verdictText().toStdString();
    EXPECT_EQ(room.playback()->step(), held2 + 1);

    // Malformed input is not judged: the question stays and the score does not move.
    ASSERT_TRUE(stepToQuestion(room));
    const std::size_t held3 = room.playback()->step();
    EXPECT_FALSE(strip->answer("no such answer 42"));
    EXPECT_NE(strip->pending(), nullptr);
    EXPECT_EQ(strip->answeredCount(), 2);

    // Step back always works and drops the question.
    room.playback()->stepBack();
    EXPECT_EQ(room.playback()->step(), held3 - 1);
    EXPECT_EQ(strip->pending(), nullptr);

    // Turning Predict off lets the step go.
    ASSERT_TRUE(stepToQuestion(room));
    const std::size_t held4 = room.playback()->step();
    strip->toggleButton()->click();
    EXPECT_FALSE(strip->isActive());
    EXPECT_EQ(strip->pending(), nullptr);
    // On again before the decision: it is asked at once.
    strip->toggleButton()->click();
    ASSERT_NE(strip->pending(), nullptr);
    EXPECT_EQ(strip->pending()->step, held4 + 1);
    strip->setActive(false);
    room.playback()->stepForward();
    EXPECT_EQ(room.playback()->step(), held4 + 1);
}

}  // namespace

TEST(Predict, GraphRoomDijkstraHoldsEachSettleUntilAnswered) {
    GraphRoom room;
    ASSERT_EQ(room.currentItem(), "dijkstra");
    exercisePredict(room, true);
}

TEST(Predict, CacheRoomHoldsHitOrMissUntilAnswered) {
    CacheRoom room;
    exercisePredict(room, false);
}

TEST(Predict, PlayWaitsAtTheHeldStepAndGoesOnAfterTheAnswer) {
    CacheRoom room;
    PredictStrip* strip = room.predictStrip();
    strip->setActive(true);
    room.playback()->setSpeed(2000);
    room.playback()->play();
    for (int i = 0; i < 50 && !strip->pending(); ++i) room.playback()->tick();
    ASSERT_NE(strip->pending(), nullptr);
    const std::size_t held = room.playback()->step();
    for (int i = 0; i < 5; ++i) room.playback()->tick();
    EXPECT_EQ(room.playback()->step(), held);
    EXPECT_TRUE(strip->answer(QString::fromStdString(strip->pending()->expected)));
    EXPECT_EQ(room.playback()->step(), held + 1);
    EXPECT_TRUE(room.playback()->isPlaying());
    room.playback()->pause();
}
