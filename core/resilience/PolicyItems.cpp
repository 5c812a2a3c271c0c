// The catalogue's retry, rate-limiter and bulkhead items: a call list (resilience/CallList.h)
// through one policy, each with Resilience4j's configuration names as options.
#include <algorithm>
#include <sstream>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/Bulkhead.h"
#include "core/resilience/CallList.h"
#include "core/resilience/PolicyItemRun.h"
#include "core/resilience/RateLimiter.h"
#include "core/resilience/ResilienceItems.h"
#include "core/resilience/Retry.h"

namespace stepwise::catalogue {
namespace {

using namespace resilience;

Time durationOption(const Options& o, const std::string& name, const std::string& fallback) {
    const std::string text = o.text(name, fallback);
    const auto d = parseDuration(text);
    if (!d) throw InputError("--" + name + ": '" + text + "' is not a duration (a number of milliseconds, or 5s, 1500ms)");
    return *d;
}

double numberOption(const Options& o, const std::string& name, const std::string& fallback) {
    const std::string text = o.text(name, fallback);
    try {
        std::size_t used = 0;
        const double v = std::stod(text, &used);
        if (used == text.size()) return v;
    } catch (const std::exception&) {
    }
    throw InputError("--" + name + ": '" + text + "' is not a number");
}

void check(const std::string& problem) {
    if (!problem.empty()) throw InputError(problem);
}

nlohmann::json millis(Time t) {
    if (t % millisecond == 0) return t / millisecond;
    return static_cast<double>(t) / static_cast<double>(millisecond);
}

/// Without --calls the item's example runs (options given besides override it).
Options withExample(const Options& given, const std::vector<OptionSpec>& specs,
                    const std::vector<std::pair<std::string, std::string>>& example) {
    return given.has("calls") ? given : overlayGiven(example, given, specs);
}

run::RunInfo baseInfo(const std::string& id, const std::string& title, const std::vector<std::string>& pseudocode) {
    run::RunInfo info;
    info.itemId = id;
    info.title = title;
    info.pseudocode = pseudocode;
    return info;
}

/// A step with the fields every policy sets; the caller fills the typed rest.
ScriptStep& addStep(std::vector<ScriptStep>& steps, int line, std::string sentence, Time at, std::int64_t level,
                    StepKind kind, std::uint32_t number) {
    ScriptStep s;
    s.line = line;
    s.sentence = std::move(sentence);
    s.at = at;
    s.level = level;
    s.kind = kind;
    s.number = number;
    steps.push_back(std::move(s));
    return steps.back();
}

void closeGroup(run::RunInfo& info, const std::string& label, std::size_t& first, std::size_t last) {
    if (last >= first) info.groups.push_back({label, first, last});
    first = last + 1;
}

// ---- retry ----

const std::vector<std::string>& retryPseudocode() {
    static const std::vector<std::string> lines = {
        "attempt the call (attempt n of maxAttempts)",
        "success: the operation is done",
        "failure, n < maxAttempts: wait waitDuration × multiplier^(n − 1), at most exponentialMaxWaitDuration",
        "failure on attempt maxAttempts: the operation fails with the last error",
        "the clock moves between operations",
    };
    return lines;
}

std::unique_ptr<run::Run> buildRetry(const Options& given, const std::vector<OptionSpec>& specs,
                                     const std::vector<std::pair<std::string, std::string>>& example) {
    const Options o = withExample(given, specs, example);
    RetryConfig c;
    c.maxAttempts = static_cast<std::uint32_t>(o.integer("max-attempts", 3));
    c.waitDuration = durationOption(o, "wait-duration", "500ms");
    c.exponentialBackoffMultiplier = numberOption(o, "exponential-backoff-multiplier", "1");
    c.exponentialMaxWaitDuration = durationOption(o, "exponential-max-wait-duration", "0");
    check(checkRetryConfig(c));
    const auto tokens = parseCallList(o.text("calls"));

    run::RunInfo info = baseInfo("retry", "Retry", retryPseudocode());
    info.intro = "Retry with maxAttempts " + std::to_string(c.maxAttempts) + ", waitDuration " +
                 formatDuration(c.waitDuration) +
                 (c.exponentialBackoffMultiplier > 1 ? ", exponential backoff ×" + o.text("exponential-backoff-multiplier", "1") : "") +
                 ": the list gives each attempt's outcome in order; an operation ends at a success or after " +
                 std::to_string(c.maxAttempts) + " attempts.";
    std::vector<ScriptStep> steps;
    nlohmann::json operations = nlohmann::json::array();
    std::ostringstream text;
    text << "Retry: maxAttempts " << c.maxAttempts << ", waitDuration " << formatDuration(c.waitDuration) << "\n";
    Time now = 0;
    std::size_t op = 0, attempt = 0, first = 1, succeeded = 0, failed = 0;
    nlohmann::json current;
    auto finish = [&](bool ok, bool complete) {
        current["attempts"] = attempt;
        current["succeeded"] = ok;
        current["end"] = millis(now);
        if (!complete) current["unfinished"] = true;
        operations.push_back(current);
        text << "operation " << op << ": " << (ok ? "succeeded" : complete ? "failed" : "unfinished") << " after "
             << attempt << (attempt == 1 ? " attempt" : " attempts") << ", at " << formatMillis(now) << "\n";
        (ok ? succeeded : failed) += complete || ok ? 1 : 0;
        closeGroup(info, "operation " + std::to_string(op), first, steps.size());
        attempt = 0;
    };
    for (const auto& t : tokens) {
        if (t.kind == CallToken::Kind::Advance) {
            now += t.duration;
            addStep(steps, 4, "clock +" + formatDuration(t.duration) + " → " + formatMillis(now), now, 0,
                    StepKind::Clock, 0);
            if (attempt == 0) closeGroup(info, tokenText(t), first, steps.size());
            continue;
        }
        if (t.kind != CallToken::Kind::Call)
            throw InputError("--calls: " + tokenText(t) + " is a breaker transition; retry takes S, F and +DURATION");
        if (attempt == 0) {
            ++op;
            current = nlohmann::json{{"start", millis(now)}, {"waits", nlohmann::json::array()}};
        }
        ++attempt;
        const std::string head = "operation " + std::to_string(op) + ", attempt " + std::to_string(attempt) + " of " +
                                 std::to_string(c.maxAttempts) + " at " + formatMillis(now);
        const auto opNumber = static_cast<std::uint32_t>(op);
        const auto n = static_cast<std::uint32_t>(attempt);
        ScriptStep& tried = addStep(steps, 0, head + ": " + (t.failed ? "failed" : "succeeded"), now, n,
                                    StepKind::Attempt, opNumber);
        tried.attempt = n;
        tried.failed = t.failed;
        if (!t.failed) {
            addStep(steps, 1, "operation " + std::to_string(op) + " succeeded after " + std::to_string(attempt) +
                                  (attempt == 1 ? " attempt" : " attempts"),
                    now, n, StepKind::Done, opNumber)
                .attempt = n;
            finish(true, true);
        } else if (attempt >= c.maxAttempts) {
            ScriptStep& done = addStep(steps, 3, "operation " + std::to_string(op) + " failed: all " +
                                                     std::to_string(attempt) + " attempts failed",
                                       now, n, StepKind::Done, opNumber);
            done.attempt = n;
            done.failed = true;
            finish(false, true);
        } else {
            const Time wait = retryWait(c, n);
            now += wait;
            current["waits"].push_back(millis(wait));
            ScriptStep& backoff = addStep(steps, 2, "wait " + formatDuration(wait) + " before attempt " +
                                                        std::to_string(attempt + 1) + " (until " + formatMillis(now) + ")",
                                          now, n, StepKind::Backoff, opNumber);
            backoff.attempt = n;
            backoff.wait = wait;
        }
    }
    if (attempt > 0) finish(false, false);
    info.result["operations"] = std::move(operations);
    info.result["succeeded"] = succeeded;
    info.result["failed"] = failed;
    text << succeeded << " succeeded, " << failed << " failed\n";
    info.resultText = text.str();
    PolicyFacts facts;
    facts.kind = PolicyKind::Retry;
    facts.capacity = c.maxAttempts;
    facts.end = now;
    return std::make_unique<PolicyItemRun>(std::move(info), std::move(steps), facts);
}

// ---- rate limiter ----

const std::vector<std::string>& limiterPseudocode() {
    static const std::vector<std::string> lines = {
        "each limitRefreshPeriod: the bucket gains limitForPeriod permits, up to limitForPeriod",
        "a request with a permit in the bucket takes it at once",
        "no permit: reserve the next one if it comes within timeoutDuration, and wait for it",
        "else refuse the request (RequestNotPermitted)",
    };
    return lines;
}

std::unique_ptr<run::Run> buildLimiter(const Options& given, const std::vector<OptionSpec>& specs,
                                       const std::vector<std::pair<std::string, std::string>>& example) {
    const Options o = withExample(given, specs, example);
    RateLimiterConfig c;
    c.limitForPeriod = o.integer("limit-for-period", 50);
    c.limitRefreshPeriod = durationOption(o, "limit-refresh-period", "1s");
    c.timeoutDuration = durationOption(o, "timeout-duration", "5s");
    check(checkRateLimiterConfig(c));
    const auto tokens = parseCallList(o.text("calls"));
    RateLimiter limiter(c);
    auto nextBoundary = [&c](Time t) { return (t / c.limitRefreshPeriod + 1) * c.limitRefreshPeriod; };
    Time end = 0;

    run::RunInfo info = baseInfo("rate-limiter", "Rate limiter (token bucket)", limiterPseudocode());
    info.intro = "A token bucket of " + std::to_string(c.limitForPeriod) + " permits, refilled every " +
                 formatDuration(c.limitRefreshPeriod) + ", timeoutDuration " + formatDuration(c.timeoutDuration) +
                 ": each S or F is one request (its outcome is not the limiter's business).";
    std::vector<ScriptStep> steps;
    nlohmann::json outcomes = nlohmann::json::array(), waits = nlohmann::json::array();
    std::size_t permitted = 0, rejected = 0, first = 1, request = 0;
    Time now = 0;
    for (const auto& t : tokens) {
        if (t.kind == CallToken::Kind::Advance) {
            now += t.duration;
            addStep(steps, 0, "clock +" + formatDuration(t.duration) + " → " + formatMillis(now) + ": " +
                                  std::to_string(limiter.available(now)) + " permits in the bucket",
                    now, limiter.available(now), StepKind::Clock, 0)
                .nextRefresh = nextBoundary(now);
        } else if (t.kind == CallToken::Kind::Call) {
            ++request;
            const Time wait = limiter.acquire(now);
            const std::string head = "request " + std::to_string(request) + " at " + formatMillis(now);
            const auto number = static_cast<std::uint32_t>(request);
            ScriptStep* s = nullptr;
            if (wait == 0) {
                s = &addStep(steps, 1, head + ": permitted, " + std::to_string(limiter.permits()) + " permits left", now,
                             limiter.permits(), StepKind::Permitted, number);
            } else if (wait > 0) {
                s = &addStep(steps, 2, head + ": waits " + formatDuration(wait) + " for a permit of a later cycle (" +
                                           std::to_string(-limiter.permits()) + " reserved ahead)",
                             now, limiter.permits(), StepKind::Waited, number);
                s->wait = wait;
            } else {
                s = &addStep(steps, 3, head + ": refused, the next free permit is more than " +
                                           formatDuration(c.timeoutDuration) + " away",
                             now, limiter.permits(), StepKind::Rejected, number);
                s->wait = c.timeoutDuration;
            }
            s->nextRefresh = nextBoundary(now);
            end = std::max(end, now + std::max<Time>(wait, 0));
            outcomes.push_back(wait >= 0 ? "permitted" : "rejected");
            waits.push_back(wait >= 0 ? millis(wait) : nlohmann::json(nullptr));
            (wait >= 0 ? permitted : rejected) += 1;
        } else {
            throw InputError("--calls: " + tokenText(t) + " is a breaker transition; the rate limiter takes S, F and +DURATION");
        }
        closeGroup(info, tokenText(t), first, steps.size());
    }
    info.result["outcomes"] = std::move(outcomes);
    info.result["waits"] = std::move(waits);
    info.result["permitted"] = permitted;
    info.result["rejected"] = rejected;
    std::ostringstream text;
    text << "Rate limiter: " << c.limitForPeriod << " permits per " << formatDuration(c.limitRefreshPeriod) << "\n";
    for (const auto& s : steps) text << s.sentence << "\n";
    text << permitted << " permitted, " << rejected << " rejected\n";
    info.resultText = text.str();
    PolicyFacts facts;
    facts.kind = PolicyKind::RateLimiter;
    facts.capacity = c.limitForPeriod;
    facts.period = c.limitRefreshPeriod;
    facts.timeout = c.timeoutDuration;
    facts.end = std::max(end, now);
    return std::make_unique<PolicyItemRun>(std::move(info), std::move(steps), facts);
}

// ---- bulkhead ----

const std::vector<std::string>& bulkheadPseudocode() {
    static const std::vector<std::string> lines = {
        "a call arrives: fewer than maxConcurrentCalls running → it starts at once",
        "all busy: wait for the first slot to free, if that is within maxWaitDuration (in arrival order)",
        "else refuse the call (BulkheadFullException)",
        "the clock moves; calls that end free their slots",
    };
    return lines;
}

std::unique_ptr<run::Run> buildBulkhead(const Options& given, const std::vector<OptionSpec>& specs,
                                        const std::vector<std::pair<std::string, std::string>>& example) {
    const Options o = withExample(given, specs, example);
    BulkheadConfig c;
    c.maxConcurrentCalls = static_cast<std::uint32_t>(o.integer("max-concurrent-calls", 25));
    c.maxWaitDuration = durationOption(o, "max-wait-duration", "0");
    check(checkBulkheadConfig(c));
    const auto tokens = parseCallList(o.text("calls"));
    BulkheadSchedule bulkhead(c);
    Time end = 0;

    run::RunInfo info = baseInfo("bulkhead", "Bulkhead", bulkheadPseudocode());
    info.intro = "A bulkhead of " + std::to_string(c.maxConcurrentCalls) + " concurrent calls, maxWaitDuration " +
                 formatDuration(c.maxWaitDuration) + ": each call starts at the clock's time and holds a slot for its duration.";
    std::vector<ScriptStep> steps;
    nlohmann::json outcomes = nlohmann::json::array(), waits = nlohmann::json::array();
    std::size_t permitted = 0, rejected = 0, first = 1, call = 0;
    std::uint32_t peak = 0;
    Time now = 0;
    for (const auto& t : tokens) {
        if (t.kind == CallToken::Kind::Advance) {
            now += t.duration;
            const auto busy = bulkhead.busy(now);
            addStep(steps, 3, "clock +" + formatDuration(t.duration) + " → " + formatMillis(now) + ": " +
                                  std::to_string(busy) + " of " + std::to_string(c.maxConcurrentCalls) + " slots busy",
                    now, busy, StepKind::Clock, 0);
        } else if (t.kind == CallToken::Kind::Call) {
            ++call;
            // The slot admit() takes: the first one free earliest.
            const auto& freeAt = bulkhead.freeAt();
            const auto slot = static_cast<std::uint32_t>(std::min_element(freeAt.begin(), freeAt.end()) - freeAt.begin());
            const Time start = bulkhead.admit(now, t.duration);
            const auto busy = bulkhead.busy(now);
            peak = std::max(peak, busy);
            const std::string head = "call " + std::to_string(call) + " (" + tokenText(t) + ") at " + formatMillis(now);
            const auto number = static_cast<std::uint32_t>(call);
            ScriptStep* s = nullptr;
            if (start == now)
                s = &addStep(steps, 0, head + ": starts, " + std::to_string(busy) + " of " +
                                           std::to_string(c.maxConcurrentCalls) + " slots busy",
                             now, busy, StepKind::Permitted, number);
            else if (start > now)
                s = &addStep(steps, 1, head + ": all slots busy, waits " + formatDuration(start - now) +
                                           " for one (starts at " + formatMillis(start) + ")",
                             now, busy, StepKind::Waited, number);
            else
                s = &addStep(steps, 2, head + ": refused, all " + std::to_string(c.maxConcurrentCalls) +
                                           " slots stay busy longer than maxWaitDuration " +
                                           formatDuration(c.maxWaitDuration),
                             now, busy, StepKind::Rejected, number);
            s->duration = t.duration;
            if (start >= 0) {
                s->wait = start - now;
                s->slot = slot;
                end = std::max(end, start + t.duration);
            } else {
                s->wait = c.maxWaitDuration;
            }
            outcomes.push_back(start >= 0 ? "permitted" : "rejected");
            waits.push_back(start >= 0 ? millis(start - now) : nlohmann::json(nullptr));
            (start >= 0 ? permitted : rejected) += 1;
        } else {
            throw InputError("--calls: " + tokenText(t) + " is a breaker transition; the bulkhead takes S, F and +DURATION");
        }
        closeGroup(info, tokenText(t), first, steps.size());
    }
    info.result["outcomes"] = std::move(outcomes);
    info.result["waits"] = std::move(waits);
    info.result["permitted"] = permitted;
    info.result["rejected"] = rejected;
    info.result["peak_busy"] = peak;
    std::ostringstream text;
    text << "Bulkhead: " << c.maxConcurrentCalls << " concurrent calls, maxWaitDuration "
         << formatDuration(c.maxWaitDuration) << "\n";
    for (const auto& s : steps) text << s.sentence << "\n";
    text << permitted << " permitted, " << rejected << " rejected\n";
    info.resultText = text.str();
    PolicyFacts facts;
    facts.kind = PolicyKind::Bulkhead;
    facts.capacity = c.maxConcurrentCalls;
    facts.timeout = c.maxWaitDuration;
    facts.end = std::max(end, now);
    return std::make_unique<PolicyItemRun>(std::move(info), std::move(steps), facts);
}

CatalogueItem policyItem(std::string id, std::string title, std::string summary, std::vector<OptionSpec> options,
                         std::vector<std::string> pseudocode, std::vector<std::pair<std::string, std::string>> example,
                         std::vector<Preset> presets,
                         std::unique_ptr<run::Run> (*build)(const Options&, const std::vector<OptionSpec>&,
                                                            const std::vector<std::pair<std::string, std::string>>&)) {
    CatalogueItem item;
    item.id = std::move(id);
    item.area = Area::Resilience;
    item.title = title;
    item.summary = std::move(summary);
    item.options = std::move(options);
    item.pseudocode = std::move(pseudocode);
    item.example = {item.id, title, example};
    item.presets = std::move(presets);
    const auto specs = item.options;
    item.build = [specs, example, build](const Options& o, const RunLimits&) { return build(o, specs, example); };
    return item;
}

OptionSpec callsOption(const std::string& help) {
    return option("calls", OptionKind::Text, "LIST", help);
}

}  // namespace

CatalogueItem retryItem() {
    return policyItem(
        "retry", "Retry", "attempts, waits and exponential backoff per operation, as Resilience4j's Retry",
        {integerOption("max-attempts", "N", "maxAttempts, the first attempt included", 1, 1000).byDefault("3"),
         option("wait-duration", OptionKind::Text, "DURATION", "waitDuration between attempts").byDefault("500ms"),
         option("exponential-backoff-multiplier", OptionKind::Text, "X", "exponentialBackoffMultiplier (1: fixed waits)")
             .byDefault("1"),
         option("exponential-max-wait-duration", OptionKind::Text, "DURATION", "exponentialMaxWaitDuration (0: no cap)")
             .byDefault("0"),
         callsOption("each attempt's outcome in order, S or F; +DURATION moves the clock")},
        retryPseudocode(), {{"calls", "F,S,F,F,F,+1s,S"}},
        {{"exponential", "Exponential backoff, doubling, capped at 3 s",
          {{"max-attempts", "5"}, {"wait-duration", "500ms"}, {"exponential-backoff-multiplier", "2"},
           {"exponential-max-wait-duration", "3s"}, {"calls", "F,F,F,F,F,F,F,S"}}}},
        buildRetry);
}

CatalogueItem rateLimiterItem() {
    return policyItem(
        "rate-limiter", "Rate limiter (token bucket)",
        "permits per refresh period, waits for reserved permits and refusals, as Resilience4j's RateLimiter",
        {integerOption("limit-for-period", "N", "limitForPeriod: permits per period, and the bucket's size", 1,
                       1'000'000'000)
             .byDefault("50"),
         option("limit-refresh-period", OptionKind::Text, "DURATION", "limitRefreshPeriod").byDefault("1s"),
         option("timeout-duration", OptionKind::Text, "DURATION", "timeoutDuration: how long a request may wait")
             .byDefault("5s"),
         callsOption("each S or F is one request; +DURATION moves the clock")},
        limiterPseudocode(),
        {{"limit-for-period", "3"}, {"timeout-duration", "0"}, {"calls", "S,S,S,S,+1s,S,S,+500ms,S,S,+2s,S"}},
        {{"waiting", "Requests wait up to 2 s for a later permit",
          {{"limit-for-period", "2"}, {"timeout-duration", "2s"}, {"calls", "S,S,S,S,S,S,S,S"}}}},
        buildLimiter);
}

CatalogueItem bulkheadItem() {
    return policyItem(
        "bulkhead", "Bulkhead", "concurrent calls held to a limit, with a bounded wait, as Resilience4j's Bulkhead",
        {integerOption("max-concurrent-calls", "N", "maxConcurrentCalls", 1, 100'000).byDefault("25"),
         option("max-wait-duration", OptionKind::Text, "DURATION", "maxWaitDuration for a slot").byDefault("0"),
         callsOption("calls with durations (S/300ms) start at the clock's time; +DURATION moves the clock")},
        bulkheadPseudocode(),
        {{"max-concurrent-calls", "2"}, {"calls", "S/300ms,S/500ms,S/200ms,+100ms,S/100ms,+250ms,S/100ms,S/100ms"}},
        {{"waiting", "Calls wait up to 300 ms for a slot",
          {{"max-concurrent-calls", "2"}, {"max-wait-duration", "300ms"},
           {"calls", "S/300ms,S/500ms,S/200ms,S/200ms,+100ms,S/100ms"}}}},
        buildBulkhead);
}

}  // namespace stepwise::catalogue
