#pragma once
// The frame around the rooms: the catalogue sidebar (areas → items), a stack of rooms, menus
// (File, View, Help) and the status bar. It owns no algorithm and no view logic; each room does.
#include <QList>
#include <QMainWindow>
#include <QStringList>

#include "ui/app/StartupOptions.h"
#include "ui/app/Theme.h"

class QActionGroup;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace stepwise::ui {

class GraphRoom;
class PracticeWindow;
class ProgressPage;
class Room;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a room: the catalogue items it shows join the sidebar, under their area, in catalogue order.
    void addRoom(Room* room);
    /// The room that shows the catalogue item `id`, or nullptr.
    Room* roomFor(const QString& id) const;
    Room* currentRoom() const;
    GraphRoom* graphRoom() const { return graphRoom_; }
    QTreeWidget* catalogue() const { return catalogue_; }

    /// Applies what the command line asked for (file, algorithm, endpoints, step, theme).
    void applyStartup(const StartupOptions& options);

    /// Opens the practice window (Practice → Practice session…) at its setup, with `topics`
    /// ticked when given; its "Show me" opens the question's item here at the question's step.
    PracticeWindow* openPractice(const QString& topics = {});
    PracticeWindow* practiceWindow() const { return practice_; }
    /// Opens (or raises) the Progress window, read again from the practice history.
    ProgressPage* openProgress();
    ProgressPage* progressPage() const { return progress_; }

    /// Switches the theme for the whole application and remembers it (unless `remember` is false).
    void setTheme(Theme theme, bool remember = true);

    /// Restores what the last run saved: geometry and layout, theme, speed, last item, recent files
    /// (call before show()). closeEvent() saves them.
    void restoreSettings();
    /// The recent-files list (newest first), as File → Open recent shows it.
    QStringList recentFiles() const;
    /// Opens a graph file in the graph room and puts it first in the recent files.
    void openRecentFile(const QString& path);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void showRoom(Room* room);
    void onCatalogueItem(QTreeWidgetItem* item);
    void selectInCatalogue(Room* room, const QString& id);
    /// The sidebar: the catalogue's areas and items, in catalogue order, each routed to its room.
    void buildSidebar();
    void openGraph();
    /// File → Export… and File → Export steps… (ui/export/ExportDialog.h), for whatever room is shown.
    void exportView();
    void exportSteps();
    void exportWith(int mode);
    void showAbout();
    void showShortcuts();
    void rebuildRecentMenu();
    void rememberFile(const QString& path);
    void saveSettings();

    QTreeWidget* catalogue_;
    QStackedWidget* rooms_;
    GraphRoom* graphRoom_;
    QList<Room*> roomList_;
    QActionGroup* themeGroup_ = nullptr;
    QAction* lightAction_ = nullptr;
    QAction* darkAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* systemAction_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QStringList recentFiles_;
    PracticeWindow* practice_ = nullptr;
    ProgressPage* progress_ = nullptr;
    QString practiceDb_;  // --db
};

}  // namespace stepwise::ui
