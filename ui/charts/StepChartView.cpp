#include "ui/charts/StepChartView.h"

#include <QGraphicsScene>
#include <QPainter>

namespace stepwise::ui {

void StepChartView::paint(QPainter& painter, const QRectF& target) {
    if (!chart() || !scene()) return;
    // The chart lays itself out for its own size; an export at another size scales that layout.
    scene()->render(&painter, target, chart()->geometry(), Qt::KeepAspectRatio);
}

QSizeF StepChartView::naturalSize() const {
    return chart() ? chart()->size() : QSizeF();
}

}  // namespace stepwise::ui
