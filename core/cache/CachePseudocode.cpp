#include "core/cache/CachePseudocode.h"

#include <map>

namespace stepwise::cache {
namespace {

// Every policy shares the frame of Cache::access: active expiry, lazy expiry, hit or miss, then
// on a miss the policy's eviction and insert. Lines 0-3 and 5-6 are common.
struct Listing {
    std::vector<std::string> lines;
    int hit = 4, miss = 6, evict = 7, insert = 8;
    int promote = -1;    // S3-FIFO only
    int evictMain = -1;  // S3-FIFO: eviction from the main queue
};

std::vector<std::string> frame(std::string hit, std::vector<std::string> missTail) {
    std::vector<std::string> lines = {
        "access(key) at tick now:",
        "  every 100 ticks: sample 20 keys that have a TTL, expire those past it (active expiry)",
        "  if key's TTL has run out: expire it (lazy expiry, found on access)",
        "  if key is in the cache:",
        "    " + std::move(hit),
        "  else:",
        "    miss: key is not in the cache",
    };
    for (auto& line : missTail) lines.push_back("    " + std::move(line));
    return lines;
}

const std::map<std::string, Listing, std::less<>>& listings() {
    static const std::map<std::string, Listing, std::less<>> all = [] {
        std::map<std::string, Listing, std::less<>> m;
        m["lru"].lines = frame(
            "hit: move key to the front of the recency list",
            {"if the cache is full: evict the tail, the least recently used key", "insert key at the front"});
        m["lfu"].lines =
            frame("hit: frequency(key) + 1; key goes to the front of that frequency's list",
                  {"if the cache is full: evict the least frequently used key (ties: least recently used)",
                   "insert key with frequency 1"});
        m["fifo"].lines = frame(
            "hit: nothing moves (the queue ignores hits)",
            {"if the cache is full: evict the oldest key, first in first out", "insert key as the newest"});
        m["clock"].lines =
            frame("hit: set key's reference bit to 1",
                  {"if the cache is full: while the bit at the hand is 1, clear it and move on;"
                   " evict the key at the hand",
                   "insert key in the free slot with its bit 0"});
        m["sampled-lru"].lines =
            frame("hit: record the access time (idle 0)",
                  {"if the cache is full: sample 5 keys into the 16-entry pool by idle time;"
                   " evict the idlest key still valid",
                   "insert key"});
        m["sampled-lfu"].lines = frame(
            "hit: decay the counter by the idle periods, raise it with probability 1 / ((c - 5) x 10 + 1)",
            {"if the cache is full: sample 5 keys into the 16-entry pool by counter; evict the lowest "
             "counter",
             "insert key with counter 5"});
        Listing& s3 = m["s3-fifo"];
        s3.lines = frame("hit: freq(key) + 1, at most 3 (nothing moves)",
                         {"while the cache is full:",
                          "  if the small queue holds its 10 % or the main queue is empty: take small's tail",
                          "    used again on probation (freq > 1): promote it to the main queue (freq 0)",
                          "    else: evict it, remembering it in the ghost queue",
                          "  else: take main's tail; if its freq > 0: reinsert it at the head with freq - 1",
                          "    else: evict it for good (no ghost is kept for a main-queue key)",
                          "insert key: into the main queue if it is a ghost, else into the small queue"});
        s3.promote = 9;
        s3.evict = 10;
        s3.evictMain = 12;
        s3.insert = 13;
        return m;
    }();
    return all;
}

}  // namespace

const std::vector<std::string>& cachePseudocode(std::string_view policy) {
    static const std::vector<std::string> none;
    const auto it = listings().find(policy);
    return it == listings().end() ? none : it->second.lines;
}

int cacheLine(std::string_view policy, const CacheEvent& e) {
    static const Listing fallback;
    const auto it = listings().find(policy);
    const Listing& l = it == listings().end() ? fallback : it->second;
    if (std::holds_alternative<cache_event::Hit>(e)) return l.hit;
    if (std::holds_alternative<cache_event::Miss>(e)) return l.miss;
    if (std::holds_alternative<cache_event::Insert>(e)) return l.insert;
    if (std::holds_alternative<cache_event::Promote>(e)) return l.promote >= 0 ? l.promote : l.evict;
    if (const auto* x = std::get_if<cache_event::Expire>(&e)) return x->active ? 1 : 2;
    const auto& ev = std::get<cache_event::Evict>(e);
    return ev.reason == EvictReason::MainQueue && l.evictMain >= 0 ? l.evictMain : l.evict;
}

}  // namespace stepwise::cache
