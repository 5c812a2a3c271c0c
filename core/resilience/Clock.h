#pragma once
// The time every resilience policy reads: a simulated clock the run moves by hand, or the real
// steady clock. Policies take the time as an argument on their hot path (so a copied breaker never
// points at another run's clock); a caller holding a Clock passes clock.now().
#include <chrono>
#include <cstdint>

#include "core/sim/Engine.h"

namespace stepwise::resilience {

/// Microseconds, as the simulation engine counts (sim::Time).
using Time = sim::Time;
inline constexpr Time microsecond = sim::microsecond;
inline constexpr Time millisecond = sim::millisecond;
inline constexpr Time second = sim::second;

class Clock {
  public:
    virtual ~Clock() = default;
    /// Non-decreasing.
    virtual Time now() const = 0;
};

/// Time that moves only when told: the breaker run, the tests.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Time start = 0) : now_(start) {}
    Time now() const override { return now_; }
    /// Precondition: delta >= 0.
    void advance(Time delta) { now_ += delta; }
    void set(Time t) { now_ = t; }

  private:
    Time now_;
};

/// std::chrono::steady_clock in microseconds since its epoch.
class SteadyClock final : public Clock {
  public:
    Time now() const override {
        return std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

}  // namespace stepwise::resilience
