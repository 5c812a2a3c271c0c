#pragma once
// The one narration of a queue step: the pseudo-code (its backoff line names the policy's formula),
// the line each step is on, and the sentence the trace prints ("1.20 s: worker 2 receives job 4
// (receive 1 of 3), invisible until 31.20 s").
#include <string>
#include <vector>

#include "core/queue/QueueSimulation.h"

namespace stepwise::queue {

std::vector<std::string> queuePseudocode(const QueueConfig& config);
/// 0-based line of the last step. Precondition: sim.position() > 0.
int queueLine(const QueueSim& sim);
/// What the last step did. Precondition: sim.position() > 0.
std::string queueSentence(const QueueSim& sim);
/// "350 ms", "1.25 s", "2 min 5 s".
std::string durationText(sim::Time t);
/// "12.30 s": a moment of virtual time.
std::string momentText(sim::Time t);
/// The backoff's formula in words: "U(0, min(cap, base × 2^n))".
std::string backoffFormula(BackoffKind kind);
/// "high", "normal", "low" for three lanes; "p0".. for others; "" for one.
std::string priorityName(std::uint32_t priority, std::uint32_t lanes);

}  // namespace stepwise::queue
