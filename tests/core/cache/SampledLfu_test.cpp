// Redis's sampled eviction (allkeys-lfu and allkeys-lru) against a reference model written here from
// /work/shared/SEMANTICS.md, sharing no code with core/cache: an 8-bit logarithmic counter that starts
// at 5, grows with probability 1 / ((c − 5) × lfu-log-factor + 1), saturates at 255 and decays by one
// per lfu-decay-time idle; each eviction samples keys into a 16-entry pool and evicts the best entry.
//
// The comparison is exact, event for event, because the model makes the same random draws in the
// same order as SampledPolicy.h documents and does (its generator is tests/support/ReferenceRandom.h,
// an independent transcription of xoshiro256**):
//   - a hit on a key, LFU only and only while its counter is below 255: one unit() draw;
//   - an eviction: a partial Fisher–Yates over the dense list of keys (in insertion order, a removed
//     key's place taken by the last key), one below(n − i) draw per sample i < min(samples, n).
// Pool order ties (equal scores) go to the smaller key; a pool entry is stale once its key was
// evicted or touched since it was sampled; when every entry is stale the first sampled key goes.
// Those three details are the policy's own choices (not Redis's); the model copies them from the
// header's description so the sequences can be compared exactly.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "core/cache/Cache.h"
#include "core/cache/CacheSimulation.h"
#include "core/cache/SampledPolicy.h"
#include "core/trace/Trace.h"
#include "tests/support/ReferenceRandom.h"

namespace stepwise::cache {
namespace {

struct ModelConfig {
    std::size_t capacity = 8;
    std::uint64_t seed = 1;
    std::size_t samples = 5;
    bool lfu = true;
    double logFactor = 10;
    std::int64_t decayPeriod = 60'000;  // ticks; 0: no decay
};

/// One access's outcome, and an eviction with what the user is told about it.
struct Step {
    bool hit;
    bool evicted;
    std::uint64_t victim;
    std::uint32_t detail;  // LFU: the victim's (decayed) counter; LRU: its idle ticks
    friend bool operator==(const Step&, const Step&) = default;
};

std::ostream& operator<<(std::ostream& out, const Step& s) {
    out << (s.hit ? "hit" : "miss");
    if (s.evicted) out << ", evict " << s.victim << " (" << s.detail << ")";
    return out;
}

class ReferenceRedisCache {
  public:
    explicit ReferenceRedisCache(ModelConfig c) : c_(c), random_(c.seed) {}

    Step access(std::uint64_t key, std::int64_t now) {
        Step step{false, false, 0, 0};
        if (auto it = meta_.find(key); it != meta_.end()) {
            Meta& m = it->second;
            if (c_.lfu) m.counter = increment(decayed(m, now));
            m.lastAccess = now;
            step.hit = true;
            return step;
        }
        if (dense_.size() == c_.capacity) {
            step.evicted = true;
            evict(now, step);
        }
        dense_.push_back(key);
        meta_[key] = {now, 5};
        return step;
    }

    /// The counter as an eviction would see it now (after decay).
    int counter(std::uint64_t key, std::int64_t now) const { return decayed(meta_.at(key), now); }

    /// LFU_LOG_INCR: one draw unless saturated.
    static int logIncrement(int c, double logFactor, double draw) {
        if (c == 255) return 255;
        const double base = std::max(0, c - 5);
        return draw < 1.0 / (base * logFactor + 1) ? c + 1 : c;
    }

  private:
    struct Meta {
        std::int64_t lastAccess;
        int counter;
    };
    struct PoolEntry {
        std::uint64_t key;
        std::int64_t sampledAccess;
        std::uint64_t score;  // higher: evict sooner
    };

    int decayed(const Meta& m, std::int64_t now) const {
        if (c_.decayPeriod <= 0) return m.counter;
        const std::int64_t periods = (now - m.lastAccess) / c_.decayPeriod;
        return periods >= m.counter ? 0 : m.counter - static_cast<int>(periods);
    }

    int increment(int c) {
        if (c == 255) return 255;  // no draw once saturated
        return logIncrement(c, c_.logFactor, random_.unit());
    }

    std::uint64_t score(std::uint64_t key, std::int64_t now) const {
        const Meta& m = meta_.at(key);
        return c_.lfu ? static_cast<std::uint64_t>(255 - decayed(m, now))
                      : static_cast<std::uint64_t>(now - m.lastAccess);
    }

