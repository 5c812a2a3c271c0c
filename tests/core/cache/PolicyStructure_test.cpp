// The interview data structures read from the policies (issue 8: LRU as a hash map plus a doubly
// linked list, LFU as frequency buckets): over seeded random workloads, the structure's tail (the
// lowest bucket's tail for LFU) is always the key the policy itself evicts next, the lists hold
// exactly the cached keys, a hit moves LRU's key to the head, and LFU's buckets ascend.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/cache/CachePolicies.h"
#include "core/cache/PolicyStructure.h"
#include "core/trace/Random.h"
#include "core/trace/Trace.h"

namespace stepwise::cache {
namespace {

using Tracer = trace::RecordingTracer<CacheEvent>;

/// The key `policy` evicts when a key it has never held arrives (on a copy, so `policy` is untouched).
template <class Policy>
std::optional<Key> victimOf(const Policy& policy, Tick now) {
    Policy copy = policy;
    Tracer tracer;
    copy.insert(Key{1} << 40, 0, now, tracer);
    for (const auto& e : tracer.trace().events)
        if (const auto* v = std::get_if<cache_event::Evict>(&e)) return v->key;
    return std::nullopt;
}

template <class Policy>
void checkAgainstOwnEvictions(const char* name, std::uint64_t seed) {
    Random random(seed);
    const std::size_t capacity = 1 + random.below(12);
    const std::uint64_t universe = capacity + 1 + random.below(3 * capacity);
    Policy policy(capacity);
    Tracer tracer;
    for (Tick now = 1; now <= 400; ++now) {
        const Key k = random.chance(0.5) ? random.below(universe / 2 + 1) : random.below(universe);
        const bool hit = policy.touch(k, now, tracer);
        if (!hit) policy.insert(k, k, now, tracer);
        const PolicyStructure s = policy.structure();
        ASSERT_EQ(s.size(), policy.size()) << name << " seed " << seed;
        std::set<Key> held;
        for (const auto& b : s.buckets)
            for (Key key : b.keys) {
                EXPECT_TRUE(policy.contains(key));
                EXPECT_TRUE(held.insert(key).second) << name << ": key " << key << " listed twice";
            }
        if (policy.size() == capacity) {
            ASSERT_EQ(s.nextVictim(), victimOf(policy, now + 1)) << name << " seed " << seed << " tick " << now;
        }
        if (s.kind == PolicyStructure::Kind::Buckets) {
            for (std::size_t i = 1; i < s.buckets.size(); ++i)
                EXPECT_LT(s.buckets[i - 1].frequency, s.buckets[i].frequency);
            for (const auto& b : s.buckets) EXPECT_FALSE(b.keys.empty());
        }
        if (std::string(name) == "lru") {
            EXPECT_EQ(s.buckets.front().keys.front(), k);  // the head: just used
        }
    }
}

TEST(PolicyStructure, LruListTailIsAlwaysTheNextVictim) {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) checkAgainstOwnEvictions<LruPolicy>("lru", seed);
}

TEST(PolicyStructure, FifoListTailIsAlwaysTheNextVictim) {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) checkAgainstOwnEvictions<FifoPolicy>("fifo", seed);
}

TEST(PolicyStructure, LfuLowestBucketsTailIsAlwaysTheNextVictim) {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) checkAgainstOwnEvictions<LfuPolicy>("lfu", seed);
}

TEST(PolicyStructure, LfuHitMovesTheKeyOneBucketUp) {
    LfuPolicy lfu(3);
    Tracer t;
    lfu.insert(1, 1, 1, t);
    lfu.insert(2, 2, 2, t);
    lfu.touch(1, 3, t);
    PolicyStructure s = lfu.structure();
    ASSERT_EQ(s.buckets.size(), 2u);
    EXPECT_EQ(s.buckets[0].frequency, 1u);
    EXPECT_EQ(s.buckets[0].keys, std::vector<Key>{2});
    EXPECT_EQ(s.buckets[1].frequency, 2u);
    EXPECT_EQ(s.buckets[1].keys, std::vector<Key>{1});
    lfu.touch(2, 4, t);  // bucket 1 empties and goes; 2 joins 1 at the head of bucket 2
    s = lfu.structure();
    ASSERT_EQ(s.buckets.size(), 1u);
    EXPECT_EQ(s.buckets[0].keys, (std::vector<Key>{2, 1}));
    EXPECT_EQ(s.nextVictim(), Key{1});
}

TEST(PolicyStructure, OtherPoliciesHaveNone) {
    EXPECT_EQ(PolicyStructure{}.nextVictim(), std::nullopt);
}

}  // namespace
}  // namespace stepwise::cache
