#pragma once
// Qt Charts in the application's palette: background, axes, grid and legend follow the light or dark
// theme, and two fixed series colours that the slot views reuse as swatches.
#include <QColor>

QT_BEGIN_NAMESPACE
class QChart;
class QWidget;
QT_END_NAMESPACE

namespace stepwise::ui {

/// Colours the chart after `widget`'s palette (call again on a palette change).
void styleChart(QChart* chart, const QWidget* widget);
/// The colour of series i (0: first policy, 1: second; more cycle through a palette).
QColor seriesColour(int i, bool dark);

}  // namespace stepwise::ui
