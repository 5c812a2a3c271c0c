#pragma once
// Redis's approximated eviction (SEMANTICS.md): each eviction samples `samples` keys into a
// 16-entry pool ordered by how evictable they are, then evicts the best pool entry still present.
// Two scores: idle time (allkeys-lru) and the 8-bit logarithmic LFU counter (allkeys-lfu), which
// grows with probability 1 / ((c − 5) × logFactor + 1) and decays by one per decay period idle.
#include <algorithm>
#include <array>
#include <vector>

#include "core/cache/SlotStore.h"
#include "core/trace/Random.h"

namespace stepwise::cache {

struct SampledConfig {
    std::size_t samples = 5;     // maxmemory-samples
    bool lfu = false;            // false: idle time (LRU); true: Redis LFU counter
    std::uint32_t logFactor = 10;      // lfu-log-factor
    Tick decayPeriod = 60'000;         // lfu-decay-time, in ticks (one minute at a tick per ms)
};

class SampledPolicy {
public:
    static constexpr std::size_t poolSize = 16;
    static constexpr std::uint8_t initialCounter = 5;  // LFU_INIT_VAL

    SampledPolicy(std::size_t capacity, std::uint64_t seed, SampledConfig config = {})
        : store_(capacity), counter_(capacity, initialCounter), position_(capacity, 0), random_(seed), config_(config) {
        keys_.reserve(capacity);
    }

    std::size_t size() const { return store_.size(); }
    std::size_t capacity() const { return store_.capacity(); }
    bool contains(Key k) const { return store_.find(k) != noSlot; }
    const SlotStore& store() const { return store_; }
    SlotStore& store() { return store_; }

    template <class Tracer>
    bool touch(Key k, Tick now, Tracer&) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        if (config_.lfu) counter_[s] = increment(decayed(s, now));
        store_.touch(s, now);
        return true;
    }

    template <class Tracer>
    void insert(Key k, std::uint64_t value, Tick now, Tracer& tracer) {
        if (store_.full()) evict(now, tracer);
        const auto s = store_.add(k, value, now);
        counter_[s] = initialCounter;
        position_[s] = keys_.size();
        keys_.push_back(s);
    }

    bool erase(Key k) {
        const auto s = store_.find(k);
        if (s == noSlot) return false;
        drop(s);
        return true;
    }

    /// Most evictable first (by the score the policy uses, computed now).
    std::vector<SlotView> view(Tick now) const {
        std::vector<SlotView> out;
        for (auto s : keys_) out.push_back({store_.key(s), store_.lastAccess(s), config_.lfu ? decayed(s, now) : counter_[s], 0});
        std::sort(out.begin(), out.end(), [&](const SlotView& a, const SlotView& b) {
            return config_.lfu ? std::tie(a.frequency, a.lastAccess, a.key) < std::tie(b.frequency, b.lastAccess, b.key)
                               : std::tie(a.lastAccess, a.key) < std::tie(b.lastAccess, b.key);
        });
        return out;
    }
    std::vector<SlotView> view() const { return view(lastNow_); }

private:
    struct PoolEntry {
        Key key;
        Tick accessed;        // the key's last access when sampled: a later touch makes the entry stale
        std::uint64_t score;  // higher = more evictable
    };

    std::uint8_t decayed(std::uint32_t s, Tick now) const {
        const Tick periods = config_.decayPeriod > 0 ? (now - store_.lastAccess(s)) / config_.decayPeriod : 0;
        return static_cast<std::uint8_t>(periods >= counter_[s] ? 0 : counter_[s] - periods);
    }

    std::uint8_t increment(std::uint8_t c) {
        if (c == 255) return c;
        const double base = c > initialCounter ? c - initialCounter : 0;
        return random_.unit() < 1.0 / (base * config_.logFactor + 1) ? static_cast<std::uint8_t>(c + 1) : c;
    }

    std::uint64_t score(std::uint32_t s, Tick now) const {
        return config_.lfu ? 255u - decayed(s, now) : static_cast<std::uint64_t>(now - store_.lastAccess(s));
    }

    template <class Tracer>
    void evict(Tick now, Tracer& tracer) {
        lastNow_ = now;
        // Sample distinct keys (a partial Fisher–Yates over the dense key list) into the pool.
        const std::size_t n = keys_.size(), k = std::min(config_.samples, n);
        for (std::size_t i = 0; i < k; ++i) {
            const std::size_t j = i + random_.below(n - i);
            std::swap(keys_[i], keys_[j]);
            position_[keys_[i]] = i;
            position_[keys_[j]] = j;
            remember(keys_[i], now);
        }
        // The best entry whose key is still there and untouched since it was sampled.
        while (!pool_.empty()) {
            const PoolEntry best = pool_.back();
            pool_.pop_back();
            const auto s = store_.find(best.key);
            if (s == noSlot || store_.lastAccess(s) != best.accessed) continue;
            if constexpr (Tracer::enabled)
                tracer.emit(cache_event::Evict{best.key, config_.lfu ? EvictReason::SampledFrequency : EvictReason::SampledIdle,
                                               static_cast<std::uint32_t>(config_.lfu ? decayed(s, now) : now - store_.lastAccess(s))});
            drop(s);
            return;
        }
        // Every pooled key went stale: fall back to the first sampled key (n > 0 as the cache is full).
        const auto s = keys_.front();
        if constexpr (Tracer::enabled)
            tracer.emit(cache_event::Evict{store_.key(s), config_.lfu ? EvictReason::SampledFrequency : EvictReason::SampledIdle,
                                           static_cast<std::uint32_t>(config_.lfu ? decayed(s, now) : now - store_.lastAccess(s))});
        drop(s);
    }

    /// Insert into the pool, kept sorted ascending by score (best at the back), at most 16 entries.
    void remember(std::uint32_t s, Tick now) {
        const Key key = store_.key(s);
        pool_.erase(std::remove_if(pool_.begin(), pool_.end(), [&](const PoolEntry& e) { return e.key == key; }), pool_.end());
        const PoolEntry entry{key, store_.lastAccess(s), score(s, now)};
        auto at = std::upper_bound(pool_.begin(), pool_.end(), entry, [](const PoolEntry& a, const PoolEntry& b) {
            return a.score < b.score || (a.score == b.score && a.key > b.key);
        });
        if (pool_.size() == poolSize) {
            if (at == pool_.begin()) return;  // worse than everything in a full pool
            pool_.erase(pool_.begin());
            --at;
        }
        pool_.insert(at, entry);
    }

    void drop(std::uint32_t s) {
        const std::size_t at = position_[s];
        keys_[at] = keys_.back();
        position_[keys_[at]] = at;
        keys_.pop_back();
        store_.release(s);
    }

    SlotStore store_;
    std::vector<std::uint8_t> counter_;
    std::vector<std::uint32_t> keys_;     // dense list of occupied slots, for sampling
    std::vector<std::size_t> position_;   // slot → index in keys_
    std::vector<PoolEntry> pool_;
    Random random_;
    SampledConfig config_;
    Tick lastNow_ = 0;
};

}  // namespace stepwise::cache
