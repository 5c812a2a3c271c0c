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

    /// Lays the drawing out for target's size and paints it there; a target smaller than
    /// naturalSize() gets the natural layout scaled down to fit.
    void paint(QPainter& painter, const QRectF& target) override;
    /// The widget's width, and the height the drawing needs at that width (contentHeight) when that
    /// is less than the widget's: an export is not padded with the band a tall window leaves empty.
    QSizeF naturalSize() const override;
    /// Narrower than the widget, when the drawing knows its height at a width (contentHeight):
    /// laid out at the box's width, but not below 640, where labels would crowd.
    QSizeF naturalSizeFor(qreal width) const override;

  protected:
    /// Paints the whole drawing into (0, 0, size), in this widget's palette and font.
    virtual void paintContent(QPainter& painter, const QSizeF& size) = 0;
    /// How tall the drawing is at `width` when its height does not depend on the space it gets
    /// (0: it fills whatever height it is given).
    virtual qreal contentHeight(qreal width) const {
        (void)width;
        return 0;
    }
    void paintEvent(QPaintEvent* event) override;
};

}  // namespace stepwise::ui
