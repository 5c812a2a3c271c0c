#include "ui/views/common/Motion.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace stepwise::ui {

namespace {

bool desktopSaysNoAnimations() {
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString gtkFile = config + "/gtk-3.0/settings.ini";
    if (QFile::exists(gtkFile)) {
        QSettings gtk(gtkFile, QSettings::IniFormat);
        const QString v = gtk.value("Settings/gtk-enable-animations").toString().trimmed().toLower();
        if (v == "0" || v == "false") return true;
    }
    const QString kdeFile = config + "/kdeglobals";
    if (QFile::exists(kdeFile)) {
        QSettings kde(kdeFile, QSettings::IniFormat);
        bool ok = false;
        const double factor = kde.value("KDE/AnimationDurationFactor").toString().toDouble(&ok);
        if (ok && factor == 0) return true;
    }
    return false;
}

}  // namespace

bool reducedMotion() {
    // The variable each time (a test or a session can set it); the desktop's files once.
    const QString env = qEnvironmentVariable("STEPWISE_REDUCED_MOTION").trimmed().toLower();
    if (env == "1" || env == "true") return true;
    if (env == "0" || env == "false") return false;
    static const bool desktop = desktopSaysNoAnimations();
    return desktop;
}

}  // namespace stepwise::ui
