#pragma once
// A retry, rate-limiter or bulkhead run at one step: a timeline over virtual time of every step so
// far (a mark per attempt, request or call, waits as bars, the current step ringed) and the state
// now (the retry's attempt ladder, the token bucket, the bulkhead's slots and waiting callers).
// What it draws comes from policyPicture() (PolicyPicture.h).
#include <QRectF>
#include <vector>

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

    /// The bulkhead's busy slots as the last paint drew them: each box and its widest line of text.
    struct PaintedSlot {
        QRectF box;
        double textWidth = 0;
    };
    const std::vector<PaintedSlot>& paintedSlots() const { return paintedSlots_; }

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;
    qreal contentHeight(qreal width) const override;

  private:
    const resilience::PolicyItemRun* run_ = nullptr;
    std::vector<PaintedSlot> paintedSlots_;
};

}  // namespace stepwise::ui
