#pragma once
// The end of a session: the score (accuracy, points, time) and a review of every question, each
// with the answer given, a right answer and "Show me"; and the way to replay the same seed or
// start another session.
#include <QWidget>

#include "core/practice/PracticeSession.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace stepwise::ui {

class ResultsPage : public QWidget {
    Q_OBJECT
  public:
    explicit ResultsPage(QWidget* parent = nullptr);

    void showResults(const practice::PracticeSession& session);

    QLabel* summaryLabel() const { return summary_; }
    QTreeWidget* review() const { return review_; }
    /// The review row selected, or -1.
    int selectedRow() const;

  Q_SIGNALS:
    void showMeRequested(int row);
    void replayRequested();
    void newSessionRequested();

  private:
    QLabel* title_;
    QLabel* summary_;
    QTreeWidget* review_;
    QPushButton* showMe_;
};

}  // namespace stepwise::ui
