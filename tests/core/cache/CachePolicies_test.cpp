// Each policy against a small, obviously-correct reference model over thousands of seeded random
// request sequences: the same hits, misses and victims in the same order.
#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <map>

#include "core/cache/CacheSimulation.h"
#include "core/trace/Random.h"

namespace stepwise::cache {
namespace {

struct Outcome {
    std::vector<bool> hits;
    std::vector<Key> victims;
    friend bool operator==(const Outcome&, const Outcome&) = default;
};

std::vector<Key> randomKeys(Random& r, std::size_t n, std::uint64_t universe) {
    std::vector<Key> keys(n);
    for (auto& k : keys) k = r.chance(0.5) ? r.below(universe / 3 + 1) : r.below(universe);  // some skew
    return keys;
}

Outcome run(const char* policy, std::size_t capacity, const std::vector<Key>& keys, std::size_t samples = 5) {
    CacheOptions o;
    o.capacity = capacity;
    o.samples = samples;
    const CacheReplay replayed = replay(policy, o, keys, 0, true);
    Outcome out;
    for (const auto& e : replayed.trace.events) {
        if (std::holds_alternative<cache_event::Hit>(e)) out.hits.push_back(true);
        if (std::holds_alternative<cache_event::Miss>(e)) out.hits.push_back(false);
    }
    out.victims = replayed.evictions;
    EXPECT_EQ(replayed.hits + replayed.misses, keys.size());
    return out;
}

Outcome referenceLru(std::size_t capacity, const std::vector<Key>& keys) {
    Outcome out;
    std::vector<Key> order;  // front = least recent
    for (Key k : keys) {
        auto it = std::find(order.begin(), order.end(), k);
        out.hits.push_back(it != order.end());
        if (it != order.end()) order.erase(it);
        else if (order.size() == capacity) {
            out.victims.push_back(order.front());
            order.erase(order.begin());
        }
        order.push_back(k);
    }
    return out;
}

Outcome referenceFifo(std::size_t capacity, const std::vector<Key>& keys) {
    Outcome out;
    std::deque<Key> queue;
    for (Key k : keys) {
        const bool hit = std::find(queue.begin(), queue.end(), k) != queue.end();
        out.hits.push_back(hit);
        if (hit) continue;
        if (queue.size() == capacity) {
            out.victims.push_back(queue.front());
            queue.pop_front();
        }
        queue.push_back(k);
    }
    return out;
}

Outcome referenceLfu(std::size_t capacity, const std::vector<Key>& keys) {
    Outcome out;
    struct Entry { std::size_t freq; std::size_t last; };
    std::map<Key, Entry> cache;
    std::size_t now = 0;
    for (Key k : keys) {
        ++now;
        auto it = cache.find(k);
        out.hits.push_back(it != cache.end());
        if (it != cache.end()) {
            ++it->second.freq;
            it->second.last = now;
            continue;
        }
        if (cache.size() == capacity) {
            auto victim = std::min_element(cache.begin(), cache.end(), [](auto& a, auto& b) {
                return std::tie(a.second.freq, a.second.last) < std::tie(b.second.freq, b.second.last);
            });
            out.victims.push_back(victim->first);
            cache.erase(victim);
        }
        cache[k] = {1, now};
    }
    return out;
}

Outcome referenceClock(std::size_t capacity, const std::vector<Key>& keys) {
    Outcome out;
    std::vector<Key> ring;
    std::vector<bool> bit;
    std::size_t hand = 0;
    for (Key k : keys) {
        auto it = std::find(ring.begin(), ring.end(), k);
        out.hits.push_back(it != ring.end());
        if (it != ring.end()) {
            bit[static_cast<std::size_t>(it - ring.begin())] = true;
            continue;
        }
        if (ring.size() < capacity) {
            ring.push_back(k);
            bit.push_back(false);
            continue;
        }
        while (bit[hand]) {
            bit[hand] = false;
            hand = (hand + 1) % capacity;
        }
        out.victims.push_back(ring[hand]);
        ring[hand] = k;
        bit[hand] = false;
        hand = (hand + 1) % capacity;
    }
    return out;
}

Outcome referenceS3Fifo(std::size_t capacity, const std::vector<Key>& keys) {
    Outcome out;
    const std::size_t smallCap = std::max<std::size_t>(1, capacity / 10), mainCap = capacity - smallCap;
    std::deque<Key> small, main, ghost;  // front = head (newest), back = tail
    std::map<Key, int> freq;
    auto has = [](const std::deque<Key>& q, Key k) { return std::find(q.begin(), q.end(), k) != q.end(); };
    auto evictMain = [&] {
        while (!main.empty()) {
            const Key t = main.back();
            main.pop_back();
            if (freq[t] > 0) {
                --freq[t];
                main.push_front(t);
            } else {
                out.victims.push_back(t);
                freq.erase(t);
                return;
            }
        }
    };
    auto evictSmall = [&] {
        while (!small.empty()) {
            const Key t = small.back();
            small.pop_back();
            if (freq[t] > 1) {
                freq[t] = 0;
                main.push_front(t);
                if (main.size() > mainCap) {
                    evictMain();
                    return;
                }
            } else {
                out.victims.push_back(t);
                freq.erase(t);
                ghost.push_back(t);
                if (ghost.size() > std::max<std::size_t>(1, capacity)) ghost.pop_front();
                return;
            }
        }
    };
    for (Key k : keys) {
        if (has(small, k) || has(main, k)) {
            out.hits.push_back(true);
            freq[k] = std::min(freq[k] + 1, 3);
            continue;
        }
        out.hits.push_back(false);
        while (small.size() + main.size() >= capacity) {
            if (small.size() >= smallCap || main.empty()) evictSmall();
            else evictMain();
        }
        auto g = std::find(ghost.begin(), ghost.end(), k);
        freq[k] = 0;
        if (g != ghost.end()) {
            ghost.erase(g);
            main.push_front(k);
        } else {
            small.push_front(k);
        }
    }
    return out;
}

template <class Reference>
void compareOverRandomSequences(const char* policy, Reference reference, std::size_t samples = 5) {
    for (std::uint64_t seed = 0; seed < 2000; ++seed) {
        Random r(seed);
        const std::size_t capacity = 1 + r.below(12);
        const auto keys = randomKeys(r, 20 + r.below(100), 4 + r.below(30));
        const Outcome got = run(policy, capacity, keys, samples == 0 ? capacity : samples);
        const Outcome expected = reference(capacity, keys);
        ASSERT_EQ(got.hits, expected.hits) << policy << " seed " << seed;
        ASSERT_EQ(got.victims, expected.victims) << policy << " seed " << seed;
    }
}

}  // namespace

TEST(CachePolicy, LruMatchesItsReference) { compareOverRandomSequences("lru", referenceLru); }
TEST(CachePolicy, FifoMatchesItsReference) { compareOverRandomSequences("fifo", referenceFifo); }
TEST(CachePolicy, LfuBreaksTiesByLeastRecentUse) { compareOverRandomSequences("lfu", referenceLfu); }
TEST(CachePolicy, ClockMatchesItsReference) { compareOverRandomSequences("clock", referenceClock); }
TEST(CachePolicy, S3FifoMatchesItsReference) { compareOverRandomSequences("s3-fifo", referenceS3Fifo); }
TEST(CachePolicy, SampledLruWithSamplesEqualToCapacityIsExactLru) {
    compareOverRandomSequences("sampled-lru", referenceLru, /*samples = capacity*/ 0);
}

TEST(CachePolicy, SameSeedSameEvents) {
    Random r(5);
    const auto keys = randomKeys(r, 2000, 300);
    std::map<std::string, std::vector<std::vector<CacheEvent>>> distinct;  // policy → different traces seen
    for (std::uint64_t seed : {1ULL, 2ULL, 9ULL, 77ULL, 123456789ULL}) {
        for (const auto& policy : policyNames()) {
            CacheOptions o;
            o.capacity = 32;
            o.seed = seed;
            o.samples = 3;  // fewer samples than the pool holds: the draws matter
            const auto a = replay(policy, o, keys, 50, true);
            const auto b = replay(policy, o, keys, 50, true);
            ASSERT_FALSE(a.trace.events.empty());
            ASSERT_EQ(a.trace.events, b.trace.events)
                << policy << " seed " << seed;  // every event, every field
            ASSERT_EQ(a.trace.values, b.trace.values) << policy << " seed " << seed;
            ASSERT_EQ(a.requestStart, b.requestStart) << policy << " seed " << seed;
            ASSERT_EQ(a.evictions, b.evictions) << policy << " seed " << seed;
            ASSERT_EQ(a.expirations, b.expirations) << policy << " seed " << seed;
            auto& seen = distinct[policy];
            if (std::find(seen.begin(), seen.end(), a.trace.events) == seen.end())
                seen.push_back(a.trace.events);
        }
    }
    // The seed is really used: the sampled policies draw their samples from it, so different seeds
    // give different traces.
    EXPECT_GT(distinct["sampled-lru"].size(), 1u);
    EXPECT_GT(distinct["sampled-lfu"].size(), 1u);
    // Without a TTL the deterministic policies ignore the seed entirely.
    for (const char* policy : {"lru", "lfu", "fifo", "clock", "s3-fifo"}) {
        std::vector<std::vector<CacheEvent>> traces;
        for (std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
            CacheOptions o;
            o.capacity = 32;
            o.seed = seed;
            traces.push_back(replay(policy, o, keys, 0, true).trace.events);
        }
        EXPECT_EQ(traces[0], traces[1]) << policy;
        EXPECT_EQ(traces[0], traces[2]) << policy;
    }
}

TEST(CacheEvents, CompareEveryField) {
    using namespace cache_event;
    EXPECT_EQ(CacheEvent(Evict{3, EvictReason::SampledIdle, 7}),
              CacheEvent(Evict{3, EvictReason::SampledIdle, 7}));
    EXPECT_NE(CacheEvent(Evict{3, EvictReason::SampledIdle, 7}),
              CacheEvent(Evict{3, EvictReason::SampledIdle, 8}));
    EXPECT_NE(CacheEvent(Evict{3, EvictReason::SampledIdle, 7}),
              CacheEvent(Evict{3, EvictReason::SampledFrequency, 7}));
    EXPECT_NE(CacheEvent(Evict{3, EvictReason::SampledIdle, 7}),
              CacheEvent(Evict{4, EvictReason::SampledIdle, 7}));
    EXPECT_NE(CacheEvent(Hit{3}), CacheEvent(Miss{3}));
    EXPECT_NE(CacheEvent(Expire{3, true}), CacheEvent(Expire{3, false}));
}

TEST(CachePolicy, UnknownPolicyListsTheKnownOnes) {
    CacheOptions o;
    try {
        replay("mru", o, {1, 2}, 0, false);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("known: lru, lfu, fifo"), std::string::npos) << e.what();
    }
    o.capacity = 0;
    EXPECT_THROW(replay("lru", o, {1}, 0, false), InputError);
}

