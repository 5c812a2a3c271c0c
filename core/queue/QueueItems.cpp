// The catalogue's `queue` item: an SQS-style job queue with workers, retries with backoff and a
// dead-letter queue (QueueSimulation.h), with producers, priorities, batching, auto-scaling and a
// fault list.
#include <cmath>
#include <cstdlib>
#include <limits>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/common/Limits.h"
#include "core/queue/QueueFaults.h"
#include "core/queue/QueueItemRun.h"
#include "core/queue/QueueNarration.h"

namespace stepwise::catalogue {
namespace {

/// The example's values: the GUI's queue room opens on them (a worker killed, dead letters).
const std::vector<std::pair<std::string, std::string>>& exampleValues() {
    static const std::vector<std::pair<std::string, std::string>> values = {
        {"jobs", "30"},          {"workers", "3"},        {"failure-rate", "0.3"},
        {"max-receives", "3"},   {"backoff", "full"},     {"seed", "7"},
        {"priorities", "3"},     {"visibility-timeout", "5000"},
        {"faults", "kill-worker@1500ms=1"}};
    return values;
}

/// Many jobs fail at the same moment (a burst on a flaky dependency): without jitter their
/// retries come back together, wave after wave; full jitter spreads them.
std::vector<std::pair<std::string, std::string>> herd(const std::string& backoff) {
    return {{"jobs", "60"},         {"workers", "60"},      {"producer", "bursts"}, {"burst", "60"},
            {"failure-rate", "0.5"}, {"max-receives", "6"}, {"backoff", backoff},   {"base", "1000"},
            {"cap", "30000"},        {"service", "50"},     {"seed", "7"}};
}

std::vector<std::pair<std::string, std::string>> withCompare(std::vector<std::pair<std::string, std::string>> v) {
    v.emplace_back("compare", "jitter");
    return v;
}

/// Without --jobs the example runs; options given besides override it. An option still at its
/// default counts as not given.
Options withExample(const Options& given, const std::vector<OptionSpec>& specs) {
    if (given.has("jobs")) return given;
    return overlayGiven(exampleValues(), given, specs);
}

/// A real number within [low, high] from a text option ("0.25").
double real(const Options& o, const std::string& name, double fallback, double low, double high,
            const std::string& what) {
    const auto text = o.get(name);
    if (!text) return fallback;
    char* end = nullptr;
    const double v = std::strtod(text->c_str(), &end);
    if (text->empty() || end != text->c_str() + text->size() || !std::isfinite(v) || v < low || v > high)
        throw InputError("--" + name + ": '" + *text + "' is not " + what);
    return v;
}

sim::Time millis(const Options& o, const std::string& name, sim::Time fallback) {
    return o.has(name) ? o.integer(name) * sim::millisecond : fallback;
}

/// "FS,S,FFF": each job's deliveries, F failing and S succeeding, one entry per job in order.
std::vector<std::string> parseOutcomes(const std::string& text, std::size_t jobs) {
    std::vector<std::string> out(1);
    for (char c : text) {
        if (c == ',') out.emplace_back();
        else if (c == 'F' || c == 'S' || c == 'f' || c == 's') out.back() += static_cast<char>(c & ~0x20);
        else if (c != ' ')
            throw InputError("--outcomes: '" + std::string(1, c) + "' is not an outcome (each job's deliveries as " +
                             "F and S, jobs separated by commas: FS,S,FFF)");
    }
    for (std::size_t j = 0; j < out.size(); ++j)
        if (out[j].empty())
            throw InputError("--outcomes: job " + std::to_string(j + 1) + " has no outcomes (FS,S,FFF)");
    if (out.size() > jobs)
        throw InputError("--outcomes: " + std::to_string(out.size()) + " jobs listed, but --jobs is " +
                         std::to_string(jobs));
    return out;
}

std::unique_ptr<run::Run> build(const Options& given, const std::vector<OptionSpec>& specs) {
    const Options o = withExample(given, specs);
    queue::QueueConfig c;
    c.jobs = static_cast<std::size_t>(o.integer("jobs", 40));
    c.workers = static_cast<std::uint32_t>(o.integer("workers", 2));
    c.minWorkers = static_cast<std::uint32_t>(o.integer("min-workers", c.workers));
    c.maxWorkers = static_cast<std::uint32_t>(o.integer("max-workers", std::max(c.workers, c.minWorkers)));
    if (c.maxWorkers < c.minWorkers)
        throw InputError("--max-workers: " + std::to_string(c.maxWorkers) + " is below the minimum of " +
                         std::to_string(c.minWorkers) + " workers (--min-workers, or --workers)");
    if (c.workers < c.minWorkers || c.workers > c.maxWorkers)
        throw InputError("--workers: " + std::to_string(c.workers) + " must be within --min-workers " +
                         std::to_string(c.minWorkers) + " and --max-workers " + std::to_string(c.maxWorkers));
    c.failureRate = real(o, "failure-rate", 0.2, 0, 1, "a failure rate between 0 and 1");
    c.retry.maxReceives = static_cast<std::uint32_t>(o.integer("max-receives", 3));
    c.retry.backoff.kind = queue::parseBackoff(o.text("backoff", "full"));
    c.retry.backoff.base = millis(o, "base", c.retry.backoff.base);
    c.retry.backoff.cap = millis(o, "cap", c.retry.backoff.cap);
    if (c.retry.backoff.cap < c.retry.backoff.base)
        throw InputError("--cap: " + std::to_string(c.retry.backoff.cap / sim::millisecond) +
                         " ms is below --base " + std::to_string(c.retry.backoff.base / sim::millisecond) + " ms");
    c.visibilityTimeout = millis(o, "visibility-timeout", c.visibilityTimeout);
    c.meanService = millis(o, "service", c.meanService);
    const std::string producer = o.text("producer", "steady");
    c.producer = producer == "bursts" ? queue::Producer::Bursts
                 : producer == "spike" ? queue::Producer::Spike
                                       : queue::Producer::Steady;
    c.rate = real(o, "rate", c.rate, 1e-6, 1e6, "a rate in jobs per second (above 0, at most 1000000)");
    c.spikeRate = real(o, "spike-rate", c.spikeRate, 1e-6, 1e6, "a rate in jobs per second (above 0, at most 1000000)");
    c.burst = static_cast<std::uint32_t>(o.integer("burst", c.burst));
    c.burstEvery = millis(o, "burst-every", c.burstEvery);
    c.spikeAt = millis(o, "spike-at", c.spikeAt);
    c.spikeFor = millis(o, "spike-for", c.spikeFor);
    c.priorities = static_cast<std::uint32_t>(o.integer("priorities", 1));
    c.batch = static_cast<std::uint32_t>(o.integer("batch", 1));
    c.targetBacklog = static_cast<std::uint32_t>(o.integer("target-backlog", c.targetBacklog));
    c.cooldown = millis(o, "cooldown", c.cooldown);
    c.scaleEvery = millis(o, "scale-every", c.scaleEvery);
    if (const auto faults = o.get("faults")) c.faults = queue::parseQueueFaults(*faults);
    if (const auto outcomes = o.get("outcomes")) c.outcomes = parseOutcomes(*outcomes, c.jobs);
    c.seed = static_cast<std::uint64_t>(o.integer("seed", 1));
    const std::string compare = o.text("compare", "none");
    if (compare != "none" && compare != "jitter")
        throw InputError("--compare: '" + compare + "' is not none or jitter");
    return std::make_unique<queue::QueueItemRun>(c, compare == "jitter");
}

}  // namespace

std::vector<CatalogueItem> queueItems() {
    CatalogueItem item;
    item.id = "queue";
    item.area = Area::Queue;
    item.title = "Job queue";
    item.summary = "an SQS-style job queue: workers, visibility timeout, retries with backoff and jitter, "
                   "a dead-letter queue, auto-scaling";
    constexpr auto most = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t day = 86'400'000;  // ms
    constexpr auto maxJobs = static_cast<std::int64_t>(limits::queueJobs);
    constexpr auto maxWorkers = static_cast<std::int64_t>(limits::queueWorkers);
    const char* workersWhy = "each worker is a lane of the view";
    item.options = {
        integerOption("jobs", "N", "how many jobs the producer submits (default 40)", 0, maxJobs)
            .because(limits::queueJobsWhy),
        integerOption("workers", "W", "workers at the start (default 2)", 1, maxWorkers).because(workersWhy),
        option("failure-rate", OptionKind::Text, "P", "probability an attempt fails, 0 to 1 (default 0.2)"),
        integerOption("max-receives", "K",
                      "maxReceiveCount: deliveries before the dead-letter queue, 1 to 1000 (default 3)", 1, 1000)
            .because("SQS allows a maxReceiveCount of 1 to 1000"),
        option("backoff", OptionKind::Choice, "KIND", "retry backoff: none, full, equal or decorrelated jitter")
            .oneOf(queue::backoffNames())
            .byDefault("full"),
        integerOption("seed", "S", "seed for service times, failures and jitter (default 1)", 0, most).byDefault("1"),
        integerOption("visibility-timeout", "MS", "how long a received job stays invisible (default 30000)", 1,
                      43'200'000)
            .because("SQS allows at most 12 hours"),
        integerOption("base", "MS", "backoff base (default 500)", 1, day).because("a day is the longest backoff"),
        integerOption("cap", "MS", "backoff cap (default 20000)", 1, day).because("a day is the longest backoff"),
        integerOption("service", "MS", "mean time a worker takes per job, exponentially distributed (default 200)",
                      1, day)
            .because("a day is the longest job"),
        option("producer", OptionKind::Choice, "KIND", "how jobs arrive: steady, bursts or spike")
            .oneOf({"steady", "bursts", "spike"})
            .byDefault("steady"),
        option("rate", OptionKind::Text, "R", "steady (and outside a spike): jobs per second (default 10)"),
        integerOption("burst", "N", "bursts: jobs per burst (default 10)", 1, maxJobs),
        integerOption("burst-every", "MS", "bursts: time between bursts (default 5000)", 1, day),
        integerOption("spike-at", "MS", "spike: when it starts (default 2000)", 0, day),
        integerOption("spike-for", "MS", "spike: how long it lasts (default 2000)", 1, day),
        option("spike-rate", OptionKind::Text, "R", "spike: jobs per second during it (default 100)"),
        integerOption("priorities", "P", "priority lanes; a job's priority is drawn uniformly (default 1)", 1, 16)
            .because("16 lanes fit the view"),
        integerOption("batch", "B", "jobs a worker receives at once (default 1)", 1, 10)
            .because("SQS receives at most 10 messages at once"),
        integerOption("min-workers", "N", "auto-scaling: fewest workers (default --workers)", 1, maxWorkers)
            .because(workersWhy),
        integerOption("max-workers", "N", "auto-scaling: most workers; above --min-workers turns it on", 1,
                      maxWorkers)
            .because(workersWhy),
        integerOption("target-backlog", "N", "auto-scaling: ready jobs per worker it aims at (default 4)", 1,
                      1'000'000),
        integerOption("cooldown", "MS", "auto-scaling: wait after a change before scaling in (default 10000)", 1, day),
        integerOption("scale-every", "MS", "auto-scaling: how often it looks (default 1000)", 1, day),
        option("faults", OptionKind::Text, "LIST",
               "failure-rate@10s=0.8, kill-worker@5s=1, kill-job@3s=17, retry-job@40s=17, redrive@60s"),
        option("compare", OptionKind::Choice, "WHAT",
               "jitter: also run the workload with retries without jitter and with full jitter (one seed)")
            .oneOf({"none", "jitter"})
            .byDefault("none"),
        option("outcomes", OptionKind::Text, "LIST",
               "scripted deliveries per job, F fails and S succeeds (FS,S,FFF); the rest draw --failure-rate"),
    };
    queue::QueueConfig defaults;
    item.pseudocode = queue::queuePseudocode(defaults);
    item.details =
        "SQS semantics: a received job is invisible for the visibility timeout; unacknowledged, it is\n"
        "delivered again (at least once). A job whose receive count would exceed maxReceiveCount goes to\n"
        "the dead-letter queue: it is delivered at most K times. Backoff (AWS Architecture Blog),\n"
        "expo(n) = min(cap, base x 2^n), n = failures before this one:\n"
        "  none = expo(n); full = U(0, expo(n)); equal = expo(n)/2 + U(0, expo(n)/2);\n"
        "  decorrelated = min(cap, U(base, 3 x previous sleep)), starting from base.\n"
        "Faults (--faults, comma-separated KIND@TIME[=VALUE], times in ms or with s/ms):\n"
        "  failure-rate@T=P  kill-worker@T=W  kill-job@T=J  retry-job@T=J  redrive@T\n"
        "--compare jitter also runs the workload and seed with no jitter and with full jitter, and prints\n"
        "both runs after this one: their counts, the most retries back in the queue within 100 ms and 1 s\n"
        "(the thundering herd's height) and the retries per bucket of virtual time (--json: result.compare).\n"
        "The GUI charts both runs' retries: the herd in waves, and spread out.\n"
        "\nPseudo-code:\n";
    for (const auto& line : item.pseudocode) item.details += "  " + line + "\n";
    item.example = {"job-queue", "Job queue", exampleValues()};
    item.presets = {
        {"thundering-herd", "Thundering herd (no jitter)", herd("none")},
        {"full-jitter", "The same herd with full jitter", herd("full")},
        {"herd-vs-jitter", "The herd without and with jitter, side by side", withCompare(herd("none"))},
        {"autoscale",
         "Auto-scaling through a spike",
         {{"jobs", "400"}, {"workers", "1"}, {"min-workers", "1"}, {"max-workers", "8"}, {"producer", "spike"},
          {"rate", "4"}, {"spike-rate", "60"}, {"spike-at", "5000"}, {"spike-for", "4000"}, {"failure-rate", "0.05"},
          {"cooldown", "5000"}, {"seed", "7"}}},
        {"dead-letters",
         "Dead letters, then a redrive",
         {{"jobs", "40"}, {"workers", "4"}, {"failure-rate", "0.9"}, {"max-receives", "2"}, {"base", "200"},
          {"faults", "failure-rate@8s=0,redrive@10s"}, {"seed", "7"}}},
    };
    const auto specs = item.options;
    item.build = [specs](const Options& o, const RunLimits&) { return build(o, specs); };
    return {item};
}

}  // namespace stepwise::catalogue
