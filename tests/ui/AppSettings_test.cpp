// What the window remembers between runs: written by one window as a user leaves it, read back by
// a new one. Also the recent-files rules, the theme choice and the Help dialogs. Offscreen.
#include "ui/app/AppSettings.h"

#include <gtest/gtest.h>

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QTreeWidget>

#include "ui/app/AboutDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/app/RecentFiles.h"
#include "ui/app/ShortcutsDialog.h"
#include "ui/app/Theme.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/GraphRoom.h"
#include "ui/rooms/Room.h"
#include "TestPaths.h"

using namespace stepwise::ui;

namespace {

const QString kCity = STEPWISE_SOURCE_DIR "/resources/examples/city.graph";
const QString kLinks = STEPWISE_SOURCE_DIR "/resources/examples/links.graph";

/// Each test starts from empty settings and leaves the light theme behind.
struct CleanSettings {
    CleanSettings() { QSettings().clear(); }
    ~CleanSettings() {
        QSettings().clear();
        applyTheme(Theme::Light);
    }
};

/// Picks, in the sidebar, the second item of the second area (not what the window opens with).
void pickAnotherItem(MainWindow& w) {
    QTreeWidget* tree = w.catalogue();
    ASSERT_GE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem* area = tree->topLevelItem(1);
    ASSERT_GE(area->childCount(), 2);
    tree->setCurrentItem(area->child(1));
}

}  // namespace

TEST(AppSettings, AWindowRemembersThemeSpeedItemRecentFilesAndGeometry) {
    CleanSettings clean;
    QString item;
    double speed = 0;
    QSize size;
    {
        MainWindow first;
        first.restoreSettings();
        first.setTheme(Theme::Dark);
        first.openRecentFile(kLinks);
        first.openRecentFile(kCity);
        pickAnotherItem(first);
        Room* room = first.currentRoom();
        ASSERT_NE(room, first.graphRoom());
        item = room->currentItem();
        ASSERT_FALSE(item.isEmpty());
        ASSERT_NE(room->playback(), nullptr);
        speed = room->playback()->speed() == 8.0 ? 4.0 : 8.0;  // not the default, whatever it is
        room->playback()->setSpeed(speed);
        size = first.minimumSizeHint().expandedTo(QSize(1000, 700)) + QSize(31, 17);  // not a default
        first.resize(size);
        first.show();
        first.close();  // closeEvent saves
    }
    applyTheme(Theme::Light);  // the new window must bring the dark theme back itself

    MainWindow second;
    second.restoreSettings();
    EXPECT_EQ(chosenTheme(), Theme::Dark);
    EXPECT_EQ(currentTheme(), Theme::Dark);
    ASSERT_NE(second.currentRoom(), nullptr);
    EXPECT_EQ(second.currentRoom()->currentItem(), item);
    ASSERT_NE(second.currentRoom()->playback(), nullptr);
    EXPECT_EQ(second.currentRoom()->playback()->speed(), speed);
    EXPECT_EQ(second.recentFiles(),
              (QStringList{QFileInfo(kCity).absoluteFilePath(), QFileInfo(kLinks).absoluteFilePath()}));
    EXPECT_EQ(second.size(), size);
    // The sidebar shows the restored item as current.
    ASSERT_NE(second.catalogue()->currentItem(), nullptr);
    EXPECT_EQ(second.catalogue()->currentItem()->text(0),
              second.catalogue()->topLevelItem(1)->child(1)->text(0));
}

TEST(AppSettings, InstantSpeedAndTheSystemThemeSurviveTheRoundTrip) {
    CleanSettings clean;
    AppSettings s;
    s.theme = Theme::System;
    s.speed = PlaybackController::instant;
    s.lastItem = "edit-distance";
    s.save();
    const AppSettings back = AppSettings::load();
    EXPECT_EQ(back.theme, Theme::System);
    EXPECT_EQ(back.speed, PlaybackController::instant);
    EXPECT_EQ(back.lastItem, "edit-distance");
}

TEST(AppSettings, NothingSavedMeansTheDefaults) {
    CleanSettings clean;
    MainWindow w;
    w.restoreSettings();
    EXPECT_EQ(chosenTheme(), Theme::Light);
    EXPECT_EQ(w.currentRoom(), w.graphRoom());
    EXPECT_TRUE(w.recentFiles().isEmpty());
}

TEST(AppSettings, ARecentFileThatIsGoneIsDroppedNotOpened) {
    CleanSettings clean;
    MainWindow w;
    w.openRecentFile(kCity);
    w.openRecentFile("/nonexistent/gone.graph");
    EXPECT_EQ(w.recentFiles(), QStringList{QFileInfo(kCity).absoluteFilePath()});
}

