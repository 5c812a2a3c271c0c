// The catalogue's `cache` item: one policy, or two side by side, over typed accesses, a file of
// keys or a generated workload (core/sim/Workload), with optional TTL expiry.
#include <algorithm>
#include <limits>

#include "core/cache/CacheItemRun.h"
#include "core/cache/CachePseudocode.h"
#include "core/cache/CacheSimulation.h"
#include "core/cache/KeySequence.h"
#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/common/Limits.h"
#include "core/sim/Workload.h"

namespace stepwise::catalogue {
namespace {

constexpr auto maxWorkloadRequests = static_cast<std::int64_t>(limits::cacheAccesses);

/// The example's values: the GUI's cache room opens on them (LRU against LFU, seeded Zipf).
const std::vector<std::pair<std::string, std::string>>& exampleValues() {
    static const std::vector<std::pair<std::string, std::string>> values = {
        {"policy", "lru"},           {"compare", "lfu"},  {"capacity", "8"},
        {"workload", "zipf:0.9:40"}, {"requests", "400"}, {"seed", "7"}};
    return values;
}

/// Without accesses (no --ops, no --workload) the example runs; options given besides override it
/// (`run cache --policy fifo` is FIFO against LFU on the example's workload). An option still at its
/// default counts as not given.
Options withExample(const Options& given, const std::vector<OptionSpec>& specs) {
    if (given.has("ops") || given.has("workload")) return given;
    return overlayGiven(exampleValues(), given, specs);
}

std::unique_ptr<run::Run> build(const Options& given, const RunLimits& limits,
                                const std::vector<OptionSpec>& specs) {
    const Options o = withExample(given, specs);
    cache::CacheRunSpec spec;
    spec.policy = o.text("policy", "lru");
    spec.compare = o.text("compare");
    spec.options.capacity = static_cast<std::size_t>(o.integer("capacity", 8));
    spec.options.seed = static_cast<std::uint64_t>(o.integer("seed", 1));
    if (o.has("samples")) spec.options.samples = static_cast<std::size_t>(o.integer("samples"));
    spec.ttl = o.integer("ttl", 0);
    if (o.has("ops") && o.has("workload")) throw InputError("cache: give --ops or --workload, not both");
    if (o.has("ops")) {
        std::string source;
        const std::string text = listOrFileText("ops", *o.get("ops"), source);
        cache::KeySequence seq;
        if (!source.empty()) {
            seq = cache::parseKeyLines(text, source);  // its errors name the file and line
        } else {
            try {
                seq = cache::parseKeyList(text);
            } catch (const InputError& e) {
                throw InputError("--ops: " + e.message());
            }
        }
        if (seq.keys.size() > limits::cacheAccesses)
            throw InputError("--ops: " + std::to_string(seq.keys.size()) + " accesses, over the limit of " +
                                 std::to_string(limits::cacheAccesses) + " (" + limits::cacheAccessesWhy +
                                 ")",
                             source);
        spec.keys = std::move(seq.keys);
        spec.names = std::move(seq.names);
    } else {
        sim::Workload workload;
        try {
            workload = sim::parseWorkload(*o.get("workload"));
        } catch (const InputError& e) {
            throw InputError("--workload: " + e.message(), e.file(), e.line());
        }
        spec.keys = sim::generateKeys(workload, static_cast<std::size_t>(o.integer("requests", 400)),
                                      spec.options.seed);
    }
    return std::make_unique<cache::CacheItemRun>(spec, limits);
}

}  // namespace

std::vector<CatalogueItem> cacheItems() {
    CatalogueItem item;
    item.id = "cache";
    item.area = Area::Caching;
    item.title = "Cache eviction";
    item.summary = "a cache policy over an access sequence: hits, misses, evictions with reasons, TTL expiry";
    const auto& policies = cache::policyNames();
    const auto most = std::numeric_limits<std::int64_t>::max();
    const OptionSpec policy = option("policy", OptionKind::Choice, "POLICY", "the eviction policy")
                                  .oneOf(policies)
                                  .byDefault("lru");
    const OptionSpec compare = option("compare", OptionKind::Choice, "POLICY",
                                      "a second policy run side by side on the same accesses")
                                   .oneOf(policies);
    // Today's CLI options first, in their order; then what the GUI's room adds.
    item.options = {
        policy,
        integerOption("capacity", "N", "how many keys fit (default 8)", 1,
                      static_cast<std::int64_t>(limits::cacheCapacity))
            .byDefault("8")
            .because(limits::cacheCapacityWhy),
        option("ops", OptionKind::ListOrFile, "LIST|FILE",
               "accesses: a,b,c,a or a file with one key per line"),
        integerOption("ttl", "N", "every key expires N ticks after it is written (one tick per access)", 1,
                      most),
        integerOption("seed", "S",
                      "seed for the sampled policies, the active expirer and --workload (default 1)", 0, most)
            .byDefault("1"),
        integerOption("samples", "N", "keys sampled per eviction by sampled-lru/sampled-lfu (default 5)", 1,
                      1'000'000),
        option("workload", OptionKind::Text, "SPEC",
               "generated accesses instead of --ops: zipf:S:N, uniform:N, scan:N, burst:N:HOT:LEN or "
               "trace:PATH"),
        integerOption("requests", "N", "how many requests --workload generates (default 400)", 1,
                      maxWorkloadRequests)
            .byDefault("400")
            .because(limits::cacheAccessesWhy),
        compare,
    };
    item.pseudocode = cache::cachePseudocode("lru");
    for (const auto& p : policies) item.details += "  " + p + ": " + cache::policySummary(p) + "\n";
    item.details +=
        "\nWithout --ops or --workload it runs its example: lru against lfu on a seeded Zipf workload.\n";
    for (const auto& p : policies) {
        item.details += "\nPseudo-code (" + p + "):\n";
        for (const auto& line : cache::cachePseudocode(p)) item.details += "  " + line + "\n";
    }
    item.example = {"lru-vs-lfu", "Cache: LRU vs LFU", exampleValues()};
    item.presets = {
        {"s3-fifo",
         "Cache: FIFO vs S3-FIFO",
         {{"policy", "fifo"},
          {"compare", "s3-fifo"},
          {"capacity", "8"},
          {"workload", "burst:40:6:30"},
          {"requests", "400"},
          {"seed", "7"}}},
        {"ttl",
         "Cache: TTL expiry",
         {{"policy", "lru"},
          {"compare", "lfu"},
          {"capacity", "8"},
          {"ttl", "12"},
          {"workload", "zipf:0.9:40"},
          {"requests", "400"},
          {"seed", "7"}}},
    };
    const auto specs = item.options;
    item.build = [specs](const Options& o, const RunLimits& limits) { return build(o, limits, specs); };
    return {item};
}

}  // namespace stepwise::catalogue
