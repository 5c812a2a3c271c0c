#include "ui/practice/PredictStrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/run/Run.h"
#include "ui/playback/PlaybackController.h"

namespace stepwise::ui {

namespace {
// More vertices than this are typed, not shown as a row of buttons.
constexpr std::size_t maxChoiceButtons = 8;
}  // namespace

PredictStrip::PredictStrip(PlaybackController* controller, std::function<run::Run*()> run, QWidget* parent)
    : QFrame(parent), controller_(controller), run_(std::move(run)) {
    setObjectName("predictStrip");
    setAccessibleName(tr("Prediction"));
    setFrameShape(QFrame::StyledPanel);

    toggle_ = new QToolButton(this);
    toggle_->setObjectName("predictButton");
    toggle_->setText(tr("Predict"));
    toggle_->setCheckable(true);
    toggle_->setAutoRaise(true);
    toggle_->setFocusPolicy(Qt::TabFocus);
    toggle_->setToolTip(tr("Predict each decision before it is shown (P)"));
    toggle_->setAccessibleName(tr("Predict"));
    connect(toggle_, &QToolButton::toggled, this, &PredictStrip::setActive);

    auto* shortcut = new QShortcut(QKeySequence(Qt::Key_P), this);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setWhatsThis(tr("Predict the next step on or off"));
    connect(shortcut, &QShortcut::activated, toggle_, &QToolButton::toggle);

    prompt_ = new QLabel(this);
    prompt_->setObjectName("predictPrompt");
    prompt_->setWordWrap(true);
    QFont bold = prompt_->font();
    bold.setBold(true);
    prompt_->setFont(bold);

    choicesBox_ = new QWidget(this);
    choicesRow_ = new QHBoxLayout(choicesBox_);
    choicesRow_->setContentsMargins(0, 0, 0, 0);
    choicesRow_->setSpacing(4);

    typed_ = new QLineEdit(this);
    typed_->setObjectName("predictAnswer");
    typed_->setAccessibleName(tr("Your answer"));
    typed_->setPlaceholderText(tr("your answer"));
    typed_->setMaximumWidth(160);
    submit_ = new QPushButton(tr("Answer"), this);
    submit_->setObjectName("predictSubmit");
    connect(typed_, &QLineEdit::returnPressed, submit_, &QPushButton::click);
    connect(submit_, &QPushButton::clicked, this, [this] { answer(typed_->text()); });

    verdict_ = new QLabel(this);
    verdict_->setObjectName("predictVerdict");
    verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    score_ = new QLabel(this);
    score_->setObjectName("predictScore");

    // Two rows: the question over its answers, so neither squeezes the room's columns.
    prompt_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    verdict_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(8, 4, 8, 4);
    column->setSpacing(4);
    auto* top = new QHBoxLayout;
    top->addWidget(prompt_, 1);
    top->addSpacing(8);
    top->addWidget(score_);
    auto* answers = new QHBoxLayout;
    answers->setSpacing(8);
    answers->addWidget(choicesBox_);
    answers->addWidget(typed_);
    answers->addWidget(submit_);
    answers->addWidget(verdict_, 1);
    column->addLayout(top);
    column->addLayout(answers);

    controller_->setGate([this](std::size_t from, std::size_t to) { return gate(from, to); });
    // Any move away from the held step (back, a jump, a new run) drops the question.
    connect(controller_, &PlaybackController::stepChanged, this, [this](std::size_t step) {
        if (pending_ && step != pendingFrom_) clearPending();
    });
    connect(controller_, &PlaybackController::stepCountChanged, this, [this] { clearPending(); });
    sync();
}

void PredictStrip::setActive(bool on) {
    if (on == active_) return;
    active_ = on;
    {
        const QSignalBlocker block(toggle_);
        toggle_->setChecked(on);
    }
    if (!on) clearPending();  // play, if on, moves on at its next tick
    // On: when the step after the one shown decides something, it is asked at once.
    else if (controller_->step() < controller_->stepCount())
        gate(controller_->step(), controller_->step() + 1);
    sync();
    Q_EMIT activeChanged(on);
}

std::size_t PredictStrip::gate(std::size_t from, std::size_t to) {
    run::Run* r = run_ ? run_() : nullptr;
    if (!active_ || !r) return to;
    if (pending_) return pendingFrom_ == from ? from : to;
    const std::size_t here = r->step();
    std::size_t limit = to;
    for (std::size_t s = from; s < to; ++s) {
        if (r->step() != s) r->seek(s);
        if (auto p = practice::predictNext(*r)) {
            if (r->step() != here) r->seek(here);
            ask(std::move(*p), s);
            limit = s;
            break;
        }
    }
    if (r->step() != here) r->seek(here);
    return limit;
}

void PredictStrip::ask(practice::Prediction prediction, std::size_t from) {
    pending_ = std::move(prediction);
    pendingFrom_ = from;
    verdict_->clear();
    typed_->clear();
    showAnswers();
    sync();
}

void PredictStrip::clearPending() {
    if (!pending_) return;
    pending_.reset();
    showAnswers();
    sync();
}

void PredictStrip::showAnswers() {
    while (QLayoutItem* item = choicesRow_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool buttons = pending_ && (pending_->kind == practice::PredictionKind::Choice ||
                                      (pending_->kind == practice::PredictionKind::Vertex &&
                                       pending_->choices.size() <= maxChoiceButtons));
    if (buttons) {
        for (const auto& c : pending_->choices) {
            const QString text = QString::fromStdString(c);
            auto* b = new QPushButton(text, choicesBox_);
            b->setObjectName("predictChoice");
            b->setAccessibleName(tr("Answer %1").arg(text));
            connect(b, &QPushButton::clicked, this, [this, text] { answer(text); });
            choicesRow_->addWidget(b);
            b->show();  // the layout would only show it from the event loop
        }
    }
    choicesBox_->setVisible(buttons);
    typed_->setVisible(pending_ && !buttons);
    submit_->setVisible(pending_ && !buttons);
    if (pending_ && !buttons) typed_->setFocus();
}

bool PredictStrip::answer(const QString& typed) {
    if (!pending_) return false;
    const practice::Verdict v = pending_->check(typed.trimmed().toStdString());
    if (v.outcome == practice::Outcome::Invalid) {
        verdict_->setText(QString::fromStdString(v.hint));
        return false;
    }
    ++answered_;
    const bool right = v.outcome == practice::Outcome::Right;
    if (right) ++right_;
    const QString expected = QString::fromStdString(pending_->expected);
    verdict_->setText(right ? tr("✓ Right: %1").arg(expected) : tr("✗ Wrong: it was %1").arg(expected));
    const std::size_t next = pendingFrom_ + 1;
    pending_.reset();
    showAnswers();
    sync();
    controller_->seek(next);  // the step asked about; playing goes on from there
    return true;
}

bool PredictStrip::answerVertex(const QString& name) {
    if (!pending_ || pending_->kind != practice::PredictionKind::Vertex) return false;
    answer(name);
    return true;
}

QString PredictStrip::scoreText() const { return tr("%1 of %2 right").arg(right_).arg(answered_); }

QString PredictStrip::verdictText() const { return verdict_->text(); }

void PredictStrip::sync() {
    setVisible(active_);
    if (pending_) {
        QString prompt = QString::fromStdString(pending_->prompt);
        if (pending_->kind == practice::PredictionKind::Vertex) prompt += " " + tr("(or click it in the graph)");
        prompt_->setText(prompt);
    } else {
        prompt_->setText(active_ ? tr("Step forward or play: each decision waits for your prediction.")
                                 : QString());
    }
    score_->setText(scoreText());
}

}  // namespace stepwise::ui
