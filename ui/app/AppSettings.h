#pragma once
// What the window remembers between runs, under one set of QSettings keys: the window's geometry
// and state, the theme choice (light, dark or follow the system), the playback speed, the last
// catalogue item and the recent files. Read at start, written when the window closes (the theme and
// recent files also when they change, so a crash does not lose them).
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

#include "ui/app/Theme.h"

namespace stepwise::ui {

struct AppSettings {
    QByteArray geometry;     // QMainWindow::saveGeometry()
    QByteArray windowState;  // QMainWindow::saveState()
    QByteArray splitter;     // the sidebar/room splitter's saveState()
    std::optional<Theme> theme;
    std::optional<double> speed;  // steps per second (PlaybackController::instant for instant)
    QString lastItem;             // catalogue id ("edit-distance")
    QStringList recentFiles;      // newest first

    /// Reads every key from the default QSettings (absent keys stay empty).
    static AppSettings load();
    /// Writes every field that is set.
    void save() const;

    static void saveTheme(Theme theme);
    static void saveRecentFiles(const QStringList& files);
};

}  // namespace stepwise::ui
