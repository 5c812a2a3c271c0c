// The breaker's transitions move on screen only: stepping forward onto a transition step starts an
// animation (its progress between 0 and 1, the picture part way not the step's), which ends on
// exactly the static picture of that step; an export while it runs draws that final picture too.
// A step back, a seek and reduced motion show the transition at once; playing shortens it.
// Offscreen.
#include <gtest/gtest.h>

#include <QImage>
#include <QTest>
#include <QVariantAnimation>

#include "ui/export/ViewExporter.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/ResilienceRoom.h"
#include "ui/views/resilience/BreakerView.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

QImage onScreen(QWidget& w) {
    return w.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

/// The first step after `from` whose view shows a transition.
std::size_t nextTransition(ResilienceRoom& room, std::size_t from) {
    for (std::size_t k = from + 1; k <= room.playback()->stepCount(); ++k) {
        room.playback()->seek(k);
        if (room.breakerView()->state().transitionNow) return k;
    }
    return 0;
}

struct Shown {
    ResilienceRoom room;
    Shown() {
        room.resize(1300, 860);
        room.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&room));
    }
};

}  // namespace

TEST(BreakerAnimation, AForwardStepOntoATransitionAnimatesAndEndsOnTheStaticPicture) {
    qunsetenv("STEPWISE_REDUCED_MOTION");
    Shown shown;
    ResilienceRoom& room = shown.room;
    BreakerView* view = room.breakerView();
    const std::size_t t = nextTransition(room, 0);
    ASSERT_GT(t, 0u);
    room.playback()->seek(t - 1);
    EXPECT_FALSE(view->transitionAnimating());
    room.playback()->stepForward();
    ASSERT_TRUE(view->state().transitionNow);
    ASSERT_TRUE(view->transitionAnimating());
    EXPECT_GE(view->transitionProgress(), 0.0);
    EXPECT_LT(view->transitionProgress(), 1.0);
    EXPECT_EQ(view->transitionAnimation()->duration(), 450);  // by hand, not playing

    // A view given the same step's state that never animated: the picture to end on.
    BreakerView still;
    still.resize(view->size());
    still.setState(view->state());
    ASSERT_FALSE(still.transitionAnimating());
    const QImage stillOnScreen = onScreen(still);
    const QImage stillExported = renderViewImage(still);
    ASSERT_FALSE(stillExported.isNull());

    // Half way: the screen shows the transition part way; an export draws the step's final picture.
    QVariantAnimation* animation = view->transitionAnimation();
    animation->pause();
    animation->setCurrentTime(animation->duration() / 2);
    EXPECT_GT(view->transitionProgress(), 0.0);
    EXPECT_LT(view->transitionProgress(), 1.0);
    EXPECT_NE(onScreen(*view), stillOnScreen);
    EXPECT_EQ(renderViewImage(*view), stillExported);

    animation->resume();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !view->transitionAnimating(); }, 5000));
    EXPECT_EQ(view->transitionProgress(), 1.0);
    EXPECT_EQ(onScreen(*view), stillOnScreen);
    EXPECT_EQ(renderViewImage(*view), stillExported);
}

TEST(BreakerAnimation, BackSeekReducedMotionAndOtherStepsShowTheStepAtOnce) {
    qunsetenv("STEPWISE_REDUCED_MOTION");
    Shown shown;
    ResilienceRoom& room = shown.room;
    BreakerView* view = room.breakerView();
    const std::size_t t = nextTransition(room, 0);
    ASSERT_GT(t, 1u);
    // A seek onto it (the scrubber, --step K) and a step back onto it do not move.
    room.playback()->seek(t);
    EXPECT_TRUE(view->state().transitionNow);
    EXPECT_FALSE(view->transitionAnimating());
    room.playback()->seek(t + 1);
    room.playback()->stepBack();
    EXPECT_EQ(room.playback()->step(), t);
    EXPECT_FALSE(view->transitionAnimating());
    // A forward step onto a step without a transition does not either.
    room.playback()->seek(t - 2);
    room.playback()->stepForward();
    EXPECT_FALSE(view->state().transitionNow);
    EXPECT_FALSE(view->transitionAnimating());
    // Under reduced motion nothing moves.
    qputenv("STEPWISE_REDUCED_MOTION", "1");
    room.playback()->seek(t - 1);
    room.playback()->stepForward();
    EXPECT_TRUE(view->state().transitionNow);
    EXPECT_FALSE(view->transitionAnimating());
    qunsetenv("STEPWISE_REDUCED_MOTION");
    // Playing, it lasts at most 80 % of a step: at 8 steps a second, 100 ms; the next step stops it.
    room.playback()->setSpeed(8);
    room.playback()->seek(t - 1);
    room.playback()->play();
    room.playback()->tick();
    EXPECT_EQ(room.playback()->step(), t);
    ASSERT_TRUE(view->transitionAnimating());
    EXPECT_EQ(view->transitionAnimation()->duration(), 100);
    room.playback()->tick();
    EXPECT_FALSE(view->transitionAnimating());
    room.playback()->pause();
}
