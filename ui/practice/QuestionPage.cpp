#include "ui/practice/QuestionPage.h"

#include <QFontDatabase>
#include <algorithm>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/practice/AnswerInput.h"
#include "ui/practice/PracticeText.h"

namespace stepwise::ui {

QuestionPage::QuestionPage(QWidget* parent) : QWidget(parent) {
    setObjectName("practiceQuestion");
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    header_ = new QLabel(this);
    header_->setObjectName("practiceHeader");
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);  // the seed can be copied
    clock_ = new QLabel(this);
    clock_->setObjectName("practiceClock");
    clock_->setAccessibleName(tr("Time left"));
    QFont big = clock_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    clock_->setFont(big);
    bar_ = new QProgressBar(this);
    bar_->setTextVisible(false);
    bar_->setMaximumWidth(220);
    bar_->setAccessibleName(tr("Time left"));
    top->addWidget(header_, 1);
    top->addWidget(bar_);
    top->addWidget(clock_);
    layout->addLayout(top);

    text_ = new QLabel(this);
    text_->setObjectName("practiceText");
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::PlainText);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont question = text_->font();
    question.setPointSizeF(question.pointSizeF() * 1.25);
    text_->setFont(question);
    layout->addWidget(text_);
    instance_ = new QLabel(this);
    instance_->setObjectName("practiceInstance");
    instance_->setTextFormat(Qt::PlainText);
    instance_->setWordWrap(true);
    instance_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    instance_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(instance_);

    input_ = new AnswerInput(this);
    layout->addWidget(input_, 1);
    hint_ = new QLabel(this);
    hint_->setObjectName("practiceHint");
    hint_->setWordWrap(true);
    hint_->setTextFormat(Qt::PlainText);
    hint_->hide();
    layout->addWidget(hint_);

    feedback_ = new QFrame(this);
    feedback_->setObjectName("practiceFeedback");
    feedback_->setFrameShape(QFrame::StyledPanel);
    auto* fb = new QVBoxLayout(feedback_);
    verdict_ = new QLabel(feedback_);
    verdict_->setObjectName("practiceVerdict");
    QFont bold = verdict_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    verdict_->setFont(bold);
    expected_ = new QLabel(feedback_);
    expected_->setObjectName("practiceExpected");
    expected_->setWordWrap(true);
    expected_->setTextFormat(Qt::PlainText);
    expected_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    explanation_ = new QLabel(feedback_);
    explanation_->setObjectName("practiceExplanation");
    explanation_->setWordWrap(true);
    explanation_->setTextFormat(Qt::PlainText);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    showMe_ = new QPushButton(tr("Show &me"), feedback_);
    showMe_->setObjectName("practiceShowMe");
    showMe_->setToolTip(tr("Step through the worked solution in the item's own view, from the step the question is about"));
    next_ = new QPushButton(tr("&Next question"), feedback_);
    next_->setObjectName("practiceNext");
    buttons->addWidget(showMe_);
    buttons->addStretch(1);
    buttons->addWidget(next_);
    fb->addWidget(verdict_);
    fb->addWidget(expected_);
    fb->addWidget(explanation_);
    fb->addLayout(buttons);
    feedback_->hide();
    layout->addWidget(feedback_);

    notice_ = new QLabel(this);
    notice_->setObjectName("practiceNotice");
    notice_->setWordWrap(true);
    notice_->setTextFormat(Qt::PlainText);
    notice_->hide();
    layout->addWidget(notice_);

    timer_ = new QTimer(this);
    connect(timer_, &QTimer::timeout, this, &QuestionPage::tick);
    connect(input_, &AnswerInput::submitRequested, this, &QuestionPage::submit);
    connect(next_, &QPushButton::clicked, this, &QuestionPage::nextRequested);
    connect(showMe_, &QPushButton::clicked, this, &QuestionPage::showMeRequested);
}

void QuestionPage::ask(const practice::Question& q, std::size_t position, std::size_t count,
                       std::uint64_t sessionSeed, std::int64_t limitMs) {
    limitMs_ = limitMs;
    header_->setText(tr("Question %1 of %2 · %3 · %4 · session seed %5 · question seed %6")
                         .arg(position + 1)
                         .arg(count)
                         .arg(QString::fromStdString(q.type), QString::fromStdString(practice::levelName(q.level)))
                         .arg(sessionSeed)
                         .arg(q.seed));
    text_->setText(QString::fromStdString(q.text));
    const QString instance = practiceInstanceText(q);
    instance_->setText(instance);
    instance_->setVisible(!instance.isEmpty());
    input_->setQuestion(q);
    hint_->hide();
    feedback_->hide();
    bar_->setRange(0, static_cast<int>(std::min<std::int64_t>(limitMs, 1 << 30)));
    elapsed_.start();
    // Ten ticks a second for the display; a tiny limit (tests) ticks at its own pace.
    timer_->start(static_cast<int>(std::clamp<std::int64_t>(limitMs / 4, 1, 100)));
    tick();
}

std::int64_t QuestionPage::remainingMs() const {
    if (!timer_->isActive()) return 0;
    return std::max<std::int64_t>(0, limitMs_ - elapsed_.elapsed());
}

bool QuestionPage::answering() const {
    return timer_->isActive();
}

void QuestionPage::tick() {
    const std::int64_t left = std::max<std::int64_t>(0, limitMs_ - elapsed_.elapsed());
    bar_->setValue(static_cast<int>(std::min<std::int64_t>(left, 1 << 30)));
    const std::int64_t seconds = (left + 999) / 1000;
    clock_->setText(QString("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar('0')));
    if (left > 0) return;
    timer_->stop();
    input_->setAnswering(false);
    Q_EMIT timedOut(input_->text(), elapsed_.elapsed());
}

void QuestionPage::submit() {
    if (!timer_->isActive()) return;
    Q_EMIT answered(input_->text(), elapsed_.elapsed());
}

void QuestionPage::refuse(const QString& hint) {
    hint_->setText(tr("Not an answer yet: %1. Try again; this costs nothing.").arg(hint));
    hint_->show();
}

void QuestionPage::showFeedback(const practice::GradedAnswer& g, bool last) {
    timer_->stop();
    input_->setAnswering(false);
    hint_->hide();
    verdict_->setText(g.timedOut ? tr("✗ Time is up") : g.correct ? (g.late ? tr("✓ Right, but late") : tr("✓ Right"))
                                                                  : tr("✗ Wrong"));
    verdict_->setAccessibleName(verdict_->text());
    const QString yours = g.answer.empty() ? tr("(nothing)") : QString::fromStdString(g.answer);
    expected_->setText(g.correct ? tr("Your answer: %1 · %2").arg(yours, practiceSeconds(g.ms))
                                 : tr("Your answer: %1 · a right answer: %2 · %3")
                                       .arg(yours, QString::fromStdString(g.question.expected), practiceSeconds(g.ms)));
    explanation_->setText(QString::fromStdString(g.question.explanation));
    next_->setText(last ? tr("See the &results") : tr("&Next question"));
    feedback_->show();
    next_->setFocus();
}

void QuestionPage::setNotice(const QString& text) {
    notice_->setText(text);
    notice_->setVisible(!text.isEmpty());
}

}  // namespace stepwise::ui
