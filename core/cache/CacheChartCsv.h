#pragma once
// The cache room's hit-ratio chart as CSV, up to the run's current step: one row per sampled
// request count, one column per policy ("requests,LRU,LFU"), the cumulative hit ratio in [0, 1].
#include <iosfwd>

namespace stepwise::cache {

class CacheItemRun;

void writeHitRatioCsv(std::ostream& out, const CacheItemRun& run);

}  // namespace stepwise::cache
