#include "ui/playback/PlaybackController.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

using stepwise::ui::PlaybackController;

TEST(PlaybackController, ResetGoesToStepZeroPaused) {
    PlaybackController c;
    c.reset(10);
    c.seek(4);
    c.play();
    ASSERT_TRUE(c.isPlaying());
    QSignalSpy steps(&c, &PlaybackController::stepChanged);
    c.reset(7);
    EXPECT_EQ(c.step(), 0u);
    EXPECT_EQ(c.stepCount(), 7u);
    EXPECT_FALSE(c.isPlaying());
    ASSERT_EQ(steps.count(), 1);
    EXPECT_EQ(steps.front().front().value<std::size_t>(), 0u);
}

TEST(PlaybackController, StepsClampAtBothEnds) {
    PlaybackController c;
    c.reset(3);
    QSignalSpy steps(&c, &PlaybackController::stepChanged);
    c.stepBack();
    EXPECT_EQ(c.step(), 0u);
    for (int i = 0; i < 5; ++i) c.stepForward();
    EXPECT_EQ(c.step(), 3u);
    EXPECT_TRUE(c.atEnd());
    // Only real moves are signalled: 0→1→2→3.
    EXPECT_EQ(steps.count(), 3);
    c.stepBack();
    EXPECT_EQ(c.step(), 2u);
}

TEST(PlaybackController, SeekClampsAndJumpsGoToTheEnds) {
    PlaybackController c;
    c.reset(50);
    c.seek(20);
    EXPECT_EQ(c.step(), 20u);
    c.seek(500);
    EXPECT_EQ(c.step(), 50u);
    c.toStart();
    EXPECT_EQ(c.step(), 0u);
    c.toEnd();
    EXPECT_EQ(c.step(), 50u);
}

TEST(PlaybackController, StepsPerTickFollowTheSpeed) {
    PlaybackController c;
    c.reset(100000);
    for (double speed : {0.5, 1.0, 2.0, 10.0, 60.0, 120.0, 500.0, 2000.0}) {
        c.setSpeed(speed);
        EXPECT_GE(c.intervalMs(), PlaybackController::minIntervalMs);
        // steps per second = steps per tick / interval, within rounding of one step per tick
        const double achieved = static_cast<double>(c.stepsPerTick()) * 1000.0 / c.intervalMs();
        EXPECT_NEAR(achieved, speed, std::max(0.05 * speed, 1000.0 / c.intervalMs() / 2 + 1e-9)) << speed;
    }
    c.setSpeed(0.01);
    EXPECT_EQ(c.speed(), PlaybackController::minSpeed);
}

TEST(PlaybackController, TickAdvancesWhilePlayingAndPausesAtTheEnd) {
    PlaybackController c;
    c.reset(5);
    c.setSpeed(2);
    c.tick();  // paused: nothing happens
    EXPECT_EQ(c.step(), 0u);
    QSignalSpy playing(&c, &PlaybackController::playingChanged);
    c.play();
    for (int i = 0; i < 3; ++i) c.tick();
    EXPECT_EQ(c.step(), 3u);
    for (int i = 0; i < 10; ++i) c.tick();
    EXPECT_EQ(c.step(), 5u);
    EXPECT_FALSE(c.isPlaying());
    ASSERT_EQ(playing.count(), 2);
    EXPECT_TRUE(playing.at(0).front().toBool());
    EXPECT_FALSE(playing.at(1).front().toBool());
}

TEST(PlaybackController, FastTicksAdvanceSeveralStepsButNeverPastTheEnd) {
    PlaybackController c;
    c.reset(10);
    c.setSpeed(500);
    ASSERT_GT(c.stepsPerTick(), 1u);
    c.play();
    c.tick();
    EXPECT_EQ(c.step(), c.stepsPerTick());
    while (c.isPlaying()) c.tick();
    EXPECT_EQ(c.step(), 10u);
}

TEST(PlaybackController, PlayAtTheEndStartsAgain) {
    PlaybackController c;
    c.reset(4);
    c.toEnd();
    c.play();
    EXPECT_TRUE(c.isPlaying());
    EXPECT_EQ(c.step(), 0u);
}

TEST(PlaybackController, InstantSpeedJumpsToTheEnd) {
    PlaybackController c;
    c.reset(40);
    c.setSpeed(PlaybackController::instant);
    c.play();
    EXPECT_EQ(c.step(), 40u);
    EXPECT_FALSE(c.isPlaying());
    // Switching to instant while playing finishes at once too.
    c.setSpeed(1);
    c.play();
    ASSERT_TRUE(c.isPlaying());
    c.setSpeed(PlaybackController::instant);
    EXPECT_EQ(c.step(), 40u);
    EXPECT_FALSE(c.isPlaying());
}

TEST(PlaybackController, SteppingByHandPauses) {
    PlaybackController c;
    c.reset(10);
    c.play();
    c.stepForward();
    EXPECT_FALSE(c.isPlaying());
    EXPECT_EQ(c.step(), 1u);
    c.toggle();
    EXPECT_TRUE(c.isPlaying());
    c.toggle();
    EXPECT_FALSE(c.isPlaying());
}

TEST(PlaybackController, NothingToPlayWithoutSteps) {
    PlaybackController c;
    c.reset(0);
    c.play();
    EXPECT_FALSE(c.isPlaying());
    c.stepForward();
    EXPECT_EQ(c.step(), 0u);
}

TEST(PlaybackController, TheTimerDrivesPlaybackToTheEnd) {
    PlaybackController c;
    c.reset(12);
    c.setSpeed(120);
    c.play();
    // Waits on the event loop; the bound is generous and the test only checks where it ends.
    for (int i = 0; i < 1000 && c.isPlaying(); ++i) QTest::qWait(10);
    EXPECT_EQ(c.step(), 12u);
}

TEST(PlaybackController, OnlyTheForwardControlsCountAsMovingForward) {
    // A view animates a step reached by stepping or playing forward, never one jumped to.
    PlaybackController c;
    c.reset(20);
    EXPECT_FALSE(c.movedForward());
    c.stepForward();
    EXPECT_TRUE(c.movedForward());
    c.stepBack();
    EXPECT_FALSE(c.movedForward());
    c.stepForward();
    c.seek(10);
    EXPECT_FALSE(c.movedForward());
    c.setGroupEnds({12, 15});
    c.nextGroup();
    EXPECT_EQ(c.step(), 12u);
    EXPECT_TRUE(c.movedForward());
    c.toEnd();
    EXPECT_FALSE(c.movedForward());
    c.seek(3);
    c.play();
    c.tick();
    EXPECT_EQ(c.step(), 4u);
    EXPECT_TRUE(c.movedForward());
    c.reset(20);
    EXPECT_FALSE(c.movedForward());
}
