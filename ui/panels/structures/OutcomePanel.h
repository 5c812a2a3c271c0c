#pragma once
// Each operation with what it answered, the current one marked (▶ and bold, not colour alone).
// Operations not finished yet at the current step keep their answer hidden, so the user can guess.
// Clicking one asks to jump to the end of it.
#include <QWidget>
#include <string>
#include <vector>

#include "core/structures/Operations.h"

class QListWidget;

namespace stepwise::ui {

class OutcomePanel : public QWidget {
    Q_OBJECT
  public:
    explicit OutcomePanel(QWidget* parent = nullptr);

    void setOutcomes(const std::vector<structures::Outcome>& outcomes);
    /// `current`: the operation the step is in (-1: none yet, e.g. a segment tree's build);
    /// the first `done` operations are finished and show their answers.
    void setProgress(int current, int done);
    int current() const { return current_; }
    int count() const;
    /// The row's text as shown (marker and answer included), for tests.
    QString rowText(int row) const;

  Q_SIGNALS:
    void operationClicked(int index);

  protected:
    /// Re-colours the rows on a theme change (issue 8: dark text stayed on the dark list).
    void changeEvent(QEvent* event) override;

  private:
    void render();

    QListWidget* list_;
    std::vector<structures::Outcome> outcomes_;
    int current_ = -1;
    int done_ = 0;
};

}  // namespace stepwise::ui
