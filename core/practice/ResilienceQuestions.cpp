// Question types of the job queue and the resilience items (breaker, retry, rate limiter,
// bulkhead): a small scripted instance run through the item's catalogue run; the answers are its
// dead letters, receive counts, states, rejections and waits. Queue instances script every
// delivery's outcome (--outcomes), so the answer follows from the rules, not from a random draw.
#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include "core/practice/Answer.h"
#include "core/practice/ItemRun.h"
#include "core/practice/QuestionType.h"
#include "core/queue/QueueItemRun.h"
#include "core/trace/Random.h"

namespace stepwise::practice {
namespace {

using nlohmann::json;
using I = std::int64_t;

std::string ms(I value) {
    return std::to_string(value) + "ms";
}

/// "3 s" for whole seconds, else "1500 ms": how the question text writes a duration.
std::string spoken(I millis) {
    return millis % 1000 == 0 ? std::to_string(millis / 1000) + " s" : std::to_string(millis) + " ms";
}

/// The first step (from 1) whose sentence contains `text`, or 0.
std::size_t stepSaying(run::Run& r, const std::string& text) {
    r.seek(0);
    while (r.forward())
        if (r.sentence().find(text) != std::string::npos) return r.step();
    return 0;
}

/// `step`, or the run's last step when no step was found (0): where "Show me" opens then.
std::size_t orLastStep(std::size_t step, const run::Run& r) { return step == 0 ? r.stepCount() : step; }

/// Job numbers (1..jobs) in any order, or "none": the dead-letter question's answer.
Checker jobSetChecker(std::size_t jobs, std::vector<I> expected) {
    std::sort(expected.begin(), expected.end());
    return [jobs, expected](const std::string& typed) -> Verdict {
        const auto tokens = answerTokens(typed);
        if (tokens.empty()) return {Outcome::Invalid, "type job numbers, e.g. 2 4, or none"};
        std::string first = tokens[0];
        for (auto& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (tokens.size() == 1 && first == "none") return {expected.empty() ? Outcome::Right : Outcome::Wrong, {}};
        std::vector<I> values;
        for (const auto& t : tokens) {
            const auto v = parseWhole(t);
            if (!v) return {Outcome::Invalid, "'" + t + "' is not a job number; type job numbers, e.g. 2 4, or none"};
            if (*v < 1 || static_cast<std::size_t>(*v) > jobs)
                return {Outcome::Invalid, "there is no job " + t + " (the jobs are 1 to " + std::to_string(jobs) + ")"};
            if (std::find(values.begin(), values.end(), *v) != values.end())
                return {Outcome::Invalid, "job " + t + " is listed twice"};
            values.push_back(*v);
        }
        std::sort(values.begin(), values.end());
        return {values == expected ? Outcome::Right : Outcome::Wrong, {}};
    };
}

/// CLOSED, OPEN or HALF_OPEN, in any case, with '-' or ' ' for '_'.
Checker stateChecker(std::string expected) {
    return [expected](const std::string& typed) -> Verdict {
        std::string word;
        for (char c : typed) {
            if (c == '-' || c == ' ' || c == '_') {
                if (!word.empty() && word.back() != '_') word += '_';
            } else if (c != '.' && c != '\r' && c != '\t') {
                word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            }
        }
        while (!word.empty() && word.back() == '_') word.pop_back();
        if (word.empty()) return {Outcome::Invalid, "type a state: CLOSED, OPEN or HALF_OPEN"};
        if (word != "CLOSED" && word != "OPEN" && word != "HALF_OPEN")
            return {Outcome::Invalid, "'" + typed + "' is not a state; type CLOSED, OPEN or HALF_OPEN"};
        return {word == expected ? Outcome::Right : Outcome::Wrong, {}};
    };
}

// ---- Job queue -------------------------------------------------------------------------------------------

/// A queue instance with scripted outcomes: `scripts` lists each job's deliveries (F or S).
json queueInstance(const std::vector<std::string>& scripts, I maxReceives) {
    return json{{"jobs", std::to_string(scripts.size())},
                {"workers", "2"},
                {"failure-rate", "0"},
                {"max-receives", std::to_string(maxReceives)},
                {"backoff", "none"},
                {"base", "100"},
                {"outcomes", joined(scripts, ",")},
                {"seed", "1"}};
}

std::string scriptsText(const std::vector<std::string>& scripts) {
    std::string out;
    for (std::size_t j = 0; j < scripts.size(); ++j) {
        std::string spaced;
        for (char c : scripts[j]) spaced += (spaced.empty() ? "" : " ") + std::string(1, c);
        out += (j ? "; " : "") + std::string("job ") + std::to_string(j + 1) + ": " + spaced;
    }
    return out;
}

/// Each job's deliveries: a few failures, then a success unless it ran out. Hard instances list
/// more outcomes than maxReceiveCount allows, so the user must notice where the queue stops.
std::vector<std::string> drawScripts(Level level, std::size_t jobs, I maxReceives, Random& random) {
    std::vector<std::string> scripts;
    for (std::size_t j = 0; j < jobs; ++j) {
        const I most = level == Level::Hard ? maxReceives + 2 : maxReceives;
        const I failures = random.between(0, most);
        std::string s(static_cast<std::size_t>(failures), 'F');
        if (failures < most || random.chance(0.5)) s += 'S';
        if (s.empty()) s = "S";
        scripts.push_back(s);
    }
    return scripts;
}

/// Per job, from the run's result: the receive count of its success, or 0 when it was dead-lettered.
std::vector<I> successReceives(const json& result) {
    std::vector<I> out;
    for (const auto& job : result["jobs"]) {
        I at = 0;
        I n = 0;
        for (const auto& a : job["attempts"]) {
            ++n;
            if (a["outcome"] == "succeeded") at = n;
        }
        out.push_back(job["state"] == "completed" ? at : 0);
    }
    return out;
}

const char* levelPhrase = "an attempt not listed succeeds";

Question queueDeadLetters(Level level, std::uint64_t seed) {
    const std::string type = "queue.dead-letters";
    Random random(seed);
    for (int attempt = 0; attempt < 500; ++attempt) {
        const std::size_t n = drawSize(type, level, random);
        const I maxReceives = level == Level::Easy ? 2 : random.between(2, 4);
        const auto scripts = drawScripts(level, n, maxReceives, random);
        Question q = questionBase(type, level, seed, queueInstance(scripts, maxReceives), n);
        auto r = runItem("queue", q.instance);
        std::vector<I> dead;
        std::vector<std::string> names;
        for (const auto& job : r.result["jobs"])
            if (job["state"] != "completed") {
                dead.push_back(job["id"].get<I>());
                names.push_back(std::to_string(job["id"].get<I>()));
            }
        if (level != Level::Hard && dead.empty()) continue;  // easy and medium: at least one
        if (dead.size() == n) continue;                       // and not every job
        q.text = "A job queue with maxReceiveCount " + std::to_string(maxReceives) +
                 " delivers each job until a worker succeeds; the deliveries go (" + levelPhrase +
                 ") " + scriptsText(scripts) + ". Which jobs end in the dead-letter queue? (job numbers, any " +
                 "order, or none)";
        q.expected = dead.empty() ? "none" : joined(names, " ");
        q.check = jobSetChecker(n, dead);
        q.explanation = "A job is delivered at most " + std::to_string(maxReceives) +
                        " times: one whose first " + std::to_string(maxReceives) +
                        " deliveries all fail goes to the dead-letter queue (" +
                        (dead.empty() ? std::string("none does") : "jobs " + joined(names, ", ")) +
                        "); outcomes listed beyond that are never reached.";
        q.step = orLastStep(stepSaying(*r.run, "dead-letter"), *r.run);
        return q;
    }
    throw std::logic_error(type + ": no instance found within the attempts");
}

Question queueReceives(Level level, std::uint64_t seed) {
    const std::string type = "queue.receives";
    Random random(seed);
    for (int attempt = 0; attempt < 500; ++attempt) {
        const std::size_t n = drawSize(type, level, random);
        const I maxReceives = level == Level::Easy ? 3 : random.between(2, 5);
        const auto scripts = drawScripts(level, n, maxReceives, random);
        Question q = questionBase(type, level, seed, queueInstance(scripts, maxReceives), n);
        auto r = runItem("queue", q.instance);
        const auto receives = successReceives(r.result);
        const std::size_t job = random.below(n);
        const I answer = receives[job];
        if (level != Level::Hard && answer == 0) continue;  // easy and medium ask about a job that succeeds
        if (level != Level::Easy && answer == 1) continue;  // and beyond easy, not a first-time success
        q.instance["job"] = std::to_string(job + 1);
        const std::string name = "job " + std::to_string(job + 1);
        q.text = "A job queue with maxReceiveCount " + std::to_string(maxReceives) +
                 " delivers each job until a worker succeeds; the deliveries go (" + levelPhrase + ") " +
                 scriptsText(scripts) + ". What receive count does " + name + " have when it succeeds?" +
                 (level == Level::Hard ? " (none if it never does)" : "");
        q.expected = answer == 0 ? "none" : std::to_string(answer);
        q.check = wholeOrNoneChecker(answer == 0 ? std::nullopt : std::optional<I>(answer));
        q.explanation = answer == 0 ? name + "'s first " + std::to_string(maxReceives) +
                                          " deliveries fail, so it goes to the dead-letter queue and never succeeds."
                                    : "Each delivery adds one to the receive count; " + name + " succeeds on delivery " +
                                          std::to_string(answer) + ", within maxReceiveCount " +
                                          std::to_string(maxReceives) + ".";
        q.step = stepSaying(*r.run, name + " ");
        if (answer != 0) {
            // The step where it succeeds.
            r.run->seek(0);
            auto* queueRun = dynamic_cast<queue::QueueItemRun*>(r.run.get());
            while (queueRun && r.run->forward())
                if (queueRun->sim().last().kind == queue::QueueStep::Kind::Succeeded &&
                    queueRun->sim().last().job == job) {
                    q.step = r.run->step();
                    break;
                }
        }
        q.step = orLastStep(q.step, *r.run);
        return q;
    }
    throw std::logic_error(type + ": no instance found within the attempts");
}

Question queueBackoff(Level level, std::uint64_t seed) {
    const std::string type = "queue.backoff";
    Random random(seed);
    static const std::vector<std::vector<std::string>> kinds = {
        {"none", "full"}, {"none", "full", "equal"}, {"full", "equal", "decorrelated"}};
    const auto& choices = kinds[static_cast<std::size_t>(level)];
    const std::string kind = choices[random.below(choices.size())];
    const std::size_t attemptNo = drawSize(type, level, random);  // the delivery the wait comes before
    const I base = 100 * random.between(1, 3);
    const I cap = base * (I{1} << random.between(2, 5));
    // The wait before delivery k follows failure number k − 1, so n = k − 2 failures before it.
    const auto n = static_cast<std::uint32_t>(attemptNo - 2);
    I expo = base;
    for (std::uint32_t i = 0; i < n; ++i) expo = std::min(cap, expo * 2);
    I low = 0, high = expo;
    if (kind == "none") low = expo;
    if (kind == "equal") low = expo / 2;
    if (kind == "decorrelated") {
        low = base;
        high = base;
        for (std::size_t i = 1; i < attemptNo; ++i) high = std::min(cap, high * 3);
    }
    // Candidates near the bounds (the tricky cases) and inside or far outside them.
    std::vector<I> candidates = {low, high, high + 50, std::max<I>(0, low - 50), (low + high) / 2, expo * 2};
    if (level == Level::Easy) candidates = {low, high, high * 2, (low + high) / 2};
    I wait = candidates[random.below(candidates.size())];
    wait = std::max<I>(0, wait / 10 * 10);
    const bool possible = wait >= low && wait <= high;
    const json options{{"jobs", "1"},
                       {"workers", "1"},
                       {"failure-rate", "1"},
                       {"max-receives", std::to_string(attemptNo)},
                       {"backoff", kind},
                       {"base", std::to_string(base)},
                       {"cap", std::to_string(cap)},
                       {"seed", std::to_string(seed % 1000)}};
    Question q = questionBase(type, level, seed, options, attemptNo);
    q.instance["attempt"] = std::to_string(attemptNo);  // what is asked, besides the item's options
    q.instance["wait"] = std::to_string(wait);
    const std::string label = kind == "none" ? "no jitter" : kind + " jitter";
    q.text = "A failed job is retried with exponential backoff and " + label + ", base " + spoken(base) + ", cap " +
             spoken(cap) + ". Is a wait of " + std::to_string(wait) + " ms before delivery " +
             std::to_string(attemptNo) + " possible? (yes or no)";
    q.expected = possible ? "yes" : "no";
    q.check = yesNoChecker(possible);
    const std::string formula = kind == "none"           ? "exactly expo(n)"
                                : kind == "full"         ? "U(0, expo(n))"
                                : kind == "equal"        ? "expo(n)/2 + U(0, expo(n)/2)"
                                                         : "min(cap, U(base, 3 × the previous wait)), from base";
    q.explanation = "The wait before delivery " + std::to_string(attemptNo) + " follows failure " +
                    std::to_string(n + 1) + ", with " + std::to_string(n) + " failures before it: n = " +
                    std::to_string(n) + " and expo(n) = min(cap, base × 2^n) = " +
                    std::to_string(expo) + " ms; " + label + " waits " + formula + ", between " +
                    std::to_string(low) + " and " + std::to_string(high) + " ms: " + std::to_string(wait) +
                    " ms is " + (possible ? "" : "not ") + "possible.";
    auto r = runItem("queue", options);
    // The step where the job fails for the (k − 1)-th time and draws this wait.
    auto* queueRun = dynamic_cast<queue::QueueItemRun*>(r.run.get());
    std::size_t failures = 0;
    r.run->seek(0);
    while (queueRun && r.run->forward())
        if (queueRun->sim().last().kind == queue::QueueStep::Kind::Failed && ++failures == attemptNo - 1) {
            q.step = r.run->step();
            break;
        }
    q.step = orLastStep(q.step, *r.run);
    return q;
}

// ---- Circuit breaker --------------------------------------------------------------------------------------

struct BreakerInstance {
    json instance;
    std::vector<std::string> tokens;
    std::size_t calls = 0;
    std::string config;  // the question's words for the configuration
};

BreakerInstance drawBreaker(const std::string& type, Level level, Random& random) {
    BreakerInstance b;
    const std::size_t n = drawSize(type, level, random);
    const I window = level == Level::Easy ? 4 : random.between(4, level == Level::Medium ? 5 : 6);
    const I minimum = level == Level::Hard ? random.between(3, window) : window;
    const I threshold = level == Level::Hard ? 25 * random.between(1, 3) : 50;
    const I wait = 1000 * random.between(2, 5);
    const I permits = random.between(2, level == Level::Easy ? 2 : 4);
    const double failing = level == Level::Easy ? 0.6 : 0.5;
    while (b.calls < n) {
        if (b.calls > 0 && random.chance(level == Level::Easy ? 0.12 : 0.2)) {
            // A clock move: the wait and a bit (HALF_OPEN next), exactly the wait (still OPEN: it must be
            // strictly more; hard only), or a second.
            const I pick = static_cast<I>(random.below(level == Level::Hard ? 3 : 2));
            const I by = pick == 0 ? wait + 1 : pick == 1 ? 1000 : wait;
            if (!b.tokens.empty() && b.tokens.back().front() == '+') continue;
            b.tokens.push_back("+" + ms(by));
            continue;
        }
        b.tokens.push_back(random.chance(failing) ? "F" : "S");
        ++b.calls;
    }
    b.instance = json{{"sliding-window-size", std::to_string(window)},
                      {"minimum-number-of-calls", std::to_string(minimum)},
                      {"failure-rate-threshold", std::to_string(threshold)},
                      {"wait-duration-in-open-state", ms(wait)},
                      {"permitted-number-of-calls-in-half-open-state", std::to_string(permits)},
                      {"calls", joined(b.tokens, ",")}};
    b.config = "A count-based circuit breaker (slidingWindowSize " + std::to_string(window) +
               ", minimumNumberOfCalls " + std::to_string(minimum) + ", failureRateThreshold " +
               std::to_string(threshold) + " %, waitDurationInOpenState " + spoken(wait) +
               ", permittedNumberOfCallsInHalfOpenState " + std::to_string(permits) +
               ") starts CLOSED and sees " + joined(b.tokens, " ") + " (F fails, S succeeds, +T moves the clock).";
    return b;
}

std::string transitionsText(const json& result) {
    std::vector<std::string> parts;
    for (const auto& t : result["transitions"])
        parts.push_back(t["from"].get<std::string>() + " → " + t["to"].get<std::string>() + " at " +
                        std::to_string(t["at"].get<I>()) + " ms (" + t["cause"].get<std::string>() + ")");
    return parts.empty() ? std::string("it never changes state") : joined(parts, "; ");
}

Question breakerQuestion(Level level, std::uint64_t seed, const std::string& kind) {
    const std::string type = "breaker." + kind;
    Random random(seed);
    for (int attempt = 0; attempt < 500; ++attempt) {
        BreakerInstance b = drawBreaker(type, level, random);
        Question q = questionBase(type, level, seed, b.instance, b.calls);
        auto r = runItem("breaker", q.instance);
        const auto& transitions = r.result["transitions"];
        const I rejected = r.result["rejected"];
        if (kind == "state-after") {
            if (level != Level::Easy && transitions.size() < 2) continue;  // beyond easy: through OPEN and on
            if (transitions.empty()) continue;
            const std::string state = r.result["state"];
            q.text = b.config + " In what state is it at the end? (CLOSED, OPEN or HALF_OPEN)";
            q.expected = state;
            q.check = stateChecker(state);
            q.explanation = "Its transitions: " + transitionsText(r.result) + "; so it ends " + state + ".";
            q.step = r.run->stepCount();
            return q;
        }
        if (kind == "rejected") {
            if (rejected == 0 && level != Level::Easy) continue;
            if (transitions.empty()) continue;
            q.text = b.config + " How many of the " + std::to_string(b.calls) + " calls are rejected?";
            q.expected = std::to_string(rejected);
            q.check = numberChecker(static_cast<double>(rejected));
            q.explanation = "While OPEN (until strictly more than the wait has passed) every call is rejected: " +
                            std::to_string(rejected) + " of them. Transitions: " + transitionsText(r.result) + ".";
            q.step = orLastStep(stepSaying(*r.run, ": rejected"), *r.run);
            return q;
        }
        // "opens": the call whose record first trips CLOSED → OPEN.
        std::size_t call = 0, opener = 0, step = 0;
        r.run->seek(0);
        while (r.run->forward()) {
            const std::string s = r.run->sentence();
            if (s.rfind("call ", 0) == 0) call = std::stoul(s.substr(5));
            if (s.rfind("CLOSED → OPEN", 0) == 0) {
                opener = call;
                step = r.run->step();
                break;
            }
        }
        if (opener == 0) continue;
        q.text = b.config + " Which call (counting calls from 1, not clock moves) first opens the breaker?";
        q.expected = std::to_string(opener);
        q.check = numberChecker(static_cast<double>(opener));
        q.explanation = "Call " + q.expected + " is recorded with at least minimumNumberOfCalls in the window and " +
                        "the failure rate at or over the threshold: " + transitionsText(r.result) + ".";
        q.step = step;
        return q;
    }
    throw std::logic_error(type + ": no instance found within the attempts");
}

// ---- Retry, rate limiter, bulkhead ------------------------------------------------------------------------

Question retryTotalWait(Level level, std::uint64_t seed) {
    const std::string type = "retry.total-wait";
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    const I maxAttempts = random.between(2, level == Level::Easy ? 3 : 4);
    const I wait = 100 * random.between(1, 5);
    const I multiplier = level == Level::Easy ? 1 : 2;
    const I cap = level == Level::Hard ? wait * random.between(2, 3) : 0;
    std::vector<std::string> tokens;
    while (tokens.size() < n) {
        I failures = random.between(0, maxAttempts);
        const auto remaining = static_cast<I>(n - tokens.size());
        if (failures + (failures < maxAttempts ? 1 : 0) > remaining) failures = remaining - 1;  // end exactly at n
        for (I k = 0; k < failures; ++k) tokens.push_back("F");
        if (failures < maxAttempts) tokens.push_back("S");
    }
    json instance{{"max-attempts", std::to_string(maxAttempts)},
                  {"wait-duration", ms(wait)},
                  {"exponential-backoff-multiplier", std::to_string(multiplier)},
                  {"calls", joined(tokens, ",")}};
    if (cap > 0) instance["exponential-max-wait-duration"] = ms(cap);
    Question q = questionBase(type, level, seed, instance, tokens.size());
    auto r = runItem("retry", q.instance);
    I total = 0;
    for (const auto& op : r.result["operations"])
        for (const auto& w : op["waits"]) total += w.get<I>();
    q.text = "A Retry with maxAttempts " + std::to_string(maxAttempts) + ", waitDuration " + spoken(wait) +
             (multiplier > 1 ? ", exponentialBackoffMultiplier " + std::to_string(multiplier) : std::string()) +
             (cap > 0 ? ", exponentialMaxWaitDuration " + spoken(cap) : std::string()) +
             " runs operations one after another; the attempts go " + joined(tokens, " ") +
             " (an operation ends at a success or after maxAttempts attempts). How many milliseconds do the "
             "operations wait between attempts, in all?";
    q.expected = std::to_string(total);
    q.check = numberChecker(static_cast<double>(total));
    q.explanation = "After failed attempt n of an operation (n < maxAttempts) it waits waitDuration × multiplier^(n − 1)" +
                    std::string(cap > 0 ? ", at most exponentialMaxWaitDuration" : "") + "; there are " +
                    std::to_string(r.result["operations"].size()) + " operations, and their waits add up to " +
                    q.expected + " ms.";
    q.step = orLastStep(stepSaying(*r.run, "wait "), *r.run);
    return q;
}

Question limiterPermitted(Level level, std::uint64_t seed) {
    const std::string type = "rate-limiter.permitted";
    Random random(seed);
    for (int attempt = 0; attempt < 500; ++attempt) {
        const std::size_t n = drawSize(type, level, random);
        const I limit = random.between(2, level == Level::Easy ? 3 : 4);
        const I period = 1000;
        const I timeout = level == Level::Hard && random.chance(0.6) ? 250 * random.between(1, 6) : 0;
        std::vector<std::string> tokens;
        std::size_t requests = 0;
        while (requests < n) {
            if (requests > 0 && level != Level::Easy && random.chance(0.25) && tokens.back() == "S") {
                tokens.push_back("+" + ms(100 * random.between(1, 12)));
                continue;
            }
            tokens.push_back("S");
            ++requests;
        }
        Question q = questionBase(type, level, seed,
                                  json{{"limit-for-period", std::to_string(limit)},
                                       {"limit-refresh-period", ms(period)},
                                       {"timeout-duration", ms(timeout)},
                                       {"calls", joined(tokens, ",")}},
                                  n);
        auto r = runItem("rate-limiter", q.instance);
        const I permitted = r.result["permitted"];
        if (permitted == static_cast<I>(n)) continue;  // something is refused
        q.text = "A Resilience4j rate limiter gives limitForPeriod " + std::to_string(limit) +
                 " permits per limitRefreshPeriod of 1 s (cycles start at 0 ms; each new cycle refills the bucket to " +
                 std::to_string(limit) + "), timeoutDuration " + spoken(timeout) + ". Requests arrive as " +
                 joined(tokens, " ") + " (each S is one request, +T moves the clock). How many of the " +
                 std::to_string(n) + " requests are permitted" + (timeout > 0 ? " (at once or after a wait)?" : "?");
        q.expected = std::to_string(permitted);
        q.check = numberChecker(static_cast<double>(permitted));
        q.explanation = std::to_string(permitted) + " permitted, " + std::to_string(r.result["rejected"].get<I>()) +
                        " refused: a request takes a permit of its cycle" +
                        (timeout > 0 ? ", or reserves one of a later cycle that starts within timeoutDuration"
                                     : std::string()) +
                        "; unused permits do not carry over.";
        q.step = orLastStep(stepSaying(*r.run, ": refused"), *r.run);
        return q;
    }
    throw std::logic_error(type + ": no instance found within the attempts");
}

Question bulkheadRejected(Level level, std::uint64_t seed) {
    const std::string type = "bulkhead.rejected";
    Random random(seed);
    for (int attempt = 0; attempt < 500; ++attempt) {
        const std::size_t n = drawSize(type, level, random);
        const I slots = random.between(1, level == Level::Easy ? 2 : 3);
        const I maxWait = level == Level::Hard ? 100 * random.between(0, 3) : 0;
        std::vector<std::string> tokens;
        std::size_t calls = 0;
        while (calls < n) {
            if (calls > 0 && random.chance(0.35) && tokens.back().front() == 'S') {
                tokens.push_back("+" + ms(100 * random.between(1, 4)));
                continue;
            }
            tokens.push_back("S/" + ms(100 * random.between(1, 5)));
            ++calls;
        }
        Question q = questionBase(type, level, seed,
                                  json{{"max-concurrent-calls", std::to_string(slots)},
                                       {"max-wait-duration", ms(maxWait)},
                                       {"calls", joined(tokens, ",")}},
                                  n);
        auto r = runItem("bulkhead", q.instance);
        const I rejected = r.result["rejected"];
        if (rejected == 0 && level != Level::Easy) continue;
        q.text = "A bulkhead allows maxConcurrentCalls " + std::to_string(slots) + " with maxWaitDuration " +
                 spoken(maxWait) + ". Calls arrive as " + joined(tokens, " ") +
                 " (S/300ms lasts 300 ms from its start, +T moves the clock; a call ending at a moment frees its "
                 "slot for a call arriving then). How many of the " +
                 std::to_string(n) + " calls are refused?";
        q.expected = std::to_string(rejected);
        q.check = numberChecker(static_cast<double>(rejected));
        q.explanation = std::to_string(rejected) + " refused, " + std::to_string(r.result["permitted"].get<I>()) +
                        " permitted: a call finding every slot busy " +
                        (maxWait > 0 ? "waits for the first to free if that is within maxWaitDuration, else it "
                                     : std::string()) +
                        "is refused.";
        q.step = orLastStep(stepSaying(*r.run, ": refused"), *r.run);
        return q;
    }
    throw std::logic_error(type + ": no instance found within the attempts");
}

}  // namespace

std::vector<QuestionType> queueQuestionTypes() {
    return {questionType("queue.dead-letters", "which jobs end in the dead-letter queue", queueDeadLetters),
            questionType("queue.receives", "a job's receive count when it succeeds", queueReceives),
            questionType("queue.backoff", "whether a backoff wait is possible for a jitter", queueBackoff)};
}

std::vector<QuestionType> resilienceQuestionTypes() {
    using L = Level;
    using S = std::uint64_t;
    return {questionType("breaker.state-after", "the breaker's state after a call list",
                         [](L l, S s) { return breakerQuestion(l, s, "state-after"); }),
            questionType("breaker.rejected", "how many calls the breaker rejects",
                         [](L l, S s) { return breakerQuestion(l, s, "rejected"); }),
            questionType("breaker.opens", "which call opens the breaker",
                         [](L l, S s) { return breakerQuestion(l, s, "opens"); }),
            questionType("retry.total-wait", "the waits of retried operations, in all", retryTotalWait),
            questionType("rate-limiter.permitted", "how many requests the token bucket permits", limiterPermitted),
            questionType("bulkhead.rejected", "how many calls the bulkhead refuses", bulkheadRejected)};
}

}  // namespace stepwise::practice
