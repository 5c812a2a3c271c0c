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

// Comparable, so tests (and checkpoints) can compare whole event sequences.
namespace cache_event {
struct Hit {
    Key key;
    friend bool operator==(const Hit&, const Hit&) = default;
};
struct Miss {
    Key key;
    friend bool operator==(const Miss&, const Miss&) = default;
};
struct Insert {
    Key key;
    friend bool operator==(const Insert&, const Insert&) = default;
};
struct Evict {
    Key key;
    EvictReason reason;
    std::uint32_t detail;
    friend bool operator==(const Evict&, const Evict&) = default;
};
/// The key's TTL ran out: found on access (lazy) or by the periodic sampler (active).
struct Expire {
    Key key;
    bool active;
    friend bool operator==(const Expire&, const Expire&) = default;
};
/// S3-FIFO: a key moved from the small queue to the main one (accessed while in probation).
struct Promote {
    Key key;
    friend bool operator==(const Promote&, const Promote&) = default;
};
}  // namespace cache_event

using CacheEvent = std::variant<cache_event::Hit, cache_event::Miss, cache_event::Insert, cache_event::Evict,
                                cache_event::Expire, cache_event::Promote>;

/// "least recently used: idle 14 ticks".
const char* reasonName(EvictReason r);

}  // namespace stepwise::cache
