#pragma once
// Predict the next step, in any room's player: with Predict on, a forward move past a step that
// decides something (practice::predictNext) is held until the user answers; the strip shows the
// question, takes the answer (a choice, a vertex, a typed cell value), says right or wrong with the
// accepted answer, then lets the step show. Grading is the core's checker; the strip only keeps the
// running score.
#include <QFrame>
#include <functional>
#include <optional>

#include "core/practice/Prediction.h"

class QLabel;
class QLineEdit;
class QHBoxLayout;
class QPushButton;
class QToolButton;

namespace stepwise::run {
class Run;
}

namespace stepwise::ui {

class PlaybackController;

class PredictStrip : public QFrame {
    Q_OBJECT
public:
    /// `run` gives the room's current run (null while none); the strip gates `controller`.
    PredictStrip(PlaybackController* controller, std::function<run::Run*()> run, QWidget* parent = nullptr);

    /// The checkable "Predict" button (shortcut P) that turns predicting on and off; the room puts
    /// it in its playback bar.
    QToolButton* toggleButton() const { return toggle_; }

    bool isActive() const { return active_; }
    /// On: the next step, when it decides something, is asked at once. Off: the held step is let
    /// go and play goes on.
    void setActive(bool on);

    /// The question waiting for an answer, or null.
    const practice::Prediction* pending() const { return pending_ ? &*pending_ : nullptr; }
    /// Answers the pending question (a choice, a vertex name, a cell's value). A malformed answer
    /// shows the checker's hint and keeps the question; returns true when the answer was judged.
    bool answer(const QString& typed);
    /// A clicked vertex answers a pending vertex question; false (the click is the view's) otherwise.
    bool answerVertex(const QString& name);

    int rightCount() const { return right_; }
    int answeredCount() const { return answered_; }
    /// "7 of 9 right".
    QString scoreText() const;
    /// What the last answer got: "Right: C" / "Wrong: it was C" (empty before the first).
    QString verdictText() const;

Q_SIGNALS:
    void activeChanged(bool on);

private:
    std::size_t gate(std::size_t from, std::size_t to);
    void ask(practice::Prediction prediction, std::size_t from);
    void clearPending();
    void showAnswers();
    void sync();

    PlaybackController* controller_;
    std::function<run::Run*()> run_;
    QToolButton* toggle_;
    QLabel* prompt_;
    QWidget* choicesBox_;
    QHBoxLayout* choicesRow_;
    QLineEdit* typed_;
    QPushButton* submit_;
    QLabel* verdict_;
    QLabel* score_;
    bool active_ = false;
    std::optional<practice::Prediction> pending_;
    std::size_t pendingFrom_ = 0;
    int right_ = 0;
    int answered_ = 0;
};

}  // namespace stepwise::ui
