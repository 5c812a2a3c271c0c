#include "core/resilience/BreakerSim.h"

#include "core/common/InputError.h"

namespace stepwise::resilience {

BreakerSim::BreakerSim(const BreakerConfig& config, std::shared_ptr<const std::vector<CallToken>> tokens,
                       const RetryConfig& retry, const InnerPolicies& inner)
    : breaker_(config), retry_(retry), inner_(inner), tokens_(std::move(tokens)) {
    if (inner.rateLimiter) limiter_.emplace(*inner.rateLimiter);
    if (inner.bulkhead) bulkhead_.emplace(*inner.bulkhead);
}

void BreakerSim::checkCycles(Time delta) const {
    const BreakerConfig& c = breaker_.config();
    if (!c.automaticTransitionFromOpenToHalfOpenEnabled || c.maxWaitDurationInHalfOpenState <= 0) return;
    // Each cycle lasts at least wait + maxWait: bound the transitions before making them.
    const Time cycle = c.waitDurationInOpenState + c.maxWaitDurationInHalfOpenState;
    if (delta / cycle > static_cast<Time>(maxEventsPerToken / 2))
        throw InputError("--calls: item " + std::to_string(next_) + " '" + tokenText((*tokens_)[next_ - 1]) +
                         "' would cycle OPEN → HALF_OPEN → OPEN by itself more than " +
                         std::to_string(maxEventsPerToken / 2) +
                         " times (automatic transition with maxWaitDurationInHalfOpenState); move the "
                         "clock in smaller steps or less far");
}

bool BreakerSim::attemptCall(const CallToken& t) {
    bool permitted = false;
    onBreaker([&](CircuitBreaker& b) { permitted = b.tryAcquirePermission(now_, pending_); });
    if (!permitted) return false;
    Time waited = 0;
    auto refused = BreakerEvent::RefusedBy::None;
    auto gateEvent = [&](BreakerEvent::Kind kind, BreakerEvent::Gate gate, Time wait, std::int64_t level) {
        BreakerEvent e;
        e.kind = kind;
        e.gate = gate;
        e.at = now_;
        e.duration = wait;
        e.level = level;
        e.state = breaker_.state();
        pending_.events.push_back(e);
    };
    if (limiter_) {
        const Time wait = limiter_->acquire(now_);
        const Time held = wait < 0 ? limiter_->config().timeoutDuration : wait;  // a refusal waits out the timeout
        checkCycles(held);
        now_ += held;
        waited += held;
        if (wait < 0) refused = BreakerEvent::RefusedBy::RateLimiter;
        gateEvent(BreakerEvent::Kind::RateLimiter,
                  wait < 0 ? BreakerEvent::Gate::Rejected : wait > 0 ? BreakerEvent::Gate::Waited : BreakerEvent::Gate::Permitted,
                  held, limiter_->permits());
    }
    if (bulkhead_ && refused == BreakerEvent::RefusedBy::None) {
        const Time start = bulkhead_->admit(now_, t.duration);
        const Time held = start < 0 ? inner_.bulkhead->maxWaitDuration : start - now_;
        checkCycles(held);
        now_ += held;
        waited += held;
        if (start < 0) refused = BreakerEvent::RefusedBy::Bulkhead;
        gateEvent(BreakerEvent::Kind::Bulkhead,
                  start < 0 ? BreakerEvent::Gate::Rejected : held > 0 ? BreakerEvent::Gate::Waited : BreakerEvent::Gate::Permitted,
                  held, bulkhead_->busy(now_));
    }
    const bool refusedInside = refused != BreakerEvent::RefusedBy::None;
    const bool failed = t.failed || refusedInside;
    const std::size_t first = pending_.events.size();
    const Time duration = refusedInside ? waited : waited + t.duration;
    onBreaker([&](CircuitBreaker& b) { b.onResult(now_, duration, failed, pending_); });
    for (std::size_t i = first; i < pending_.events.size(); ++i) {
        BreakerEvent& e = pending_.events[i];
        if (e.kind != BreakerEvent::Kind::Recorded && e.kind != BreakerEvent::Kind::Ignored) continue;
        e.refusedBy = refused;
        e.innerWait = waited;
    }
    return !failed;
}

void BreakerSim::processToken() {
    pending_.events.clear();
    after_.clear();
    pendingAt_ = 0;
    const CallToken& t = (*tokens_)[next_++];
    callNumber_ = 0;
    switch (t.kind) {
        case CallToken::Kind::Call:
            callNumber_ = ++calls_;
            for (std::uint32_t attempt = 1;; ++attempt) {
                const std::size_t first = pending_.events.size();
                const bool succeeded = attemptCall(t);
                if (retry_.maxAttempts > 1)
                    for (std::size_t i = first; i < pending_.events.size(); ++i) pending_.events[i].attempt = attempt;
                if (succeeded || attempt >= retry_.maxAttempts) break;
                const Time wait = retryWait(retry_, attempt);
                checkCycles(wait);
                now_ += wait;
                onBreaker([&](CircuitBreaker& b) { b.advanceTo(now_, pending_); });
                BreakerEvent e;
                e.kind = BreakerEvent::Kind::RetryWait;
                e.at = now_;
                e.duration = wait;
                e.state = breaker_.state();
                e.attempt = attempt + 1;
                pending_.events.push_back(e);
            }
            break;
        case CallToken::Kind::Advance: {
            checkCycles(t.duration);
            now_ += t.duration;
            onBreaker([&](CircuitBreaker& b) { b.advanceTo(now_, pending_); });
            BreakerEvent e;
            e.kind = BreakerEvent::Kind::Advance;
            e.at = now_;
            e.duration = t.duration;
            e.state = breaker_.state();
            pending_.events.push_back(e);
            break;
        }
        case CallToken::Kind::Transition:
            onBreaker([&](CircuitBreaker& b) { b.transitionTo(t.target, now_, pending_); });
            break;
        case CallToken::Kind::Reset:
            onBreaker([&](CircuitBreaker& b) { b.reset(now_, pending_); });
            if (pending_.events.empty()) {
                // Already CLOSED: the metrics are cleared all the same, and that is the step.
                BreakerEvent e;
                e.kind = BreakerEvent::Kind::Cleared;
                e.at = now_;
                e.state = breaker_.state();
                pending_.events.push_back(e);
            }
            break;
    }
}

const CircuitBreaker& BreakerSim::breakerAtEvent() const {
    // The last call that began at or before the current event made it, or came before it.
    const std::size_t current = pendingAt_ - 1;
    const CircuitBreaker* at = &breaker_;
    for (const auto& [before, breaker] : after_)
        if (before <= current) at = &breaker;
    return *at;
}

void BreakerSim::step() {
    while (pendingAt_ == pending_.events.size()) processToken();
    ++pendingAt_;
    ++position_;
}

}  // namespace stepwise::resilience
