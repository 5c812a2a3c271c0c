#pragma once
// A cache event as data for the views: its kind, the key, and the reason in words (why a key was
// evicted, how an expiry was found), so a view shows "least recently used: idle 3 ticks" without
// taking a sentence apart. explainCacheEvent() builds its sentence from the same words.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/cache/CacheEvent.h"
#include "core/cache/SlotStore.h"

namespace stepwise::cache {

enum class CacheEventKind : std::uint8_t { Hit, Miss, Insert, Evict, Expire, Promote };

struct CacheEventWords {
    CacheEventKind kind = CacheEventKind::Hit;
    Key key = 0;
    EvictReason reason = EvictReason::LeastRecentlyUsed;  // Evict only
    std::uint32_t detail = 0;                             // Evict only: as cache_event::Evict
    bool active = false;                                  // Expire only: found by the active sampler
    /// Evict: "least recently used: idle 3 ticks"; Expire: "expired (found on access)"; else empty.
    std::string why;
};

CacheEventKind kindOf(const CacheEvent& e);
/// "hit", "miss", "insert", "evict", "expire", "promote".
const char* kindName(CacheEventKind kind);
/// The words of an eviction after the key: "least recently used: idle 3 ticks",
/// "the clock hand found its bit clear after passing 2 slots".
std::string evictionReason(EvictReason reason, std::uint32_t detail);
CacheEventWords eventWords(const CacheEvent& e);

/// What a slot box says under its key for `policy` at tick `now`: "idle 3", "freq 4 · idle 1",
/// "counter 5", "bit 1 · idle 0", "main · freq 2".
std::string slotDetail(std::string_view policy, const SlotView& slot, Tick now);

}  // namespace stepwise::cache
