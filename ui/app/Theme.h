#pragma once
// Light and dark looks: the Fusion style with our own palettes. "Follow the system" picks one of the
// two at start: Qt 6.4 has no colour-scheme hint, so systemPrefersDark() reads what the desktop says.
#include <QPalette>
#include <QString>
#include <optional>

namespace stepwise::ui {

enum class Theme { Light, Dark, System };

QPalette lightPalette();
QPalette darkPalette();

/// Sets the Fusion style (IndicatorStyle) and the theme's palette on the whole application (System: the light
/// or the dark palette, as systemPrefersDark() says).
void applyTheme(Theme theme);
/// The palette applyTheme last set: Light or Dark, never System (Light before any call).
Theme currentTheme();
/// What applyTheme was last asked for, System included.
Theme chosenTheme();

/// Whether the desktop asks for dark colours. Qt 6.4 cannot tell, so in this order: GTK_THEME ending
/// in ":dark"; gtk-application-prefer-dark-theme or a "-dark" theme name in GTK 3's settings.ini;
/// KDE's window colour in kdeglobals; the platform theme's own window colour. Each is a dark window
/// colour or an explicit flag; the result is read once, before our palette replaces the platform's.
bool systemPrefersDark();
/// The rule used for colours: lightness below one half.
bool isDarkColor(const QColor& color);

/// "light" / "dark" / "system" (any case) → Theme; anything else → nullopt.
std::optional<Theme> themeFromName(const QString& name);
QString themeName(Theme theme);

}  // namespace stepwise::ui
