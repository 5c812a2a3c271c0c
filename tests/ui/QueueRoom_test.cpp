// The job-queue room: it opens on the item's example, stepping shows the core's sentence and a view
// whose counts add up (submitted = done + dead + ready + delayed + in flight), the Gantt bars grow
// with time, a preset applies, and bad options show the banner and keep the run. Offscreen.
#include "ui/rooms/QueueRoom.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QTabWidget>
#include <cmath>

#include "core/queue/QueueItemRun.h"
#include "core/queue/QueueNarration.h"
#include "ui/charts/VirtualTimeChart.h"
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
    // Read from its start (a line edit too narrow for all of it showed only a cut-off tail).
    EXPECT_EQ(room.optionsEdit()->cursorPosition(), 0);
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

namespace {

/// What a step shows, to compare two runs at one step.
std::string snapshot(const QueueRoom& room) {
    const auto& s = room.queueRun()->sim();
    std::string out = std::to_string(s.position()) + "@" + std::to_string(s.now()) + ":" +
                      room.explanation()->sentence().toStdString() + "|";
    for (const auto& j : s.jobs()) out += std::to_string(static_cast<int>(j.state)) + "/" + std::to_string(j.receives) + ",";
    for (const auto& w : s.workers()) out += std::to_string(static_cast<int>(w.status));
    return out;
}

std::vector<std::string> walkBack(QueueRoom& room, std::size_t upTo) {
    std::vector<std::string> out;
    for (std::size_t k = 0; k <= upTo; ++k) {
        room.playback()->seek(k);
        out.push_back(snapshot(room));
    }
    return out;
}

}  // namespace

TEST(QueueRoom, ALiveFaultKeepsTheStepAndItsHistoryAndChangesOnlyLaterEvents) {
    QueueRoom room;
    // A step where worker 2 is running a job: killing it then matters.
    std::size_t k = 0;
    while (room.queueRun()->sim().workers().size() < 2 ||
           room.queueRun()->sim().workers()[1].status != queue::Worker::Status::Busy || k < 20) {
        room.playback()->stepForward();
        ASSERT_LT(++k, 400u);
    }
    const std::vector<std::string> before = walkBack(room, k);
    const std::string oldResult = room.queueRun()->result().dump();
    const std::size_t oldFaults = room.queueRun()->config().faults.size();
    const auto& busy = room.queueRun()->sim().workers()[1];
    const std::uint32_t job = busy.batch[busy.next];

    ASSERT_TRUE(room.killWorker(2)) << room.bannerText().toStdString();
    EXPECT_EQ(room.playback()->step(), k);
    EXPECT_EQ(room.queueRun()->config().faults.size(), oldFaults + 1);  // the example's kill-worker is kept
    EXPECT_TRUE(room.optionsEdit()->text().contains("kill-worker@1500ms=1")) << room.optionsEdit()->text().toStdString();
    EXPECT_EQ(snapshot(room), before.back());
    EXPECT_EQ(walkBack(room, k), before);  // the history before is the same, step by step
    EXPECT_NE(room.queueRun()->result().dump(), oldResult);

    // The killed worker's job comes back after its visibility timeout, to another worker.
    const auto& h = room.queueRun()->histories()[job];
    ASSERT_GE(h.attempts.size(), 2u);
    const queue::Attempt* killed = nullptr;
    for (std::size_t i = 0; i + 1 < h.attempts.size(); ++i)
        if (h.attempts[i].worker == 1 && h.attempts[i].received <= room.queueRun()->sim().now()) killed = &h.attempts[i];
    ASSERT_NE(killed, nullptr);
    EXPECT_EQ(killed->outcome, queue::Outcome::TimedOut);
    EXPECT_EQ(killed->ended, killed->received + room.queueRun()->config().visibilityTimeout);
    const queue::Attempt& again = *(killed + 1);
    EXPECT_GE(again.received, killed->ended);
    EXPECT_NE(again.worker, 1u);
}

TEST(QueueRoom, TheFailureRateChangesFromTheNextMillisecondAndBadTargetsAreRefused) {
    QueueRoom room;
    room.playback()->seek(30);
    const double rate = room.queueRun()->sim().failureRate();
    const sim::Time now = room.queueRun()->sim().now();
    ASSERT_TRUE(room.changeFailureRate(0.1));
    EXPECT_EQ(room.playback()->step(), 30u);
    EXPECT_DOUBLE_EQ(room.queueRun()->sim().failureRate(), rate);
    while (room.queueRun()->sim().now() <= now) room.playback()->stepForward();
    EXPECT_NEAR(room.queueRun()->sim().failureRate(), rate + 0.1, 1e-9);

    const auto* before = room.queueRun();
    EXPECT_FALSE(room.killJob(999));
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("no job 999")) << room.bannerText().toStdString();
    EXPECT_EQ(room.queueRun(), before);
    EXPECT_TRUE(room.redrive());
    EXPECT_TRUE(room.retryJob(3));
    EXPECT_TRUE(room.killJob(4));
    EXPECT_EQ(room.queueRun()->config().faults.size(), 5u);
}

