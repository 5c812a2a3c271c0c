#include "ui/views/common/StackedStepView.h"

#include <limits>

#include <QPainter>
#include <algorithm>

namespace stepwise::ui {

StackedStepView::StackedStepView(QList<StepView*> views, std::function<bool(int)> shown)
    : views_(std::move(views)), shown_(std::move(shown)) {}

QList<StepView*> StackedStepView::shownViews() const {
    QList<StepView*> out;
    for (int i = 0; i < views_.size(); ++i)
        if (views_[i] && (!shown_ || shown_(i)) && !views_[i]->naturalSize().isEmpty()) out << views_[i];
    return out;
}

QSizeF StackedStepView::naturalSize() const {
    return naturalSizeFor(std::numeric_limits<qreal>::max());
}

QSizeF StackedStepView::naturalSizeFor(qreal width) const {
    QSizeF size;
    const QList<StepView*> views = shownViews();
    for (StepView* v : views) {
        const QSizeF s = v->naturalSizeFor(width);
        size.setWidth(std::max(size.width(), s.width()));
        size.setHeight(size.height() + s.height());
    }
    if (views.size() > 1) size.setHeight(size.height() + gap * static_cast<qreal>(views.size() - 1));
    return size;
}

void StackedStepView::paint(QPainter& painter, const QRectF& target) {
    const QSizeF whole = naturalSizeFor(target.width());
    if (whole.isEmpty()) return;
    // One scale for all, as a single drawing of the natural size fitted into the target would have.
    const qreal k = std::min(target.width() / whole.width(), target.height() / whole.height());
    const qreal left = target.left() + (target.width() - whole.width() * k) / 2;
    qreal top = target.top() + (target.height() - whole.height() * k) / 2;
    for (StepView* v : shownViews()) {
        const QSizeF s = v->naturalSizeFor(target.width());
        v->paint(painter, QRectF(left, top, whole.width() * k, s.height() * k));
        top += (s.height() + gap) * k;
    }
}

}  // namespace stepwise::ui
