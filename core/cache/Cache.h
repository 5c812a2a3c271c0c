#pragma once
// A cache: an eviction policy plus Redis-style expiry (lazy on access, and an active cycle that
// samples 20 keys with a TTL every `activePeriod` ticks, deletes the expired and repeats while more
// than 25 % were expired). Usable as a library (get, put, erase, TTL) and traced step by step.
#include <optional>

#include "core/cache/CacheEvent.h"
#include "core/cache/SlotStore.h"
#include "core/cache/TtlIndex.h"
#include "core/trace/Random.h"

namespace stepwise::cache {

struct ExpiryConfig {
    Tick activePeriod = 100;        // ticks between active cycles (10 per second at a tick per ms)
    std::size_t samplesPerRound = 20;
    double repeatAbove = 0.25;      // repeat the round while more than this share was expired
    int maxRounds = 16;             // Redis bounds a cycle by time; we bound it by rounds
    /// False: get/put/access run the active cycle themselves when one is due (a cache without a
    /// clock). True: they leave it to the caller's clock, which calls runActiveExpiry() at
    /// nextActiveExpiry() (sim::CacheRunSim does, on its engine).
    bool clockDriven = false;
};

template <class Policy>
class Cache {
public:
    Cache(Policy policy, std::uint64_t seed, ExpiryConfig expiry = {})
        : policy_(std::move(policy)), ttl_(policy_.capacity()), random_(seed ^ 0x5eed), expiry_(expiry) {}

    const Policy& policy() const { return policy_; }
    std::size_t size() const { return policy_.size(); }
    std::size_t capacity() const { return policy_.capacity(); }
    /// When k expires (0: never, or not present).
    Tick expiry(Key k) const {
        const auto slot = policy_.store().find(k);
        return slot == noSlot ? 0 : policy_.store().expiry(slot);
    }

    /// The value of k, or nullopt on a miss (an expired key is deleted and is a miss).
    template <class Tracer>
    std::optional<std::uint64_t> get(Key k, Tick now, Tracer& tracer) {
        if (!expiry_.clockDriven) runActiveExpiry(now, tracer);
        if (expireIfDue(k, now, false, tracer) || !policy_.touch(k, now, tracer)) {
            if constexpr (Tracer::enabled) tracer.emit(cache_event::Miss{k});
            return std::nullopt;
        }
        if constexpr (Tracer::enabled) tracer.emit(cache_event::Hit{k});
        return policy_.store().value(policy_.store().find(k));
    }

    /// Stores k → value; ttl > 0 gives it an expiry of now + ttl (0 keeps none).
    /// Precondition: capacity() > 0.
    template <class Tracer>
    void put(Key k, std::uint64_t value, Tick now, Tracer& tracer, Tick ttl = 0) {
        expireIfDue(k, now, false, tracer);
        const auto slot = policy_.store().find(k);
        if (slot != noSlot) {
            policy_.store().setValue(slot, value);
            policy_.touch(k, now, tracer);
        } else {
            evictionsInto(now, tracer, k, value);
        }
        setExpiry(k, ttl > 0 ? now + ttl : 0);
    }

    /// One request of a simulation: a hit, or a miss that inserts the key. Returns true on a hit.
    template <class Tracer>
    bool access(Key k, Tick now, Tracer& tracer, Tick ttl = 0) {
        if (get(k, now, tracer)) return true;
        evictionsInto(now, tracer, k, k);
        if (ttl > 0) setExpiry(k, now + ttl);
        return false;
    }

    bool erase(Key k) {
        ttl_.remove(k);
        return policy_.erase(k);
    }

    /// Drops every key (a flush). The policy's history of keys no longer present (S3-FIFO's ghosts,
    /// the sampled policies' pool) is kept, as it is after any erase. Returns how many were dropped.
    std::size_t clear() {
        const auto present = policy_.view();  // not `slots`: Qt defines that word as a macro
        for (const auto& s : present) erase(s.key);
        return present.size();
    }

    /// The earliest tick at which runActiveExpiry() runs a cycle, provided some key has a TTL then
    /// (with none it stays due and runs at the first call once one has).
    Tick nextActiveExpiry() const { return nextActive_; }
    bool hasTtlKeys() const { return !ttl_.empty(); }

    /// Runs the active cycle when one is due (get/put/access call it themselves unless clockDriven).
    template <class Tracer>
    void runActiveExpiry(Tick now, Tracer& tracer) {
        if (ttl_.empty() || now < nextActive_) return;
        nextActive_ = now + expiry_.activePeriod;
        for (int round = 0; round < expiry_.maxRounds && !ttl_.empty(); ++round) {
            std::size_t expired = 0;
            const std::size_t samples = expiry_.samplesPerRound;
            for (std::size_t i = 0; i < samples && !ttl_.empty(); ++i)
                expired += expireIfDue(ttl_.sample(random_), now, true, tracer);
            if (static_cast<double>(expired) <= expiry_.repeatAbove * static_cast<double>(samples)) break;
        }
    }

private:
    /// Records k's expiry (0: none) beside its slot, and in the index the active sampler draws from.
    void setExpiry(Key k, Tick when) {
        policy_.store().setExpiry(policy_.store().find(k), when);
        if (when > 0) ttl_.set(k, when);
        else ttl_.remove(k);
    }

    template <class Tracer>
    bool expireIfDue(Key k, Tick now, bool active, Tracer& tracer) {
        if (ttl_.empty()) return false;  // nothing has a TTL: skip the lookup
        const Tick when = expiry(k);
        if (when == 0 || when > now) return false;
        ttl_.remove(k);
        policy_.erase(k);
        if constexpr (Tracer::enabled) tracer.emit(cache_event::Expire{k, active});
        return true;
    }

    /// Inserts k, telling the TTL index about any key the policy evicted to make room.
    template <class Tracer>
    void evictionsInto(Tick now, Tracer& tracer, Key k, std::uint64_t value) {
        if (ttl_.empty()) {
            policy_.insert(k, value, now, tracer);
        } else {
            EvictionWatcher<Tracer> watcher{tracer, ttl_};
            policy_.insert(k, value, now, watcher);
        }
        if constexpr (Tracer::enabled) tracer.emit(cache_event::Insert{k});
    }

    /// Forwards events and drops an evicted key's TTL (the policies don't know about TTLs).
    template <class Inner>
    struct EvictionWatcher {
        static constexpr bool enabled = true;
        Inner& inner;
        TtlIndex& ttl;
        void emit(const CacheEvent& e) {
            if (auto* ev = std::get_if<cache_event::Evict>(&e)) ttl.remove(ev->key);
            if constexpr (Inner::enabled) inner.emit(e);
        }
        trace::ValueRef keep(double v) { return inner.keep(v); }
    };

    Policy policy_;
    TtlIndex ttl_;
    Random random_;
    ExpiryConfig expiry_;
    Tick nextActive_ = 0;
};

}  // namespace stepwise::cache
