// Every room is usable on a 1366×768 screen (issue 8: the window's minimum width exceeded it, so
// the player, the Run button and the right column were off screen), and the status bar speaks
// only for the room on screen.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTreeWidget>
#include <algorithm>

#include "ui/app/MainWindow.h"
#include "ui/rooms/Room.h"

namespace stepwise::ui {
namespace {

/// The widgets asking for the most width, widest first: where to look when the window is too wide.
std::string widest(QWidget* root) {
    std::vector<std::pair<int, QString>> all;
    for (auto* w : root->findChildren<QWidget*>())
        if (!w->isWindow()) all.push_back({std::max(w->minimumSizeHint().width(), w->minimumWidth()),
                                           QString::fromLatin1(w->metaObject()->className()) + " " + w->objectName()});
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string out;
    for (std::size_t i = 0; i < all.size() && i < 12; ++i)
        out += "  " + std::to_string(all[i].first) + " " + all[i].second.toStdString() + "\n";
    return out;
}

TEST(SmallScreen, TheWindowsMinimumSizeFitsA1366By768Screen) {
    MainWindow window;
    window.show();
    // The sidebar and every room (a stacked widget asks for the largest of its pages).
    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    EXPECT_LE(least.width(), 1366) << widest(&window);
    EXPECT_LE(least.height(), 700) << "768 less a panel and the title bar\n" << widest(&window);
}

TEST(SmallScreen, TheStatusBarKeepsNoOtherRoomsMessage) {
    MainWindow window;
    window.show();
    auto* tree = window.findChild<QTreeWidget*>("catalogue");
    ASSERT_NE(tree, nullptr);
    auto rooms = window.findChildren<Room*>();
    ASSERT_GE(rooms.size(), 2);
    window.statusBar()->showMessage("the graph room says something");
    // Choose an item of another area in the sidebar: the old message goes.
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        auto* area = tree->topLevelItem(i);
        if (i == 0 || area->childCount() == 0) continue;
        tree->setCurrentItem(area->child(0));
        break;
    }
    EXPECT_NE(window.statusBar()->currentMessage(), QString("the graph room says something"));
}

TEST(SmallScreen, NoWrappedLabelIsCutShortOnA1366By768Screen) {
    // The window as it opens on the small screen (the gallery's shots): every room's wrapped
    // labels get the height their text needs at their width, so no line is cut through.
    MainWindow window;
    window.resize(1338, 690);
    window.show();
    auto* tree = window.findChild<QTreeWidget*>("catalogue");
    ASSERT_NE(tree, nullptr);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        auto* area = tree->topLevelItem(i);
        if (area->childCount() == 0) continue;
        tree->setCurrentItem(area->child(0));
        QApplication::processEvents();
        for (auto* label : window.findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty() || label->width() < 20) continue;
            if (label->maximumHeight() < QWIDGETSIZE_MAX) continue;  // capped on purpose (scrolls or elides)
            EXPECT_GE(label->height() + 1, label->heightForWidth(label->width()))
                << area->child(0)->text(0).toStdString() << ": " << label->objectName().toStdString() << " \""
                << label->text().left(60).toStdString() << "\"";
        }
    }
}

}  // namespace
}  // namespace stepwise::ui
