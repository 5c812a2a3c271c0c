#include "core/resilience/BreakerItemRun.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "core/common/InputError.h"

namespace stepwise::resilience {
namespace {

enum Line : int {
    PermitLine,
    HalfOpenLine,
    RejectLine,
    RecordLine,
    TripLine,
    ProbeLine,
    ClockLine,
    ManualLine,
    RetryLine,
    LimiterLine,
    BulkheadLine,
};

int lineOf(const BreakerEvent& e) {
    switch (e.kind) {
        case BreakerEvent::Kind::Permitted:
            return PermitLine;
        case BreakerEvent::Kind::Rejected:
            return RejectLine;
        case BreakerEvent::Kind::Recorded:
        case BreakerEvent::Kind::Ignored:
            return RecordLine;
        case BreakerEvent::Kind::Advance:
            return ClockLine;
        case BreakerEvent::Kind::Cleared:
            return ManualLine;
        case BreakerEvent::Kind::RetryWait:
            return RetryLine;
        case BreakerEvent::Kind::RateLimiter:
            return LimiterLine;
        case BreakerEvent::Kind::Bulkhead:
            return BulkheadLine;
        case BreakerEvent::Kind::Transition:
            break;
    }
    using K = TransitionCause::Kind;
    const Transition& t = e.transition;
    switch (t.cause.kind) {
        case K::FailureRate:
        case K::SlowCallRate:
            return t.from == BreakerState::HalfOpen ? ProbeLine : TripLine;
        case K::BelowThresholds:
            return ProbeLine;
        case K::WaitElapsed:
            return t.cause.automatic ? ClockLine : HalfOpenLine;
        case K::MaxWaitInHalfOpen:
            return ClockLine;
        case K::Requested:
        case K::Reset:
            return ManualLine;
    }
    return ManualLine;
}

std::string percent(std::uint32_t part, std::uint32_t calls) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", calls == 0 ? 0.0 : 100.0 * part / calls);
    std::string s = text;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s + " %";
}

std::string callHead(const BreakerSim& s) {
    const CallToken& t = s.tokens()[s.tokenIndex()];
    const std::uint32_t attempt = s.event().attempt;
    return "call " + std::to_string(s.callNumber()) + " (" + tokenText(t) + ")" +
           (attempt > 0 ? ", attempt " + std::to_string(attempt) + " of " + std::to_string(s.retry().maxAttempts) : "") +
           " at " + formatMillis(s.event().at);
}

std::string windowWords(const BreakerSim& s, const BreakerEvent& e) {
    const BreakerConfig& c = s.breaker().config();
    const WindowCounts& n = e.counts;
    if (e.state == BreakerState::HalfOpen)
        return "probes " + std::to_string(n.calls) + " of " + std::to_string(c.permittedNumberOfCallsInHalfOpenState) +
               ": " + std::to_string(n.failed) + " failed, " + std::to_string(n.slow) + " slow";
    std::string words = "window " + std::to_string(n.calls) + (n.calls == 1 ? " call: " : " calls: ") +
                        std::to_string(n.failed) + " failed (" + percent(n.failed, n.calls) + "), " +
                        std::to_string(n.slow) + " slow (" + percent(n.slow, n.calls) + ")";
    if (n.calls < c.effectiveMinimumCalls())
        words += "; below the minimum of " + std::to_string(c.effectiveMinimumCalls()) + " calls, no rate yet";
    return words;
}

std::string eventSentence(const BreakerSim& s) {
    const BreakerEvent& e = s.event();
    const CircuitBreaker& b = s.breaker();
    switch (e.kind) {
        case BreakerEvent::Kind::Permitted:
            if (e.state == BreakerState::HalfOpen)
                return callHead(s) + ": permitted as a half-open probe (" + std::to_string(e.permitsLeft) +
                       " permits left)";
            return callHead(s) + ": permitted (" + stateName(e.state) + ")";
        case BreakerEvent::Kind::Rejected:
            if (e.state == BreakerState::Open)
                return callHead(s) + ": rejected, OPEN for " + formatMillis(e.at - b.openedAt()) +
                       ", not more than the " + formatDuration(b.config().waitDurationInOpenState) + " wait";
            if (e.state == BreakerState::HalfOpen) return callHead(s) + ": rejected, every half-open permit is out";
            return callHead(s) + ": rejected, FORCED_OPEN rejects every call";
        case BreakerEvent::Kind::Recorded: {
            const bool failed = e.outcome & Failed, slow = e.outcome & Slow;
            std::string what = failed ? "failed" : "succeeded";
            if (e.refusedBy != BreakerEvent::RefusedBy::None)
                what = e.refusedBy == BreakerEvent::RefusedBy::RateLimiter
                           ? "failed with RequestNotPermitted (the rate limiter's), recorded as a failure"
                           : "failed with BulkheadFullException (the bulkhead's), recorded as a failure";
            if (e.duration > 0) what += " in " + formatDuration(e.duration);
            if (e.innerWait > 0 && e.refusedBy == BreakerEvent::RefusedBy::None)
                what += " (" + formatDuration(e.innerWait) + " of it waiting inside)";
            if (slow) what += " (slow: over " + formatDuration(b.config().slowCallDurationThreshold) + ")";
            return callHead(s) + " " + what + "; " + windowWords(s, e);
        }
        case BreakerEvent::Kind::Ignored:
            return callHead(s) + std::string(e.outcome & Failed ? " failed" : " succeeded") +
                   (e.refusedBy == BreakerEvent::RefusedBy::RateLimiter ? " (RequestNotPermitted)"
                    : e.refusedBy == BreakerEvent::RefusedBy::Bulkhead  ? " (BulkheadFullException)"
                                                                        : "") +
                   "; " + stateName(e.state) + " records nothing";
        case BreakerEvent::Kind::RateLimiter: {
            const RateLimiterConfig& c = s.rateLimiter()->config();
            const std::string left = e.level >= 0 ? std::to_string(e.level) + " permits left"
                                                  : std::to_string(-e.level) + " reserved ahead";
            if (e.gate == BreakerEvent::Gate::Permitted)
                return callHead(s) + ": the rate limiter gives a permit at once (" + left + ")";
            if (e.gate == BreakerEvent::Gate::Waited)
                return callHead(s) + ": the rate limiter has no permit now; waits " + formatDuration(e.duration) +
                       " for one of a later cycle → " + formatMillis(e.at) + " (" + left + ")";
            return callHead(s) + ": rejected by the rate limiter: no permit within " + formatDuration(c.timeoutDuration) +
                   " (timeoutDuration)" + (e.duration > 0 ? ", after waiting it out → " + formatMillis(e.at) : std::string());
        }
        case BreakerEvent::Kind::Bulkhead: {
            const BulkheadConfig& c = *s.inner().bulkhead;
            const std::string busy = std::to_string(e.level) + " of " + std::to_string(c.maxConcurrentCalls) + " slots busy";
            if (e.gate == BreakerEvent::Gate::Permitted) return callHead(s) + ": the bulkhead has a free slot (" + busy + ")";
            if (e.gate == BreakerEvent::Gate::Waited)
                return callHead(s) + ": every bulkhead slot is busy; waits " + formatDuration(e.duration) +
                       " for one → " + formatMillis(e.at) + " (" + busy + ")";
            return callHead(s) + ": rejected by the bulkhead: no slot within " + formatDuration(c.maxWaitDuration) +
                   " (maxWaitDuration)" + (e.duration > 0 ? ", after waiting it out → " + formatMillis(e.at) : std::string());
        }
        case BreakerEvent::Kind::Transition:
            return std::string(stateName(e.transition.from)) + " → " + stateName(e.transition.to) + " at " +
                   formatMillis(e.at) + ": " + transitionCause(e.transition);
        case BreakerEvent::Kind::Advance:
            return "clock +" + formatDuration(e.duration) + " → " + formatMillis(e.at) + " (" + stateName(e.state) + ")";
        case BreakerEvent::Kind::Cleared:
            return "reset at " + formatMillis(e.at) + ": already CLOSED, the metrics start fresh";
        case BreakerEvent::Kind::RetryWait:
            return "retry: call " + std::to_string(s.callNumber()) + " waits " + formatDuration(e.duration) +
                   " before attempt " + std::to_string(e.attempt) + " → " + formatMillis(e.at) + " (" +
                   stateName(e.state) + ")";
    }
    return {};
}

nlohmann::json millisJson(Time t) {
    if (t % millisecond == 0) return t / millisecond;
    return static_cast<double>(t) / static_cast<double>(millisecond);
}

/// ", around a rate limiter of 2 permits per 1s (timeoutDuration 0ms)," or nothing.
std::string innerWords(const InnerPolicies& inner) {
    std::string words;
    if (inner.rateLimiter)
        words += " around a rate limiter of " + std::to_string(inner.rateLimiter->limitForPeriod) + " permits per " +
                 formatDuration(inner.rateLimiter->limitRefreshPeriod) + " (timeoutDuration " +
                 formatDuration(inner.rateLimiter->timeoutDuration) + ")";
    if (inner.bulkhead)
        words += std::string(inner.rateLimiter ? " and" : " around") + " a bulkhead of " +
                 std::to_string(inner.bulkhead->maxConcurrentCalls) + " concurrent calls (maxWaitDuration " +
                 formatDuration(inner.bulkhead->maxWaitDuration) + ")";
    return words.empty() ? words : words + ",";
}

struct Extracted {
    std::vector<Transition> transitions;
    std::vector<std::size_t> transitionSteps;
    std::vector<BreakerSample> samples;
    std::vector<BreakerTally> tallies;
    std::size_t steps = 0;
    Time end = 0;
    std::vector<BreakerItemRun::Progress> progress;  // one per step
};

run::RunInfo infoFor(const BreakerRunSpec& spec, Extracted& out) {
    std::vector<Transition>& transitions = out.transitions;
    std::vector<BreakerItemRun::Progress>& progress = out.progress;
    run::RunInfo info;
    info.itemId = "breaker";
    info.title = "Circuit breaker";
    info.pseudocode = breakerPseudocode();
    info.warnings = spec.warnings;
    std::size_t calls = 0, advances = 0;
    for (const auto& t : spec.tokens) (t.kind == CallToken::Kind::Call ? calls : advances) += 1;
    info.intro = "A Resilience4j circuit breaker (" + describeConfig(spec.config) + ")" +
                 (spec.retry.maxAttempts > 1
                      ? " behind a Retry of " + std::to_string(spec.retry.maxAttempts) + " attempts, " +
                            formatDuration(spec.retry.waitDuration) + " apart,"
                      : std::string()) +
                 innerWords(spec.inner) + (spec.source.empty() ? "" : " from " + spec.source) + " starts CLOSED; " + std::to_string(calls) +
                 (calls == 1 ? " call" : " calls") + " and " + std::to_string(advances) +
                 " other items follow. Each step is one event: a permission, a recorded call, a transition.";

    // One pass for the result, the groups and the step count.
    auto tokens = std::make_shared<const std::vector<CallToken>>(spec.tokens);
    BreakerSim sim(spec.config, tokens, spec.retry, spec.inner);
    const bool retrying = spec.retry.maxAttempts > 1;
    nlohmann::json outcomes = nlohmann::json::array(), list = nlohmann::json::array();
    nlohmann::json attempts = nlohmann::json::array(), callAttempts = nlohmann::json::array();
    std::string last;
    std::ostringstream text;
    text << "Circuit breaker: " << describeConfig(spec.config) << "\n";
    std::size_t permitted = 0, rejected = 0, groupStart = 1;
    std::size_t limiterCounts[3] = {0, 0, 0}, bulkheadCounts[3] = {0, 0, 0};  // at once, after a wait, refused
    while (!sim.done()) {
        sim.step();
        if (sim.position() > BreakerItemRun::maxSteps)
            throw InputError("--calls: the run would take more than " + std::to_string(BreakerItemRun::maxSteps) +
                             " steps (every step is kept for going back); use fewer calls or clock moves");
        const BreakerEvent& e = sim.event();
        out.end = e.at;
        if (e.kind == BreakerEvent::Kind::Recorded) {
            BreakerSample sample;
            sample.step = sim.position();
            sample.at = e.at;
            sample.counts = e.counts;
            sample.halfOpen = e.state == BreakerState::HalfOpen;
            sample.minimum = sample.halfOpen ? spec.config.permittedNumberOfCallsInHalfOpenState
                                             : spec.config.effectiveMinimumCalls();
            sample.epoch = static_cast<std::uint32_t>(transitions.size());
            out.samples.push_back(sample);
        }
        if (e.kind == BreakerEvent::Kind::Permitted || e.kind == BreakerEvent::Kind::Rejected ||
            e.kind == BreakerEvent::Kind::Recorded || e.kind == BreakerEvent::Kind::Ignored) {
            BreakerTally t = out.tallies.empty() ? BreakerTally{} : out.tallies.back();
            t.step = sim.position();
            if (e.kind == BreakerEvent::Kind::Permitted) ++t.permitted;
            if (e.kind == BreakerEvent::Kind::Rejected) ++t.rejected;
            if (e.kind == BreakerEvent::Kind::Recorded || e.kind == BreakerEvent::Kind::Ignored) {
                t.failed += (e.outcome & Failed) ? 1 : 0;
                t.slow += (e.outcome & Slow) ? 1 : 0;
            }
            out.tallies.push_back(t);
        }
        if (e.kind == BreakerEvent::Kind::Permitted || e.kind == BreakerEvent::Kind::Rejected) {
            const bool ok = e.kind == BreakerEvent::Kind::Permitted;
            last = ok ? "permitted" : "rejected";
            callAttempts.push_back(last);
            (ok ? permitted : rejected) += 1;
        }
        if (e.kind == BreakerEvent::Kind::RateLimiter || e.kind == BreakerEvent::Kind::Bulkhead) {
            const bool limiter = e.kind == BreakerEvent::Kind::RateLimiter;
            auto& counts = limiter ? limiterCounts : bulkheadCounts;
            counts[e.gate == BreakerEvent::Gate::Permitted ? 0 : e.gate == BreakerEvent::Gate::Waited ? 1 : 2] += 1;
            if (e.gate == BreakerEvent::Gate::Rejected) {
                // Permitted by the breaker, refused inside: the call's answer is the inner refusal.
                last = limiter ? "rate-limited" : "bulkhead-full";
                callAttempts.back() = last;
            }
        }
        if (sim.lastOfToken() && sim.tokens()[sim.tokenIndex()].kind == CallToken::Kind::Call) {
            // Per call: its last attempt's answer (the only one without a Retry in front).
            outcomes.push_back(last);
            attempts.push_back(std::move(callAttempts));
            callAttempts = nlohmann::json::array();
        }
        if (e.kind == BreakerEvent::Kind::Transition) {
            transitions.push_back(e.transition);
            out.transitionSteps.push_back(sim.position());
            list.push_back({{"at", millisJson(e.at)},
                            {"from", stateName(e.transition.from)},
                            {"to", stateName(e.transition.to)},
                            {"cause", transitionCause(e.transition)}});
        }
        if (e.kind != BreakerEvent::Kind::Permitted || sim.lastOfToken()) {
            // Permission and record are one line of the text result; a transition its own.
            if (e.kind == BreakerEvent::Kind::Transition)
                text << "  " << stateName(e.transition.from) << " → " << stateName(e.transition.to) << " at "
                     << formatMillis(e.at) << ": " << transitionCause(e.transition) << "\n";
            else
                text << eventSentence(sim) << "\n";
        }
        if (sim.lastOfToken()) {
            info.groups.push_back({tokenText(sim.tokens()[sim.tokenIndex()]), groupStart, sim.position()});
            groupStart = sim.position() + 1;
        }
        progress.push_back({static_cast<std::uint32_t>(outcomes.size()), static_cast<std::uint32_t>(list.size()),
                            static_cast<std::uint32_t>(permitted), static_cast<std::uint32_t>(rejected)});
    }
    out.steps = sim.position();
    info.result["outcomes"] = std::move(outcomes);
    info.result["transitions"] = std::move(list);
    info.result["state"] = stateName(sim.breaker().state());
    if (retrying) info.result["attempts"] = std::move(attempts);
    info.result["permitted"] = permitted;
    info.result["rejected"] = rejected;
    auto innerJson = [](const std::size_t (&n)[3]) {
        return nlohmann::json{{"permitted", n[0] + n[1]}, {"waited", n[1]}, {"rejected", n[2]}};
    };
    if (spec.inner.rateLimiter) info.result["rate_limiter"] = innerJson(limiterCounts);
    if (spec.inner.bulkhead) info.result["bulkhead"] = innerJson(bulkheadCounts);
    if (spec.inner.rateLimiter)
        text << "rate limiter: " << limiterCounts[0] + limiterCounts[1] << " permitted (" << limiterCounts[1]
             << " after a wait), " << limiterCounts[2] << " rejected\n";
    if (spec.inner.bulkhead)
        text << "bulkhead: " << bulkheadCounts[0] + bulkheadCounts[1] << " permitted (" << bulkheadCounts[1]
             << " after a wait), " << bulkheadCounts[2] << " rejected\n";
    text << "final state " << stateName(sim.breaker().state()) << ": " << permitted << " permitted, " << rejected
         << " rejected, " << transitions.size() << (transitions.size() == 1 ? " transition" : " transitions")
         << "\n";
    info.resultText = text.str();
    return info;
}

}  // namespace

