#pragma once
// A seeded model of the dependency a breaker guards: phases that say, from a time on, how often its
// calls fail, how long they take and how often the client calls; and actions (an explicit state,
// a reset) at given times. It turns into the breaker's call list, so the breaker run, its steps and
// its narration stay the call list's. Text forms (the `breaker` item's options):
//   --dependency "0s:error=10%,latency=100ms,rate=5/s;20s:error=100%"   (a phase keeps what it omits)
//   --actions "12s:!forced-open,30s:!reset"
// Every call's randomness comes from (seed, call number) alone, so changing a phase changes the
// calls from that phase on and none before it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/resilience/CallList.h"

namespace stepwise::resilience {

/// What the dependency does at one moment.
struct DependencyLevels {
    double errorPercent = 0;        // chance a call fails, 0–100
    Time latency = 50 * millisecond; // a call takes latency × (0.5 … 1.5), drawn per call
    double callsPerSecond = 5;      // how often the client calls, evenly spaced
    bool operator==(const DependencyLevels&) const = default;
};

/// From `from` on, the fields it sets; the others stay as the phase before had them.
struct DependencyPhase {
    Time from = 0;
    std::optional<double> errorPercent;
    std::optional<Time> latency;
    std::optional<double> callsPerSecond;
    bool operator==(const DependencyPhase&) const = default;
};

/// An explicit transition or reset at a time (a call-list `!STATE` / `!reset` token).
struct DependencyAction {
    Time at = 0;
    CallToken token;
};

struct DependencyModel {
    std::vector<DependencyPhase> phases;   // in time order, strictly increasing
    std::vector<DependencyAction> actions; // in time order (equal times keep their order)
    std::uint64_t seed = 1;
    Time duration = 60 * second;           // calls are made before it; the clock ends there
};

inline constexpr double maxCallsPerSecond = 1000;
inline constexpr Time maxModelDuration = 3600 * second;

/// Phases separated by ';', each `TIME:field=value,...` with fields error=10% (0–100), latency=100ms
/// (a duration, bare numbers in ms, at most 10 min) and rate=5/s (or 300/min, 0.1 to 1000 a second).
/// InputError naming `option`, the phase and what was expected.
std::vector<DependencyPhase> parseDependency(const std::string& text, const std::string& option = "dependency");
/// Written back in the same form (only the fields each phase sets).
std::string dependencyText(const std::vector<DependencyPhase>& phases);

/// `TIME:!STATE` or `TIME:!reset`, separated by ','. InputError as for parseDependency.
std::vector<DependencyAction> parseActions(const std::string& text, const std::string& option = "actions");
std::string actionsText(const std::vector<DependencyAction>& actions);

/// The levels in force at `t` (the defaults before the first phase).
DependencyLevels levelsAt(const std::vector<DependencyPhase>& phases, Time t);

/// `phases` with `phase` put in at its time: one at the same time takes its fields over; the phase
/// after it gets the values it inherited written out, so nothing changes past it.
std::vector<DependencyPhase> withPhase(std::vector<DependencyPhase> phases, const DependencyPhase& phase);

/// The call list: calls evenly spaced at each phase's rate (a phase that changes the rate starts
/// with a call), each failing with the phase's chance and lasting its latency × (0.5 … 1.5) in
/// whole milliseconds; actions come before the calls of their time; `+DURATION` tokens between,
/// up to model.duration. InputError (naming --dependency) for an action at or after the duration or
/// a list over maxCallTokens.
std::vector<CallToken> generateCalls(const DependencyModel& model);

/// Compact "20s", "12001ms" (CallList's units, no spaces).
std::string compactDuration(Time t);

}  // namespace stepwise::resilience
