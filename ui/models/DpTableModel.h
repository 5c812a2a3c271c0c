#pragma once
// A QAbstractTableModel adapter over a DP table state it does not own (the room's timeline owns it).
// Besides the value (DisplayRole), each cell tells the delegate what it is at this step: its mark
// (empty, filled, on the traceback), whether it is the cell the last step wrote or reached, and
// whether that cell reads from it (with an arrow glyph pointing towards the current cell).
#include <QAbstractTableModel>
#include <QStringList>
#include <optional>
#include <vector>

#include "core/dp/DpState.h"

namespace stepwise::ui {

class DpTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        MarkRole = Qt::UserRole + 1,  // int(dp::CellMark)
        CurrentRole,                  // bool: the last step's cell
        DependencyRole,               // bool: the current cell is computed from this one
        ArrowRole,                    // QString: "↘", "↓", "→", ... from here towards the current cell
        PathIndexRole,                // int: position on the traceback (0 = where it starts), -1 if not on it
    };

    explicit DpTableModel(QObject* parent = nullptr);

    /// Shows `state` (nullptr: an empty table). The state must outlive the model's use of it or the
    /// next setTable call; labels shorter than the table leave the rest of the headers numbered.
    /// `widest` is the widest text any cell will show in this run (so columns never resize mid-run).
    void setTable(const dp::DpState* state, const QStringList& rowLabels, const QStringList& colLabels,
                  const QString& widest = "0");
    /// The state changed in place (a step): the cells and their marks are re-read. Also sets which
    /// cell is current (none: nullopt) and the cells it reads from.
    void setFocus(std::optional<dp::CellId> current, std::vector<dp::CellId> dependencies);

    std::optional<dp::CellId> currentCell() const { return current_; }
    const std::vector<dp::CellId>& dependencies() const { return dependencies_; }
    /// The index of a cell id (invalid when there is no table).
    QModelIndex indexOf(dp::CellId cell) const;
    /// The widest text a cell can show in this table ("∞" or the longest number), for sizing.
    QString widestText() const { return widest_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The arrow from a cell towards another, by direction ("↘" when `to` is below and right).
    static QString arrowBetween(int fromRow, int fromCol, int toRow, int toCol);

private:
    bool isDependency(dp::CellId cell) const;
    QString describe(const QModelIndex& index) const;

    const dp::DpState* state_ = nullptr;
    QStringList rowLabels_, colLabels_;
    std::optional<dp::CellId> current_;
    std::vector<dp::CellId> dependencies_;  // sorted
    QString widest_ = "0";
};

}  // namespace stepwise::ui
