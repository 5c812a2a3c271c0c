#include "ui/charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QWidget>

#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

void styleChart(QChart* chart, const QWidget* widget) {
    const QPalette& p = widget->palette();
    const bool dark = isDarkPalette(widget);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(p.color(QPalette::Text));
    QFont title = widget->font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setFont(widget->font());
    const QColor grid = dark ? QColor(0x3a, 0x3e, 0x45) : QColor(0xe2, 0xe5, 0xea);
    const QColor line = dark ? QColor(0x5a, 0x60, 0x69) : QColor(0xb8, 0xbd, 0xc6);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::PlaceholderText));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
        QFont f = widget->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
}

QColor seriesColour(int i, bool dark) {
    static const QColor light[] = {QColor(0x2f, 0x6f, 0xd6), QColor(0xd9, 0x6c, 0x06),
                                   QColor(0x1f, 0x8a, 0x45), QColor(0x8e, 0x44, 0xad),
                                   QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0x8a, 0x8a)};
    static const QColor night[] = {QColor(0x6a, 0xa6, 0xff), QColor(0xff, 0xa0, 0x4a),
                                   QColor(0x4c, 0xc2, 0x75), QColor(0xc0, 0x8c, 0xe6),
                                   QColor(0xff, 0x7b, 0x72), QColor(0x4f, 0xc9, 0xc9)};
    const int n = static_cast<int>(std::size(light));
    const int k = ((i % n) + n) % n;
    return dark ? night[k] : light[k];
}

}  // namespace stepwise::ui
