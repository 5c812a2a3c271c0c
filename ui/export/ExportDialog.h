#pragma once
// File → Export… (the current view at the current step: PNG at a scale, SVG, PDF, and DOT, CSV or
// Markdown where the item has them) and File → Export steps… (a range, all steps by default or the
// steps of one group, sampled every k-th: a PDF study sheet or a GIF at a chosen speed).
#include <QDialog>
#include <QList>

#include "ui/export/StepExport.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
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
    QComboBox* groupBox() const { return group_; }
    QSpinBox* firstBox() const { return first_; }
    QSpinBox* lastBox() const { return last_; }
    QSpinBox* everyBox() const { return every_; }

  private:
    void syncEnabled();
    void pickGroup(int index);

    Room& room_;
    Mode mode_;
    std::size_t step_ = 0;
    QComboBox* format_;
    QDoubleSpinBox* scale_;
    QComboBox* theme_;
    QComboBox* group_ = nullptr;
    QSpinBox* first_ = nullptr;
    QSpinBox* last_ = nullptr;
    QSpinBox* every_ = nullptr;
    QDoubleSpinBox* speed_ = nullptr;
    QLabel* count_ = nullptr;
};

/// Runs the dialog, asks for the file and exports, reporting a failure in a message box. Returns
/// the file written, or an empty string when cancelled or failed.
QString runExportDialog(Room& room, ExportDialog::Mode mode, QWidget* parent);

}  // namespace stepwise::ui
