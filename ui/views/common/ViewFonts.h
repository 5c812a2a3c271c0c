#pragma once
// Fonts the painted views derive from the widget's font, never under 9 pt at 100 % zoom (issue 8:
// union-find ranks, segment-tree ranges and cache details were drawn at 7–8 px).
#include <QFont>
#include <algorithm>

namespace stepwise::ui {

inline constexpr double kSmallestPoints = 9.0;

/// `base` scaled by `scale`, but never below 9 pt (a pixel-sized font: 12 px, 9 pt at 96 dpi).
inline QFont scaledFont(const QFont& base, double scale) {
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(std::max(kSmallestPoints, base.pointSizeF() * scale));
    else
        f.setPixelSize(std::max(12, static_cast<int>(base.pixelSize() * scale + 0.5)));
    return f;
}

/// The size of `f` in points at 96 dpi (for tests).
inline double pointsOf(const QFont& f) {
    return f.pointSizeF() > 0 ? f.pointSizeF() : f.pixelSize() * 0.75;
}

}  // namespace stepwise::ui
