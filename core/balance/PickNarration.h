#pragma once
// The one narration of a balancer step: the pseudo-code of each policy, the line a pick happens
// on, the sentence the trace prints ("request 3 → a, done at tick 9") and, as separate words, why
// the policy chose that backend (what the GUI's step header adds).
#include <string>
#include <string_view>
#include <vector>

#include "core/balance/BalancerSimulation.h"

namespace stepwise::balance {

/// The lines of one request under `policy` (one of balancerNames()); empty for an unknown name.
const std::vector<std::string>& balancerPseudocode(std::string_view policy);
/// 0-based line of the last pick. Precondition: sim.position() > 0.
int pickLine(const BalancerSim& sim);
/// "request 3 → a, done at tick 9"; power of two adds "(2 active, vs b with 3)".
/// Precondition: sim.position() > 0.
std::string pickSentence(const BalancerSim& sim);
/// Why the policy chose the backend: "least connections: a has the fewest active per unit of
/// weight (0 active, weight 2)". Precondition: sim.position() > 0.
std::string pickReason(const BalancerSim& sim);
/// The active connections of `backend` just before the last pick (the picked one has since taken
/// the request).
std::uint32_t activeAtPick(const BalancerSim& sim, std::size_t backend);
/// Least connections: how many backends shared the fewest active per unit of weight at the last
/// pick (more than 1: smooth weighted round robin broke the tie).
std::size_t leastConnectionsTied(const BalancerSim& sim);

}  // namespace stepwise::balance
