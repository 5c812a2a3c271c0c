#include "ui/views/dp/DpCellDelegate.h"

#include <QPainter>
#include <QPainterPath>

#include "core/dp/DpState.h"
#include "ui/models/DpTableModel.h"

namespace stepwise::ui {

DpCellColours DpCellColours::forPalette(const QPalette& palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    DpCellColours c;
    c.text = palette.color(QPalette::Text);
    c.muted = palette.color(QPalette::PlaceholderText);
    c.grid = dark ? QColor(0x6e, 0x75, 0x80) : QColor(0x85, 0x8b, 0x95);
    if (dark) {
        c.currentFill = QColor(0x5c, 0x48, 0x14);
        c.currentLine = QColor(0xff, 0xa9, 0x4d);
        c.dependencyFill = QColor(0x1b, 0x33, 0x4d);
        c.dependencyLine = QColor(0x74, 0xc0, 0xfc);
        c.pathFill = QColor(0x1d, 0x3d, 0x27);
        c.pathLine = QColor(0x69, 0xdb, 0x7c);
    } else {
        c.currentFill = QColor(0xff, 0xec, 0x99);
        c.currentLine = QColor(0xd9, 0x48, 0x0f);
        c.dependencyFill = QColor(0xdb, 0xed, 0xff);
        c.dependencyLine = QColor(0x18, 0x64, 0xab);
        c.pathFill = QColor(0xd3, 0xf9, 0xd8);
        c.pathLine = QColor(0x2b, 0x8a, 0x3e);
    }
    return c;
}

void DpCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const auto mark = static_cast<dp::CellMark>(index.data(DpTableModel::MarkRole).toInt());
    const bool current = index.data(DpTableModel::CurrentRole).toBool();
    const bool dependency = index.data(DpTableModel::DependencyRole).toBool();
    const bool path = mark == dp::CellMark::Path;
    const DpCellColours colours = DpCellColours::forPalette(option.palette);
    const QRectF r = QRectF(option.rect).adjusted(0, 0, -1, -1);  // keep clear of the grid line

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (current) painter->fillRect(r, colours.currentFill);
    else if (dependency) painter->fillRect(r, colours.dependencyFill);
    else if (path) painter->fillRect(r, colours.pathFill);

    // Line widths grow a little with the zoom but stay lines: a thick frame must not swallow the cell.
    const qreal unit = std::clamp<qreal>(std::min(r.width(), r.height()) / 26.0, 0.8, 1.4);
    if (path) {
        // A ring around the number, as one circles the answer on paper.
        const qreal radius = std::min(r.width(), r.height()) * 0.42;
        painter->setPen(QPen(colours.pathLine, 1.5 * unit));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r.center(), radius * std::max<qreal>(1.0, r.width() / r.height() * 0.8), radius);
    }
    if (dependency) {
        QPen pen(colours.dependencyLine, 1.5 * unit, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(unit, unit, -unit, -unit));
        const QString arrow = index.data(DpTableModel::ArrowRole).toString();
        if (!arrow.isEmpty()) {
            QFont small = option.font;
            small.setPointSizeF(option.font.pointSizeF() * 0.7);
            small.setBold(true);
            painter->setFont(small);
            painter->setPen(colours.dependencyLine);
            painter->drawText(r.adjusted(2 * unit, unit, -2 * unit, -unit), Qt::AlignRight | Qt::AlignTop, arrow);
        }
    }
    if (current) {
        const qreal width = 2.5 * unit;
        painter->setPen(QPen(colours.currentLine, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(width / 2 + 0.5, width / 2 + 0.5, -width / 2, -width / 2));
    }

    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        QFont font = option.font;
        font.setBold(current || path);
        painter->setFont(font);
        painter->setPen(colours.text);
        painter->drawText(r, Qt::AlignCenter, text);
    }
    painter->restore();
}

QSize DpCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    // Uniform sections: the view sets the size; this only matters for sizeHintForRow/Column.
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(index.data().toString()) + metrics.height(), metrics.height() * 2};
}

}  // namespace stepwise::ui
