#pragma once
// The contract every view keeps: it can paint what it shows (the run's current step) onto any
// QPainter at any size. Export, study sheets and GIFs use it; no view needs to be on screen for it.
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace stepwise::ui {

class StepView {
  public:
    virtual ~StepView() = default;

    /// Paints the current drawing into `target` (in the painter's coordinates), fitted to it.
    virtual void paint(QPainter& painter, const QRectF& target) = 0;
    /// The size the drawing looks best at (a caller keeps its aspect ratio, or chooses another).
    virtual QSizeF naturalSize() const = 0;
    /// The size the drawing is laid out at for a box `width` wide: naturalSize(), or for a drawing
    /// that can be laid out narrower, a narrower one (then scaled into the box).
    virtual QSizeF naturalSizeFor(qreal width) const {
        (void)width;
        return naturalSize();
    }
};

}  // namespace stepwise::ui
