#pragma once
// A view drawn by hand (cache slots, backends, the hash ring): it lays itself out for whatever size
// it is asked to paint at, so the same code paints the screen and an export of any size.
#include <QWidget>

#include "ui/views/common/StepView.h"

namespace stepwise::ui {

class PaintedView : public QWidget, public StepView {
    Q_OBJECT
  public:
    using QWidget::QWidget;

    /// Lays the drawing out for target's size and paints it there.
    void paint(QPainter& painter, const QRectF& target) override;
    QSizeF naturalSize() const override { return size(); }

  protected:
    /// Paints the whole drawing into (0, 0, size), in this widget's palette and font.
    virtual void paintContent(QPainter& painter, const QSizeF& size) = 0;
    void paintEvent(QPaintEvent* event) override;
};

}  // namespace stepwise::ui
