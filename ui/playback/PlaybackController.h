#pragma once
// The one clock of a stepped view: current step, step count, play/pause and speed. It knows nothing
// about what is being stepped; a room connects stepChanged to its timeline's seek.
#include <QObject>
#include <QTimer>
#include <cstddef>
#include <functional>
#include <limits>
#include <vector>

namespace stepwise::ui {

class PlaybackController : public QObject {
    Q_OBJECT
public:
    /// The speed that means "jump straight to the end".
    static constexpr double instant = std::numeric_limits<double>::infinity();
    static constexpr double minSpeed = 0.5;
    /// The timer never fires faster than this; higher speeds advance several steps per tick.
    static constexpr int minIntervalMs = 16;

    explicit PlaybackController(QObject* parent = nullptr);

    /// A new run: `count` steps, back to step 0, paused, no groups. Always emits stepChanged(0).
    void reset(std::size_t count);
    /// Where the run's step groups end (an operation, a request): the steps nextGroup and
    /// previousGroup stop at, ascending. Empty: they step one by one.
    void setGroupEnds(std::vector<std::size_t> ends);
    const std::vector<std::size_t>& groupEnds() const { return groupEnds_; }

    std::size_t step() const { return step_; }
    std::size_t stepCount() const { return count_; }
    bool isPlaying() const { return playing_; }
    bool atEnd() const { return step_ == count_; }
    /// Whether the last stepChanged was a move forward by the player's forward controls
    /// (stepForward, nextGroup, a play tick), not a step back, a seek, the scrubber or a new run:
    /// a view animates only those.
    bool movedForward() const { return movedForward_; }

    /// Steps per second, clamped to [minSpeed, ∞]; `instant` makes play jump to the end.
    void setSpeed(double stepsPerSecond);
    double speed() const { return speed_; }
    bool isInstant() const { return speed_ == instant; }
    /// Loop a range: while it is set, play runs from `first` to `last` and starts again at `first`
    /// (clamped to the run; reset() clears it).
    void setLoop(std::size_t first, std::size_t last);
    bool isLooping() const { return looping_; }
    std::size_t loopStart() const { return loopStart_; }
    std::size_t loopEnd() const { return loopEnd_; }

    /// Asked before a forward move by stepForward, nextGroup or play: given the step the move
    /// starts at and the step it would reach, returns how far it may go (a pending prediction holds
    /// the step; play then waits, still playing). Jumps (seek, toEnd, the scrubber) are not asked.
    using Gate = std::function<std::size_t(std::size_t from, std::size_t to)>;
    /// Empty: no gate.
    void setGate(Gate gate) { gate_ = std::move(gate); }

    /// The timer interval and how many steps one tick advances at the current speed.
    int intervalMs() const;
    std::size_t stepsPerTick() const;

public Q_SLOTS:
    /// Starts playing; from the end it starts again at step 0. At `instant` speed it seeks to the end
    /// (to a loop's end when looping) and stops. A loop of one step does not play.
    void play();
    void pause();
    void toggle();
    /// One step by hand; pauses playback.
    void stepForward();
    void stepBack();
    /// To the end of the current group, or of the next one when already there; pauses playback.
    void nextGroup();
    /// To the end of the previous group (step 0 before the first); pauses playback.
    void previousGroup();
    /// Moves to step k, clamped to [0, stepCount()]; keeps playing if it was.
    void seek(std::size_t k);
    void toStart();
    void toEnd();
    /// What the timer calls: advance stepsPerTick() steps, pausing at the end (or, looping, going
    /// back to the loop's start after its end).
    void tick();
    /// The loop starts (or ends) at the current step; the other end stays, or is the run's end
    /// (start) when no loop was set. Looping starts at once.
    void markLoopStart();
    void markLoopEnd();
    /// Loops the whole run when no loop is set, stops looping when one is.
    void toggleLoop();
    void clearLoop();

Q_SIGNALS:
    void stepChanged(std::size_t step);
    void stepCountChanged(std::size_t count);
    void playingChanged(bool playing);
    void speedChanged(double stepsPerSecond);
    void loopChanged();

private:
    void setPlaying(bool playing);
    void moveTo(std::size_t k, bool forward = false);
    /// `to`, or less when the gate holds a step on the way.
    std::size_t gated(std::size_t to) const;

    QTimer timer_;
    Gate gate_;
    std::size_t step_ = 0;
    std::size_t count_ = 0;
    std::vector<std::size_t> groupEnds_;
    double speed_ = 2.0;
    bool playing_ = false;
    bool looping_ = false;
    bool movedForward_ = false;
    std::size_t loopStart_ = 0;
    std::size_t loopEnd_ = 0;
};

}  // namespace stepwise::ui
