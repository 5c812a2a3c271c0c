// Thousands of random call sequences through the breaker, checked call by call against a small
// reference model of SEMANTICS.md's rules written here from the text. The model shares no code with
// core/resilience: it keeps every recorded call in a plain list and recounts the window from it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/resilience/CircuitBreaker.h"

namespace {

constexpr std::int64_t kSecond = 1'000'000;  // microseconds, like the breaker's clock

enum class St { Closed, Open, HalfOpen, Disabled, ForcedOpen, MetricsOnly };

struct RefConfig {
    double failureThreshold = 50, slowThreshold = 100;
    std::int64_t slowDuration = 0;
    bool timeBased = false;
    std::uint32_t size = 1, minimum = 1;
    std::int64_t wait = 0;
    std::uint32_t permits = 1;
    std::int64_t maxWait = 0;
    bool automatic = false;
};

struct RefTransition {
    std::int64_t at;
    St from, to;
    bool operator==(const RefTransition&) const = default;
};

/// The rules, spelled out with lists.
class Reference {
  public:
    explicit Reference(RefConfig c) : c_(c) {}

    St state() const { return st_; }
    const std::vector<RefTransition>& transitions() const { return transitions_; }

    bool call(std::int64_t now, std::int64_t duration, bool failed) {
        timers(now);
        bool permitted = false;
        if (st_ == St::Closed || st_ == St::Disabled || st_ == St::MetricsOnly) {
            permitted = true;
        } else if (st_ == St::Open) {
            if (now - openedAt_ > c_.wait) {
                go(now, St::HalfOpen);
                permitted = takePermit();
            }
        } else if (st_ == St::HalfOpen) {
            permitted = takePermit();
        }
        if (!permitted) return false;
        const Call rec{now, failed, duration > c_.slowDuration};
        if (st_ == St::Closed || st_ == St::MetricsOnly) {
            closed_.push_back(rec);
            const std::uint32_t minimum = c_.timeBased ? c_.minimum : std::min(c_.minimum, c_.size);
            if (st_ == St::Closed && trips(window(now), minimum)) go(now, St::Open);
        } else if (st_ == St::HalfOpen) {
            probes_.push_back(rec);
            if (probes_.size() == c_.permits) go(now, trips(probes_, c_.permits) ? St::Open : St::Closed);
        }
        return true;
    }

    void advance(std::int64_t now) { timers(now); }
    void force(std::int64_t now, St to) { go(now, to); }
    void reset(std::int64_t now) {
        if (st_ == St::Closed)
            closed_.clear();
        else
            go(now, St::Closed);
    }

    /// calls, failed, slow in the window at `now`.
    std::vector<std::uint32_t> counts(std::int64_t now) const {
        const auto w = window(now);
        std::uint32_t f = 0, s = 0;
        for (const auto& r : w) {
            f += r.failed;
            s += r.slow;
        }
        return {static_cast<std::uint32_t>(w.size()), f, s};
    }

  private:
    struct Call {
        std::int64_t at;
        bool failed, slow;
    };

    std::vector<Call> window(std::int64_t now) const {
        std::vector<Call> w;
        if (!c_.timeBased) {
            const std::size_t from = closed_.size() > c_.size ? closed_.size() - c_.size : 0;
            w.assign(closed_.begin() + static_cast<std::ptrdiff_t>(from), closed_.end());
        } else {
            for (const auto& r : closed_)
                if (now / kSecond - r.at / kSecond < c_.size) w.push_back(r);
        }
        return w;
    }

    bool trips(const std::vector<Call>& w, std::uint32_t minimum) const {
        if (w.empty() || w.size() < minimum) return false;
        double f = 0, s = 0;
        for (const auto& r : w) {
            f += r.failed;
            s += r.slow;
        }
        const double n = static_cast<double>(w.size());
        return f * 100 >= c_.failureThreshold * n || s * 100 >= c_.slowThreshold * n;
    }

    bool takePermit() {
        if (permitsLeft_ == 0) return false;
        --permitsLeft_;
        return true;
    }

    void timers(std::int64_t now) {
        for (;;) {
            if (st_ == St::HalfOpen && c_.maxWait > 0 && now >= halfOpenedAt_ + c_.maxWait) {
                go(halfOpenedAt_ + c_.maxWait, St::Open);
            } else if (st_ == St::Open && c_.automatic && now > openedAt_ + c_.wait) {
                go(openedAt_ + c_.wait + 1, St::HalfOpen);
            } else {
                return;
            }
        }
    }

    void go(std::int64_t at, St to) {
        transitions_.push_back({at, st_, to});
        st_ = to;
        permitsLeft_ = 0;
        if (to == St::Open) {
            openedAt_ = at;
        } else if (to == St::HalfOpen) {
            halfOpenedAt_ = at;
            probes_.clear();
            permitsLeft_ = c_.permits;
        } else {
            closed_.clear();
        }
    }

