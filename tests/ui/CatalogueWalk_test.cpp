// Every catalogue item, as a user meets it in the window: opened by its catalogue id, it shows its
// example; stepping to the end and back to 0 gives back the drawing and the words of step 0, and
// every step lights a pseudo-code line and says a sentence. Runs under the offscreen platform.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "core/catalogue/Catalogue.h"
#include "core/run/Run.h"
#include "ui/app/MainWindow.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/Room.h"
#include "ui/views/common/StepView.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

/// The room's drawing at its current step, painted at a fixed size.
QImage drawing(Room& room) {
    QImage image(640, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    if (StepView* view = room.stepView()) {
        QPainter painter(&image);
        view->paint(painter, QRectF(0, 0, 640, 400));
    }
    return image;
}

/// The visible panel of this kind inside the room (rooms may keep hidden spares).
template <class Panel>
Panel* panelOf(Room& room) {
    for (Panel* panel : room.findChildren<Panel*>())
        if (panel->isVisibleTo(&room)) return panel;
    return room.findChild<Panel*>();
}

TEST(CatalogueWalkUi, EveryItemOpensByItsIdAndStepsToTheEndAndBack) {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    for (const auto& item : catalogue::catalogue()) {
        const QString id = QString::fromStdString(item.id);
        SCOPED_TRACE(item.id);
        Room* room = window.roomFor(id);
        ASSERT_NE(room, nullptr) << "no room shows " << item.id;
        room->selectItem(id);
        EXPECT_EQ(room->currentItem(), id);
        PlaybackController* playback = room->playback();
        ASSERT_NE(playback, nullptr);
        playback->seek(0);
        const std::size_t steps = playback->stepCount();
        EXPECT_GT(steps, 0u) << "the example shows nothing to step through";
        // It shows the item's own example: the run `stepwise-cli run ID` makes, step for step.
        const auto core = item.start(item.presetOptions());
        EXPECT_EQ(steps, core->stepCount());

        auto* code = panelOf<PseudocodePanel>(*room);
        auto* words = panelOf<ExplanationPanel>(*room);
        ASSERT_NE(code, nullptr);
        ASSERT_NE(words, nullptr);
        EXPECT_GT(code->lineCount(), 0);
        const QImage start = drawing(*room);
        const QString startWords = words->sentence();
        EXPECT_EQ(startWords.toStdString(), core->sentence());

        for (std::size_t k = 1; k <= steps; ++k) {
            playback->seek(k);
            ASSERT_EQ(playback->step(), k);
            EXPECT_GE(code->currentLine(), 0) << "step " << k << " lights no line";
            EXPECT_LT(code->currentLine(), code->lineCount()) << "step " << k;
            EXPECT_FALSE(words->sentence().isEmpty()) << "step " << k << " says nothing";
        }
        for (std::size_t k = steps; k > 0; --k) playback->seek(k - 1);
        ASSERT_EQ(playback->step(), 0u);
        EXPECT_EQ(words->sentence(), startWords);
        EXPECT_TRUE(drawing(*room) == start) << "step 0 looks different after the round trip";
    }
}

}  // namespace
