#pragma once
// The practice setup: which topics (the catalogue's areas and items that have question types),
// or "what is due" (the question types the scheduler says are due, as the CLI's `--topics due`),
// how many questions, the level, the time per question and the seed (shown and editable, so a
// session can be replayed exactly).
#include <QWidget>
#include <optional>

#include "core/practice/PracticeSession.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace stepwise::ui {

class PracticeSetup : public QWidget {
    Q_OBJECT
  public:
    explicit PracticeSetup(QWidget* parent = nullptr);

    /// Checks exactly the items the topics name (areas, items or types, as the CLI takes them);
    /// false with the core's message in `error` for an unknown topic (nothing changes).
    bool setTopics(const QString& topics, QString* error);
    /// The checked items' ids.
    QStringList topics() const;
    /// The question types due now (from the core's dueTypes); none: the choice is disabled and
    /// says `whyNone`.
    void setDue(const QStringList& types, const QString& whyNone);
    QStringList dueTypes() const { return due_; }
    /// Chooses "What is due" (the count becomes the number of due types) or the ticked topics.
    /// False when nothing is due.
    bool setPractiseDue(bool on);
    bool practisesDue() const;
    void setCount(int count);
    void setLevel(practice::Level level);
    void setTimeLimitSeconds(int seconds);
    void setSeed(std::uint64_t seed);
    /// A fresh random seed in the field.
    void newSeed();

    /// What the fields say, or nullopt with the reason shown (no topic, a seed that is not a number).
    std::optional<practice::SessionSettings> settings();
    /// Shows a message above the Start button (a session that could not start).
    void showError(const QString& text);

    QTreeWidget* topicTree() const { return tree_; }
    QCheckBox* dueBox() const { return dueBox_; }
    QPushButton* startButton() const { return start_; }
    QLineEdit* seedEdit() const { return seed_; }

  Q_SIGNALS:
    void startRequested();

  private:
    QCheckBox* dueBox_;
    QLabel* dueWhy_;
    QStringList due_;
    QTreeWidget* tree_;
    QSpinBox* count_;
    QComboBox* level_;
    QSpinBox* time_;
    QLineEdit* seed_;
    QLabel* error_;
    // The topics setTopics() was given ("dijkstra.order" is finer than an item) and the items they
    // ticked: while the ticks are unchanged, the session asks exactly those topics.
    std::vector<std::string> givenTopics_;
    QStringList givenItems_;
    QPushButton* start_;
};

}  // namespace stepwise::ui
