// The queue view's backoff rows (issue 9: "a failing job waits out its backoff, the delay drawn
// with its jitter, and comes back with its receive count"): the view's state is the core's waits
// at the step, and painting draws each delayed job's sleep (solid) over its formula's range
// (faint) on the Gantt's time axis, within the view and clear of one another, in both themes.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "core/queue/QueueItemRun.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/QueueRoom.h"
#include "ui/app/Theme.h"
#include "ui/views/queue/QueueView.h"

namespace stepwise::ui {
namespace {

/// Steps the room until at least `delayed` jobs wait out a backoff.
void stepToDelayed(QueueRoom& room, std::size_t delayed) {
    for (std::size_t k = 0; room.queueRun()->sim().delayed() < delayed; ++k) {
        ASSERT_LT(k, 2000u) << "no step with " << delayed << " delayed jobs";
        room.playback()->stepForward();
    }
}

QImage render(QueueView& view, QSize size) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(view.palette().color(QPalette::Window));
    QPainter p(&image);
    p.setFont(view.font());
    view.paint(p, QRectF(QPointF(), QSizeF(size)));
    return image;
}

bool near(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 24;
}

}  // namespace

TEST(QueueView, TheBackoffRowsAreTheCoresWaitsAtTheStep) {
    QueueRoom room;
    stepToDelayed(room, 2);
    const auto waits = room.queueRun()->waits();
    const QueueViewState& st = room.view()->state();
    ASSERT_EQ(st.waits.size(), waits.size());
    ASSERT_EQ(st.waits.size(), room.queueRun()->sim().delayed());
    for (std::size_t i = 0; i < waits.size(); ++i) {
        EXPECT_EQ(st.waits[i].job, waits[i].job + 1);
        EXPECT_DOUBLE_EQ(st.waits[i].failedAt, static_cast<double>(waits[i].failedAt) / sim::second);
        EXPECT_DOUBLE_EQ(st.waits[i].visibleAt, static_cast<double>(waits[i].visibleAt) / sim::second);
        EXPECT_DOUBLE_EQ(st.waits[i].high, static_cast<double>(waits[i].range.high) / sim::second);
        // The receive count is on the row.
        EXPECT_TRUE(st.waits[i].label.contains(QStringLiteral("receive %1 of 3").arg(waits[i].receives)))
            << st.waits[i].label.toStdString();
    }
    EXPECT_TRUE(st.waitsTitle.contains(QStringLiteral("full jitter"))) << st.waitsTitle.toStdString();
    // Once the backoffs are over the rows go.
    room.playback()->seek(0);
    EXPECT_TRUE(room.view()->state().waits.empty());
}

TEST(QueueView, EachDelayedJobsSleepIsPaintedSolidOverItsRangeFaintInBothThemes) {
    for (const bool dark : {false, true}) {
        applyTheme(dark ? Theme::Dark : Theme::Light);
        QueueRoom room;
        stepToDelayed(room, 2);
        QueueView& view = *room.view();
        const QSize size(900, 420);
        const QImage image = render(view, size);
        const QColor background = view.palette().color(QPalette::Window);
        const auto& painted = view.paintedWaits();
        ASSERT_EQ(painted.size(), view.state().waits.size());
        for (std::size_t i = 0; i < painted.size(); ++i) {
            const auto& g = painted[i];
            const QueueWait& w = view.state().waits[i];
            ASSERT_EQ(g.job, w.job);
            ASSERT_TRUE(QRectF(QPointF(), QSizeF(size)).contains(g.bar)) << g.job;
            // On one axis: the bar's length over the range's is the sleep's over the range's.
            ASSERT_FALSE(g.range.isEmpty());
            EXPECT_NEAR(g.bar.width() / g.range.width(), (w.visibleAt - w.failedAt) / (w.high - w.low), 0.05) << g.job;
            EXPECT_NEAR(g.range.left(), g.bar.left(), 1.0);  // full jitter: the range starts at the failure
            const QColor bar = image.pixelColor(g.bar.center().toPoint() - QPoint(1, 0));
            EXPECT_FALSE(near(bar, background)) << (dark ? "dark" : "light") << " job " << g.job;
            if (g.range.right() > g.bar.right() + 4) {
                const QColor faint =
                    image.pixelColor(QPoint(static_cast<int>((g.bar.right() + g.range.right()) / 2), static_cast<int>(g.bar.center().y())));
                EXPECT_FALSE(near(faint, background)) << "job " << g.job << ": its range is not drawn";
                EXPECT_FALSE(near(faint, bar)) << "job " << g.job << ": the range looks like the sleep";
            }
            if (i > 0) {
                EXPECT_GE(g.bar.top(), painted[i - 1].bar.bottom()) << "rows overlap";
            }
        }
    }
    applyTheme(Theme::Light);
}

TEST(QueueView, NoJitterDrawsTheExactSleepAndTheHerdsRowsFitTheView) {
    QueueRoom room;
    ASSERT_TRUE(room.applyPreset("thundering-herd"));
    stepToDelayed(room, 20);
    QueueView& view = *room.view();
    const QSize size(900, 360);
    render(view, size);
    const auto& painted = view.paintedWaits();
    ASSERT_FALSE(painted.empty());
    EXPECT_TRUE(view.state().waits.front().label.contains(QStringLiteral("no jitter")))
        << view.state().waits.front().label.toStdString();
    const QFontMetricsF fm(view.font());
    for (const auto& g : painted) {
        EXPECT_TRUE(g.range.isNull()) << "no jitter has no range to draw";
        EXPECT_GT(g.bar.width(), 2.0);
        // Above the legend and the now label (two lines at the bottom).
        EXPECT_LE(g.bar.bottom(), size.height() - 2 * fm.height()) << g.job;
    }
}

TEST(QueueView, EachBackoffLabelIsReadWholeBesideItsBarWithinTheView) {
    // At the view's width in the room on a 1366×768 screen: every row's label is drawn whole (the
    // short form without the range where the long one fits on neither side), inside the view and
    // clear of its own bar and range.
    QueueRoom room;
    QueueView& view = *room.view();
    const QSize size(840, 300);
    const QFontMetricsF fm(view.font());
    std::size_t labels = 0;
    for (std::size_t k = 0; k < room.playback()->stepCount(); ++k, room.playback()->stepForward()) {
        if (view.state().waits.empty()) continue;
        render(view, size);
        const auto& painted = view.paintedWaits();
        for (std::size_t i = 0; i < painted.size(); ++i) {
            const auto& g = painted[i];
            const QueueWait& w = view.state().waits[i];
            if (g.labelText.isEmpty()) continue;
            ++labels;
            EXPECT_TRUE(g.labelText == w.label || g.labelText == w.labelShort)
                << "step " << k << ": elided to " << g.labelText.toStdString();
            EXPECT_GE(g.label.width() + 0.5, fm.horizontalAdvance(g.labelText)) << "step " << k;
            EXPECT_GE(g.label.left(), 0.0);
            EXPECT_LE(g.label.right(), size.width());
            EXPECT_FALSE(g.label.intersects(g.bar.united(g.range.isNull() ? g.bar : g.range)))
                << "step " << k << ": job " << g.job << "'s label covers its bar";
        }
    }
    EXPECT_GT(labels, 0u);
}

}  // namespace stepwise::ui