    void evict(std::int64_t now, Step& step) {
        const std::size_t n = dense_.size(), k = std::min(c_.samples, n);
        for (std::size_t i = 0; i < k; ++i) {
            const std::size_t j = i + static_cast<std::size_t>(random_.below(n - i));
            std::swap(dense_[i], dense_[j]);
            const std::uint64_t key = dense_[i];
            pool_.erase(
                std::remove_if(pool_.begin(), pool_.end(), [&](const PoolEntry& e) { return e.key == key; }),
                pool_.end());
            pool_.push_back({key, meta_.at(key).lastAccess, score(key, now)});
            std::sort(pool_.begin(), pool_.end(), [](const PoolEntry& a, const PoolEntry& b) {
                return a.score != b.score ? a.score < b.score : a.key > b.key;  // best (to evict) last
            });
            if (pool_.size() > 16) pool_.erase(pool_.begin());
        }
        while (!pool_.empty()) {
            const PoolEntry best = pool_.back();
            pool_.pop_back();
            auto it = meta_.find(best.key);
            if (it == meta_.end() || it->second.lastAccess != best.sampledAccess) continue;  // stale
            remove(best.key, now, step);
            return;
        }
        remove(dense_.front(), now, step);
    }

    void remove(std::uint64_t key, std::int64_t now, Step& step) {
        const Meta& m = meta_.at(key);
        step.victim = key;
        step.detail = static_cast<std::uint32_t>(c_.lfu ? decayed(m, now) : now - m.lastAccess);
        const auto at = std::find(dense_.begin(), dense_.end(), key);
        *at = dense_.back();
        dense_.pop_back();
        meta_.erase(key);
    }

