#include "ui/app/AppSettings.h"

#include <QSettings>
#include <cmath>
#include <limits>

namespace stepwise::ui {

namespace {
// The keys, in one place. "ui/theme" and "ui/geometry" are the names earlier versions wrote.
constexpr auto kGeometry = "ui/geometry";
constexpr auto kWindowState = "ui/windowState";
constexpr auto kSplitter = "ui/splitter";
constexpr auto kTheme = "ui/theme";
constexpr auto kSpeed = "playback/speed";
constexpr auto kLastItem = "catalogue/lastItem";
constexpr auto kRecentFiles = "files/recent";
}  // namespace

AppSettings AppSettings::load() {
    QSettings s;
    AppSettings a;
    a.geometry = s.value(kGeometry).toByteArray();
    a.windowState = s.value(kWindowState).toByteArray();
    a.splitter = s.value(kSplitter).toByteArray();
    if (s.contains(kTheme)) a.theme = themeFromName(s.value(kTheme).toString());
    const QString speed = s.value(kSpeed).toString();
    bool ok = false;
    const double stepsPerSecond = speed.toDouble(&ok);
    if (speed == "instant")
        a.speed = std::numeric_limits<double>::infinity();
    else if (ok && stepsPerSecond > 0)
        a.speed = stepsPerSecond;
    a.lastItem = s.value(kLastItem).toString();
    a.recentFiles = s.value(kRecentFiles).toStringList();
    return a;
}

void AppSettings::save() const {
    QSettings s;
    if (!geometry.isEmpty()) s.setValue(kGeometry, geometry);
    if (!windowState.isEmpty()) s.setValue(kWindowState, windowState);
    if (!splitter.isEmpty()) s.setValue(kSplitter, splitter);
    if (theme) s.setValue(kTheme, themeName(*theme));
    // Written as text: "instant" rather than an infinity that not every QSettings backend keeps.
    if (speed) s.setValue(kSpeed, std::isinf(*speed) ? QString("instant") : QString::number(*speed));
    if (!lastItem.isEmpty()) s.setValue(kLastItem, lastItem);
    s.setValue(kRecentFiles, recentFiles);
}

void AppSettings::saveTheme(Theme theme) {
    QSettings().setValue(kTheme, themeName(theme));
}

void AppSettings::saveRecentFiles(const QStringList& files) {
    QSettings().setValue(kRecentFiles, files);
}

}  // namespace stepwise::ui
