#pragma once
// ui/views/resilience/PolicyView.h: the retry, rate-limiter and bulkhead items at one step (the
// resilience room's policy page). This first version paints the step's level as a bar beside the
// largest level of the run, with the step's sentence; the policy views replace the drawing.
#include "ui/views/common/PaintedView.h"

namespace stepwise::resilience {
class PolicyItemRun;
}

namespace stepwise::ui {

class PolicyView : public PaintedView {
    Q_OBJECT
  public:
    explicit PolicyView(QWidget* parent = nullptr);
    /// The run to draw (nullptr: nothing); not owned. Call showStep() after it moved.
    void setRun(const resilience::PolicyItemRun* run);
    void showStep();

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;

  private:
    const resilience::PolicyItemRun* run_ = nullptr;
};

}  // namespace stepwise::ui