    ModelConfig c_;
    reference::ReferenceRandom random_;
    std::vector<std::uint64_t> dense_;
    std::map<std::uint64_t, Meta> meta_;
    std::vector<PoolEntry> pool_;
};

SampledConfig coreConfig(const ModelConfig& m) {
    SampledConfig c;
    c.samples = m.samples;
    c.lfu = m.lfu;
    c.logFactor = static_cast<std::uint32_t>(m.logFactor);
    c.decayPeriod = m.decayPeriod;
    return c;
}

/// The core's steps for the same accesses: its events folded into one Step per access.
std::vector<Step> coreSteps(const ModelConfig& m,
                            const std::vector<std::pair<std::uint64_t, std::int64_t>>& accesses) {
    Cache<SampledPolicy> cache(SampledPolicy(m.capacity, m.seed, coreConfig(m)), m.seed);
    std::vector<Step> out;
    for (const auto& [key, now] : accesses) {
        trace::RecordingTracer<CacheEvent> tracer;
        Step step{cache.access(key, now, tracer), false, 0, 0};
        for (const auto& e : tracer.trace().events)
            if (const auto* ev = std::get_if<cache_event::Evict>(&e)) {
                EXPECT_FALSE(step.evicted) << "two evictions for one access";
                EXPECT_EQ(ev->reason, m.lfu ? EvictReason::SampledFrequency : EvictReason::SampledIdle);
                step = {step.hit, true, ev->key, ev->detail};
            }
        out.push_back(step);
    }
    return out;
}

/// Skewed keys with idle gaps now and then, so counters both grow and decay.
std::vector<std::pair<std::uint64_t, std::int64_t>> workload(reference::ReferenceRandom& r, std::size_t n,
                                                             std::uint64_t universe, std::int64_t maxGap) {
    std::vector<std::pair<std::uint64_t, std::int64_t>> out;
    std::int64_t now = 0;
    for (std::size_t i = 0; i < n; ++i) {
        now += r.chance(0.9) ? 1 : 1 + static_cast<std::int64_t>(r.below(static_cast<std::uint64_t>(maxGap)));
        const std::uint64_t key = r.chance(0.6) ? r.below(universe / 4 + 1) : r.below(universe);
        out.push_back({key, now});
    }
    return out;
}

void compareOnSeededWorkloads(bool lfu) {
    std::size_t evictions = 0;
    for (std::uint64_t seed = 0; seed < 400; ++seed) {
        reference::ReferenceRandom r(seed * 7919 + 1);
        ModelConfig m;
        m.lfu = lfu;
        m.seed = seed;
        m.capacity = 1 + static_cast<std::size_t>(r.below(12));
        m.samples = 1 + static_cast<std::size_t>(r.below(8));
        m.logFactor = static_cast<double>(r.below(4) == 0 ? 0 : 1 + r.below(12));
        m.decayPeriod = r.chance(0.3) ? 0 : 1 + static_cast<std::int64_t>(r.below(20));
        const auto accesses =
            workload(r, 150 + r.below(250), 4 + r.below(40), 3 * std::max<std::int64_t>(1, m.decayPeriod));
        ReferenceRedisCache model(m);
        std::vector<Step> expected;
        for (const auto& [key, now] : accesses) expected.push_back(model.access(key, now));
        const std::vector<Step> got = coreSteps(m, accesses);
        ASSERT_EQ(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            ASSERT_EQ(got[i], expected[i])
                << (lfu ? "sampled-lfu" : "sampled-lru") << " seed " << seed << " access " << i << " (key "
                << accesses[i].first << " at " << accesses[i].second << "), capacity " << m.capacity
                << ", samples " << m.samples << ", log factor " << m.logFactor << ", decay " << m.decayPeriod;
            evictions += got[i].evicted;
        }
    }
    EXPECT_GT(evictions, 20'000u);  // the comparison is about evictions: make sure there were plenty
}

}  // namespace

TEST(SampledLfu, EvictsExactlyAsTheRedisReferenceModelOnSeededWorkloads) {
    compareOnSeededWorkloads(true);
}

TEST(SampledLru, EvictsExactlyAsTheRedisReferenceModelOnSeededWorkloads) {
    compareOnSeededWorkloads(false);
}

// The same through the public replay (Redis's defaults: lfu-log-factor 10, one-minute decay).
TEST(SampledLfu, ReplayWithDefaultsMatchesTheReferenceModel) {
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        reference::ReferenceRandom r(seed);
        std::vector<Key> keys;
        for (int i = 0; i < 600; ++i) keys.push_back(r.chance(0.5) ? r.below(10) : r.below(60));
        for (const bool lfu : {true, false}) {
            CacheOptions o;
            o.capacity = 12;
            o.seed = seed;
            o.samples = 4;
            const CacheReplay replayed = replay(lfu ? "sampled-lfu" : "sampled-lru", o, keys, 0, false);
            ModelConfig m;
            m.lfu = lfu;
            m.capacity = 12;
            m.seed = seed;
            m.samples = 4;
            ReferenceRedisCache model(m);
            std::vector<Key> victims;
            std::size_t hits = 0;
            for (std::size_t i = 0; i < keys.size(); ++i) {
                const Step s =
                    model.access(keys[i], static_cast<std::int64_t>(i + 1));  // replay ticks 1, 2, 3, ...
                hits += s.hit;
                if (s.evicted) victims.push_back(s.victim);
            }
            EXPECT_EQ(replayed.evictions, victims)
                << (lfu ? "sampled-lfu" : "sampled-lru") << " seed " << seed;
            EXPECT_EQ(replayed.hits, hits) << (lfu ? "sampled-lfu" : "sampled-lru") << " seed " << seed;
        }
    }
}

namespace {

/// The counter of each of `keys` after `hits` hits each, read from the policy's view.
std::vector<std::uint32_t> coreCountersAfter(std::size_t keys, int hits, std::uint32_t logFactor,
                                             std::uint64_t seed) {
    SampledConfig c;
    c.lfu = true;
    c.logFactor = logFactor;
    c.decayPeriod = 0;  // no decay: growth alone
    SampledPolicy policy(keys, seed, c);
    trace::NullTracer<CacheEvent> off;
    for (std::size_t k = 0; k < keys; ++k) policy.insert(k, k, 0, off);
    for (int h = 0; h < hits; ++h)
        for (std::size_t k = 0; k < keys; ++k) EXPECT_TRUE(policy.touch(k, 1 + h, off));
    std::vector<std::uint32_t> out(keys);
    for (const auto& v : policy.view(hits)) out[v.key] = v.frequency;
    return out;
}

/// The exact distribution of the counter after `hits` hits (a Markov chain over 0..255), from the
/// formula alone: mean and variance.
std::pair<double, double> counterMoments(int hits, double logFactor) {
    std::vector<double> p(256, 0.0), next(256);
    p[5] = 1.0;
    for (int h = 0; h < hits; ++h) {
        std::fill(next.begin(), next.end(), 0.0);
        for (int c = 0; c < 256; ++c) {
            if (p[c] == 0) continue;
            if (c == 255) {
                next[255] += p[c];
                continue;
            }
            const double up = 1.0 / (std::max(0, c - 5) * logFactor + 1);
            next[c + 1] += p[c] * up;
            next[c] += p[c] * (1 - up);
        }
        p.swap(next);
    }
    double mean = 0, square = 0;
    for (int c = 0; c < 256; ++c) {
        mean += c * p[c];
        square += static_cast<double>(c) * c * p[c];
    }
    return {mean, square - mean * mean};
}

}  // namespace

TEST(RedisLfuCounter, StartsAtFiveAndTheFirstHitAlwaysCounts) {
    // (c − 5) is 0 at the start, so the probability is 1 / (0 × factor + 1) = 1.
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        const auto zero = coreCountersAfter(50, 0, 10, seed);
        const auto one = coreCountersAfter(50, 1, 10, seed);
        for (std::size_t k = 0; k < 50; ++k) {
            EXPECT_EQ(zero[k], 5u);
            EXPECT_EQ(one[k], 6u);
        }
    }
}

