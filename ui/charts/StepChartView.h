#pragma once
// A Qt chart that keeps the view contract: it paints its chart onto any QPainter at any size.
#include <QChartView>

#include "ui/views/common/StepView.h"

namespace stepwise::ui {

class StepChartView : public QChartView, public StepView {
    Q_OBJECT
  public:
    using QChartView::QChartView;

    void paint(QPainter& painter, const QRectF& target) override;
    QSizeF naturalSize() const override;
};

}  // namespace stepwise::ui
