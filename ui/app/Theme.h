#pragma once
// Light and dark looks: the Fusion style with our own palettes (Qt 6.4 has no colour-scheme hint).
#include <QPalette>
#include <QString>
#include <optional>

namespace stepwise::ui {

enum class Theme { Light, Dark };

QPalette lightPalette();
QPalette darkPalette();

/// Sets the Fusion style and the theme's palette on the whole application.
void applyTheme(Theme theme);
/// The theme applyTheme last set (Light before any call).
Theme currentTheme();

/// "light" / "dark" (any case) → Theme; anything else → nullopt.
std::optional<Theme> themeFromName(const QString& name);
QString themeName(Theme theme);

}  // namespace stepwise::ui
