#pragma once
// The small bold caption each panel starts with, so every panel reads the same way.
#include <QString>

#include <QLabel>

namespace stepwise::ui {

QLabel* makePanelTitle(const QString& text, QWidget* parent);
/// True when the widget's palette is a dark one (window colour darker than mid-grey).
bool isDarkPalette(const QWidget* widget);

}  // namespace stepwise::ui
