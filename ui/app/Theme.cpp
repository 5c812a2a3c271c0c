#include "ui/app/Theme.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include "ui/app/IndicatorStyle.h"

namespace stepwise::ui {

namespace {
Theme g_theme = Theme::Light;
Theme g_choice = Theme::Light;

/// A yes/no from the files and variables the desktops write, or nullopt when none says.
std::optional<bool> desktopSaysDark() {
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (!gtkTheme.isEmpty()) return gtkTheme.endsWith(":dark", Qt::CaseInsensitive);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString gtkFile = config + "/gtk-3.0/settings.ini";
    if (QFile::exists(gtkFile)) {
        QSettings gtk(gtkFile, QSettings::IniFormat);
        gtk.beginGroup("Settings");
        const QString prefer = gtk.value("gtk-application-prefer-dark-theme").toString().trimmed().toLower();
        if (prefer == "1" || prefer == "true") return true;
        if (gtk.value("gtk-theme-name").toString().contains("-dark", Qt::CaseInsensitive)) return true;
    }
    const QString kdeFile = config + "/kdeglobals";
    if (QFile::exists(kdeFile)) {
        QSettings kde(kdeFile, QSettings::IniFormat);
        const QStringList rgb = kde.value("Colors:Window/BackgroundNormal").toStringList();
        if (rgb.size() == 3) return isDarkColor(QColor(rgb[0].toInt(), rgb[1].toInt(), rgb[2].toInt()));
    }
    return std::nullopt;
}
}  // namespace

bool isDarkColor(const QColor& color) {
    return color.lightnessF() < 0.5;
}

bool systemPrefersDark() {
    // Read once: after applyTheme the application palette is ours, not the platform's.
    static const bool dark = [] {
        if (const auto said = desktopSaysDark()) return *said;
        return isDarkColor(QGuiApplication::palette().color(QPalette::Window));
    }();
    return dark;
}

QPalette lightPalette() {
    QPalette p;
    const QColor window(0xf4, 0xf5, 0xf7), base(0xff, 0xff, 0xff), text(0x1d, 0x21, 0x27);
    const QColor button(0xe9, 0xeb, 0xef), highlight(0x2f, 0x6f, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x67, 0x6d, 0x76));  // 4.5:1 on the base and the window
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe2, 0xe5, 0xea));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbd, 0xc6));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x90, 0x9a));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x55, 0x5c));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9f, 0xa8));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x23, 0x26, 0x2b), base(0x1a, 0x1c, 0x20), text(0xe4, 0xe6, 0xea);
    const QColor button(0x30, 0x34, 0x3a), highlight(0x4a, 0x8c, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x95, 0x9b, 0xa5));  // 4.5:1 on the base and the window
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2b, 0x2e, 0x34));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));  // white on it at 4.5:1
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x74, 0x7d));
    return p;
}

void applyTheme(Theme theme) {
    g_choice = theme;
    const bool systemDark = systemPrefersDark();  // first call reads the platform's palette, before ours
    if (theme == Theme::System) theme = systemDark ? Theme::Dark : Theme::Light;
    g_theme = theme;
    QApplication::setStyle(new IndicatorStyle);  // Fusion, with indicators that can be seen
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

Theme currentTheme() {
    return g_theme;
}

Theme chosenTheme() {
    return g_choice;
}

std::optional<Theme> themeFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == "light") return Theme::Light;
    if (n == "dark") return Theme::Dark;
    if (n == "system") return Theme::System;
    return std::nullopt;
}

QString themeName(Theme theme) {
    switch (theme) {
        case Theme::Dark:
            return "dark";
        case Theme::System:
            return "system";
        case Theme::Light:
            break;
    }
    return "light";
}

}  // namespace stepwise::ui