TEST(RecentFiles, NewestFirstEachOnceAtMostTheLimit) {
    RecentFiles r({}, 3);
    r.add("/a");
    r.add("/b");
    r.add("/a");
    EXPECT_EQ(r.files(), (QStringList{"/a", "/b"}));
    r.add("/c");
    r.add("/d");
    EXPECT_EQ(r.files(), (QStringList{"/d", "/c", "/a"}));
    r.remove("/c");
    EXPECT_EQ(r.files(), (QStringList{"/d", "/a"}));
    EXPECT_EQ(RecentFiles({"/x", "/x", "/y"}).files(), (QStringList{"/x", "/y"}));
}

TEST(Theme, FollowingTheSystemPicksLightOrDarkAndRemembersTheChoice) {
    CleanSettings clean;
    EXPECT_EQ(themeFromName("System"), Theme::System);
    EXPECT_EQ(themeName(Theme::System), "system");
    applyTheme(Theme::System);
    EXPECT_EQ(chosenTheme(), Theme::System);
    EXPECT_EQ(currentTheme(), systemPrefersDark() ? Theme::Dark : Theme::Light);
    const QColor window = QApplication::palette().color(QPalette::Window);
    EXPECT_EQ(isDarkColor(window), systemPrefersDark());
    EXPECT_TRUE(isDarkColor(darkPalette().color(QPalette::Window)));
    EXPECT_FALSE(isDarkColor(lightPalette().color(QPalette::Window)));
}

TEST(ShortcutsDialog, ListsEveryShortcutOfTheWindowWithWhatItDoes) {
    MainWindow w;
    const auto entries = ShortcutsDialog::collect(&w);
    const auto has = [&](const QKeySequence& keys, const QString& what) {
        const QString text = keys.toString(QKeySequence::NativeText);
        return std::any_of(entries.begin(), entries.end(), [&](const ShortcutEntry& e) {
            return e.keys.split(", ").contains(text) && e.what == what;
        });
    };
    EXPECT_TRUE(has(QKeySequence::Open, "Open graph"));
    if (!QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()) {  // some platforms bind no Quit key
        EXPECT_TRUE(has(QKeySequence::Quit, "Quit"));
    }
    EXPECT_TRUE(has(QKeySequence::HelpContents, "Keyboard shortcuts"));
    EXPECT_TRUE(has(QKeySequence(Qt::Key_Space), "Play or pause"));
    EXPECT_TRUE(has(QKeySequence(Qt::Key_Home), "Jump to the start"));
    EXPECT_TRUE(has(QKeySequence(Qt::CTRL | Qt::Key_Return), "Run the edited graph"));
    // Every QShortcut says what it does, so the dialog never lists a bare key.
    for (const QShortcut* s : w.findChildren<QShortcut*>())
        EXPECT_FALSE(s->whatsThis().isEmpty())
            << s->key().toString().toStdString() << " under " << s->parent()->metaObject()->className();
    // Each key and meaning once, although every room has its own playback bar.
    for (qsizetype i = 0; i < entries.size(); ++i)
        for (qsizetype j = i + 1; j < entries.size(); ++j)
            EXPECT_FALSE(entries[i].keys == entries[j].keys && entries[i].what == entries[j].what)
                << entries[i].keys.toStdString();
}

TEST(AboutDialog, ShowsTheBuildVersionAndEachLibraryWithItsLicence) {
    const QString before = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion("9.8.7");
    const QString text = AboutDialog::aboutText();
    QCoreApplication::setApplicationVersion(before);
    EXPECT_TRUE(text.contains("Stepwise 9.8.7"));
    EXPECT_TRUE(text.contains(QString("Qt %1").arg(qVersion())));
    for (const char* licence : {"MIT", "LGPL-3.0", "GPL-3.0", "BSD-3-Clause"})
        EXPECT_TRUE(text.contains(licence)) << licence;
    EXPECT_TRUE(text.contains("nlohmann/json"));
}

TEST(MainWindowMenus, HelpHasKeyboardShortcutsAndAboutAndFileHasOpenRecent) {
    MainWindow w;
    QStringList titles;
    for (QAction* a : w.menuBar()->actions())
        if (a->menu())
            for (QAction* entry : a->menu()->actions()) titles << entry->text().remove('&');
    EXPECT_TRUE(titles.contains("Keyboard shortcuts"));
    EXPECT_TRUE(titles.contains("About Stepwise"));
    EXPECT_TRUE(titles.contains("Open recent"));
    EXPECT_TRUE(titles.contains("Theme of the system"));
}

TEST(Accessibility, EveryCustomWidgetThatDrawsItsContentHasAnAccessibleName) {
    MainWindow w;
    w.show();
    for (const QWidget* widget : w.findChildren<QWidget*>()) {
        const QString cls = widget->metaObject()->className();
        if (!cls.startsWith("stepwise::ui::")) continue;
        // Our own widgets that draw what they show (views, charts, widgets without child widgets): a
        // screen reader cannot guess it. Containers are announced by the named widgets inside them;
        // the playback bar is named as a whole too.
        const bool draws = qobject_cast<const QAbstractScrollArea*>(widget) ||
                           widget->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly).isEmpty();
        if (!draws && widget->objectName() != "playbackBar") continue;
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << cls.toStdString() << " " << widget->objectName().toStdString();
    }
}