TEST(QueueRoom, EveryChartsLastPointIsTheCoresMetricAtTheStep) {
    QueueRoom room;
    ASSERT_TRUE(room.applyPreset("autoscale"));
    const auto* q = room.queueRun();
    const queue::QueueMetrics& m = q->metrics();
    const std::size_t steps = room.playback()->stepCount();
    bool scaled = false;
    for (std::size_t k : {std::size_t{0}, steps / 7, steps / 3, steps / 2, steps - 1, steps}) {
        room.playback()->seek(k);
        const std::size_t n = q->metricsShown();
        EXPECT_EQ(n, m.countAt(q->sim().now(), k == steps));
        ASSERT_EQ(room.depthChart()->seriesCount(), 4);
        for (int i = 0; i < 4; ++i) EXPECT_EQ(room.depthChart()->shown(i), n);
        if (n == 0) continue;
        EXPECT_EQ(room.depthChart()->lastValue(0), m.ready[n - 1].value);
        EXPECT_EQ(room.depthChart()->lastValue(3), m.dead[n - 1].value);
        // Stacked: the top band's top is the sum of the states.
        const double sum = m.ready[n - 1].value + m.inFlight[n - 1].value + m.delayed[n - 1].value + m.dead[n - 1].value;
        EXPECT_DOUBLE_EQ(room.depthChart()->points(3).back().y(), sum);
        EXPECT_EQ(room.throughputChart()->lastValue(0), m.throughput[n - 1].value);
        EXPECT_EQ(room.latencyChart()->lastValue(1), m.p99[n - 1].value);
        EXPECT_EQ(room.retriesChart()->lastValue(0), m.retries[n - 1].value);
        EXPECT_EQ(room.workersChart()->lastValue(0), m.workers[n - 1].value);
        EXPECT_LE(room.depthChart()->points(0).back().x(), static_cast<double>(q->sim().now()) / sim::second + 1e-9 +
                                                                (k == steps ? static_cast<double>(m.bucket) / sim::second : 0));
        for (const auto& s : m.workers.samples()) scaled |= s.value > 1;
        // The CSV has a row per point shown.
        const QString csv = room.chartsCsv();
        EXPECT_EQ(csv.count(QLatin1Char('\n')), static_cast<qsizetype>(n + 1));
    }
    EXPECT_TRUE(scaled) << "the auto-scaler added no worker";
    // Round axes: ticks every 1, 2 or 5 × a power of ten, the top a whole number of steps.
    for (auto* chart : {room.depthChart(), room.throughputChart(), room.latencyChart(), room.workersChart()}) {
        const double step = chart->yMax() / (chart->yTicks() - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        EXPECT_TRUE(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6)
            << chart->objectName().toStdString() << ": " << chart->yMax() << " in " << chart->yTicks() - 1;
        EXPECT_LE(chart->yTicks(), 9);
    }
}

TEST(QueueRoom, CompareModeShowsBothRunsRetriesOnOneChart) {
    QueueRoom room;
    EXPECT_EQ(room.jitterChart()->seriesCount(), 0);
    ASSERT_TRUE(room.applyPreset("herd-vs-jitter"));
    const auto* j = room.queueRun()->jitter();
    ASSERT_NE(j, nullptr);
    ASSERT_EQ(room.jitterChart()->seriesCount(), 2);
    EXPECT_EQ(room.chartTabs()->currentIndex(), 2);
    room.playback()->toEnd();
    EXPECT_EQ(room.jitterChart()->shown(0), j->none.size());
    EXPECT_EQ(room.jitterChart()->shown(1), j->full.size());
    EXPECT_EQ(room.jitterChart()->lastValue(0), j->none.retries[j->none.size() - 1].value);
    EXPECT_TRUE(room.chartsCsv().contains("retries_per_s_no_jitter,retries_per_s_full_jitter"));
    room.playback()->seek(40);
    EXPECT_LT(room.jitterChart()->shown(0), j->none.size());
    // Off again: one run, the step kept.
    ASSERT_TRUE(room.setCompareJitter(false));
    EXPECT_EQ(room.queueRun()->jitter(), nullptr);
    EXPECT_EQ(room.jitterChart()->seriesCount(), 0);
    EXPECT_EQ(room.playback()->step(), 40u);
    ASSERT_TRUE(room.setCompareJitter(true));
    EXPECT_EQ(room.jitterChart()->seriesCount(), 2);
    EXPECT_EQ(room.playback()->step(), 40u);
}
