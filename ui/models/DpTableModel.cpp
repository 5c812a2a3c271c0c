#include "ui/models/DpTableModel.h"

#include <algorithm>

#include "core/dp/DpProblem.h"

namespace stepwise::ui {

using dp::CellId;
using dp::CellMark;

DpTableModel::DpTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DpTableModel::setTable(const dp::DpState* state, const QStringList& rowLabels, const QStringList& colLabels,
                            const QString& widest) {
    beginResetModel();
    state_ = state;
    rowLabels_ = rowLabels;
    colLabels_ = colLabels;
    current_.reset();
    dependencies_.clear();
    widest_ = widest.isEmpty() ? QString("0") : widest;
    endResetModel();
}

void DpTableModel::setFocus(std::optional<CellId> current, std::vector<CellId> dependencies) {
    if (!state_ || state_->rows == 0 || state_->cols == 0) return;
    const CellId cells = state_->rows * state_->cols;
    current_ = current && *current < cells ? current : std::nullopt;
    std::erase_if(dependencies, [cells](CellId c) { return c >= cells; });
    std::sort(dependencies.begin(), dependencies.end());
    dependencies_ = std::move(dependencies);
    // One coarse signal per step; the view repaints only what is visible.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QModelIndex DpTableModel::indexOf(CellId cell) const {
    if (!state_ || state_->cols == 0 || cell >= state_->rows * state_->cols) return {};
    return index(static_cast<int>(state_->rowOf(cell)), static_cast<int>(state_->colOf(cell)));
}

int DpTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !state_ ? 0 : static_cast<int>(state_->rows);
}

int DpTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !state_ ? 0 : static_cast<int>(state_->cols);
}

bool DpTableModel::isDependency(CellId cell) const {
    return std::binary_search(dependencies_.begin(), dependencies_.end(), cell);
}

QString DpTableModel::arrowBetween(int fromRow, int fromCol, int toRow, int toCol) {
    static const QString arrows[3][3] = {{"↖", "↑", "↗"}, {"←", "", "→"}, {"↙", "↓", "↘"}};
    const int dr = (toRow > fromRow) - (toRow < fromRow), dc = (toCol > fromCol) - (toCol < fromCol);
    return arrows[dr + 1][dc + 1];
}

QVariant DpTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !state_) return {};
    const CellId cell = state_->cell(static_cast<std::uint32_t>(index.row()), static_cast<std::uint32_t>(index.column()));
    const CellMark mark = state_->mark[cell];
    switch (role) {
        case Qt::DisplayRole:
            if (mark == CellMark::Empty) return {};
            return QString::fromStdString(dp::formatCell(state_->value[cell]));
        case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: return describe(index);
        case MarkRole: return static_cast<int>(mark);
        case CurrentRole: return current_ == cell;
        case DependencyRole: return isDependency(cell);
        case ArrowRole: {
            if (!isDependency(cell) || !current_) return QString();
            return arrowBetween(index.row(), index.column(), static_cast<int>(state_->rowOf(*current_)),
                                static_cast<int>(state_->colOf(*current_)));
        }
        case PathIndexRole: {
            if (mark != CellMark::Path) return -1;
            const auto at = std::find(state_->path.begin(), state_->path.end(), cell);
            return at == state_->path.end() ? -1 : static_cast<int>(at - state_->path.begin());
        }
        default: return {};
    }
}

QString DpTableModel::describe(const QModelIndex& index) const {
    const CellId cell = state_->cell(static_cast<std::uint32_t>(index.row()), static_cast<std::uint32_t>(index.column()));
    QString text = tr("[%1][%2]").arg(index.row()).arg(index.column());
    const QString row = headerData(index.row(), Qt::Vertical, Qt::ToolTipRole).toString();
    const QString col = headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString();
    text += tr(" (%1; %2)").arg(row, col);
    if (state_->mark[cell] == CellMark::Empty) text += tr(": not filled yet");
    else text += " = " + QString::fromStdString(dp::formatCell(state_->value[cell]));
    if (current_ == cell) text += tr(", the current cell");
    if (isDependency(cell)) text += tr(", read by the current cell");
    if (state_->mark[cell] == CellMark::Path) text += tr(", on the traceback");
    return text;
}

QVariant DpTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const bool rows = orientation == Qt::Vertical;
    if (section < 0 || section >= (rows ? rowCount() : columnCount())) return {};
    const QStringList& labels = rows ? rowLabels_ : colLabels_;
    const QString label = section < labels.size() ? labels[section] : QString();
    const QString number = QString::number(section);
    switch (role) {
        case Qt::DisplayRole:
            // The recurrence names cells by index, so show it beside a label that is not the index itself.
            if (label.isEmpty() || label == number) return number;
            return rows ? number + "  " + label : label + "\n" + number;
        case Qt::ToolTipRole:
            return (rows ? tr("row %1") : tr("column %1")).arg(section) + (label.isEmpty() || label == number ? QString() : ": " + label);
        case Qt::TextAlignmentRole: return int(rows ? (Qt::AlignRight | Qt::AlignVCenter) : Qt::AlignCenter);
        default: return {};
    }
}

Qt::ItemFlags DpTableModel::flags(const QModelIndex& index) const {
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QHash<int, QByteArray> DpTableModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MarkRole, "mark");
    names.insert(CurrentRole, "current");
    names.insert(DependencyRole, "dependency");
    names.insert(ArrowRole, "arrow");
    names.insert(PathIndexRole, "pathIndex");
    return names;
}

}  // namespace stepwise::ui
