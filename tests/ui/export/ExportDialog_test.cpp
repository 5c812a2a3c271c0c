// File → Export view… and Export steps…: the dialog offers what the item has, a group picks its
// steps, and the request it makes is what the export service gets.
#include "ui/export/ExportDialog.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

#include "core/common/Ordinal.h"
#include "core/run/Run.h"
#include "ui/app/MainWindow.h"
#include "ui/app/StartupOptions.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/Room.h"

namespace stepwise::ui {
namespace {

Room* openItem(MainWindow& window, const QString& id) {
    StartupOptions open;
    open.open = id;
    window.applyStartup(open);
    return window.roomFor(id);
}

QStringList formatsIn(const ExportDialog& d) {
    QStringList names;
    for (int i = 0; i < d.formatBox()->count(); ++i)
        names << formatName(static_cast<ExportFormat>(d.formatBox()->itemData(i).toInt()));
    return names;
}

TEST(ExportDialog, TheFileMenuHasBothExports) {
    MainWindow window;
    QStringList texts;
    for (QAction* a : window.menuBar()->actions().front()->menu()->actions()) texts << a->text();
    EXPECT_TRUE(texts.contains("&Export view…")) << texts.join('|').toStdString();
    EXPECT_TRUE(texts.contains("Export &steps…")) << texts.join('|').toStdString();
}

TEST(ExportDialog, ViewModeOffersTheItemsFormatsAtTheCurrentStep) {
    MainWindow window;
    Room* graph = openItem(window, "dijkstra");
    graph->playback()->seek(5);
    ExportDialog d(*graph, ExportDialog::Mode::View);
    EXPECT_EQ(formatsIn(d), (QStringList{"png", "svg", "pdf", "dot"}));
    EXPECT_EQ(d.request().range.last, 5u);
    EXPECT_EQ(d.suggestedFileName(), "stepwise-dijkstra-step-5.png");
    Room* dp = openItem(window, "lcs");
    ExportDialog table(*dp, ExportDialog::Mode::View);
    EXPECT_EQ(formatsIn(table), (QStringList{"png", "svg", "pdf", "csv", "md"}));
}

TEST(ExportDialog, StepsModePicksAGroupsStepsAndSamples) {
    MainWindow window;
    Room* room = openItem(window, "heap");
    ASSERT_NE(room, nullptr);
    const run::Run* run = room->currentRun();
    ASSERT_GE(run->groups().size(), 2u);
    ExportDialog d(*room, ExportDialog::Mode::Steps);
    EXPECT_EQ(formatsIn(d), (QStringList{"pdf", "gif"}));
    StepExport all = d.request();
    EXPECT_TRUE(all.sheet);
    EXPECT_EQ(all.range.first, 0u);
    EXPECT_EQ(all.range.last, run->stepCount());
    ASSERT_EQ(d.groupBox()->count(), static_cast<int>(run->groups().size()) + 1);
    d.groupBox()->setCurrentIndex(2);  // the second group
    const auto& g = run->groups()[1];
    EXPECT_EQ(d.request().range.first, g.first);
    EXPECT_EQ(d.request().range.last, g.last);
    d.everyBox()->setValue(2);
    d.formatBox()->setCurrentIndex(1);
    const StepExport gif = d.request();
    EXPECT_EQ(gif.format, ExportFormat::Gif);
    EXPECT_FALSE(gif.sheet);
    EXPECT_EQ(gif.range.every, 2u);
}

TEST(ExportDialog, ARangeOverTheLimitWaitsForASamplingThatFits) {
    MainWindow window;
    Room* room = openItem(window, "cache");
    ASSERT_NE(room, nullptr);
    const std::size_t steps = room->currentRun()->stepCount();
    ASSERT_GT(steps, maxSheetPages);  // the cache example is longer than a study sheet holds
    ExportDialog d(*room, ExportDialog::Mode::Steps);
    ASSERT_EQ(formatName(d.request().format), "pdf");
    EXPECT_FALSE(d.okButton()->isEnabled());
    // The smallest stride that fits, worked out here: drawings of 0, k, 2k, ... and the last.
    auto drawn = [&](std::size_t k) {
        std::size_t n = 0;
        for (std::size_t s = 0; s <= steps; s += k) ++n;
        return n + (steps % k != 0);
    };
    std::size_t k = 1;
    while (drawn(k) > maxSheetPages) ++k;
    EXPECT_TRUE(d.countLabel()->text().contains(QStringLiteral("Set Every to %1").arg(k))) << d.countLabel()->text().toStdString();
    d.everyBox()->setValue(static_cast<int>(k));
    EXPECT_TRUE(d.okButton()->isEnabled());
    EXPECT_EQ(d.countLabel()->text(), QStringLiteral("%1 pages and the title page").arg(drawn(k)));
    d.formatBox()->setCurrentIndex(1);  // a GIF holds fewer
    ASSERT_EQ(formatName(d.request().format), "gif");
    EXPECT_EQ(d.okButton()->isEnabled(), drawn(k) <= maxGifFrames);
    // A range that fits needs no sampling.
    d.everyBox()->setValue(1);
    d.lastBox()->setValue(40);
    EXPECT_TRUE(d.okButton()->isEnabled());
    EXPECT_EQ(d.countLabel()->text(), "41 frames");
    // The export service's own refusal names the sampling that fits, in words.
    StepExport all;
    all.format = ExportFormat::Pdf;
    all.sheet = true;
    all.range = {0, steps, 1};
    QString error;
    QTemporaryDir dir;
    const QString file = dir.filePath("sheet.pdf");
    EXPECT_FALSE(exportRoom(*room, all, file, &error));
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(error.contains(QStringLiteral("every %1 step fits").arg(QString::fromStdString(ordinal(k))))) << error.toStdString();
}

}  // namespace
}  // namespace stepwise::ui
