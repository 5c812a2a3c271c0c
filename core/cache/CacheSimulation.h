#pragma once
// Replaying a sequence of keys through a cache: the counts the CLI prints, the events a view steps
// through, and the miss-ratio curve over cache sizes.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/cache/CachePolicies.h"

namespace stepwise::cache {

struct CacheReplay {
    std::size_t hits = 0;
    std::size_t misses = 0;
    std::vector<Key> evictions;    // evicted keys, in order
    std::vector<Key> expirations;  // expired keys, in order
    trace::Trace<CacheEvent> trace;               // when recorded
    std::vector<std::size_t> requestStart;        // event index where each request begins (recorded)
};

/// Each key is one access at tick 1, 2, 3, ...; `ttl` > 0 gives every key that TTL in ticks.
CacheReplay replay(std::string_view policy, const CacheOptions& options, const std::vector<Key>& keys, Tick ttl, bool record);

struct MissRatioPoint {
    std::size_t capacity;
    double missRatio;
};
/// Miss ratio of `keys` for each capacity in `sizes` (each a separate replay).
std::vector<MissRatioPoint> missRatioCurve(std::string_view policy, const CacheOptions& options,
                                           const std::vector<Key>& keys, const std::vector<std::size_t>& sizes, Tick ttl = 0);

/// One sentence for an event; `name` turns a key into what the user typed.
std::string explainCacheEvent(const CacheEvent& e, const std::function<std::string(Key)>& name);

}  // namespace stepwise::cache
