#include "ui/app/WrappingItemDelegate.h"

#include <QEvent>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace stepwise::ui {

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view) : QStyledItemDelegate(view), view_(view) {
    view_->setWordWrap(true);
    view_->setUniformRowHeights(false);
    view_->setTextElideMode(Qt::ElideNone);
    view_->viewport()->installEventFilter(this);
}

int WrappingItemDelegate::textWidth(const QModelIndex& index) const {
    int depth = 0;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent()) ++depth;
    if (view_->rootIsDecorated()) ++depth;
    // The style's text margin on both sides (QCommonStyle: the focus frame margin plus one).
    const int margin = view_->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view_) + 1;
    // The one column stretches over the viewport (the sidebar has no header and no second column).
    return std::max(40, view_->viewport()->width() - depth * view_->indentation() - 2 * margin);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QSize single = QStyledItemDelegate::sizeHint(option, index);
    const QRect wrapped =
        opt.fontMetrics.boundingRect(QRect(0, 0, textWidth(index), 100000), Qt::TextWordWrap, opt.text);
    const int extra = std::max(0, single.height() - opt.fontMetrics.height());  // the style's padding
    return {single.width(), std::max(single.height(), wrapped.height() + extra)};
}

bool WrappingItemDelegate::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize && view_->viewport()->width() != laidOutWidth_) {
        laidOutWidth_ = view_->viewport()->width();
        QTimer::singleShot(0, view_, [view = view_] { view->doItemsLayout(); });
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

}  // namespace stepwise::ui
