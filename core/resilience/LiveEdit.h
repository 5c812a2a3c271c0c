#pragma once
// Changes made while a breaker run is on screen (the room's sliders and state buttons), as new
// options for the `breaker` item: they take effect after the run's current step, so every step
// up to it stays as it was (apply keeps the step) and stepping back still shows the old ones.
#include "core/catalogue/Options.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/DependencyModel.h"

namespace stepwise::resilience {

/// Whether the options drive the breaker from a dependency model (--dependency) rather than --calls.
bool usesDependency(const catalogue::Options& options);

/// The earliest time a change can act without altering a step shown so far: 0 at step 0; the
/// clock at the current step when that step moved the clock (nothing at that time happened yet);
/// otherwise 1 ms after it.
Time changeTime(const BreakerItemRun& run);

/// The dependency as in force at the current step (the defaults without --dependency).
DependencyLevels levelsNow(const catalogue::Options& options, const BreakerItemRun& run);

/// `options` with the fields `change` sets in force from changeTime(run) on (change.from is
/// ignored); --duration grows when that time is not before it. InputError without --dependency.
catalogue::Options withDependencyChange(const catalogue::Options& options, const BreakerItemRun& run,
                                        DependencyPhase change);

/// "Recover": no errors, and the latency the dependency had at 0 s (its healthy baseline).
DependencyPhase recovery(const catalogue::Options& options);
/// "Fail outright": every call fails.
DependencyPhase outage();

/// `options` with an explicit transition or reset (`token`, a Transition or Reset) right after the
/// current step: in --actions at changeTime(run) with --dependency, else into --calls after the
/// current step's item.
catalogue::Options withStateToken(const catalogue::Options& options, const BreakerItemRun& run,
                                  const CallToken& token);

}  // namespace stepwise::resilience
