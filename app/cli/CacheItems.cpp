// `stepwise-cli run cache`: replays an access sequence through one policy and prints hits, misses,
// the evicted keys in order and the expired ones.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/cli/NumberList.h"
#include "app/cli/RunItem.h"
#include "core/cache/CacheSimulation.h"
#include "core/cache/KeySequence.h"
#include "core/common/InputError.h"

namespace stepwise::cli {
namespace {

cache::KeySequence readKeys(const std::string& value) {
    std::error_code error;
    if (value.find(',') == std::string::npos && std::filesystem::is_regular_file(value, error)) {
        std::ifstream in(value);
        std::stringstream text;
        text << in.rdbuf();
        return cache::parseKeyLines(text.str(), value);
    }
    return cache::parseKeyList(value);
}

RunOutput runCache(const RunOptions& o) {
    const std::string policy = o.require("policy", "a policy name");
    cache::CacheOptions options;
    const auto capacity = parseInteger("capacity", o.require("capacity", "a positive number"));
    if (capacity <= 0) throw InputError("--capacity: must be at least 1, got " + std::to_string(capacity));
    options.capacity = static_cast<std::size_t>(capacity);
    if (auto seed = o.get("seed")) options.seed = static_cast<std::uint64_t>(parseInteger("seed", *seed));
    if (auto samples = o.get("samples")) {
        const auto n = parseInteger("samples", *samples);
        if (n <= 0) throw InputError("--samples: must be at least 1");
        options.samples = static_cast<std::size_t>(n);
    }
    cache::Tick ttl = 0;
    if (auto t = o.get("ttl")) {
        ttl = parseInteger("ttl", *t);
        if (ttl <= 0) throw InputError("--ttl: must be at least 1 tick, got " + std::to_string(ttl));
    }
    const cache::KeySequence seq = readKeys(o.require("ops", "keys like a,b,c,a or a file"));
    const cache::CacheReplay r = cache::replay(policy, options, seq.keys, ttl, true);

    RunOutput out;
    auto names = [&](const std::vector<cache::Key>& keys) {
        std::vector<std::string> list;
        for (auto k : keys) list.push_back(seq.name(k));
        return list;
    };
    out.result["policy"] = policy;
    out.result["capacity"] = options.capacity;
    out.result["hits"] = r.hits;
    out.result["misses"] = r.misses;
    out.result["hit_ratio"] = seq.keys.empty() ? 0.0 : static_cast<double>(r.hits) / static_cast<double>(seq.keys.size());
    out.result["evictions"] = names(r.evictions);
    out.result["expirations"] = names(r.expirations);
    out.steps = r.trace.size();
    std::ostringstream text;
    text << policy << ", capacity " << options.capacity << ": " << r.hits << " hits, " << r.misses << " misses\n";
    text << "evicted:";
    for (const auto& n : names(r.evictions)) text << " " << n;
    text << "\n";
    if (ttl > 0) {
        text << "expired:";
        for (const auto& n : names(r.expirations)) text << " " << n;
        text << "\n";
    }
    out.text = text.str();
    if (o.trace) {
        std::size_t request = 0;
        for (std::size_t i = 0; i < r.trace.events.size(); ++i) {
            while (request + 1 < r.requestStart.size() && r.requestStart[request + 1] <= i) ++request;
            out.traceSteps.push_back({i + 1, 0,
                                      "tick " + std::to_string(request + 1) + ": " +
                                          cache::explainCacheEvent(r.trace.events[i], [&](cache::Key k) { return seq.name(k); })});
        }
    }
    return out;
}

}  // namespace

std::vector<RunItem> cacheRunItems() {
    std::string policies;
    for (const auto& p : cache::policyNames()) policies += (policies.empty() ? "" : "|") + p;
    RunItem item;
    item.name = "cache";
    item.summary = "a cache policy over an access sequence: hits, misses, evictions with reasons, TTL expiry";
    item.usage = "--policy " + policies + " --capacity N --ops a,b,c,a|FILE [--ttl N] [--seed S] [--samples N]";
    item.options = {{"policy", policies, "the eviction policy", true},
                    {"capacity", "N", "how many keys fit", true},
                    {"ops", "LIST|FILE", "accesses: a,b,c,a or a file with one key per line", true},
                    {"ttl", "N", "every key expires N ticks after it is written (one tick per access)", false},
                    {"seed", "S", "seed for the sampled policies and the active expirer (default 1)", false},
                    {"samples", "N", "keys sampled per eviction by sampled-lru/sampled-lfu (default 5)", false}};
    for (const auto& p : cache::policyNames()) item.details += "  " + p + ": " + cache::policySummary(p) + "\n";
    item.handler = runCache;
    return {item};
}

}  // namespace stepwise::cli
