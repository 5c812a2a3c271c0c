#include "ui/practice/PracticeWindow.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <exception>

#include "core/practice/ProgressStats.h"
#include "ui/practice/PracticeSetup.h"
#include "ui/practice/QuestionPage.h"
#include "ui/practice/ResultsPage.h"

namespace stepwise::ui {

PracticeWindow::PracticeWindow(QString historyPath, QWidget* parent)
    : QWidget(parent, Qt::Window), historyPath_(std::move(historyPath)) {
    setObjectName("practiceWindow");
    setWindowTitle(tr("Practice · Stepwise"));
    pages_ = new QStackedWidget(this);
    setup_ = new PracticeSetup(pages_);
    question_ = new QuestionPage(pages_);
    results_ = new ResultsPage(pages_);
    pages_->addWidget(setup_);
    pages_->addWidget(question_);
    pages_->addWidget(results_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);

    connect(setup_, &PracticeSetup::startRequested, this, [this] {
        if (auto s = setup_->settings()) start(*s);
    });
    connect(question_, &QuestionPage::answered, this, &PracticeWindow::onAnswered);
    connect(question_, &QuestionPage::timedOut, this, &PracticeWindow::onTimedOut);
    connect(question_, &QuestionPage::nextRequested, this, &PracticeWindow::onNext);
    connect(question_, &QuestionPage::showMeRequested, this, [this] {
        if (session_ && !session_->answered().empty()) Q_EMIT showMeRequested(session_->answered().back().question);
    });
    connect(results_, &ResultsPage::showMeRequested, this, [this](int row) {
        if (session_ && row >= 0 && static_cast<std::size_t>(row) < session_->answered().size())
            Q_EMIT showMeRequested(session_->answered()[static_cast<std::size_t>(row)].question);
    });
    connect(results_, &ResultsPage::replayRequested, this, [this] {
        if (session_) start(session_->settings());
    });
    connect(results_, &ResultsPage::newSessionRequested, this, [this] {
        setup_->newSeed();
        showSetup();
    });
}

PracticeWindow::~PracticeWindow() = default;

QWidget* PracticeWindow::currentPage() const {
    return pages_->currentWidget();
}

bool PracticeWindow::asking() const {
    return pages_->currentWidget() == question_;
}

void PracticeWindow::showSetup() {
    refreshDue();
    pages_->setCurrentWidget(setup_);
}

void PracticeWindow::refreshDue() {
    openHistory();
    const std::int64_t today = practice::utcDay(practice::nowMs());
    // The scheduler's answer (dueTypes, through the stats the Progress page shows); no answers needed.
    const practice::ProgressStats stats = practice::progressStats({}, history_->cards(), today);
    QStringList types;
    for (const auto& d : stats.due) types << QString::fromStdString(d.type);
    QString why;
    if (!history_->saving())
        why = tr("the practice history cannot be used.");
    else if (stats.later == 0)
        why = tr("nothing practised yet; every answer schedules its question type.");
    else
        why = tr("nothing is due today; the next review is on %1.")
                  .arg(QString::fromStdString(practice::isoDay(stats.nextDueDay)));
    setup_->setDue(types, why);
}

bool PracticeWindow::practiseDue(const QStringList& types) {
    if (types.isEmpty()) return false;
    setup_->setDue(types, {});
    setup_->setPractiseDue(true);
    const auto settings = setup_->settings();
    return settings && start(*settings);
}

void PracticeWindow::openHistory() {
    if (history_) return;
    const std::string path = historyPath_.isEmpty() ? practice::defaultHistoryPath() : historyPath_.toStdString();
    try {
        history_.emplace(practice::History::open(path));
    } catch (const std::exception& e) {  // a newer schema (left untouched) or a database that fails
        history_.emplace(practice::History::notSaving(e.what()));
    }
}

bool PracticeWindow::start(const practice::SessionSettings& settings) {
    openHistory();
    try {
        auto next = std::make_unique<practice::PracticeSession>(settings, &*history_);
        session_ = std::move(next);
    } catch (const std::exception& e) {
        setup_->showError(QString::fromStdString(e.what()));
        showSetup();
        return false;
    }
    setup_->showError({});
    askCurrent();
    return true;
}

void PracticeWindow::askCurrent() {
    pages_->setCurrentWidget(question_);
    refreshNotice();
    question_->ask(session_->question(), session_->position(), session_->count(), session_->settings().seed,
                   session_->settings().timeLimitMs);
}

void PracticeWindow::refreshNotice() {
    QStringList lines;
    for (const auto& n : session_->historyNotices()) lines << QString::fromStdString(n);
    if (!session_->saving() && !lines.isEmpty())
        lines << tr("Practice goes on; these answers are not saved.");
    question_->setNotice(lines.join('\n'));
}

void PracticeWindow::onAnswered(const QString& text, qint64 ms) {
    if (!session_ || session_->finished()) return;
    const auto verdict = session_->answer(text.toStdString(), ms);
    if (verdict.outcome == practice::Outcome::Invalid) {
        question_->refuse(QString::fromStdString(verdict.hint));
        return;
    }
    afterGrading();
}

void PracticeWindow::onTimedOut(const QString& text, qint64 ms) {
    if (!session_ || session_->finished()) return;
    session_->timeOut(text.toStdString(), ms);
    afterGrading();
}

void PracticeWindow::afterGrading() {
    refreshNotice();
    question_->showFeedback(session_->answered().back(), session_->finished());
}

void PracticeWindow::onNext() {
    if (!session_) return;
    if (session_->finished()) {
        results_->showResults(*session_);
        pages_->setCurrentWidget(results_);
        return;
    }
    askCurrent();
}

}  // namespace stepwise::ui
