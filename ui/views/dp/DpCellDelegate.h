#pragma once
// Paints one DP cell from the model's roles, so each kind is told apart by shape as well as colour:
// filled cells plain; the current cell with a thick outline and bold; cells it reads from with a
// dashed outline and a small arrow towards it; traceback cells bold inside a ring; empty cells blank.
#include <QColor>
#include <QStyledItemDelegate>

namespace stepwise::ui {

/// The DP table's colours for a light or dark palette.
struct DpCellColours {
    QColor text, muted, currentFill, currentLine, dependencyFill, dependencyLine, pathFill, pathLine;
    QColor grid;  // the table's lines: 3:1 against the base
    static DpCellColours forPalette(const QPalette& palette);
};

class DpCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace stepwise::ui
