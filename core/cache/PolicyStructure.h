#pragma once
// The data structure behind LRU, FIFO and LFU as an interviewer asks to build it, read straight from
// the policy's own links: LRU (and FIFO) a hash map from key to node plus one doubly linked list,
// most recent at the head and the next victim at the tail; LFU a list of frequency buckets, lowest
// first, each bucket its own doubly linked list with the least recent entry at its tail.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/cache/CacheEvent.h"

namespace stepwise::cache {

/// One list: the entries of one frequency (LFU) or the whole cache (LRU, FIFO).
struct StructureBucket {
    std::uint32_t frequency = 0;  // LFU's use count; 0 for LRU and FIFO
    std::vector<Key> keys;        // head (most recent) to tail (evicted first within this list)
};

struct PolicyStructure {
    enum class Kind : std::uint8_t { None, List, Buckets };
    Kind kind = Kind::None;  // None: the policy is not built this way (CLOCK, S3-FIFO, sampled)
    std::vector<StructureBucket> buckets;  // List: exactly one; Buckets: increasing frequency

    /// The key the structure says goes next: the list's tail, or the lowest bucket's tail. nullopt
    /// when empty or Kind::None.
    std::optional<Key> nextVictim() const {
        if (kind == Kind::None || buckets.empty() || buckets.front().keys.empty()) return std::nullopt;
        return buckets.front().keys.back();
    }
    /// Keys held, over all lists.
    std::size_t size() const {
        std::size_t n = 0;
        for (const auto& b : buckets) n += b.keys.size();
        return n;
    }
};

}  // namespace stepwise::cache
