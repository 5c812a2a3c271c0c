#pragma once
// The cache room's hit-ratio chart as CSV, up to the run's current step: one row per sampled
// request count, one column per policy ("requests,LRU,LFU"), the cumulative hit ratio in [0, 1];
// every policy of a compared run, not only the first.
#include <iosfwd>

namespace stepwise::cache {

class CacheItemRun;

void writeHitRatioCsv(std::ostream& out, const CacheItemRun& run);

/// The miss-ratio chart as CSV: one row per cache size replayed, one column per policy
/// ("capacity,LRU,LFU"), the miss ratio in [0, 1]. The same for every step (the whole sequence).
void writeMissRatioCsv(std::ostream& out, const CacheItemRun& run);

}  // namespace stepwise::cache