TEST(CacheTtl, AnExpiredKeyIsNeverReturned) {
    for (const auto& policy : policyNames()) {
        for (std::uint64_t seed = 0; seed < 200; ++seed) {
            Random r(seed);
            CacheOptions o;
            o.capacity = 1 + r.below(10);
            o.seed = seed;
            o.expiry.activePeriod = 1 + static_cast<Tick>(r.below(20));
            withCache(policy, o, [&](auto& cache) {
                trace::NullTracer<CacheEvent> off;
                std::map<Key, std::pair<std::uint64_t, Tick>> written;  // value, expiry (0 = none)
                for (Tick now = 1; now < 300; ++now) {
                    const Key k = r.below(15);
                    if (r.chance(0.4)) {
                        const Tick ttl = r.chance(0.7) ? 1 + static_cast<Tick>(r.below(30)) : 0;
                        const std::uint64_t value = r.next();
                        cache.put(k, value, now, off, ttl);
                        written[k] = {value, ttl ? now + ttl : 0};
                    } else if (auto got = cache.get(k, now, off)) {
                        ASSERT_TRUE(written.count(k)) << policy;
                        const auto [value, expiry] = written[k];
                        ASSERT_TRUE(expiry == 0 || now < expiry) << policy << ": key " << k << " returned after expiring";
                        ASSERT_EQ(*got, value) << policy;
                    }
                }
            });
        }
    }
}

TEST(CacheTtl, ActiveExpiryRemovesKeysNobodyAsksFor) {
    CacheOptions o;
    o.capacity = 100;
    std::vector<Key> keys;
    for (Key k = 0; k < 50; ++k) keys.push_back(k);         // 50 keys with a TTL of 10 ticks
    for (int i = 0; i < 400; ++i) keys.push_back(1000);       // then only one key, for a long time
    const auto replayed = replay("lru", o, keys, 10, false);
    EXPECT_GE(replayed.expirations.size(), 45u);  // the sampler found (nearly) all of them
}

TEST(MissRatioCurve, FallsAsTheCacheGrowsForLru) {
    Random r(3);
    const auto keys = randomKeys(r, 5000, 400);
    CacheOptions o;
    const auto curve = missRatioCurve("lru", o, keys, {8, 32, 128, 400});
    for (std::size_t i = 1; i < curve.size(); ++i) EXPECT_LE(curve[i].missRatio, curve[i - 1].missRatio);  // LRU is a stack algorithm
    EXPECT_NEAR(curve.back().missRatio, 400.0 / 5000.0, 0.02);  // only compulsory misses are left
}

}  // namespace stepwise::cache