const std::vector<std::string>& breakerPseudocode() {
    static const std::vector<std::string> lines = {
        "permission: CLOSED, DISABLED, METRICS_ONLY permit; HALF_OPEN permits while probes are left",
        "if OPEN and now − openedAt > waitDurationInOpenState: → HALF_OPEN with a fresh window of probes",
        "else OPEN, FORCED_OPEN, or HALF_OPEN without a permit: reject (not permitted)",
        "record the outcome (slow if duration > slowCallDurationThreshold); DISABLED records nothing",
        "CLOSED with ≥ minimumNumberOfCalls: failure or slow-call rate ≥ its threshold → OPEN",
        "HALF_OPEN, every probe recorded: a rate ≥ its threshold → OPEN, else → CLOSED (fresh metrics)",
        "clock moves: due timers fire (automatic OPEN → HALF_OPEN, maxWaitDurationInHalfOpenState → OPEN)",
        "explicit transition or reset: go there with fresh metrics",
        "retry in front: a failed or rejected call waits waitDuration × multiplier^(n − 1), then tries again",
        "rate limiter inside: a permit now, or wait ≤ timeoutDuration for one, else RequestNotPermitted (a failure)",
        "bulkhead inside: a free slot of maxConcurrentCalls, or wait ≤ maxWaitDuration, else BulkheadFullException (a failure)",
    };
    return lines;
}

