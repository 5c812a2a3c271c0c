#include "core/resilience/PolicyNow.h"

#include <algorithm>

namespace stepwise::resilience {

PolicyNow policyNow(const PolicyItemRun& run) {
    const PolicyFacts& f = run.facts();
    PolicyNow n;
    n.kind = f.kind;
    const auto& steps = run.steps();
    const std::size_t upTo = std::min(run.position(), steps.size());
    if (upTo > 0) n.now = steps[upTo - 1].at;
    switch (f.kind) {
        case PolicyKind::Retry: {
            n.maxAttempts = static_cast<std::uint32_t>(f.capacity);
            Time pendingWait = 0;
            for (std::size_t i = 0; i < upTo; ++i) {
                const ScriptStep& s = steps[i];
                if (s.kind == StepKind::Attempt) {
                    if (s.number != n.operation) {
                        n.operation = s.number;
                        n.ladder.clear();
                        n.finished = false;
                        pendingWait = 0;
                    }
                    n.ladder.push_back({s.attempt, s.at, s.failed, pendingWait});
                    pendingWait = 0;
                    n.nextWait = 0;
                } else if (s.kind == StepKind::Backoff) {
                    pendingWait = s.wait;
                    n.nextWait = i + 1 == upTo ? s.wait : 0;
                } else if (s.kind == StepKind::Done) {
                    n.finished = true;
                    n.succeededNow = !s.failed;
                    (s.failed ? n.failed : n.succeeded) += 1;
                }
            }
            break;
        }
        case PolicyKind::RateLimiter: {
            n.limitForPeriod = f.capacity;
            n.period = f.period;
            n.timeout = f.timeout;
            n.permits = f.capacity;
            for (std::size_t i = 0; i < upTo; ++i) {
                const ScriptStep& s = steps[i];
                n.permits = s.level;
                n.waited += s.kind == StepKind::Waited;
                n.permitted += s.kind == StepKind::Permitted || s.kind == StepKind::Waited;
                n.rejected += s.kind == StepKind::Rejected;
            }
            n.cycleStart = f.period > 0 ? n.now / f.period * f.period : 0;
            n.nextRefresh = n.cycleStart + f.period;
            break;
        }
        case PolicyKind::Bulkhead: {
            n.maxConcurrentCalls = static_cast<std::uint32_t>(f.capacity);
            n.maxWait = f.timeout;
            for (std::size_t i = 0; i < upTo; ++i) {
                const ScriptStep& s = steps[i];
                n.waited += s.kind == StepKind::Waited;
                n.permitted += s.kind == StepKind::Permitted || s.kind == StepKind::Waited;
                n.rejected += s.kind == StepKind::Rejected;
                if (s.kind != StepKind::Permitted && s.kind != StepKind::Waited) continue;
                SlotCall c{s.number, s.slot, s.at, s.at + s.wait, s.at + s.wait + s.duration, s.at + f.timeout};
                if (c.start <= n.now && n.now < c.end) n.running.push_back(c);
                else if (c.start > n.now) n.waiting.push_back(c);
            }
            std::sort(n.running.begin(), n.running.end(),
                      [](const SlotCall& a, const SlotCall& b) { return a.slot < b.slot; });
            break;
        }
    }
    return n;
}

}  // namespace stepwise::resilience
