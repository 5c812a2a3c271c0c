// Every view paints itself onto any QPainter at any size (the contract export uses).
#include "ui/views/common/StepView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTemporaryDir>
#include <cmath>

#include "ui/charts/TimeSeriesChart.h"
#include "ui/export/ViewExporter.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/BalancerRoom.h"
#include "ui/rooms/CacheRoom.h"
#include "ui/rooms/DpRoom.h"
#include "ui/rooms/QueueRoom.h"
#include "ui/rooms/StructuresRoom.h"
#include "ui/views/tree/TreeScene.h"
#include "ui/views/tree/TreeView.h"

namespace stepwise::ui {
namespace {

/// How many pixels differ from the top-left one (a blank image has none).
int inkedPixels(const QImage& image) {
    const QRgb background = image.pixel(0, 0);
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) n += image.pixel(x, y) != background;
    return n;
}

QImage paintAt(StepView& view, QSize size) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

TreePicture twoNodes() {
    TreePicture p;
    TreeNodeSpec root;
    root.id = 1;
    root.text = "5";
    TreeNodeSpec child;
    child.id = 2;
    child.parent = 1;
    child.text = "7";
    p.nodes = {root, child};
    return p;
}

TEST(StepView, ATreeViewPaintsItsDrawingAtAnySizeWithoutBeingShown) {
    TreeView view;
    view.setPicture(twoNodes());
    EXPECT_GT(view.naturalSize().width(), 0);
    for (QSize size : {QSize(120, 90), QSize(800, 600)}) EXPECT_GT(inkedPixels(paintAt(view, size)), 50);
    TreeView empty;
    EXPECT_EQ(inkedPixels(paintAt(empty, QSize(200, 100))), 0);
}

TEST(StepView, ATimeSeriesChartDrawsNSeriesUpToTheCurrentSample) {
    TimeSeriesChart chart({"Hit ratio so far (%)", "requests", 100.0, 0, 100, 6});
    std::vector<sim::TimeSeries> series(3);
    for (std::size_t i = 0; i < series.size(); ++i)
        for (int k = 1; k <= 10; ++k) series[i].append(k * 10, 0.1 * static_cast<double>(i + 1));
    chart.setSeries(series, {"LRU", "LFU", "FIFO"}, 100);
    ASSERT_EQ(chart.seriesCount(), 3);
    EXPECT_EQ(chart.pointCount(2), 0);
    chart.showSamples(4);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(chart.pointCount(i), 4);
    EXPECT_DOUBLE_EQ(chart.series(2)->at(3).y(), 30.0);  // value × yScale
    chart.showSamples(2);                                // a seek back trims
    EXPECT_EQ(chart.pointCount(0), 2);
    chart.setSeries({series[0]}, {"LRU"}, 100);
    EXPECT_EQ(chart.seriesCount(), 1);
    chart.resize(400, 300);
    EXPECT_GT(inkedPixels(paintAt(chart, QSize(400, 300))), 100);
}

TEST(StepView, ALongSeriesIsDrawnThinnedButKeepsItsPeaksAndFollowsSeeks) {
    // 10,000 samples would be a chart update per point and 10,000-point lines per frame
    // (tests/bench/ui_bench): beyond 1,000 a series is drawn as the min and max of each bucket.
    TimeSeriesChart chart({"Queue depth", "events", 1.0, 0, 100, 6});
    std::vector<sim::TimeSeries> series(1);
    for (int k = 0; k < 10'000; ++k) series[0].append(k, k == 6'789 ? 99.0 : (k == 1'234 ? 1.0 : 50.0));
    chart.setSeries(series, {"depth"}, 10'000);
    auto extremes = [&] {
        double lo = 1e9, hi = -1e9;
        for (const QPointF& p : chart.series(0)->points()) lo = std::min(lo, p.y()), hi = std::max(hi, p.y());
        return std::pair{lo, hi};
    };
    chart.showSamples(10'000);
    EXPECT_LE(chart.pointCount(0), 1001);
    EXPECT_EQ(extremes(), (std::pair{1.0, 99.0}));                         // the spike and the dip are drawn
    EXPECT_DOUBLE_EQ(chart.series(0)->points().back().x(), 9'999.0);  // the line reaches the newest sample
    chart.showSamples(5'000);                                                // a seek back: the spike is gone
    EXPECT_EQ(extremes(), (std::pair{1.0, 50.0}));
    chart.showSamples(800);  // back under the threshold: every sample, exactly
    EXPECT_EQ(chart.pointCount(0), 800);
    chart.showSamples(803);  // and a step forward appends
    EXPECT_EQ(chart.pointCount(0), 803);
    EXPECT_DOUBLE_EQ(chart.series(0)->at(802).x(), 802.0);
}

TEST(StepView, EveryRoomsDrawingPaintsAtAnyStepAndSizeAndExports) {
    StructuresRoom structures;
    DpRoom dp;
    CacheRoom cache;
    BalancerRoom balancer;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (Room* room : std::initializer_list<Room*>{&structures, &dp, &cache, &balancer}) {
        room->resize(1200, 800);
        StepView* view = room->stepView();
        ASSERT_NE(view, nullptr) << room->objectName().toStdString();
        room->playback()->seek(5);
        const QImage small = paintAt(*view, QSize(240, 160)), large = paintAt(*view, QSize(960, 640));
        EXPECT_GT(inkedPixels(small), 50) << room->objectName().toStdString();
        EXPECT_GT(inkedPixels(large), inkedPixels(small)) << room->objectName().toStdString();
        // A later step paints something else.
        room->playback()->seek(room->playback()->stepCount());
        EXPECT_NE(paintAt(*view, QSize(960, 640)), large) << room->objectName().toStdString();
        for (const char* suffix : {"png", "svg", "pdf"}) {
            const QString file = dir.filePath(room->objectName() + "." + suffix);
            QString error;
            EXPECT_TRUE(exportView(*view, file, *imageFormatForFile(file), {}, &error))
                << error.toStdString();
            EXPECT_GT(QFileInfo(file).size(), 100) << file.toStdString();
        }
    }
}

/// Mean difference per channel (0..255) of two images of one size.
double meanDifference(const QImage& a, const QImage& b) {
    double total = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            total += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return total / (3.0 * a.width() * a.height());
}

TEST(StepView, AHandPaintedViewInASmallerBoxIsItsNaturalDrawingScaledDown) {
    // A study sheet's box is smaller than the view on screen: the cache slots and their labels
    // must shrink together, not be laid out again in less room (where labels overlapped). A view
    // wider than 640 may be laid out again down to 640 (the next test); one as narrow as that
    // only shrinks.
    CacheRoom cache;
    BalancerRoom balancer;
    for (Room* room : std::initializer_list<Room*>{&cache, &balancer}) {
        room->resize(940, 800);
        room->show();  // laid out: the views get their on-screen sizes
        QApplication::processEvents();
        room->playback()->seek(40);
        StepView* view = room->stepView();
        ASSERT_NE(view, nullptr);
        const QSize natural = view->naturalSize().toSize();
        ASSERT_GT(natural.width(), 400) << room->objectName().toStdString();
        ASSERT_LE(natural.width(), 640) << room->objectName().toStdString();
        const QImage whole = paintAt(*view, natural);
        const QSize half = natural / 2;
        const QImage shrunk = whole.scaled(half, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QImage direct = paintAt(*view, half);
        EXPECT_LT(meanDifference(shrunk, direct), 6.0) << room->objectName().toStdString();
        // A box as large as the drawing lays it out as it is.
        EXPECT_EQ(paintAt(*view, natural), whole);
    }
}

/// The lowest row with anything drawn on it, plus one: how tall the drawing came out.
int inkedHeight(const QImage& image) {
    const QRgb background = image.pixel(0, 0);
    for (int y = image.height() - 1; y >= 0; --y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background) return y + 1;
    return 0;
}

TEST(StepView, AWideShortDrawingInANarrowBoxIsLaidOutNarrowerAndComesOutLarger) {
    // The queue's timeline on a study sheet: scaled from the window's width it was a thin strip
    // in the top of its box with unreadable text. Laid out at the box's width (not below the
    // width its labels need), it fills more of the box.
    QueueRoom room;
    room.resize(1300, 800);
    room.show();
    QApplication::processEvents();
    room.playback()->seek(30);
    StepView* view = room.stepView();
    ASSERT_NE(view, nullptr);
    const QSizeF natural = view->naturalSize();
    ASSERT_GT(natural.width(), 900);
    const QSize box(480, 420);
    const double scaledHeight = natural.height() * box.width() / natural.width();
    const QImage drawn = paintAt(*view, box);
    EXPECT_GT(inkedHeight(drawn), 1.4 * scaledHeight) << inkedHeight(drawn) << " vs " << scaledHeight;
    EXPECT_LE(inkedHeight(drawn), box.height());
}

}  // namespace
}  // namespace stepwise::ui
