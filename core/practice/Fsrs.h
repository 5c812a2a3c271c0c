#pragma once
// FSRS-6, the memory model of Anki's current scheduler, as ts-fsrs 5 computes it with
// enable_fuzz = false and enable_short_term = false (no same-day learning steps: every review is
// scheduled in whole days). Same roundings as ts-fsrs (8 decimals where it rounds), so a test can
// compare with its output exactly (tests/practice/fsrs-reference).
#include <array>
#include <cstdint>

namespace stepwise::practice {

/// Anki's grades. practice derives them from correctness and time (Scoring.h).
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

/// The published FSRS-6 default parameters w0..w20 (ts-fsrs default_w).
inline constexpr std::array<double, 21> kFsrs6DefaultWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

/// A card's memory: stability (days until recall falls to 90 %) and difficulty in [1, 10].
/// A new card has both 0 and reps 0.
struct MemoryState {
    double stability = 0;
    double difficulty = 0;
    int reps = 0;
    int lapses = 0;
};

struct Scheduled {
    MemoryState memory;
    int intervalDays = 0;  // the next review, in days after this one
};

class Fsrs {
  public:
    explicit Fsrs(std::array<double, 21> weights = kFsrs6DefaultWeights, double requestRetention = 0.9,
                  int maximumInterval = 36500);

    /// Recall probability after `elapsedDays` at `stability`.
    double retrievability(double elapsedDays, double stability) const;
    /// The review of `card`, `elapsedDays` (whole UTC calendar days) after its last review (0 for
    /// a new card), graded `rating`: the new memory and the interval to the next review.
    Scheduled review(const MemoryState& card, int elapsedDays, Rating rating) const;

  private:
    struct Memory {
        double stability;
        double difficulty;
    };
    Memory nextState(const MemoryState& card, int elapsedDays, Rating rating, double r) const;
    int nextInterval(double stability) const;
    double initDifficulty(int g) const;

    std::array<double, 21> w_;
    int maximumInterval_;
    double decay_;
    double factor_;
    double intervalModifier_;
};

}  // namespace stepwise::practice