    RefConfig c_;
    St st_ = St::Closed;
    std::vector<Call> closed_, probes_;
    std::int64_t openedAt_ = 0, halfOpenedAt_ = 0;
    std::uint32_t permitsLeft_ = 0;
    std::vector<RefTransition> transitions_;
};

St toRef(stepwise::resilience::BreakerState s) {
    using B = stepwise::resilience::BreakerState;
    switch (s) {
        case B::Closed:
            return St::Closed;
        case B::Open:
            return St::Open;
        case B::HalfOpen:
            return St::HalfOpen;
        case B::Disabled:
            return St::Disabled;
        case B::ForcedOpen:
            return St::ForcedOpen;
        case B::MetricsOnly:
            return St::MetricsOnly;
    }
    return St::Closed;
}

stepwise::resilience::BreakerState fromRef(St s) {
    using B = stepwise::resilience::BreakerState;
    const B all[] = {B::Closed, B::Open, B::HalfOpen, B::Disabled, B::ForcedOpen, B::MetricsOnly};
    return all[static_cast<int>(s)];
}

void compareOnRandomSequences(bool timeBased, int sequences) {
    std::mt19937_64 rng(timeBased ? 2026 : 1202);
    auto pick = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    };
    std::size_t transitionsSeen = 0;
    for (int seq = 0; seq < sequences; ++seq) {
        RefConfig r;
        r.failureThreshold = static_cast<double>(pick(1, 100));
        r.slowThreshold = static_cast<double>(pick(1, 100));
        r.slowDuration = pick(1, 6) * 100'000;
        r.timeBased = timeBased;
        r.size = static_cast<std::uint32_t>(pick(1, 8));
        r.minimum = static_cast<std::uint32_t>(pick(1, 10));
        r.wait = pick(1, 30) * 100'000;
        r.permits = static_cast<std::uint32_t>(pick(1, 5));
        r.maxWait = pick(0, 2) == 0 ? pick(1, 40) * 100'000 : 0;
        r.automatic = pick(0, 1) == 1;

        stepwise::resilience::BreakerConfig c;
        c.failureRateThreshold = r.failureThreshold;
        c.slowCallRateThreshold = r.slowThreshold;
        c.slowCallDurationThreshold = r.slowDuration;
        c.slidingWindowType =
            timeBased ? stepwise::resilience::WindowType::TimeBased : stepwise::resilience::WindowType::CountBased;
        c.slidingWindowSize = r.size;
        c.minimumNumberOfCalls = r.minimum;
        c.waitDurationInOpenState = r.wait;
        c.permittedNumberOfCallsInHalfOpenState = r.permits;
        c.maxWaitDurationInHalfOpenState = r.maxWait;
        c.automaticTransitionFromOpenToHalfOpenEnabled = r.automatic;

        stepwise::resilience::CircuitBreaker breaker(c);
        stepwise::resilience::RecordingTracer trace;
        Reference ref(r);
        const std::int64_t failPercent = pick(0, 100);
        std::int64_t now = 0;
        std::string history;
        for (int i = 0; i < 200; ++i) {
            const std::int64_t roll = pick(0, 99);
            if (roll < 65) {
                const bool failed = pick(0, 99) < failPercent;
                const std::int64_t duration = pick(0, 7) * 100'000 + pick(-1, 1);
                history += (failed ? "F" : "S") + std::to_string(duration) + " ";
                bool permitted = breaker.tryAcquirePermission(now, trace);
                if (permitted) breaker.onResult(now, duration, failed, trace);
                const bool expected = ref.call(now, duration, failed);
                ASSERT_EQ(permitted, expected) << "sequence " << seq << ": " << history;
                if (permitted && (ref.state() == St::Closed || ref.state() == St::MetricsOnly)) {
                    const auto& got = breaker.window().counts();
                    ASSERT_EQ((std::vector<std::uint32_t>{got.calls, got.failed, got.slow}), ref.counts(now))
                        << "sequence " << seq << ": " << history;
                }
            } else if (roll < 95) {
                const std::int64_t steps[] = {1, 1'000, 100'000, 500'000, kSecond, 2 * kSecond, 5 * kSecond};
                now += pick(0, 3) == 0 ? pick(1, 3 * kSecond) : steps[pick(0, 6)];
                history += "+" + std::to_string(now) + " ";
                breaker.advanceTo(now, trace);
                ref.advance(now);
            } else if (roll < 98) {
                const St to = static_cast<St>(pick(0, 5));
                history += "!" + std::to_string(static_cast<int>(to)) + " ";
                breaker.transitionTo(fromRef(to), now, trace);
                ref.force(now, to);
            } else {
                history += "!reset ";
                breaker.reset(now, trace);
                ref.reset(now);
            }
            ASSERT_EQ(toRef(breaker.state()), ref.state()) << "sequence " << seq << ": " << history;
        }
        std::vector<RefTransition> got;
        for (const auto& e : trace.events)
            if (e.kind == stepwise::resilience::BreakerEvent::Kind::Transition)
                got.push_back({e.transition.at, toRef(e.transition.from), toRef(e.transition.to)});
        ASSERT_EQ(got, ref.transitions()) << "sequence " << seq << ": " << history;
        transitionsSeen += got.size();
    }
    // The sequences must reach the interesting states, or the comparison proves little.
    EXPECT_GT(transitionsSeen, static_cast<std::size_t>(sequences) * 3);
}

TEST(BreakerReference, CountWindowMatchesTheModelOnThousandsOfRandomSequences) {
    compareOnRandomSequences(false, 3000);
}

TEST(BreakerReference, TimeWindowMatchesTheModelOnThousandsOfRandomSequences) {
    compareOnRandomSequences(true, 3000);
}

}  // namespace
