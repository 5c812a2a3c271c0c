#pragma once
// Expiry times of the keys that have one, in a dense array so the active expirer can sample them
// uniformly, as Redis samples its `expires` dictionary.
#include <vector>

#include "core/cache/CacheEvent.h"
#include "core/cache/FlatIndex.h"
#include "core/trace/Random.h"

namespace stepwise::cache {

class TtlIndex {
public:
    explicit TtlIndex(std::size_t capacity) : index_(capacity) {
        keys_.reserve(capacity);
        expiry_.reserve(capacity);
    }

    std::size_t size() const { return keys_.size(); }
    bool empty() const { return keys_.empty(); }

    /// The expiry of k, or 0 when k has none.
    Tick expiry(Key k) const {
        const auto at = index_.find(k);
        return at == FlatIndex::missing ? 0 : expiry_[at];
    }

    void set(Key k, Tick when) {
        const auto at = index_.find(k);
        if (at != FlatIndex::missing) {
            expiry_[at] = when;
            return;
        }
        index_.insert(k, static_cast<std::uint32_t>(keys_.size()));
        keys_.push_back(k);
        expiry_.push_back(when);
    }

    void remove(Key k) {
        const auto at = index_.find(k);
        if (at == FlatIndex::missing) return;
        index_.erase(k);
        const auto last = keys_.size() - 1;
        if (at != last) {
            keys_[at] = keys_[last];
            expiry_[at] = expiry_[last];
            index_.update(keys_[at], at);
        }
        keys_.pop_back();
        expiry_.pop_back();
    }

    /// A uniformly random key with a TTL. Precondition: !empty().
    Key sample(Random& random) const { return keys_[random.below(keys_.size())]; }

private:
    FlatIndex index_;
    std::vector<Key> keys_;
    std::vector<Tick> expiry_;
};

}  // namespace stepwise::cache
