#include "ui/playback/PlaybackBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSlider>
#include <QEvent>
#include <QToolButton>
#include <limits>

#include "ui/playback/PlaybackController.h"
#include "ui/playback/TransportIcons.h"

namespace stepwise::ui {

namespace {

QToolButton* makeButton(QWidget* parent, const QString& name, const QString& tip, const char* objectName) {
    auto* b = new QToolButton(parent);
    b->setIconSize(QSize(20, 20));
    b->setText(name);
    b->setToolTip(tip);
    b->setAccessibleName(name);
    b->setObjectName(objectName);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    b->setMinimumSize(32, 30);
    return b;
}

QString speedText(double speed) {
    if (speed == PlaybackController::instant) return PlaybackBar::tr("instant");
    return PlaybackBar::tr("%1 steps/s").arg(speed);
}

// The scrubber is an int slider; traces longer than INT_MAX steps cannot be recorded anyway.
int clampToInt(std::size_t v) {
    return static_cast<int>(std::min<std::size_t>(v, static_cast<std::size_t>(std::numeric_limits<int>::max())));
}

}  // namespace

const QList<double>& PlaybackBar::speeds() {
    static const QList<double> list{0.5, 1, 2, 4, 8, 15, 30, 60, 120, 500, 2000, PlaybackController::instant};
    return list;
}

PlaybackBar::PlaybackBar(PlaybackController* controller, QWidget* parent) : QWidget(parent), controller_(controller) {
    setObjectName("playbackBar");
    setAccessibleName(tr("Playback"));
    startButton_ = makeButton(this, tr("To start"), tr("Go to step 0 (Home)"), "toStartButton");
    backButton_ = makeButton(this, tr("Step back"), tr("One step back (Left)"), "stepBackButton");
    playButton_ = makeButton(this, tr("Play"), tr("Play / pause (Space)"), "playButton");
    forwardButton_ = makeButton(this, tr("Step forward"), tr("One step forward (Right)"), "stepForwardButton");
    endButton_ = makeButton(this, tr("To end"), tr("Go to the last step (End)"), "toEndButton");

    scrubber_ = new QSlider(Qt::Horizontal, this);
    scrubber_->setObjectName("scrubber");
    scrubber_->setAccessibleName(tr("Step"));
    scrubber_->setToolTip(tr("Drag to seek to any step"));
    scrubber_->setFocusPolicy(Qt::TabFocus);
    scrubber_->setMinimumWidth(40);  // with the loop and Predict buttons the bar must still fit a 1366-px window

    stepLabel_ = new QLabel(this);
    stepLabel_->setObjectName("stepLabel");
    stepLabel_->setMinimumWidth(stepLabel_->fontMetrics().horizontalAdvance("step 0000 / 0000"));
    stepLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    speedCombo_ = new QComboBox(this);
    speedCombo_->setObjectName("speedCombo");
    speedCombo_->setAccessibleName(tr("Speed"));
    speedCombo_->setToolTip(tr("Playback speed, from slow to instant"));
    speedCombo_->setFocusPolicy(Qt::TabFocus);
    for (double s : speeds()) speedCombo_->addItem(speedText(s), s);
    auto* speedLabel = new QLabel(tr("Speed"), this);
    speedLabel->setBuddy(speedCombo_);

    loopButton_ = new QToolButton(this);
    loopButton_->setObjectName("loopButton");
    loopButton_->setCheckable(true);
    loopButton_->setAutoRaise(true);
    loopButton_->setFocusPolicy(Qt::TabFocus);
    loopButton_->setToolTip(tr("Loop a range of steps (L): [ sets its start and ] its end at the current step"));
    loopButton_->setAccessibleName(tr("Loop"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->setSpacing(2);
    for (auto* b : {startButton_, backButton_, playButton_, forwardButton_, endButton_}) row->addWidget(b);
    row->addSpacing(8);
    row->addWidget(scrubber_, 1);
    row->addSpacing(8);
    row->addWidget(stepLabel_);
    row->addSpacing(6);
    row->addWidget(loopButton_);
    row->addSpacing(6);
    row->addWidget(speedLabel);
    row->addWidget(speedCombo_);

    connect(startButton_, &QToolButton::clicked, controller_, &PlaybackController::toStart);
    connect(backButton_, &QToolButton::clicked, controller_, &PlaybackController::stepBack);
    connect(playButton_, &QToolButton::clicked, controller_, &PlaybackController::toggle);
    connect(forwardButton_, &QToolButton::clicked, controller_, &PlaybackController::stepForward);
    connect(endButton_, &QToolButton::clicked, controller_, &PlaybackController::toEnd);
    connect(scrubber_, &QSlider::valueChanged, this, [this](int v) {
        if (static_cast<std::size_t>(v) != controller_->step()) controller_->seek(static_cast<std::size_t>(v));
    });
    connect(speedCombo_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0) controller_->setSpeed(speedCombo_->itemData(i).toDouble());
    });

    connect(controller_, &PlaybackController::stepChanged, this, &PlaybackBar::syncStep);
    connect(controller_, &PlaybackController::stepCountChanged, this, &PlaybackBar::syncStep);
    connect(controller_, &PlaybackController::playingChanged, this, &PlaybackBar::syncPlaying);
    connect(controller_, &PlaybackController::speedChanged, this, &PlaybackBar::syncSpeed);
    connect(controller_, &PlaybackController::loopChanged, this, &PlaybackBar::syncLoop);
    connect(loopButton_, &QToolButton::clicked, controller_, &PlaybackController::toggleLoop);

    addShortcut(QKeySequence(Qt::Key_Space), &PlaybackController::toggle, tr("Play or pause"));
    addShortcut(QKeySequence(Qt::Key_Left), &PlaybackController::stepBack, tr("Step back"));
    addShortcut(QKeySequence(Qt::Key_Right), &PlaybackController::stepForward, tr("Step forward"));
    addShortcut(QKeySequence(Qt::Key_Home), &PlaybackController::toStart, tr("Jump to the start"));
    addShortcut(QKeySequence(Qt::Key_End), &PlaybackController::toEnd, tr("Jump to the end"));
    // By operation, request or job where the run groups its steps.
    addShortcut(QKeySequence(Qt::Key_PageDown), &PlaybackController::nextGroup, tr("Next operation or request"));
    addShortcut(QKeySequence(Qt::Key_PageUp), &PlaybackController::previousGroup, tr("Previous operation or request"));

    addShortcut(QKeySequence(Qt::Key_BracketLeft), &PlaybackController::markLoopStart,
                tr("Loop from the current step"));
    addShortcut(QKeySequence(Qt::Key_BracketRight), &PlaybackController::markLoopEnd,
                tr("Loop up to the current step"));
    addShortcut(QKeySequence(Qt::Key_L), &PlaybackController::toggleLoop, tr("Loop the whole run, or stop looping"));

    paintIcons();
    syncLoop();
    syncSpeed(controller_->speed());
    syncPlaying(controller_->isPlaying());
    syncStep();
}

void PlaybackBar::addTool(QWidget* tool) {
    layout()->addWidget(tool);
}

void PlaybackBar::addShortcut(const QKeySequence& key, void (PlaybackController::*slot)(), const QString& what) {
    // Window-wide: a text editor with focus still gets its arrows and Space first, because it
    // claims them through ShortcutOverride.
    auto* shortcut = new QShortcut(key, this);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setWhatsThis(what);
    connect(shortcut, &QShortcut::activated, controller_, slot);
}

void PlaybackBar::paintIcons() {
    const QColor color = palette().color(QPalette::ButtonText);
    const QColor disabled = palette().color(QPalette::Disabled, QPalette::ButtonText);
    startButton_->setIcon(transportIcon(TransportIcon::ToStart, color, disabled));
    backButton_->setIcon(transportIcon(TransportIcon::StepBack, color, disabled));
    playButton_->setIcon(transportIcon(playing_ ? TransportIcon::Pause : TransportIcon::Play, color, disabled));
    forwardButton_->setIcon(transportIcon(TransportIcon::StepForward, color, disabled));
    endButton_->setIcon(transportIcon(TransportIcon::ToEnd, color, disabled));
}

void PlaybackBar::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) paintIcons();
}

