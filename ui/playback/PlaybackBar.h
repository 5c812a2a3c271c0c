#pragma once
// The transport row under a stepped view: to start, back, play/pause, forward, to end, a scrubber,
// "step k / n" and a speed choice. Drives a PlaybackController and follows it.
// Keys (window-wide, so they work wherever focus is, except in a text editor that wants them):
// Space play/pause, Left/Right step, PageUp/PageDown step by group, Home/End jump; [ and ] set
// the start and end of a loop at the current step, L loops (the whole run) or stops looping.
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace stepwise::ui {

class PlaybackController;

class PlaybackBar : public QWidget {
    Q_OBJECT
public:
    explicit PlaybackBar(PlaybackController* controller, QWidget* parent = nullptr);

    /// The speed choices, in steps per second; the last is PlaybackController::instant.
    static const QList<double>& speeds();
    /// Adds a room's own control (the Predict toggle) at the end of the row.
    void addTool(QWidget* tool);

protected:
    void changeEvent(QEvent* event) override;

private:
    void paintIcons();
    void syncStep();
    void syncPlaying(bool playing);
    void syncSpeed(double speed);
    void syncLoop();
    /// `what` is the shortcut's whatsThis: Help → Keyboard shortcuts lists it.
    void addShortcut(const QKeySequence& key, void (PlaybackController::*slot)(), const QString& what);

    PlaybackController* controller_;
    QToolButton* startButton_;
    QToolButton* backButton_;
    QToolButton* playButton_;
    QToolButton* forwardButton_;
    QToolButton* endButton_;
    QSlider* scrubber_;
    QLabel* stepLabel_;
    QComboBox* speedCombo_;
    QToolButton* loopButton_;
    bool playing_ = false;
};

}  // namespace stepwise::ui
