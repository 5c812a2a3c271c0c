#pragma once
// File → Export… (the current view at the current step: PNG at a scale, SVG, PDF, and DOT, CSV or
// Markdown where the item has them, or one of the room's charts as PNG, SVG, PDF or CSV of its data)
// and File → Export steps… (a range, all steps by default or the steps of one group, sampled every
// k-th or only the steps of chosen kinds: a PDF study sheet or a GIF at a chosen speed). Drawings
// use the bundled font unless the user picks the application's.
#include <QDialog>
#include <QList>

#include "ui/export/StepExport.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QListWidget;
class QSpinBox;

namespace stepwise::ui {

class Room;

class ExportDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Mode { View, Steps };
    ExportDialog(Room& room, Mode mode, QWidget* parent = nullptr);

    /// What the dialog asks for now (the range, format, scale, theme, speed).
    StepExport request() const;
    /// "stepwise-dijkstra-step-7.png": a file name for the request.
    QString suggestedFileName() const;

    QComboBox* formatBox() const { return format_; }
    /// View mode: the room's main drawing (data "") or one of its charts (data: the chart's name).
    QComboBox* drawingBox() const { return drawing_; }
    QComboBox* fontBox() const { return font_; }
    /// Steps mode: the run's step kinds, checkable (none checked: every kind).
    QListWidget* kindsList() const { return kinds_; }
    QComboBox* groupBox() const { return group_; }
    QSpinBox* firstBox() const { return first_; }
    QSpinBox* lastBox() const { return last_; }
    QSpinBox* everyBox() const { return every_; }
    /// Disabled while the steps chosen are over the GIF or page limit, or none.
    QPushButton* okButton() const { return ok_; }
    /// Steps mode: how many pages or frames the choice makes, or why it cannot be exported.
    QLabel* countLabel() const { return count_; }

  private:
    void syncEnabled();
    void fillFormats();
    void pickGroup(int index);

    Room& room_;
    Mode mode_;
    std::size_t step_ = 0;
    QComboBox* format_;
    QDoubleSpinBox* scale_;
    QComboBox* theme_;
    QComboBox* drawing_ = nullptr;
    QComboBox* font_ = nullptr;
    QListWidget* kinds_ = nullptr;
    QComboBox* group_ = nullptr;
    QSpinBox* first_ = nullptr;
    QSpinBox* last_ = nullptr;
    QSpinBox* every_ = nullptr;
    QDoubleSpinBox* speed_ = nullptr;
    QLabel* count_ = nullptr;
    QPushButton* ok_ = nullptr;
};

/// Runs the dialog, asks for the file and exports, reporting a failure in a message box. Returns
/// the file written, or an empty string when cancelled or failed.
QString runExportDialog(Room& room, ExportDialog::Mode mode, QWidget* parent);

}  // namespace stepwise::ui