void PlaybackBar::syncStep() {
    const std::size_t step = controller_->step(), count = controller_->stepCount();
    {
        const QSignalBlocker block(scrubber_);
        scrubber_->setRange(0, clampToInt(count));
        scrubber_->setValue(clampToInt(step));
        scrubber_->setPageStep(std::max(1, clampToInt(count / 20)));
    }
    stepLabel_->setText(tr("step %1 / %2").arg(step).arg(count));
    startButton_->setEnabled(step > 0);
    backButton_->setEnabled(step > 0);
    forwardButton_->setEnabled(step < count);
    endButton_->setEnabled(step < count);
    playButton_->setEnabled(count > 0);
    scrubber_->setEnabled(count > 0);
}

void PlaybackBar::syncPlaying(bool playing) {
    playing_ = playing;
    paintIcons();
    playButton_->setText(playing ? tr("Pause") : tr("Play"));
    playButton_->setAccessibleName(playButton_->text());
}

void PlaybackBar::syncLoop() {
    const bool looping = controller_->isLooping();
    const QSignalBlocker block(loopButton_);
    loopButton_->setChecked(looping);
    // The label says the range, so the state shows without colour.
    loopButton_->setText(looping ? tr("⟲ %1–%2").arg(controller_->loopStart()).arg(controller_->loopEnd())
                                 : tr("⟲ Loop"));
}

void PlaybackBar::syncSpeed(double speed) {
    const QSignalBlocker block(speedCombo_);
    const int i = static_cast<int>(speeds().indexOf(speed));
    if (i >= 0) speedCombo_->setCurrentIndex(i);
}

}  // namespace stepwise::ui
