#pragma once
// How the graph drawing looks: colours derived from the widget palette (so light and dark themes both
// work), sizes and fonts. The scene owns one; its items read it when they paint.
#include <QColor>
#include <QFont>
#include <QPalette>

namespace stepwise::ui {

struct GraphStyle {
    bool dark = false;
    QColor background;       // canvas
    QColor text;             // names, outlines of done vertices
    QColor muted;            // unseen vertices, their labels
    QColor edge;             // an edge nobody looked at yet
    QColor labelBackground;  // behind weight and distance labels, so they stay readable over lines
    QColor accent;           // frontier vertices, tree / chosen / parent edges
    QColor accentFill;       // frontier vertex fill (a tint of the accent)
    QColor done;             // settled / finished vertices (solid fill)
    QColor doneText;         // text drawn on top of `done`
    QColor highlight;        // highlighted vertices (ring)
    QColor highlightFill;
    QColor back;             // DFS back edges
    QColor forward;          // DFS forward edges
    QColor cross;            // DFS cross edges
    QColor rejected;         // edges an MST rejected
    QColor cycle;            // edges on a found cycle
    QColor examined;         // edges looked at without effect
    QColor focus;            // glow behind the most recent change

    qreal radius = 16;         // vertex radius in scene units (layouts put neighbours ~100 apart)
    bool compact = false;      // large graph: small vertices, no weight labels
    bool showWeights = true;   // false for unweighted graphs (every weight 1) and compact drawings
    bool namesInside = true;   // short names go inside the circle; long ones below it

    QFont nameFont;    // a short name inside its circle
    QFont labelFont;   // a long name under its circle
    QFont detailFont;
    QFont weightFont;
    QFont badgeFont;

    GraphStyle();
    /// Recomputes every colour from `palette` (window/base, text, highlight) plus fixed accents chosen
    /// to read on both light and dark backgrounds.
    void applyPalette(const QPalette& palette);
    /// Every font in `family`, sizes and weights kept (the view's font: the bundled DejaVu while
    /// an export draws, the application's otherwise).
    void setFamily(const QString& family);
    /// The fill of a vertex in component `index` (SCC): hues far apart, cycling after eight.
    QColor component(int index) const;
};

/// a·(1−t) + b·t, per channel (alpha included).
QColor mixColours(const QColor& a, const QColor& b, qreal t);

}  // namespace stepwise::ui