std::string formatMillis(Time t) {
    if (t % millisecond == 0) return std::to_string(t / millisecond) + " ms";
    char text[48];
    std::snprintf(text, sizeof text, "%lld.%03lld ms", static_cast<long long>(t / millisecond),
                  static_cast<long long>(t % millisecond));
    return text;
}

struct BreakerItemRun::Prepared {
    run::RunInfo info;
    Extracted extracted;
};

BreakerItemRun::BreakerItemRun(const BreakerRunSpec& spec) : BreakerItemRun(spec, [&] {
          Prepared p;
          p.info = infoFor(spec, p.extracted);
          return p;
      }()) {}

std::size_t BreakerItemRun::transitionsBy(std::size_t step) const {
    return static_cast<std::size_t>(std::upper_bound(transitionSteps_.begin(), transitionSteps_.end(), step) -
                                    transitionSteps_.begin());
}

BreakerTally BreakerItemRun::tallyAt(std::size_t step) const {
    const auto after = std::upper_bound(tallies_.begin(), tallies_.end(), step,
                                        [](std::size_t s, const BreakerTally& t) { return s < t.step; });
    if (after == tallies_.begin()) return BreakerTally{step};
    BreakerTally t = *(after - 1);
    t.step = step;
    return t;
}

BreakerItemRun::BreakerItemRun(const BreakerRunSpec& spec, Prepared p)
    : CheckpointRun(std::move(p.info),
                    Timeline(BreakerSim(spec.config, std::make_shared<const std::vector<CallToken>>(spec.tokens),
                                        spec.retry, spec.inner),
                             p.extracted.steps, checkpointEvery),
                    [](const BreakerSim& s) { return lineOf(s.event()); },
                    [](const BreakerSim& s) { return eventSentence(s); }),
      spec_(spec),
      transitions_(std::move(p.extracted.transitions)),
      transitionSteps_(std::move(p.extracted.transitionSteps)),
      samples_(std::move(p.extracted.samples)),
      tallies_(std::move(p.extracted.tallies)),
      endTime_(p.extracted.end),
      progress_(std::move(p.extracted.progress)) {}

