#pragma once
// The policies by name, for the CLI and the GUI: `withCache` builds the named policy behind a
// Cache and hands it to a generic callable, so every caller gets the fast, non-virtual code.
#include <string>
#include <string_view>
#include <vector>

#include "core/cache/Cache.h"
#include "core/cache/ClockPolicy.h"
#include "core/cache/LfuPolicy.h"
#include "core/cache/LruPolicy.h"
#include "core/cache/S3FifoPolicy.h"
#include "core/cache/SampledPolicy.h"
#include "core/common/InputError.h"

namespace stepwise::cache {

/// lru, lfu, fifo, clock, sampled-lru, sampled-lfu, s3-fifo.
const std::vector<std::string>& policyNames();
/// One line per policy for `stepwise-cli list` and the GUI's tooltips.
std::string policySummary(std::string_view name);

struct CacheOptions {
    std::size_t capacity = 8;
    std::uint64_t seed = 1;
    std::size_t samples = 5;  // maxmemory-samples, for the sampled policies
    ExpiryConfig expiry;
};

/// Calls f(Cache<Policy>&) with the named policy. InputError for an unknown name (listing the known
/// ones) or a capacity that is not positive.
template <class F>
decltype(auto) withCache(std::string_view name, const CacheOptions& o, F&& f) {
    if (o.capacity == 0) throw InputError("capacity must be at least 1");
    if (o.capacity > 100'000'000) throw InputError("capacity " + std::to_string(o.capacity) + " is too large (at most 100000000)");
    if (name == "lru") { Cache<LruPolicy> c(LruPolicy(o.capacity), o.seed, o.expiry); return f(c); }
    if (name == "lfu") { Cache<LfuPolicy> c(LfuPolicy(o.capacity), o.seed, o.expiry); return f(c); }
    if (name == "fifo") { Cache<FifoPolicy> c(FifoPolicy(o.capacity), o.seed, o.expiry); return f(c); }
    if (name == "clock") { Cache<ClockPolicy> c(ClockPolicy(o.capacity), o.seed, o.expiry); return f(c); }
    if (name == "s3-fifo") { Cache<S3FifoPolicy> c(S3FifoPolicy(o.capacity), o.seed, o.expiry); return f(c); }
    if (name == "sampled-lru" || name == "sampled-lfu") {
        SampledConfig config;
        config.samples = o.samples;
        config.lfu = name == "sampled-lfu";
        Cache<SampledPolicy> c(SampledPolicy(o.capacity, o.seed, config), o.seed, o.expiry);
        return f(c);
    }
    std::string known;
    for (const auto& n : policyNames()) known += (known.empty() ? "" : ", ") + n;
    throw InputError("unknown cache policy '" + std::string(name) + "' (known: " + known + ")");
}

}  // namespace stepwise::cache
