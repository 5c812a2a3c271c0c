// Loop a range in the player: play runs from the loop's start to its end and starts again, the
// bar's [ and ] mark the ends at the current step, and a new run clears the loop.
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <set>

#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackController.h"

namespace stepwise::ui {
namespace {

TEST(PlaybackLoop, PlayStaysInTheRangeAndWrapsAfterItsEnd) {
    PlaybackController c;
    c.reset(20);
    c.setSpeed(1);
    c.setLoop(4, 7);
    c.play();
    EXPECT_EQ(c.step(), 4u);  // from outside the range play starts at the loop's start
    std::vector<std::size_t> seen{c.step()};
    for (int i = 0; i < 12; ++i) {
        c.tick();
        seen.push_back(c.step());
    }
    EXPECT_TRUE(c.isPlaying());
    EXPECT_EQ(seen, (std::vector<std::size_t>{4, 5, 6, 7, 4, 5, 6, 7, 4, 5, 6, 7, 4}));
    c.clearLoop();
    for (int i = 0; i < 30; ++i) c.tick();
    EXPECT_EQ(c.step(), 20u);
    EXPECT_FALSE(c.isPlaying());
}

TEST(PlaybackLoop, InstantSpeedStopsAtTheLoopsEndAndAOneStepLoopDoesNotPlay) {
    PlaybackController c;
    c.reset(20);
    c.setLoop(4, 7);
    c.setSpeed(PlaybackController::instant);
    ASSERT_TRUE(c.isInstant());
    c.play();
    EXPECT_EQ(c.step(), 7u);  // not the run's end, past the loop
    EXPECT_FALSE(c.isPlaying());
    // Switching to instant while playing the loop does the same.
    c.setSpeed(1);
    c.play();
    EXPECT_EQ(c.step(), 4u);
    c.tick();
    c.setSpeed(PlaybackController::instant);
    EXPECT_EQ(c.step(), 7u);
    EXPECT_FALSE(c.isPlaying());
    // `]` pressed where `[` was: one step, nothing to play, no timer left running.
    c.setSpeed(1);
    c.setLoop(9, 9);
    c.play();
    EXPECT_EQ(c.step(), 9u);
    EXPECT_FALSE(c.isPlaying());
}

TEST(PlaybackLoop, BracketKeysMarkTheEndsAndTheButtonShowsTheRange) {
    QWidget window;
    PlaybackController c;
    auto* bar = new PlaybackBar(&c, &window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    c.reset(30);
    auto* button = bar->findChild<QToolButton*>("loopButton");
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isChecked());
    c.seek(5);
    QTest::keyClick(&window, Qt::Key_BracketLeft);
    EXPECT_TRUE(c.isLooping());
    EXPECT_EQ(c.loopStart(), 5u);
    EXPECT_EQ(c.loopEnd(), 30u);
    c.seek(9);
    QTest::keyClick(&window, Qt::Key_BracketRight);
    EXPECT_EQ(c.loopStart(), 5u);
    EXPECT_EQ(c.loopEnd(), 9u);
    EXPECT_TRUE(button->isChecked());
    EXPECT_TRUE(button->text().contains("5") && button->text().contains("9")) << button->text().toStdString();
    button->click();  // stops looping
    EXPECT_FALSE(c.isLooping());
    QTest::keyClick(&window, Qt::Key_L);  // loops the whole run
    EXPECT_TRUE(c.isLooping());
    EXPECT_EQ(c.loopEnd(), 30u);
    QSignalSpy changed(&c, &PlaybackController::loopChanged);
    c.reset(10);  // a new run: no loop
    EXPECT_FALSE(c.isLooping());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(button->isChecked());
}

}  // namespace
}  // namespace stepwise::ui
