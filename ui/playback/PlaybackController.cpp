#include "ui/playback/PlaybackController.h"

#include <algorithm>
#include <cmath>

namespace stepwise::ui {

PlaybackController::PlaybackController(QObject* parent) : QObject(parent) {
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &PlaybackController::tick);
    timer_.setInterval(intervalMs());
}

void PlaybackController::reset(std::size_t count) {
    setPlaying(false);
    const bool countChanged = count != count_;
    count_ = count;
    step_ = 0;
    movedForward_ = false;
    groupEnds_.clear();
    if (looping_) {
        looping_ = false;
        Q_EMIT loopChanged();
    }
    if (countChanged) Q_EMIT stepCountChanged(count_);
    Q_EMIT stepChanged(step_);
}

void PlaybackController::setSpeed(double stepsPerSecond) {
    const double speed = std::isnan(stepsPerSecond) ? minSpeed : std::max(minSpeed, stepsPerSecond);
    if (speed == speed_) return;
    speed_ = speed;
    timer_.setInterval(intervalMs());
    Q_EMIT speedChanged(speed_);
    if (playing_ && isInstant()) {
        // Instant play jumps to the end, or a loop's end: looping at no speed would show nothing.
        moveTo(gated(looping_ ? loopEnd_ : count_));
        if (looping_ || atEnd()) setPlaying(false);  // held by the gate: the timer keeps asking
    }
}

int PlaybackController::intervalMs() const {
    if (isInstant()) return minIntervalMs;
    return std::max(minIntervalMs, static_cast<int>(std::lround(1000.0 / speed_)));
}

std::size_t PlaybackController::stepsPerTick() const {
    if (isInstant()) return count_;
    const double perTick = speed_ * intervalMs() / 1000.0;
    return std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(perTick)));
}

void PlaybackController::play() {
    if (count_ == 0) return;
    if (looping_ && (step_ < loopStart_ || step_ >= loopEnd_)) moveTo(loopStart_);
    else if (atEnd()) moveTo(0);
    if (isInstant()) {
        moveTo(gated(looping_ ? loopEnd_ : count_));
        if (looping_ || atEnd()) {
            setPlaying(false);
            return;
        }
    }
    if (looping_ && loopStart_ == loopEnd_) return;  // a loop of one step has nothing to play
    setPlaying(true);
}

void PlaybackController::pause() { setPlaying(false); }

void PlaybackController::toggle() {
    if (playing_) pause();
    else play();
}

void PlaybackController::stepForward() {
    setPlaying(false);
    if (step_ < count_) moveTo(gated(step_ + 1), true);
}

void PlaybackController::stepBack() {
    setPlaying(false);
    if (step_ > 0) moveTo(step_ - 1);
}

void PlaybackController::setGroupEnds(std::vector<std::size_t> ends) { groupEnds_ = std::move(ends); }

void PlaybackController::nextGroup() {
    setPlaying(false);
    const auto it = std::upper_bound(groupEnds_.begin(), groupEnds_.end(), step_);
    if (it == groupEnds_.end()) {
        if (groupEnds_.empty() && step_ < count_) moveTo(gated(step_ + 1), true);
        else if (!groupEnds_.empty()) moveTo(gated(count_), true);
        return;
    }
    moveTo(gated(std::min(*it, count_)), true);
}

void PlaybackController::previousGroup() {
    setPlaying(false);
    const auto it = std::lower_bound(groupEnds_.begin(), groupEnds_.end(), step_);
    if (groupEnds_.empty()) {
        if (step_ > 0) moveTo(step_ - 1);
        return;
    }
    moveTo(it == groupEnds_.begin() ? 0 : std::min(*std::prev(it), count_));
}

void PlaybackController::seek(std::size_t k) {
    moveTo(std::min(k, count_));
    if (atEnd()) setPlaying(false);
}

void PlaybackController::toStart() {
    setPlaying(false);
    moveTo(0);
}

void PlaybackController::toEnd() {
    setPlaying(false);
    moveTo(count_);
}

void PlaybackController::tick() {
    if (!playing_) return;
    if (looping_) {
        if (step_ >= loopEnd_ || step_ < loopStart_) moveTo(loopStart_);
        else moveTo(gated(std::min(loopEnd_, step_ + stepsPerTick())), true);
        return;
    }
    const std::size_t room = count_ - step_;
    moveTo(gated(step_ + std::min(room, stepsPerTick())), true);
    if (atEnd()) setPlaying(false);
}

void PlaybackController::setLoop(std::size_t first, std::size_t last) {
    first = std::min(first, count_);
    last = std::min(last, count_);
    if (first > last) std::swap(first, last);
    const bool changed = !looping_ || first != loopStart_ || last != loopEnd_;
    looping_ = true;
    loopStart_ = first;
    loopEnd_ = last;
    if (changed) Q_EMIT loopChanged();
}

void PlaybackController::markLoopStart() {
    setLoop(step_, looping_ && loopEnd_ > step_ ? loopEnd_ : count_);
}

void PlaybackController::markLoopEnd() {
    setLoop(looping_ && loopStart_ < step_ ? loopStart_ : 0, step_);
}

void PlaybackController::toggleLoop() {
    if (looping_) clearLoop();
    else setLoop(0, count_);
}

void PlaybackController::clearLoop() {
    if (!looping_) return;
    looping_ = false;
    Q_EMIT loopChanged();
}

void PlaybackController::setPlaying(bool playing) {
    if (playing == playing_) return;
    playing_ = playing;
    if (playing_) timer_.start(intervalMs());
    else timer_.stop();
    Q_EMIT playingChanged(playing_);
}

std::size_t PlaybackController::gated(std::size_t to) const {
    if (!gate_ || to <= step_) return to;
    return std::clamp(gate_(step_, to), step_, to);
}

void PlaybackController::moveTo(std::size_t k, bool forward) {
    if (k == step_) return;
    movedForward_ = forward && k > step_;
    step_ = k;
    Q_EMIT stepChanged(step_);
}

}  // namespace stepwise::ui
