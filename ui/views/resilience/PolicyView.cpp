#include "ui/views/resilience/PolicyView.h"

#include <QPainter>
#include <algorithm>

#include "core/resilience/PolicyItemRun.h"

namespace stepwise::ui {

PolicyView::PolicyView(QWidget* parent) : PaintedView(parent) {
    setObjectName("policyView");
    setAccessibleName(tr("Resilience policy: the current level and sentence"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PolicyView::setRun(const resilience::PolicyItemRun* run) {
    run_ = run;
    update();
}

void PolicyView::showStep() { update(); }

void PolicyView::paintContent(QPainter& p, const QSizeF& size) {
    p.fillRect(QRectF(QPointF(), size), palette().color(QPalette::Base));
    if (!run_) return;
    const QColor text = palette().color(QPalette::Text);
    const QFontMetricsF fm(p.font());
    const double margin = 16;
    std::int64_t most = 1;
    for (const auto& s : run_->state().steps()) most = std::max(most, s.level);
    const auto* step = run_->current();
    const std::int64_t level = step ? step->level : 0;
    const double width = std::max(40.0, size.width() - 2 * margin);
    const QRectF bar(margin, margin + fm.height() + 6, width, std::max(24.0, fm.height() * 1.6));
    p.setPen(text);
    p.drawText(QPointF(margin, margin + fm.ascent()), tr("Level %1 (largest in this run: %2)").arg(level).arg(most));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawRect(QRectF(bar.topLeft(), QSizeF(bar.width() * static_cast<double>(level) / static_cast<double>(most), bar.height())));
    p.setPen(text);
    const QRectF words(margin, bar.bottom() + 12, width, size.height() - bar.bottom() - 12 - margin);
    p.drawText(words, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               QString::fromStdString(step ? step->sentence : run_->sentence()));
}

}  // namespace stepwise::ui
