#include "core/practice/Fsrs.h"

#include <algorithm>
#include <cmath>

namespace stepwise::practice {
namespace {

constexpr double kMinStability = 1e-3;
constexpr double kMaxStability = 36500;

/// JavaScript's Math.round(x * 1e8) / 1e8 (halves round up).
double round8(double x) { return std::floor(x * 1e8 + 0.5) / 1e8; }
double clamp(double x, double low, double high) { return std::min(std::max(x, low), high); }

}  // namespace

Fsrs::Fsrs(std::array<double, 21> weights, double requestRetention, int maximumInterval)
    : w_(weights), maximumInterval_(maximumInterval) {
    decay_ = -w_[20];
    factor_ = round8(std::exp(std::log(0.9) / decay_) - 1);
    intervalModifier_ = round8((std::pow(requestRetention, 1 / decay_) - 1) / factor_);
}

double Fsrs::retrievability(double elapsedDays, double stability) const {
    return round8(std::pow(1 + factor_ * elapsedDays / stability, decay_));
}

double Fsrs::initDifficulty(int g) const { return round8(w_[4] - std::exp((g - 1) * w_[5]) + 1); }

int Fsrs::nextInterval(double stability) const {
    const double days = std::floor(stability * intervalModifier_ + 0.5);
    return static_cast<int>(std::min(std::max(1.0, days), static_cast<double>(maximumInterval_)));
}

Fsrs::Memory Fsrs::nextState(const MemoryState& card, int elapsedDays, Rating rating, double r) const {
    const int g = static_cast<int>(rating);
    const double d = card.difficulty, s = card.stability;
    if (d == 0 && s == 0) return {std::max(w_[g - 1], 0.1), clamp(initDifficulty(g), 1, 10)};
    (void)elapsedDays;  // short-term stability (same-day reviews) is off: t = 0 is an ordinary review
    double next;
    if (rating == Rating::Again) {
        const double forget = round8(clamp(w_[11] * std::pow(d, -w_[12]) * (std::pow(s + 1, w_[13]) - 1) *
                                               std::exp((1 - r) * w_[14]),
                                           kMinStability, kMaxStability));
        next = clamp(round8(s), kMinStability, forget);  // w17 * w18 is 0 without short-term steps
    } else {
        const double hard = rating == Rating::Hard ? w_[15] : 1;
        const double easy = rating == Rating::Easy ? w_[16] : 1;
        next = round8(clamp(s * (1 + std::exp(w_[8]) * (11 - d) * std::pow(s, -w_[9]) *
                                         (std::exp((1 - r) * w_[10]) - 1) * hard * easy),
                            kMinStability, kMaxStability));
    }
    const double delta = -w_[6] * (g - 3);
    const double damped = d + round8(delta * (10 - d) / 9);
    const double reverted = round8(w_[7] * initDifficulty(4) + (1 - w_[7]) * damped);
    return {next, clamp(reverted, 1, 10)};
}

Scheduled Fsrs::review(const MemoryState& card, int elapsedDays, Rating rating) const {
    const bool fresh = card.reps == 0;
    const int t = fresh ? 0 : elapsedDays;
    const double r = fresh ? 1 : retrievability(t, card.stability);
    // ts-fsrs computes all four outcomes and keeps their intervals in order
    // (again < hard < good < easy); the chosen one depends on the others.
    std::array<int, 5> interval{};
    std::array<Memory, 5> memory{};
    for (int g = 1; g <= 4; ++g) {
        memory[g] = nextState(card, t, static_cast<Rating>(g), r);
        interval[g] = nextInterval(memory[g].stability);
    }
    interval[1] = std::min(interval[1], interval[2]);
    interval[2] = std::max(interval[2], interval[1] + 1);
    interval[3] = std::max(interval[3], interval[2] + 1);
    interval[4] = std::max(interval[4], interval[3] + 1);
    const int g = static_cast<int>(rating);
    Scheduled out;
    out.memory.stability = memory[g].stability;
    out.memory.difficulty = memory[g].difficulty;
    out.memory.reps = card.reps + 1;
    out.memory.lapses = card.lapses + (!fresh && rating == Rating::Again ? 1 : 0);
    out.intervalDays = interval[g];
    return out;
}

}  // namespace stepwise::practice
