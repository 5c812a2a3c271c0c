#pragma once
// Media-transport icons drawn in a given colour, so they stay visible on light and dark palettes
// (the style's standard media icons are black).
#include <QColor>
#include <QIcon>

namespace stepwise::ui {

enum class TransportIcon { ToStart, StepBack, Play, Pause, StepForward, ToEnd };

QIcon transportIcon(TransportIcon kind, const QColor& color, const QColor& disabledColor);

}  // namespace stepwise::ui
