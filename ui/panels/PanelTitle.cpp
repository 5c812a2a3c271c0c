#include "ui/panels/PanelTitle.h"

#include <QLabel>

namespace stepwise::ui {

QLabel* makePanelTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(2, 4, 2, 2);
    return label;
}

bool isDarkPalette(const QWidget* widget) { return widget->palette().color(QPalette::Window).lightness() < 128; }

}  // namespace stepwise::ui
