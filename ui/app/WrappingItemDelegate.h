#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace stepwise::ui {

/// Gives each row of a tree the height its text needs when word-wrapped to the column's width, so a
/// long title takes two lines instead of being cut. QTreeView's own word wrap sizes rows before the
/// column has its width and keeps them when it changes; this delegate measures against the view's
/// current width and relays the rows out when the view is resized.
class WrappingItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The width the text of `index` is wrapped to: the column minus indentation and margins.
    int textWidth(const QModelIndex& index) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeView* view_;
    int laidOutWidth_ = -1;
};

}  // namespace stepwise::ui
