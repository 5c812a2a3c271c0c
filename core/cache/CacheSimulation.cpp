#include "core/cache/CacheSimulation.h"

#include <functional>

#include "core/cache/CacheWords.h"

namespace stepwise::cache {
namespace {

/// A recorder that also tallies: the counts come from the same events the views see.
struct Tally {
    static constexpr bool enabled = true;
    CacheReplay& out;
    bool keepEvents;
    void emit(const CacheEvent& e) {
        if (auto* ev = std::get_if<cache_event::Evict>(&e)) out.evictions.push_back(ev->key);
        else if (auto* ex = std::get_if<cache_event::Expire>(&e)) out.expirations.push_back(ex->key);
        if (keepEvents) out.trace.events.push_back(e);
    }
    trace::ValueRef keep(double v) {
        out.trace.values.push_back(v);
        return static_cast<trace::ValueRef>(out.trace.values.size() - 1);
    }
};

}  // namespace

const std::vector<std::string>& policyNames() {
    static const std::vector<std::string> names = {"lru", "lfu", "fifo", "clock", "sampled-lru", "sampled-lfu", "s3-fifo"};
    return names;
}

std::string policySummary(std::string_view name) {
    if (name == "lru") return "least recently used: evicts the key idle longest";
    if (name == "lfu") return "least frequently used, ties by least recent use";
    if (name == "fifo") return "first in, first out: hits do not matter";
    if (name == "clock") return "CLOCK second chance: a hand clears reference bits, evicts the first clear one";
    if (name == "sampled-lru") return "Redis allkeys-lru: samples keys into a 16-entry pool, evicts the idlest";
    if (name == "sampled-lfu") return "Redis allkeys-lfu: logarithmic 8-bit counter with decay, sampled";
    if (name == "s3-fifo") return "S3-FIFO: small probation FIFO, main FIFO with reinsertion, ghost keys";
    return {};
}

CacheReplay replay(std::string_view policy, const CacheOptions& options, const std::vector<Key>& keys, Tick ttl, bool record) {
    return withCache(policy, options, [&](auto& cache) {
        CacheReplay out;
        Tally tally{out, record};
        Tick now = 0;
        for (Key k : keys) {
            if (record) out.requestStart.push_back(out.trace.events.size());
            if (cache.access(k, ++now, tally, ttl)) ++out.hits;
            else ++out.misses;
        }
        return out;
    });
}

std::vector<MissRatioPoint> missRatioCurve(std::string_view policy, const CacheOptions& options, const std::vector<Key>& keys,
                                           const std::vector<std::size_t>& sizes, Tick ttl) {
    std::vector<MissRatioPoint> curve;
    for (auto size : sizes) {
        CacheOptions o = options;
        o.capacity = size;
        const double misses = static_cast<double>(withCache(policy, o, [&](auto& cache) {
            trace::NullTracer<CacheEvent> off;
            std::size_t m = 0;
            Tick now = 0;
            for (Key k : keys) m += !cache.access(k, ++now, off, ttl);
            return m;
        }));
        curve.push_back({size, keys.empty() ? 0.0 : misses / static_cast<double>(keys.size())});
    }
    return curve;
}

const char* reasonName(EvictReason r) {
    switch (r) {
        case EvictReason::LeastRecentlyUsed: return "least recently used";
        case EvictReason::LeastFrequentlyUsed: return "least frequently used";
        case EvictReason::FirstIn: return "first in";
        case EvictReason::ClockHand: return "the clock hand found its bit clear";
        case EvictReason::SampledIdle: return "idlest of the sampled keys";
        case EvictReason::SampledFrequency: return "lowest LFU counter of the sampled keys";
        case EvictReason::SmallQueue: return "left the small queue without a second hit";
        case EvictReason::MainQueue: return "reached the main queue's tail with no hits left";
    }
    return "";
}

std::string explainCacheEvent(const CacheEvent& e, const std::function<std::string(Key)>& name) {
    if (auto* h = std::get_if<cache_event::Hit>(&e)) return "hit: " + name(h->key) + " is in the cache";
    if (auto* m = std::get_if<cache_event::Miss>(&e)) return "miss: " + name(m->key) + " is not in the cache";
    if (auto* i = std::get_if<cache_event::Insert>(&e)) return "insert " + name(i->key);
    if (auto* p = std::get_if<cache_event::Promote>(&e)) return name(p->key) + " was used again while on probation: move it to the main queue";
    if (auto* x = std::get_if<cache_event::Expire>(&e))
        return name(x->key) + " expired (" + (x->active ? "found by the active sampler" : "found on access") + ")";
    const auto& ev = std::get<cache_event::Evict>(e);
    return "evict " + name(ev.key) + " — " + evictionReason(ev.reason, ev.detail);
}

}  // namespace stepwise::cache
