#pragma once
// The jitter comparison (`run queue --compare jitter`) as the CLI prints it: both runs' counts,
// the herd's height (the most retries back in the queue within 100 ms and within one second:
// without jitter they come back at one instant) and the retries per bucket of virtual time, as
// JSON (under "result"."compare") and as text with a bar per bucket.
#include <nlohmann/json.hpp>
#include <string>

#include "core/queue/QueueMetrics.h"

namespace stepwise::queue {

/// The bucket width both runs are counted on: 100 ms, 200 ms, 500 ms, 1 s, 2 s ... the narrowest
/// that keeps [0, end] within `most` buckets.
sim::Time herdBucket(sim::Time end, std::size_t most);

/// {"what": "jitter", "seed", "bucket_ms", "runs": [{"backoff": "none", "submitted", "completed",
/// "retried", "dead_lettered", "end_ms", "peak_retries_in_100ms", "peak_at_ms" (where
/// that window starts, null without retries), "peak_retries_in_1s", "retries_per_bucket": [...]}, {"backoff": "full", ...}]}.
nlohmann::json jitterJson(const JitterComparison& comparison, const QueueConfig& config);
/// The same as a table of the two runs and a histogram of retries per bucket, side by side.
std::string jitterText(const JitterComparison& comparison, const QueueConfig& config);

}  // namespace stepwise::queue