std::string BreakerItemRun::ratesCsv() const {
    std::string out = "time_ms,failure_rate_percent,slow_call_rate_percent,failure_threshold,slow_call_threshold\n";
    char row[160];
    for (const BreakerSample& s : samples_) {
        if (s.step > step()) break;
        if (!s.rated()) continue;
        const double calls = s.counts.calls;
        std::snprintf(row, sizeof row, "%g,%g,%g,%g,%g\n", static_cast<double>(s.at) / static_cast<double>(millisecond),
                      100.0 * s.counts.failed / calls, 100.0 * s.counts.slow / calls, spec_.config.failureRateThreshold,
                      spec_.config.slowCallRateThreshold);
        out += row;
    }
    return out;
}

nlohmann::json BreakerItemRun::resultSoFar() const {
    if (atEnd()) return result();
    nlohmann::json r = result();
    const Progress now = atStart() ? Progress{} : progress_.at(step() - 1);
    auto keep = [&r](const char* list, std::size_t n) {
        if (!r.contains(list)) return;
        nlohmann::json shorter = nlohmann::json::array();
        for (std::size_t i = 0; i < n && i < r[list].size(); ++i) shorter.push_back(r[list][i]);
        r[list] = std::move(shorter);
    };
    keep("outcomes", now.outcomes);
    keep("attempts", now.outcomes);
    keep("transitions", now.transitions);
    r["state"] = stateName(stateAtStep());  // as the drawing shows
    r["permitted"] = now.permitted;
    r["rejected"] = now.rejected;
    return r;
}

}  // namespace stepwise::resilience
