// Every room is usable on a 1366×768 screen (issue 8: the window's minimum width exceeded it, so
// the player, the Run button and the right column were off screen), and the status bar speaks
// only for the room on screen.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QSplitter>
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

/// Lines `text` takes when its words are wrapped greedily at `width` pixels (a word wider than the
/// line gets a line of its own), measured with the test's own loop rather than Qt's layout.
int wrappedLines(const QFontMetrics& fm, const QString& text, int width) {
    int lines = 1;
    QString line;
    for (const QString& word : text.split(' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + ' ' + word;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
            ++lines;
            line = word;
        } else {
            line = longer;
        }
    }
    return lines;
}

TEST(SmallScreen, TheSidebarShowsEveryItemsWholeTitleAt1366By768) {
    // "Dijkstra's…test paths" and "Rate limi…n bucket)" were cut in the middle (issue 8): a title too
    // long for the sidebar's width goes onto more lines, each row as tall as its lines.
    MainWindow window;
    window.resize(1366, 740);
    window.show();
    auto* split = window.findChild<QSplitter*>("mainSplitter");
    ASSERT_NE(split, nullptr);
    split->setSizes({180, 1186});  // as narrow as the rooms leave it on that screen
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    auto* tree = window.findChild<QTreeWidget*>("catalogue");
    ASSERT_NE(tree, nullptr);
    const QFontMetrics fm(tree->font());
    int wrapped = 0;
    int bottom = 0;
    for (int a = 0; a < tree->topLevelItemCount(); ++a) {
        auto* area = tree->topLevelItem(a);
        for (int c = -1; c < area->childCount(); ++c) {
            auto* item = c < 0 ? area : area->child(c);
            const QRect rect = tree->visualItemRect(item);
            ASSERT_TRUE(rect.isValid()) << item->text(0).toStdString();
            const QFontMetrics itemFm(item->font(0));
            // Room for the text: the row's width less the style's small text margins.
            const int lines = wrappedLines(itemFm, item->text(0), rect.width() - 8);
            if (lines > 1) ++wrapped;
            EXPECT_GE(rect.height(), lines * itemFm.height()) << item->text(0).toStdString() << " needs " << lines
                                                            << " lines in " << rect.width() << " px";
            for (const QString& word : item->text(0).split(' '))
                EXPECT_LE(itemFm.horizontalAdvance(word), rect.width()) << word.toStdString();
            bottom = std::max(bottom, rect.bottom());
        }
    }
    EXPECT_GT(wrapped, 0) << "at 180 px some titles must take two lines; the test would check nothing";
    EXPECT_LE(bottom, tree->viewport()->height()) << "every item is visible without scrolling";
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
