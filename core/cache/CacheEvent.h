#pragma once
// What a cache does on each request, for the trace, the explanations and the charts.
#include <cstdint>
#include <variant>

#include "core/trace/Trace.h"

namespace stepwise::cache {

using Key = std::uint64_t;
using Tick = std::int64_t;  // virtual time; one request advances it by one

enum class EvictReason : std::uint8_t {
    LeastRecentlyUsed,   // detail: idle ticks
    LeastFrequentlyUsed, // detail: frequency
    FirstIn,             // detail: age in ticks
    ClockHand,           // detail: slots the hand passed
    SampledIdle,         // detail: idle ticks of the idlest sampled key
    SampledFrequency,    // detail: the Redis LFU counter
    SmallQueue,          // S3-FIFO: left the small queue unused (detail: 0)
    MainQueue,           // S3-FIFO: reached the main queue's tail with frequency 0
};

namespace cache_event {
struct Hit { Key key; };
struct Miss { Key key; };
struct Insert { Key key; };
struct Evict { Key key; EvictReason reason; std::uint32_t detail; };
/// The key's TTL ran out: found on access (lazy) or by the periodic sampler (active).
struct Expire { Key key; bool active; };
/// S3-FIFO: a key moved from the small queue to the main one (accessed while in probation).
struct Promote { Key key; };
}  // namespace cache_event

using CacheEvent = std::variant<cache_event::Hit, cache_event::Miss, cache_event::Insert, cache_event::Evict,
                                cache_event::Expire, cache_event::Promote>;

/// "least recently used: idle 14 ticks".
const char* reasonName(EvictReason r);

}  // namespace stepwise::cache
