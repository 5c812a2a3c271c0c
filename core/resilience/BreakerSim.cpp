#include "core/resilience/BreakerSim.h"

#include "core/common/InputError.h"

namespace stepwise::resilience {

BreakerSim::BreakerSim(const BreakerConfig& config, std::shared_ptr<const std::vector<CallToken>> tokens,
                       const RetryConfig& retry)
    : breaker_(config), retry_(retry), tokens_(std::move(tokens)) {}

void BreakerSim::processToken() {
    pending_.events.clear();
    pendingAt_ = 0;
    const CallToken& t = (*tokens_)[next_++];
    callNumber_ = 0;
    switch (t.kind) {
        case CallToken::Kind::Call:
            callNumber_ = ++calls_;
            for (std::uint32_t attempt = 1;; ++attempt) {
                const std::size_t first = pending_.events.size();
                const bool permitted = breaker_.tryAcquirePermission(now_, pending_);
                if (permitted) breaker_.onResult(now_, t.duration, t.failed, pending_);
                if (retry_.maxAttempts > 1)
                    for (std::size_t i = first; i < pending_.events.size(); ++i) pending_.events[i].attempt = attempt;
                if ((permitted && !t.failed) || attempt >= retry_.maxAttempts) break;
                const Time wait = retryWait(retry_, attempt);
                now_ += wait;
                breaker_.advanceTo(now_, pending_);
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
            const BreakerConfig& c = breaker_.config();
            if (c.automaticTransitionFromOpenToHalfOpenEnabled && c.maxWaitDurationInHalfOpenState > 0) {
                // Each cycle lasts at least wait + maxWait: bound the transitions before making them.
                const Time cycle = c.waitDurationInOpenState + c.maxWaitDurationInHalfOpenState;
                if (t.duration / cycle > static_cast<Time>(maxEventsPerToken / 2))
                    throw InputError("--calls: item " + std::to_string(next_) + " '" + tokenText(t) +
                                     "' would cycle OPEN → HALF_OPEN → OPEN by itself more than " +
                                     std::to_string(maxEventsPerToken / 2) +
                                     " times (automatic transition with maxWaitDurationInHalfOpenState); move the "
                                     "clock in smaller steps or less far");
            }
            now_ += t.duration;
            breaker_.advanceTo(now_, pending_);
            BreakerEvent e;
            e.kind = BreakerEvent::Kind::Advance;
            e.at = now_;
            e.duration = t.duration;
            e.state = breaker_.state();
            pending_.events.push_back(e);
            break;
        }
        case CallToken::Kind::Transition:
            breaker_.transitionTo(t.target, now_, pending_);
            break;
        case CallToken::Kind::Reset:
            breaker_.reset(now_, pending_);
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

void BreakerSim::step() {
    while (pendingAt_ == pending_.events.size()) processToken();
    ++pendingAt_;
    ++position_;
}

}  // namespace stepwise::resilience
