#pragma once
// The queue's fault list as a user types it (`--faults`): comma-separated `KIND@TIME[=VALUE]`,
//   failure-rate@10s=0.8   the failure rate from 10 s on
//   kill-worker@5s=1       kill worker 1 (its in-flight jobs reappear after their visibility timeout)
//   kill-job@3s=17         move job 17 to the dead-letter queue by hand
//   retry-job@40s=17       make job 17 ready now (delayed, or dead-lettered: redriven alone)
//   redrive@60s            every dead letter back to the queue
// Times take `ms` or `s` (a bare number is milliseconds); jobs and workers count from 1.
#include <string>
#include <string_view>

#include "core/sim/FaultSchedule.h"

namespace stepwise::queue {

/// InputError naming the entry (its position and text) and what was expected.
sim::FaultSchedule parseQueueFaults(std::string_view text);
/// "250ms", "1.5s", "0.3" (ms): a non-negative duration in µs; InputError naming `what` otherwise.
sim::Time parseDuration(std::string_view text, const std::string& what);
/// The entry as the user would type it ("kill-worker@5s=1").
std::string faultText(const sim::Fault& fault);

}  // namespace stepwise::queue
