// The catalogue's `breaker` item: calls (a list, or made by a seeded dependency model) through a
// Resilience4j circuit breaker configured by a file (JSON or Spring YAML), by options named after
// Resilience4j's keys, or both (options win).
#include <filesystem>
#include <fstream>

#include "core/catalogue/Catalogue.h"
#include "core/common/BoundedRead.h"
#include "core/common/InputError.h"
#include "core/resilience/BreakerConfigReader.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/DependencyModel.h"
#include "core/resilience/ResilienceItems.h"

namespace stepwise::catalogue {
namespace {

using resilience::BreakerConfig;
using resilience::Time;

constexpr std::size_t configFileBytes = 1u << 20;

/// Each inline option and the Resilience4j key it sets.
struct InlineKey {
    const char* option;
    const char* key;
};
constexpr InlineKey inlineKeys[] = {
    {"failure-rate-threshold", "failureRateThreshold"},
    {"slow-call-rate-threshold", "slowCallRateThreshold"},
    {"slow-call-duration-threshold", "slowCallDurationThreshold"},
    {"sliding-window-type", "slidingWindowType"},
    {"sliding-window-size", "slidingWindowSize"},
    {"minimum-number-of-calls", "minimumNumberOfCalls"},
    {"wait-duration-in-open-state", "waitDurationInOpenState"},
    {"permitted-number-of-calls-in-half-open-state", "permittedNumberOfCallsInHalfOpenState"},
    {"max-wait-duration-in-half-open-state", "maxWaitDurationInHalfOpenState"},
    {"automatic-transition-from-open-to-half-open-enabled", "automaticTransitionFromOpenToHalfOpenEnabled"},
};

/// The example: a seeded dependency (so the room's sliders act on it at once) that fails from 2 s
/// and recovers at 6 s: CLOSED → OPEN at 3.5 s, HALF_OPEN at 6 s, CLOSED at 7 s, by step 43.
const std::vector<std::pair<std::string, std::string>>& exampleValues() {
    static const std::vector<std::pair<std::string, std::string>> values = {
        {"sliding-window-size", "10"},
        {"minimum-number-of-calls", "5"},
        {"wait-duration-in-open-state", "2s"},
        {"permitted-number-of-calls-in-half-open-state", "3"},
        {"slow-call-duration-threshold", "1s"},
        {"slow-call-rate-threshold", "50"},
        {"dependency", "0s:error=5%,latency=200ms,rate=2/s;2s:error=90%;6s:error=5%"},
        {"duration", "20s"},
        {"seed", "8"}};
    return values;
}

/// The example before it was live: a fixed call list with the same story (a preset now).
const std::vector<std::pair<std::string, std::string>>& fixedListValues() {
    static const std::vector<std::pair<std::string, std::string>> values = {
        {"sliding-window-size", "10"},
        {"minimum-number-of-calls", "5"},
        {"wait-duration-in-open-state", "5s"},
        {"permitted-number-of-calls-in-half-open-state", "3"},
        {"slow-call-duration-threshold", "1s"},
        {"calls", "S,S,F,S,F,F,+1s,S,F,+4s,S,+1ms,S,F,S,+6s,S,S,S/1500ms,F,S"}};
    return values;
}

std::string readConfigFile(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw InputError("--config: " + path + " is a directory (expected a JSON or YAML file)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read the configuration file", path);
    std::string text;
    const bool fits = readBounded(in, configFileBytes, text);
    if (in.bad()) throw InputError("cannot read the configuration file", path);
    if (!fits) throw InputError("--config: the file is over 1 MB (a breaker configuration is a few lines)", path);
    return text;
}

/// The inline options, as a YAML map, read by the same reader as a file (one set of checks).
std::string inlineYaml(const Options& o) {
    std::string yaml;
    for (const auto& k : inlineKeys)
        if (const auto v = o.get(k.option)) {
            std::string value;
            for (char c : *v)
                if (c != '\n' && c != '\r') value += c;
            yaml += std::string(k.key) + ": '" ;
            for (char c : value) yaml += c == '\'' ? std::string("''") : std::string(1, c);
            yaml += "'\n";
        }
    return yaml;
}

/// The call list of --dependency, --actions, --seed and --duration (the dependency model).
std::vector<resilience::CallToken> modelCalls(const Options& o) {
    if (o.has("calls"))
        throw InputError("--calls, --dependency: give one of them (a fixed call list, or a dependency that makes one)");
    resilience::DependencyModel model;
    model.phases = resilience::parseDependency(o.text("dependency"));
    model.actions = resilience::parseActions(o.text("actions"));
    model.seed = static_cast<std::uint64_t>(o.integer("seed", 1));
    if (const auto d = o.get("duration")) {
        const auto t = resilience::parseDuration(*d, resilience::second);
        if (!t || *t <= 0 || *t > resilience::maxModelDuration)
            throw InputError("--duration: '" + *d + "' is not a duration from 1ms to 1h (like 60s, 2m; bare numbers are seconds)");
        model.duration = *t;
    }
    for (const auto& p : model.phases)
        if (p.from >= model.duration)
            throw InputError("--dependency: the phase at " + resilience::compactDuration(p.from) +
                             " is not before the --duration of " + resilience::compactDuration(model.duration));
    return resilience::generateCalls(model);
}

// ---- a rate limiter and a bulkhead inside the breaker (BreakerSim.h: InnerPolicies) ----

Time innerDuration(const Options& o, const std::string& name, Time fallback) {
    const auto text = o.get(name);
    if (!text) return fallback;
    const auto d = resilience::parseDuration(*text);
    if (!d) throw InputError("--" + name + ": '" + *text + "' is not a duration (a number of milliseconds, or 5s, 1500ms)");
    return *d;
}

/// --rate-limit-* and --bulkhead-* into the policies they turn on; InputError for an option
/// without the one that turns its policy on, or a value the policy refuses.
resilience::InnerPolicies innerPolicies(const Options& o) {
    resilience::InnerPolicies inner;
    if (o.has("rate-limit-for-period")) {
        resilience::RateLimiterConfig c;
        c.limitForPeriod = o.integer("rate-limit-for-period", 50);
        c.limitRefreshPeriod = innerDuration(o, "rate-limit-refresh-period", 1 * resilience::second);
        c.timeoutDuration = innerDuration(o, "rate-limit-timeout", 5 * resilience::second);
        if (const std::string problem = resilience::checkRateLimiterConfig(c); !problem.empty())
            throw InputError("--rate-limit-for-period, --rate-limit-refresh-period, --rate-limit-timeout: " + problem);
        inner.rateLimiter = c;
    } else {
        for (const char* name : {"rate-limit-refresh-period", "rate-limit-timeout"})
            if (o.has(name))
                throw InputError("--" + std::string(name) +
                                 ": needs --rate-limit-for-period N (that turns the rate limiter on)");
    }
    if (o.has("bulkhead-max-concurrent-calls")) {
        resilience::BulkheadConfig c;
        c.maxConcurrentCalls = static_cast<std::uint32_t>(o.integer("bulkhead-max-concurrent-calls", 25));
        c.maxWaitDuration = innerDuration(o, "bulkhead-max-wait", 0);
        if (const std::string problem = resilience::checkBulkheadConfig(c); !problem.empty())
            throw InputError("--bulkhead-max-concurrent-calls, --bulkhead-max-wait: " + problem);
        inner.bulkhead = c;
    } else if (o.has("bulkhead-max-wait")) {
        throw InputError("--bulkhead-max-wait: needs --bulkhead-max-concurrent-calls N (that turns the bulkhead on)");
    }
    return inner;
}

std::unique_ptr<run::Run> build(const Options& given, const std::vector<OptionSpec>& specs) {
    // Without calls of its own the example's live dependency runs (--seed 3 alone varies it).
    const Options o = given.has("calls") || given.has("config") || given.has("dependency")
                          ? given
                          : overlayGiven(exampleValues(), given, specs);
    const bool dependency = o.has("dependency");
    if (!dependency)
        for (const char* name : {"actions", "seed", "duration"})
            if (o.has(name))
                throw InputError("--" + std::string(name) + ": needs --dependency (it belongs to the dependency model)");
    resilience::BreakerRunSpec spec;
    if (const auto file = o.get("config")) {
        const auto read = resilience::readBreakerConfig(readConfigFile(*file), *file, o.text("instance"));
        spec.config = read.config;
        spec.warnings = read.warnings;
        spec.source = *file + (read.instance.empty() ? "" : ", instance " + read.instance);
    } else if (o.has("instance")) {
        throw InputError("--instance: needs --config FILE (the Spring YAML that lists the instances)");
    }
    if (const std::string yaml = inlineYaml(o); !yaml.empty()) {
        try {
            spec.config = resilience::readBreakerConfig(yaml, "options", {}, spec.config).config;
        } catch (const InputError& e) {
            // Name the option the user typed, not the key it became.
            std::string message = e.message();
            for (const auto& k : inlineKeys)
                if (message.starts_with(std::string(k.key) + ":"))
                    message = "--" + std::string(k.option) + message.substr(std::string(k.key).size());
            throw InputError(message);
        }
    }
    if (const std::string problem = resilience::checkConfig(spec.config); !problem.empty()) throw InputError(problem);
    if (dependency) {
        spec.tokens = modelCalls(o);
    } else {
        const auto calls = o.get("calls");
        if (!calls) throw InputError("--calls: needed with --config (a list like S,F,S/1500ms,+6s, or --dependency)");
        spec.tokens = resilience::parseCallList(*calls);
    }
    spec.retry.maxAttempts = static_cast<std::uint32_t>(o.integer("retry-max-attempts", 1));
    if (const auto wait = o.get("retry-wait-duration")) {
        const auto d = resilience::parseDuration(*wait);
        if (!d) throw InputError("--retry-wait-duration: '" + *wait + "' is not a duration (a number of milliseconds, or 5s, 1500ms)");
        spec.retry.waitDuration = *d;
    }
    if (const auto m = o.get("retry-exponential-backoff-multiplier")) {
        try {
            std::size_t used = 0;
            spec.retry.exponentialBackoffMultiplier = std::stod(*m, &used);
            if (used != m->size()) throw std::invalid_argument(*m);
        } catch (const std::exception&) {
            throw InputError("--retry-exponential-backoff-multiplier: '" + *m + "' is not a number");
        }
    }
    if (const std::string problem = resilience::checkRetryConfig(spec.retry); !problem.empty())
        throw InputError("--retry-max-attempts, --retry-wait-duration, --retry-exponential-backoff-multiplier: " + problem);
    spec.inner = innerPolicies(o);
    return std::make_unique<resilience::BreakerItemRun>(spec);
}

}  // namespace

CatalogueItem breakerItem() {
    CatalogueItem item;
    item.id = "breaker";
    item.area = Area::Resilience;
    item.title = "Circuit breaker";
    item.summary = "calls (a list, or a seeded dependency) through a Resilience4j circuit breaker: each call "
                   "permitted or rejected, every transition with its time and cause";
    constexpr std::int64_t most = 1'000'000;
    item.options = {
        option("config", OptionKind::File, "FILE",
               "Resilience4j configuration: JSON with its names, or Spring YAML (resilience4j.circuitbreaker...)"),
        option("instance", OptionKind::Text, "NAME", "with a Spring YAML of several instances: which one"),
        option("calls", OptionKind::Text, "LIST",
               "S (success), F (failure), S/1500ms (with a duration), +6s (clock), !forced-open, !reset, ..."),
        option("dependency", OptionKind::Text, "PHASES",
               "instead of --calls, a seeded dependency: 0s:error=10%,latency=100ms,rate=5/s;20s:error=100% (a phase "
               "keeps what it omits; defaults error=0%, latency=50ms, rate=5/s; each call takes latency x 0.5-1.5)"),
        option("actions", OptionKind::Text, "LIST",
               "with --dependency: explicit transitions at times, 12s:!forced-open,30s:!reset"),
        integerOption("seed", "N", "with --dependency: the seed of the calls' failures and latencies (default 1)", 0,
                      std::int64_t{1} << 53),
        option("duration", OptionKind::Text, "DURATION", "with --dependency: how long the client calls (default 60s)"),
        option("failure-rate-threshold", OptionKind::Text, "PERCENT", "failureRateThreshold (default 50)"),
        option("slow-call-rate-threshold", OptionKind::Text, "PERCENT", "slowCallRateThreshold (default 100)"),
        option("slow-call-duration-threshold", OptionKind::Text, "DURATION",
               "slowCallDurationThreshold, 1500ms or 2s (default 60s)"),
        option("sliding-window-type", OptionKind::Choice, "TYPE", "slidingWindowType (default count-based)")
            .oneOf({"count-based", "time-based"}),
        integerOption("sliding-window-size", "N", "slidingWindowSize: calls, or seconds (default 100)", 1, most),
        integerOption("minimum-number-of-calls", "N", "minimumNumberOfCalls (default 100)", 1, most),
        option("wait-duration-in-open-state", OptionKind::Text, "DURATION", "waitDurationInOpenState (default 60s)"),
        integerOption("permitted-number-of-calls-in-half-open-state", "N",
                      "permittedNumberOfCallsInHalfOpenState (default 10)", 1, most),
        option("max-wait-duration-in-half-open-state", OptionKind::Text, "DURATION",
               "maxWaitDurationInHalfOpenState, 0 = unbounded (default 0)"),
        option("automatic-transition-from-open-to-half-open-enabled", OptionKind::Choice, "BOOL",
               "automaticTransitionFromOpenToHalfOpenEnabled (default false)")
            .oneOf({"true", "false"}),
        integerOption("retry-max-attempts", "N",
                      "a Retry in front of the breaker: attempts per call, the first included (default 1: none)", 1, 100),
        option("retry-wait-duration", OptionKind::Text, "DURATION", "the Retry's waitDuration (default 500ms)"),
        option("retry-exponential-backoff-multiplier", OptionKind::Text, "X",
               "the Retry's exponentialBackoffMultiplier (default 1: fixed waits)"),
        // A rate limiter and a bulkhead inside the breaker, in Resilience4j's order (BreakerSim.h).
        integerOption("rate-limit-for-period", "N",
                      "a RateLimiter inside the breaker: limitForPeriod, permits per period (default: none)", 1,
                      1'000'000'000),
        option("rate-limit-refresh-period", OptionKind::Text, "DURATION", "the RateLimiter's limitRefreshPeriod (default 1s)"),
        option("rate-limit-timeout", OptionKind::Text, "DURATION",
               "the RateLimiter's timeoutDuration, how long a call may wait for a permit (default 5s)"),
        integerOption("bulkhead-max-concurrent-calls", "N",
                      "a Bulkhead inside the breaker: maxConcurrentCalls (default: none)", 1, 1000),
        option("bulkhead-max-wait", OptionKind::Text, "DURATION", "the Bulkhead's maxWaitDuration (default 0)"),
    };
    item.pseudocode = resilience::breakerPseudocode();
    item.details =
        "Semantics: Resilience4j's CircuitBreaker. A call is slow when its duration is strictly over\n"
        "slowCallDurationThreshold; rates exist from minimumNumberOfCalls on (count windows: at most the\n"
        "window size); OPEN turns HALF_OPEN once strictly more than waitDurationInOpenState has passed.\n"
        "Only +DURATION items move the clock; a call's duration only decides whether it is slow.\n"
        "--dependency makes the call list: calls evenly spaced at each phase's rate, failing with its error\n"
        "chance and lasting its latency x 0.5-1.5 (whole ms), drawn from --seed and the call's number, so a\n"
        "change from a time on leaves every earlier call as it was; --actions put !STATE items at times.\n"
        "Configuration files: JSON ({\"failureRateThreshold\": 50, \"waitDurationInOpenState\": \"5s\"}) or\n"
        "Spring YAML (resilience4j.circuitbreaker.instances.NAME, configs.default, baseConfig).\n"
        "Composition, in Resilience4j's Spring Boot order Retry(CircuitBreaker(RateLimiter(Bulkhead(call)))):\n"
        "a call the breaker permits then asks the rate limiter (--rate-limit-*) for a permit and the bulkhead\n"
        "(--bulkhead-*) for a slot; a refusal there is an exception the breaker records as a failure. Waits\n"
        "(backoff, a permit, a slot) move the clock and count in the duration the breaker times.\n\n"
        "Pseudo-code:\n";
    for (std::size_t i = 0; i < item.pseudocode.size(); ++i)
        item.details += "  " + std::to_string(i + 1) + "  " + item.pseudocode[i] + "\n";
    item.example = {"breaker", "Circuit breaker, live: failing from 2 s, recovered at 6 s (trip, wait, probe, close)", exampleValues()};
    item.presets = {
        {"fixed-calls", "Fixed call list: trip, wait, probe, close", fixedListValues()},
        {"half-open-probes",
         "Half-open probes: F F S F reopens, F S S S closes",
         {{"sliding-window-size", "4"},
          {"minimum-number-of-calls", "4"},
          {"wait-duration-in-open-state", "2s"},
          {"permitted-number-of-calls-in-half-open-state", "4"},
          {"calls", "F,F,F,F,+2001ms,F,F,S,F,S,+2001ms,F,S,S,S,S"}}},
        {"slow-calls",
         "Slow calls trip it (a slow-call rate of 60 %, over the 50 % threshold)",
         {{"sliding-window-size", "5"},
          {"minimum-number-of-calls", "5"},
          {"slow-call-rate-threshold", "50"},
          {"slow-call-duration-threshold", "1s"},
          {"calls", "S/200ms,S/1500ms,S/1000ms,S/2s,S/1001ms,+10s,S/100ms"}}},
        {"time-window",
         "Time-based window of 5 s: old seconds drop out",
         {{"sliding-window-type", "time-based"},
          {"sliding-window-size", "5"},
          {"minimum-number-of-calls", "4"},
          {"calls", "F,F,S,S,+1s,S,+1s,S,+3s,F,F,+1s,F"}}},
        {"special-states",
         "Special states: metrics only, forced open, disabled",
         {{"sliding-window-size", "4"},
          {"minimum-number-of-calls", "2"},
          {"calls", "!metrics-only,F,F,F,!forced-open,S,S,+2m,S,!disabled,F,F,F,!closed,F,F"}}},
        {"live",
         "Live dependency (sliders): healthy, failing from 20 s, recovered from 40 s",
         {{"sliding-window-size", "10"},
          {"minimum-number-of-calls", "5"},
          {"wait-duration-in-open-state", "5s"},
          {"permitted-number-of-calls-in-half-open-state", "3"},
          {"slow-call-duration-threshold", "1s"},
          {"slow-call-rate-threshold", "50"},
          {"dependency", "0s:error=5%,latency=200ms,rate=4/s;20s:error=60%;40s:error=0%"},
          {"duration", "60s"},
          {"seed", "7"}}},
        {"live-slow",
         "Live dependency: latency climbs past the slow-call threshold at 15 s",
         {{"sliding-window-size", "10"},
          {"minimum-number-of-calls", "5"},
          {"wait-duration-in-open-state", "4s"},
          {"permitted-number-of-calls-in-half-open-state", "3"},
          {"slow-call-duration-threshold", "1s"},
          {"slow-call-rate-threshold", "50"},
          {"dependency", "0s:error=0%,latency=300ms,rate=4/s;15s:latency=1500ms;35s:latency=300ms"},
          {"duration", "50s"},
          {"seed", "3"}}},
        {"live-time-window",
         "Live dependency, time-based window of 5 s, forced open from 30 s to 36 s",
         {{"sliding-window-type", "time-based"},
          {"sliding-window-size", "5"},
          {"minimum-number-of-calls", "6"},
          {"wait-duration-in-open-state", "3s"},
          {"permitted-number-of-calls-in-half-open-state", "3"},
          {"dependency", "0s:error=10%,latency=100ms,rate=3/s;12s:error=70%;22s:error=0%"},
          {"actions", "30s:!forced-open,36s:!closed"},
          {"duration", "45s"},
          {"seed", "11"}}},
        {"retry-in-front",
         "A Retry in front: each failing call tries 3 times and trips the breaker sooner",
         {{"sliding-window-size", "6"},
          {"minimum-number-of-calls", "6"},
          {"wait-duration-in-open-state", "2s"},
          {"retry-max-attempts", "3"},
          {"retry-wait-duration", "200ms"},
          {"calls", "S,F,S,F,S,+3s,S,S"}}},
        {"rate-limiter-in-front",
         "A rate limiter in front: 2 permits a second, no waiting; its refusals count as failures and trip the breaker",
         {{"sliding-window-size", "4"},
          {"minimum-number-of-calls", "4"},
          {"wait-duration-in-open-state", "2s"},
          {"permitted-number-of-calls-in-half-open-state", "2"},
          {"rate-limit-for-period", "2"},
          {"rate-limit-refresh-period", "1s"},
          {"rate-limit-timeout", "0"},
          {"calls", "S,S,S,S,+1s,S,S,+2500ms,S,S"}}},
        {"bulkhead-in-front",
         "A bulkhead in front: 2 slots, a 100 ms wait; a call that finds both busy longer is refused",
         {{"sliding-window-size", "4"},
          {"minimum-number-of-calls", "4"},
          {"bulkhead-max-concurrent-calls", "2"},
          {"bulkhead-max-wait", "100ms"},
          {"calls", "S/300ms,S/300ms,S/200ms,S/300ms,+1s,S/100ms,S/100ms"}}},
        {"automatic",
         "Automatic transition and a bounded half-open wait",
         {{"sliding-window-size", "2"},
          {"minimum-number-of-calls", "2"},
          {"wait-duration-in-open-state", "1s"},
          {"permitted-number-of-calls-in-half-open-state", "2"},
          {"max-wait-duration-in-half-open-state", "3s"},
          {"automatic-transition-from-open-to-half-open-enabled", "true"},
          {"calls", "F,F,+2s,S,+5s,S,S"}}},
    };
    const auto specs = item.options;
    item.build = [specs](const Options& o, const RunLimits&) { return build(o, specs); };
    return item;
}

}  // namespace stepwise::catalogue
