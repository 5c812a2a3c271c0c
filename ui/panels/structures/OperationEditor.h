#pragma once
// The input side of the data-structures room: the operation list (and, by item, the segment tree's
// values and kind or the union-find size), a seeded Random button and Run. It holds text only; the
// core parses and runs, and the room's banner says what was wrong.
#include <QWidget>

#include "ui/panels/structures/StructureInput.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace stepwise::ui {

class OperationEditor : public QWidget {
    Q_OBJECT
  public:
    explicit OperationEditor(QWidget* parent = nullptr);

    /// Shows the fields the item uses, with its syntax as the placeholder.
    void setItem(const QString& item);
    QString item() const { return item_; }

    void setInput(const StructureInput& input);
    StructureInput input() const;

    void setSeed(std::uint64_t seed);
    std::uint64_t seed() const;

    QPlainTextEdit* operationsEdit() const { return operations_; }

  Q_SIGNALS:
    /// Run, Ctrl+Return, or a new random input.
    void runRequested();

  private:
    void fillRandom();

    QString item_;
    QLabel* title_;
    QLabel* kindLabel_;
    QComboBox* kind_;
    QLabel* valuesLabel_;
    QLineEdit* values_;
    QLabel* sizeLabel_;
    QSpinBox* size_;
    QPlainTextEdit* operations_;
    QLabel* syntax_;
    QSpinBox* seed_;
    QPushButton* randomButton_;
    QPushButton* runButton_;
};

}  // namespace stepwise::ui
