// File → Export view… and Export steps…: the dialog offers what the item has, a group picks its
// steps, and the request it makes is what the export service gets.
#include "ui/export/ExportDialog.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QSpinBox>

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

}  // namespace
}  // namespace stepwise::ui
