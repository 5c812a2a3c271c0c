// The job-queue room: it opens on the item's example, stepping shows the core's sentence and a view
// whose counts add up (submitted = done + dead + ready + delayed + in flight), the Gantt bars grow
// with time, a preset applies, and bad options show the banner and keep the run. Offscreen.
#include "ui/rooms/QueueRoom.h"

#include <gtest/gtest.h>

#include <QLineEdit>

#include "core/queue/QueueItemRun.h"
#include "core/queue/QueueNarration.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/queue/QueueView.h"

using namespace stepwise;
using namespace stepwise::ui;

TEST(QueueRoom, SteppingShowsTheCoresSentenceAndAViewThatAddsUp) {
    QueueRoom room;
    ASSERT_NE(room.queueRun(), nullptr);
    EXPECT_EQ(room.currentItem(), "queue");
    std::size_t bars = 0;
    for (std::size_t i = 1; i <= 60; ++i) {
        room.playback()->stepForward();
        const auto& sim = room.queueRun()->sim();
        EXPECT_EQ(sim.submitted(), sim.completed() + sim.dead() + sim.ready() + sim.delayed() + sim.inFlight());
        EXPECT_EQ(room.explanation()->sentence().toStdString(), queue::queueSentence(sim));
        const auto& st = room.view()->state();
        std::size_t ready = 0, now = 0;
        for (const auto& lane : st.lanes) ready += lane.size();
        for (const auto& w : st.workers) now += w.bars.size();
        EXPECT_EQ(ready, sim.ready());
        EXPECT_GE(now, bars);
        bars = now;
    }
    EXPECT_GT(bars, 0u);
}

TEST(QueueRoom, APresetAppliesAndBadOptionsKeepTheRun) {
    QueueRoom room;
    ASSERT_TRUE(room.applyPreset("thundering-herd"));
    EXPECT_EQ(room.queueRun()->config().jobs, 60u);
    EXPECT_TRUE(room.optionsEdit()->text().contains("--backoff none")) << room.optionsEdit()->text().toStdString();
    const auto* before = room.queueRun();
    room.optionsEdit()->setText("--jobs 5 --max-receives 0");
    EXPECT_FALSE(room.applyEditor());
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("--max-receives")) << room.bannerText().toStdString();
    EXPECT_EQ(room.queueRun(), before);
    room.optionsEdit()->setText("--jobs 12 --workers 2 --faults redrive@5s");
    EXPECT_TRUE(room.applyEditor());
    EXPECT_EQ(room.queueRun()->config().jobs, 12u);
}
