#pragma once
// One practice question on screen: what is asked, its seed, a countdown, the answer input
// (AnswerInput) and, once graded, the feedback: right or wrong, a right answer, the explanation,
// "Show me" and "Next". It measures the time and says when the user answered or the time ran out;
// PracticeWindow has the core grade it.
#include <QElapsedTimer>
#include <QWidget>

#include "core/practice/PracticeSession.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QFrame;

namespace stepwise::ui {

class AnswerInput;

class QuestionPage : public QWidget {
    Q_OBJECT
  public:
    explicit QuestionPage(QWidget* parent = nullptr);

    /// Shows `q` (question `position` + 1 of `count` in the session of `sessionSeed`) and starts its
    /// countdown of `limitMs`.
    void ask(const practice::Question& q, std::size_t position, std::size_t count, std::uint64_t sessionSeed,
             std::int64_t limitMs);
    /// A malformed answer: the core's hint, and the question stays (the clock runs on).
    void refuse(const QString& hint);
    /// The graded answer: stops the clock and shows the feedback (`last`: Next becomes Results).
    void showFeedback(const practice::GradedAnswer& graded, bool last);
    /// A line about the history (not saving, a failed write); empty hides it.
    void setNotice(const QString& text);

    AnswerInput* input() const { return input_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* showMeButton() const { return showMe_; }
    QLabel* verdictLabel() const { return verdict_; }
    QLabel* hintLabel() const { return hint_; }
    bool answering() const;
    /// Milliseconds left on the countdown (0 when it ran out or no question is asked).
    std::int64_t remainingMs() const;

  Q_SIGNALS:
    void answered(const QString& text, qint64 ms);
    void timedOut(const QString& text, qint64 ms);
    void nextRequested();
    void showMeRequested();

  private:
    void tick();
    void submit();

    QLabel* header_;
    QLabel* clock_;
    QProgressBar* bar_;
    QLabel* text_;
    QLabel* instance_;
    AnswerInput* input_;
    QLabel* hint_;
    QFrame* feedback_;
    QLabel* verdict_;
    QLabel* expected_;
    QLabel* explanation_;
    QPushButton* showMe_;
    QPushButton* next_;
    QLabel* notice_;
    QTimer* timer_;
    QElapsedTimer elapsed_;
    std::int64_t limitMs_ = 0;
};

}  // namespace stepwise::ui
