// What a retry, rate-limiter or bulkhead run tells a view at each step (PolicyNow and the typed
// ScriptStep fields), checked against the policies' rules at every step of every preset, forward
// and back.
#include "core/resilience/PolicyNow.h"

#include <gtest/gtest.h>

#include <set>

#include "core/catalogue/Catalogue.h"
#include "core/resilience/CallList.h"
#include "core/resilience/Retry.h"

namespace stepwise::resilience {
namespace {

std::unique_ptr<PolicyItemRun> start(const std::string& id, const std::string& preset) {
    const auto& item = catalogue::requireItem(id);
    auto run = item.start(item.presetOptions(preset));
    auto* policy = dynamic_cast<PolicyItemRun*>(run.get());
    if (!policy) return nullptr;
    run.release();
    return std::unique_ptr<PolicyItemRun>(policy);
}

std::vector<std::pair<std::string, std::string>> policyPresets() {
    std::vector<std::pair<std::string, std::string>> all;
    for (const char* id : {"retry", "rate-limiter", "bulkhead"}) {
        all.push_back({id, "example"});
        for (const auto& p : catalogue::requireItem(id).presets) all.push_back({id, p.name});
    }
    return all;
}

void checkRetry(const PolicyItemRun& run, const PolicyNow& n, const RetryConfig& c) {
    EXPECT_EQ(n.maxAttempts, c.maxAttempts);
    for (std::size_t i = 0; i < n.ladder.size(); ++i) {
        const AttemptRung& r = n.ladder[i];
        EXPECT_EQ(r.attempt, i + 1);
        if (i + 1 < n.ladder.size()) {
            EXPECT_TRUE(r.failed) << "only the last attempt may succeed";
        }
        EXPECT_EQ(r.waitBefore, i == 0 ? 0 : retryWait(c, static_cast<std::uint32_t>(i)));
    }
    const ScriptStep* s = run.current();
    if (s && s->kind == StepKind::Attempt) {
        ASSERT_FALSE(n.ladder.empty());
        EXPECT_EQ(n.ladder.back().attempt, s->attempt);
        EXPECT_EQ(n.ladder.back().failed, s->failed);
        EXPECT_EQ(n.operation, s->number);
    }
    if (s && s->kind == StepKind::Backoff) {
        EXPECT_EQ(n.nextWait, retryWait(c, s->attempt));
    }
}

TEST(PolicyNow, EveryStepOfEveryPresetKeepsThePoliciesRules) {
    for (const auto& [id, preset] : policyPresets()) {
        SCOPED_TRACE(id + " " + preset);
        auto run = start(id, preset);
        ASSERT_NE(run, nullptr);
        const PolicyFacts& f = run->facts();
        RetryConfig retry;
        if (f.kind == PolicyKind::Retry) {
            const auto o = catalogue::requireItem(id).presetOptions(preset);
            retry.maxAttempts = static_cast<std::uint32_t>(f.capacity);
            retry.waitDuration = *parseDuration(o.text("wait-duration", "500ms"));
            retry.exponentialBackoffMultiplier = std::stod(o.text("exponential-backoff-multiplier", "1"));
            retry.exponentialMaxWaitDuration = *parseDuration(o.text("exponential-max-wait-duration", "0"));
        }
        std::vector<PolicyNow> forward;
        std::size_t requests = 0;
        run->seek(0);
        forward.push_back(policyNow(*run));
        while (run->forward()) {
            const PolicyNow n = policyNow(*run);
            const ScriptStep& s = *run->current();
            EXPECT_EQ(n.now, s.at);
            EXPECT_LE(s.at, f.end);
            switch (f.kind) {
                case PolicyKind::Retry:
                    checkRetry(*run, n, retry);
                    break;
                case PolicyKind::RateLimiter:
                    requests += s.kind != StepKind::Clock;
                    EXPECT_EQ(n.permits, s.level);
                    EXPECT_LE(n.permits, f.capacity);
                    EXPECT_EQ(n.permitted + n.rejected, requests);
                    EXPECT_EQ(n.nextRefresh - n.cycleStart, f.period);
                    EXPECT_TRUE(n.cycleStart <= n.now && n.now < n.nextRefresh);
                    EXPECT_EQ(s.nextRefresh, n.nextRefresh);
                    if (s.kind == StepKind::Waited) {
                        EXPECT_GT(s.wait, 0);
                        EXPECT_LE(s.wait, f.timeout);
                        EXPECT_EQ((s.at + s.wait) % f.period, 0) << "a reserved permit comes at a refresh boundary";
                    }
                    break;
                case PolicyKind::Bulkhead: {
                    requests += s.kind != StepKind::Clock;
                    EXPECT_EQ(n.permitted + n.rejected, requests);
                    EXPECT_LE(n.running.size(), static_cast<std::size_t>(f.capacity));
                    std::set<std::uint32_t> slots;
                    for (const auto& c : n.running) {
                        EXPECT_TRUE(c.start <= n.now && n.now < c.end);
                        EXPECT_TRUE(slots.insert(c.slot).second) << "two calls in slot " << c.slot;
                        EXPECT_LT(c.slot, f.capacity);
                    }
                    for (const auto& c : n.waiting) {
                        EXPECT_GT(c.start, n.now);
                        EXPECT_LE(c.start, c.deadline) << "a caller waits no longer than maxWaitDuration";
                    }
                    break;
                }
            }
            forward.push_back(n);
        }
        // Back, step by step: the same state at every step.
        for (std::size_t k = forward.size(); k-- > 0;) {
            run->seek(k);
            const PolicyNow n = policyNow(*run);
            EXPECT_EQ(n.now, forward[k].now);
            EXPECT_EQ(n.permits, forward[k].permits);
            EXPECT_EQ(n.ladder.size(), forward[k].ladder.size());
            EXPECT_EQ(n.running.size(), forward[k].running.size());
            EXPECT_EQ(n.waiting.size(), forward[k].waiting.size());
            EXPECT_EQ(n.rejected, forward[k].rejected);
        }
    }
}

TEST(PolicyNow, TheBulkheadExampleShowsAWaiterWithItsDeadline) {
    auto run = start("bulkhead", "waiting");
    ASSERT_NE(run, nullptr);
    bool sawWaiter = false;
    run->seek(0);
    while (run->forward()) {
        const PolicyNow n = policyNow(*run);
        for (const auto& w : n.waiting) {
            sawWaiter = true;
            EXPECT_EQ(w.deadline, w.arrived + 300 * millisecond);
        }
    }
    EXPECT_TRUE(sawWaiter);
}

}  // namespace
}  // namespace stepwise::resilience
