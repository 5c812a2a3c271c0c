// A rate limiter and a bulkhead inside the breaker (the `breaker` item's --rate-limit-* and
// --bulkhead-* options), in Resilience4j's order Retry(CircuitBreaker(RateLimiter(Bulkhead(call)))):
// table-driven cases on the simulated clock, the options' errors, and a property test against a
// small reference of the chain (a naive token bucket and slot list of its own) over seeded lists.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/CircuitBreaker.h"
#include "core/resilience/Retry.h"

namespace stepwise::resilience {
namespace {

std::unique_ptr<run::Run> startBreaker(const std::map<std::string, std::string>& options) {
    return catalogue::requireItem("breaker").start(catalogue::Options(options));
}

std::vector<std::string> strings(const nlohmann::json& list) {
    std::vector<std::string> out;
    for (const auto& v : list) out.push_back(v.get<std::string>());
    return out;
}

/// Every sentence of the run, in order.
std::vector<std::string> sentences(run::Run& r) {
    std::vector<std::string> out;
    r.seek(0);
    while (r.forward()) out.push_back(r.sentence());
    return out;
}

bool anyContains(const std::vector<std::string>& all, const std::string& part) {
    for (const auto& s : all)
        if (s.find(part) != std::string::npos) return true;
    return false;
}

struct Case {
    const char* name;
    std::map<std::string, std::string> options;
    std::vector<std::string> outcomes;
    std::string state;
    std::string sentence;  // a step's sentence contains it
};

TEST(Composition, TableOfChains) {
    const std::map<std::string, std::string> window4 = {{"sliding-window-size", "4"}, {"minimum-number-of-calls", "4"}};
    auto with = [&](std::map<std::string, std::string> extra) {
        auto all = window4;
        for (auto& kv : extra) all[kv.first] = kv.second;
        return all;
    };
    const std::vector<Case> cases = {
        {"rate-limited calls are failures to the breaker and trip it",
         with({{"rate-limit-for-period", "2"}, {"rate-limit-timeout", "0"}, {"calls", "S,S,S,S"}}),
         {"permitted", "permitted", "rate-limited", "rate-limited"},
         "OPEN",
         "rejected by the rate limiter: no permit within 0 ms"},
        {"a wait within timeoutDuration gets a permit of the next cycle",
         with({{"rate-limit-for-period", "1"}, {"rate-limit-timeout", "2s"}, {"calls", "S,S"}}),
         {"permitted", "permitted"},
         "CLOSED",
         "waits 1 s for one of a later cycle → 1000 ms"},
        {"the wait counts in the duration the breaker times: a slow call",
         {{"sliding-window-size", "2"}, {"minimum-number-of-calls", "2"}, {"slow-call-rate-threshold", "50"},
          {"slow-call-duration-threshold", "500ms"}, {"rate-limit-for-period", "1"}, {"rate-limit-timeout", "2s"},
          {"calls", "S/100ms,S/100ms"}},
         {"permitted", "permitted"},
         "OPEN",
         "succeeded in 1100 ms (1 s of it waiting inside) (slow: over 500 ms)"},
        {"an OPEN breaker rejects before the rate limiter is asked",
         {{"sliding-window-size", "2"}, {"minimum-number-of-calls", "2"}, {"rate-limit-for-period", "5"},
          {"calls", "F,F,S,S,S,S,S,S"}},
         {"permitted", "permitted", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected"},
         "OPEN",
         "rejected, OPEN for 0 ms"},
        {"the bulkhead refuses a call that overlaps a full house",
         with({{"bulkhead-max-concurrent-calls", "1"}, {"calls", "S/500ms,S/500ms,+500ms,S/10ms"}}),
         {"permitted", "bulkhead-full", "permitted"},
         "CLOSED",
         "rejected by the bulkhead: no slot within 0 ms (maxWaitDuration)"},
        {"a bulkhead wait within maxWaitDuration gets the freed slot",
         with({{"bulkhead-max-concurrent-calls", "1"}, {"bulkhead-max-wait", "600ms"}, {"calls", "S/500ms,S/100ms"}}),
         {"permitted", "permitted"},
         "CLOSED",
         "every bulkhead slot is busy; waits 500 ms for one → 500 ms"},
        {"the rate limiter comes before the bulkhead: a rate-limited call takes no slot",
         with({{"rate-limit-for-period", "1"}, {"rate-limit-timeout", "0"}, {"bulkhead-max-concurrent-calls", "1"},
               {"calls", "S/100ms,S/100ms,+1s,S/100ms"}}),
         {"permitted", "rate-limited", "permitted"},
         "CLOSED",
         "the bulkhead has a free slot (1 of 1 slots busy)"},
        {"a refused request waits out timeoutDuration before it fails",
         with({{"rate-limit-for-period", "1"}, {"rate-limit-refresh-period", "10s"}, {"rate-limit-timeout", "300ms"},
               {"calls", "S,S"}}),
         {"permitted", "rate-limited"},
         "CLOSED",
         "no permit within 300 ms (timeoutDuration), after waiting it out → 300 ms"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const auto run = startBreaker(c.options);
        EXPECT_EQ(strings(run->result()["outcomes"]), c.outcomes);
        EXPECT_EQ(run->result()["state"], c.state);
        const auto all = sentences(*run);
        EXPECT_TRUE(anyContains(all, c.sentence)) << "no step says: " << c.sentence;
    }
}

TEST(Composition, RetryOutsideTriesARateLimitedCallAgainAfterItsBackoff) {
    const auto run = startBreaker({{"rate-limit-for-period", "1"}, {"rate-limit-timeout", "0"},
                                   {"retry-max-attempts", "2"}, {"retry-wait-duration", "1s"}, {"calls", "S,S"}});
    const nlohmann::json result = run->result();
    const auto& attempts = result["attempts"];
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(strings(attempts[0]), (std::vector<std::string>{"permitted"}));
    EXPECT_EQ(strings(attempts[1]), (std::vector<std::string>{"rate-limited", "permitted"}));
    EXPECT_EQ(run->result()["rate_limiter"]["rejected"], 1);
    EXPECT_EQ(run->result()["rate_limiter"]["permitted"], 2);
}

TEST(Composition, AnOpenBreakerTakesNoPermitFromTheLimiter) {
    BreakerRunSpec spec;
    spec.config.slidingWindowSize = 2;
    spec.config.minimumNumberOfCalls = 2;
    RateLimiterConfig limiter;
    limiter.limitForPeriod = 3;
    limiter.limitRefreshPeriod = 10 * second;
    limiter.timeoutDuration = 0;
    spec.inner.rateLimiter = limiter;
    spec.tokens = parseCallList("F,F,S,S,S");
    BreakerItemRun run(spec);
    run.seek(run.stepCount());
    ASSERT_TRUE(run.sim().rateLimiter().has_value());
    EXPECT_EQ(run.sim().rateLimiter()->available(run.sim().now()), 1) << "two permits for F,F; none while OPEN";
}

TEST(Composition, BadOptionsAreRefusedWithTheOptionNamed) {
    const std::vector<std::pair<std::map<std::string, std::string>, std::string>> bad = {
        {{{"rate-limit-timeout", "1s"}, {"calls", "S"}}, "--rate-limit-timeout: needs --rate-limit-for-period"},
        {{{"rate-limit-refresh-period", "1s"}, {"calls", "S"}}, "--rate-limit-refresh-period: needs --rate-limit-for-period"},
        {{{"rate-limit-for-period", "2"}, {"rate-limit-refresh-period", "0"}, {"calls", "S"}},
         "limitRefreshPeriod must be more than 0"},
        {{{"rate-limit-for-period", "2"}, {"rate-limit-timeout", "soon"}, {"calls", "S"}},
         "--rate-limit-timeout: 'soon' is not a duration"},
        {{{"bulkhead-max-wait", "1s"}, {"calls", "S"}}, "--bulkhead-max-wait: needs --bulkhead-max-concurrent-calls"},
        {{{"bulkhead-max-concurrent-calls", "2"}, {"bulkhead-max-wait", "-5ms"}, {"calls", "S"}},
         "--bulkhead-max-wait: '-5ms' is not a duration"},
        {{{"bulkhead-max-concurrent-calls", "0"}, {"calls", "S"}}, "--bulkhead-max-concurrent-calls"},
        {{{"rate-limit-for-period", "zero"}, {"calls", "S"}}, "--rate-limit-for-period"},
    };
    for (const auto& [options, message] : bad) {
        SCOPED_TRACE(message);
        try {
            startBreaker(options);
            ADD_FAILURE() << "accepted";
        } catch (const InputError& e) {
            EXPECT_NE(e.message().find(message), std::string::npos) << e.message();
        }
    }
}

// ---- the reference: the chain written plainly over a naive token bucket and slot list ----

/// Each cycle has limitForPeriod permits; a request takes the first free one of its cycle or a later
/// one it can wait for (unused permits do not carry over: the bucket holds one period's worth).
struct NaiveBucket {
    std::int64_t limit;
    Time period, timeout;
    std::map<std::int64_t, std::int64_t> used;
    Time acquire(Time t) {
        for (std::int64_t c = t / period;; ++c) {
            const Time wait = c == t / period ? 0 : c * period - t;
            if (wait > timeout) return -1;
            if (used[c] < limit) {
                ++used[c];
                return wait;
            }
        }
    }
};

/// The calls holding a slot, as [start, end); a call takes a slot once fewer than N are held.
struct NaiveSlots {
    std::size_t slots;
    Time maxWait;
    std::vector<std::pair<Time, Time>> held;
    Time admit(Time t, Time d) {
        std::vector<Time> candidates = {t};
        for (const auto& h : held)
            if (h.second > t) candidates.push_back(h.second);
        std::sort(candidates.begin(), candidates.end());
        for (Time s : candidates) {
            if (s - t > maxWait) return -1;
            std::size_t busy = 0;
            for (const auto& h : held) busy += h.first <= s && s < h.second;
            if (busy < slots) {
                held.emplace_back(s, s + d);
                return s;
            }
        }
        return -1;
    }
};

struct Chain {
    std::vector<std::vector<std::string>> attempts;
    std::string state;
    std::size_t limiterRefused = 0, bulkheadRefused = 0;
};

Chain referenceChain(const BreakerRunSpec& spec) {
    CircuitBreaker breaker(spec.config);
    std::optional<NaiveBucket> bucket;
    std::optional<NaiveSlots> slots;
    if (spec.inner.rateLimiter)
        bucket = NaiveBucket{spec.inner.rateLimiter->limitForPeriod, spec.inner.rateLimiter->limitRefreshPeriod,
                             spec.inner.rateLimiter->timeoutDuration, {}};
    if (spec.inner.bulkhead) slots = NaiveSlots{spec.inner.bulkhead->maxConcurrentCalls, spec.inner.bulkhead->maxWaitDuration, {}};
    Chain out;
    Time now = 0;
    for (const auto& t : spec.tokens) {
        if (t.kind == CallToken::Kind::Advance) {
            now += t.duration;
            breaker.advanceTo(now);
            continue;
        }
        std::vector<std::string> tries;
        for (std::uint32_t attempt = 1;; ++attempt) {
            bool ok = false;
            if (!breaker.tryAcquirePermission(now)) {
                tries.push_back("rejected");
            } else {
                Time waited = 0;
                std::string answer = "permitted";
                if (bucket) {
                    const Time w = bucket->acquire(now);
                    const Time held = w < 0 ? bucket->timeout : w;
                    now += held;
                    waited += held;
                    if (w < 0) answer = "rate-limited", ++out.limiterRefused;
                }
                if (slots && answer == "permitted") {
                    const Time s = slots->admit(now, t.duration);
                    const Time held = s < 0 ? slots->maxWait : s - now;
                    now += held;
                    waited += held;
                    if (s < 0) answer = "bulkhead-full", ++out.bulkheadRefused;
                }
                const bool refused = answer != "permitted";
                breaker.onResult(now, refused ? waited : waited + t.duration, t.failed || refused);
                ok = !t.failed && !refused;
                tries.push_back(answer);
            }
            if (ok || attempt >= spec.retry.maxAttempts) break;
            now += retryWait(spec.retry, attempt);
            breaker.advanceTo(now);
        }
        out.attempts.push_back(std::move(tries));
    }
    out.state = stateName(breaker.state());
    return out;
}

BreakerRunSpec randomSpec(std::mt19937_64& random) {
    auto pick = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(random);
    };
    BreakerRunSpec spec;
    spec.config.slidingWindowSize = static_cast<std::uint32_t>(pick(2, 6));
    spec.config.minimumNumberOfCalls = static_cast<std::uint32_t>(pick(2, 6));
    spec.config.waitDurationInOpenState = pick(1, 3) * 500 * millisecond;
    spec.config.permittedNumberOfCallsInHalfOpenState = static_cast<std::uint32_t>(pick(1, 3));
    spec.config.slowCallDurationThreshold = pick(2, 8) * 100 * millisecond;
    spec.config.slowCallRateThreshold = 80;
    spec.config.automaticTransitionFromOpenToHalfOpenEnabled = pick(0, 1) == 1;
    if (pick(0, 3) > 0) {
        RateLimiterConfig r;
        r.limitForPeriod = pick(1, 3);
        r.limitRefreshPeriod = pick(1, 10) * 100 * millisecond;
        r.timeoutDuration = std::vector<Time>{0, 150 * millisecond, 1 * second}[static_cast<std::size_t>(pick(0, 2))];
        spec.inner.rateLimiter = r;
    }
    if (pick(0, 3) > 0) {
        BulkheadConfig b;
        b.maxConcurrentCalls = static_cast<std::uint32_t>(pick(1, 3));
        b.maxWaitDuration = std::vector<Time>{0, 100 * millisecond, 400 * millisecond}[static_cast<std::size_t>(pick(0, 2))];
        spec.inner.bulkhead = b;
    }
    spec.retry.maxAttempts = static_cast<std::uint32_t>(pick(1, 3));
    spec.retry.waitDuration = pick(0, 6) * 100 * millisecond;
    const auto length = pick(5, 40);
    for (std::int64_t i = 0; i < length; ++i) {
        CallToken t;
        if (pick(0, 4) == 0) {
            t.kind = CallToken::Kind::Advance;
            t.duration = pick(0, 15) * 100 * millisecond;
        } else {
            t.failed = pick(0, 2) == 0;
            t.duration = pick(0, 6) * 100 * millisecond;
        }
        spec.tokens.push_back(t);
    }
    return spec;
}

TEST(Composition, MatchesTheReferenceChainOverSeededCallLists) {
    std::size_t refusals = 0, waits = 0;
    for (std::uint64_t seed = 1; seed <= 400; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        std::mt19937_64 random(seed);
        const BreakerRunSpec spec = randomSpec(random);
        BreakerItemRun run(spec);
        const Chain want = referenceChain(spec);
        const nlohmann::json r = run.result();
        std::vector<std::vector<std::string>> got;
        if (spec.retry.maxAttempts > 1) {
            for (const auto& a : r["attempts"]) got.push_back(strings(a));
        } else {
            for (const auto& o : r["outcomes"]) got.push_back({o.get<std::string>()});
        }
        ASSERT_EQ(got, want.attempts);
        EXPECT_EQ(r["state"], want.state);
        if (spec.inner.rateLimiter) {
            EXPECT_EQ(r["rate_limiter"]["rejected"], want.limiterRefused);
            waits += r["rate_limiter"]["waited"].get<std::size_t>();
        }
        if (spec.inner.bulkhead) {
            EXPECT_EQ(r["bulkhead"]["rejected"], want.bulkheadRefused);
            waits += r["bulkhead"]["waited"].get<std::size_t>();
        }
        refusals += want.limiterRefused + want.bulkheadRefused;
    }
    // The lists exercise what they are for: refusals and waits both happen, often.
    EXPECT_GT(refusals, 200u);
    EXPECT_GT(waits, 100u);
}

}  // namespace
}  // namespace stepwise::resilience