TEST(RedisLfuCounter, GrowsLogarithmicallyAsTheFormulaPredicts) {
    // The mean counter over many keys after N hits, against the exact expectation of the formula
    // (within five standard errors). For factor 10 that is about 10 after 100 hits and 19 after
    // 1,000, the order of the table in redis.conf (10 and 18).
    const std::size_t keys = 400;
    for (const auto& [hits, factor] :
         std::vector<std::pair<int, std::uint32_t>>{{100, 10}, {1000, 10}, {300, 1}, {1000, 100}}) {
        const auto [mean, variance] = counterMoments(hits, factor);
        const auto counters = coreCountersAfter(keys, hits, factor, 42 + hits);
        double sum = 0;
        for (auto c : counters) sum += c;
        const double observed = sum / static_cast<double>(keys);
        EXPECT_NEAR(observed, mean, 5 * std::sqrt(variance / static_cast<double>(keys)) + 0.05)
            << hits << " hits, factor " << factor;
    }
    const auto [after100, v100] = counterMoments(100, 10);
    const auto [after1000, v1000] = counterMoments(1000, 10);
    EXPECT_NEAR(after100, 10, 1.5);
    EXPECT_NEAR(after1000, 18, 2);
    (void)v100;
    (void)v1000;
}

TEST(RedisLfuCounter, SaturatesAt255AndNeverWraps) {
    // Factor 0: every hit counts, so 250 hits take 5 to 255, and more hits leave it there.
    for (int hits : {249, 250, 251, 600}) {
        const auto counters = coreCountersAfter(3, hits, 0, 7);
        for (auto c : counters)
            EXPECT_EQ(c, static_cast<std::uint32_t>(std::min(255, 5 + hits))) << hits << " hits";
    }
    // Factor 1 needs about 31,000 hits on average; 200,000 saturate it for certain, and it stays.
    const auto counters = coreCountersAfter(2, 200'000, 1, 9);
    for (auto c : counters) EXPECT_EQ(c, 255u);
}

TEST(RedisLfuCounter, DecaysByOnePerPeriodIdleAndStopsAtZero) {
    SampledConfig c;
    c.lfu = true;
    c.logFactor = 0;  // deterministic growth: every hit counts
    c.decayPeriod = 10;
    SampledPolicy policy(4, 1, c);
    trace::NullTracer<CacheEvent> off;
    policy.insert(1, 1, 0, off);
    for (Tick t = 1; t <= 20; ++t) policy.touch(1, t, off);  // 1 tick apart: no decay, 5 → 25
    auto counterAt = [&](Tick now) {
        for (const auto& v : policy.view(now))
            if (v.key == 1) return v.frequency;
        ADD_FAILURE() << "key 1 is gone";
        return 0u;
    };
    EXPECT_EQ(counterAt(20), 25u);
    EXPECT_EQ(counterAt(29), 25u);   // 9 ticks idle: no whole period yet
    EXPECT_EQ(counterAt(30), 24u);   // one period
    EXPECT_EQ(counterAt(55), 22u);   // 35 idle: three periods
    EXPECT_EQ(counterAt(270), 0u);   // exactly 25 periods
    EXPECT_EQ(counterAt(5000), 0u);  // floored at 0, not wrapped
    // A hit after idling first decays, then increments, and restarts the idle clock.
    policy.touch(1, 55, off);
    EXPECT_EQ(counterAt(55), 23u);
    EXPECT_EQ(counterAt(64), 23u);
    EXPECT_EQ(counterAt(65), 22u);
}

TEST(RedisLfuCounter, TheReferenceIncrementFollowsTheFormula) {
    // The model's own rule, pinned so the exact comparison above rests on the published formula.
    EXPECT_EQ(ReferenceRedisCache::logIncrement(5, 10, 0.999), 6);  // p = 1
    EXPECT_EQ(ReferenceRedisCache::logIncrement(3, 10, 0.999), 4);  // c − 5 < 0 counts as 0
    EXPECT_EQ(ReferenceRedisCache::logIncrement(6, 10, 0.09), 7);   // p = 1/11 ≈ 0.0909
    EXPECT_EQ(ReferenceRedisCache::logIncrement(6, 10, 0.091), 6);
    EXPECT_EQ(ReferenceRedisCache::logIncrement(15, 1, 1.0 / 11 - 1e-12), 16);  // p = 1/(10 × 1 + 1)
    EXPECT_EQ(ReferenceRedisCache::logIncrement(255, 0, 0.0), 255);
}

}  // namespace stepwise::cache
