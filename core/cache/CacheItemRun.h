#pragma once
// A run of the `cache` item: one policy, or two side by side, replaying one access sequence. Its
// steps are cache events (a hit or a miss, an eviction, an insert, an expiry, a promotion); its
// groups are the requests ("tick 3"), so a player can step by event or by request. It gives the
// cache views what they draw, typed: both caches at the current step, the keys and their names,
// the hit-ratio series, the current event and request in words.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/cache/CacheEventSim.h"
#include "core/cache/CacheSimulation.h"
#include "core/cache/CacheWords.h"
#include "core/cache/PolicyStructure.h"
#include "core/catalogue/CatalogueItem.h"
#include "core/run/CheckpointRun.h"
#include "core/sim/TimeSeries.h"

namespace stepwise::cache {

/// What a cache run replays, after the item has read its options.
struct CacheRunSpec {
    std::string policy = "lru";
    std::string compare;  // a second policy on the same accesses; empty: none
    CacheOptions options;
    Tick ttl = 0;  // 0: keys never expire
    std::vector<Key> keys;
    std::vector<std::string> names;  // key → what the user typed; keys beyond it are shown as numbers
};

/// A key leaving the cache in the current request, with its reason in words.
struct LeavingKey {
    Key key = 0;
    std::string name;
    std::string why;  // "least recently used: idle 3 ticks", "expired (found on access)"
    bool expired = false;
};

/// What the current request did on one cache.
struct RequestWords {
    Key key = 0;
    std::string name;
    bool hit = false;
    bool inserted = false;
    std::vector<LeavingKey> leaving;
};

/// One slot as a view draws it.
struct SlotWords {
    Key key = 0;
    std::string name;
    std::string detail;         // slotDetail(): "idle 3", "freq 2 · idle 0"
    bool hit = false;           // the current request hit this key
    bool inserted = false;      // ... or inserted it
    bool hand = false;          // CLOCK's hand points here
    std::int64_t ttlLeft = -1;  // ticks until it expires; -1 without a TTL
};

class CacheItemRun : public run::CheckpointRun<CacheEventSim> {
  public:
    /// Checkpoint interval at least (larger caches and longer runs space them out: see the .cpp).
    static constexpr std::size_t checkpointEvery = 64;
    /// Points of a hit-ratio series at most (longer runs are sampled evenly).
    static constexpr std::size_t maxChartPoints = 1500;

    /// InputError for an unknown policy or a capacity out of range (as cache::withCache).
    CacheItemRun(const CacheRunSpec& spec, const catalogue::RunLimits& limits = {});

    bool comparing() const { return !spec_.compare.empty(); }
    /// 1 or 2.
    std::size_t sides() const { return comparing() ? 2 : 1; }
    /// The cache on `side` (0 the first policy, 1 the compared one) at the current step.
    const sim::CacheRunSim& cacheAt(std::size_t side) const;
    const std::string& policy(std::size_t side) const { return side == 0 ? spec_.policy : spec_.compare; }
    const CacheRunSpec& spec() const { return spec_; }

    /// {"requests", "hits", "misses", "evictions", "expirations", "hit_ratio"} counted up to the current
    /// step (and "compare" with the same for the second policy); result() at the end.
    nlohmann::json resultSoFar() const override;

    /// Requests served at the current step (the current event belongs to the last of them).
    std::size_t requestsServed() const { return state().requests(); }
    std::size_t requestCount() const { return spec_.keys.size(); }
    /// The current event and its side; nullopt at step 0.
    std::optional<CacheEventWords> currentEvent() const;
    std::size_t currentSide() const { return atStart() ? 0 : state().side(); }

    const std::vector<Key>& keys() const { return spec_.keys; }
    std::string keyName(Key k) const;
    /// The key of request `request` (1-based, as requestsServed()).
    Key requestKey(std::size_t request) const { return spec_.keys[request - 1]; }

    /// What the current request did on `side` (empty words at step 0).
    RequestWords requestWords(std::size_t side) const;
    /// The slots of `side`, next victim first.
    std::vector<SlotWords> slots(std::size_t side) const;
    /// `side`'s cache as the interview data structure (LRU, FIFO: map + list; LFU: frequency
    /// buckets) at the current step; Kind::None for the other policies.
    PolicyStructure structure(std::size_t side) const;

    /// Cumulative hit ratio after each sampled request (x = requests served), per side.
    const sim::TimeSeries& hitRatio(std::size_t side) const { return series_[side]; }
    /// How many samples of the series lie at or before `requests`.
    std::size_t samplesUpTo(std::size_t requests) const;
    /// Miss ratio of `side`'s policy on these accesses at sizes 1 .. 2 × capacity (at most 25 of
    /// them), each a replay of its own: computed on each call, so a view keeps the curve.
    std::vector<MissRatioPoint> missRatioCurve(std::size_t side) const;

  private:
    struct Prepared;
    CacheItemRun(CacheRunSpec spec, Prepared prepared);

    CacheRunSpec spec_;
    std::vector<sim::TimeSeries> series_;
};

}  // namespace stepwise::cache
