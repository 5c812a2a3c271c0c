#pragma once
// The practice window: setup → one question after another (each graded by the core, recorded in
// the history as soon as it is answered, with feedback) → results. "Show me" asks the main window
// to open the question's item at the step it is about (showMeRequested). The history is the CLI's
// (STEPWISE_DB, else XDG; or the path given); one that cannot be used is reported in the window
// and practice goes on without saving.
#include <QWidget>
#include <memory>
#include <optional>

#include "core/practice/History.h"
#include "core/practice/PracticeSession.h"

class QLabel;
class QStackedWidget;

namespace stepwise::ui {

class PracticeSetup;
class QuestionPage;
class ResultsPage;

class PracticeWindow : public QWidget {
    Q_OBJECT
  public:
    /// `historyPath` empty: practice::defaultHistoryPath() when the first session starts.
    explicit PracticeWindow(QString historyPath = {}, QWidget* parent = nullptr);
    ~PracticeWindow() override;

    /// Starts a session (InputError's message shown on the setup page and false on bad settings).
    bool start(const practice::SessionSettings& settings);
    /// Back to the setup page, with what is due read again from the history.
    void showSetup();
    /// Starts a session of exactly these question types (the Progress page's due list), one
    /// question each, at the setup's level, time and seed; false as start() is.
    bool practiseDue(const QStringList& types);

    PracticeSetup* setup() const { return setup_; }
    QuestionPage* questionPage() const { return question_; }
    ResultsPage* resultsPage() const { return results_; }
    /// The session under way or just finished (nullptr before the first).
    const practice::PracticeSession* session() const { return session_.get(); }
    /// The history in use (nullptr before the first session).
    const practice::History* history() const { return history_ ? &*history_ : nullptr; }
    /// The page shown: the setup, the question or the results widget.
    QWidget* currentPage() const;
    /// Whether a question is on screen (asked or showing its feedback).
    bool asking() const;

  Q_SIGNALS:
    /// The user asked to see how `question` is solved, in its item's own view.
    void showMeRequested(const practice::Question& question);

  private:
    void openHistory();
    void refreshDue();
    void askCurrent();
    void onAnswered(const QString& text, qint64 ms);
    void onTimedOut(const QString& text, qint64 ms);
    void afterGrading();
    void onNext();
    void refreshNotice();

    QString historyPath_;
    std::optional<practice::History> history_;
    std::unique_ptr<practice::PracticeSession> session_;
    QStackedWidget* pages_;
    PracticeSetup* setup_;
    QuestionPage* question_;
    ResultsPage* results_;
};

}  // namespace stepwise::ui
