#pragma once
// Several views exported as one drawing, one above the other: a compared cache run draws every
// cache (each policy's slots), not only the first. Views a predicate hides (the second cache of a
// run with one policy) are left out.
#include <QList>
#include <functional>

#include "ui/views/common/StepView.h"

namespace stepwise::ui {

class StackedStepView : public StepView {
  public:
    /// `shown(i)` says whether view i takes part now (all do when it is empty).
    explicit StackedStepView(QList<StepView*> views, std::function<bool(int)> shown = {});

    /// The views taking part now, top to bottom.
    QList<StepView*> shownViews() const;

    /// Each view in its own band of `target`, as tall as its share of the natural height.
    void paint(QPainter& painter, const QRectF& target) override;
    /// The widest view's width; the heights added, with a gap between bands.
    QSizeF naturalSize() const override;
    /// As naturalSize(), with every view laid out for a box `width` wide.
    QSizeF naturalSizeFor(qreal width) const override;

    static constexpr qreal gap = 12;

  private:
    QList<StepView*> views_;
    std::function<bool(int)> shown_;
};

}  // namespace stepwise::ui
