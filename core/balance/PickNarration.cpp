#include "core/balance/PickNarration.h"

#include <cstdio>
#include <map>

namespace stepwise::balance {
namespace {

std::vector<std::string> frame(std::vector<std::string> policyLines) {
    std::vector<std::string> lines = {
        "for each request (one per tick):",
        "  finish the requests whose service is over: their backend's active - 1"};
    for (auto& line : policyLines) lines.push_back("  " + std::move(line));
    lines.push_back(
        "  send the request to chosen: active + 1, busy for an exponential time around its latency");
    return lines;
}

const std::map<std::string, std::vector<std::string>, std::less<>>& listings() {
    static const std::map<std::string, std::vector<std::string>, std::less<>> all = {
        {"round-robin", frame({"chosen ← backends[next]", "next ← (next + 1) mod n"})},
        {"weighted-round-robin",
         frame({"for each backend b: current[b] ← current[b] + weight[b]",
                "chosen ← the backend with the largest current weight (the first on a tie)",
                "current[chosen] ← current[chosen] - total weight"})},
        {"least-connections",
         frame({"fewest ← the backends with the lowest active / weight (compared exactly: a·w' < a'·w)",
                "if fewest holds one backend: chosen ← it",
                "else: chosen ← smooth weighted round robin among fewest (current weights grow by weight, "
                "largest wins)"})},
        {"power-of-two", frame({"if there is one backend: chosen ← it",
                                "else: a ← a random backend; b ← a random backend other than a",
                                "  chosen ← b if active[b] < active[a], else a"})},
        {"consistent-hash", frame({"h ← hash(request key)",
                                   "chosen ← the owner of the first ring point at or after h, clockwise (100 "
                                   "points per unit of weight)"})},
    };
    return all;
}

const std::string& nameOf(const BalancerSim& sim, std::size_t backend) {
    return sim.balancer().backends()[backend].name;
}

std::string shortKey(std::uint64_t key) {
    char text[16];
    std::snprintf(text, sizeof text, "%05llx", static_cast<unsigned long long>(key >> 44));
    return std::string(text) + "…";
}

}  // namespace

const std::vector<std::string>& balancerPseudocode(std::string_view policy) {
    static const std::vector<std::string> none;
    const auto it = listings().find(policy);
    return it == listings().end() ? none : it->second;
}

std::uint32_t activeAtPick(const BalancerSim& sim, std::size_t backend) {
    return sim.active()[backend] - (backend == sim.lastPick().backend ? 1u : 0u);
}

std::size_t leastConnectionsTied(const BalancerSim& sim) {
    // The policy's own rule, from the active counts at the pick: fewest active / weight, exactly.
    const auto& backends = sim.balancer().backends();
    std::size_t best = 0, tied = 0;
    for (std::size_t i = 0; i < backends.size(); ++i) {
        const auto lhs = std::uint64_t(activeAtPick(sim, i)) * std::uint64_t(backends[best].weight);
        const auto rhs = std::uint64_t(activeAtPick(sim, best)) * std::uint64_t(backends[i].weight);
        if (i == 0 || lhs < rhs)
            best = i, tied = 1;
        else if (lhs == rhs)
            ++tied;
    }
    return tied;
}

int pickLine(const BalancerSim& sim) {
    const std::string_view policy = sim.balancer().name();
    if (policy == "round-robin") return 2;
    if (policy == "weighted-round-robin") return 3;
    if (policy == "least-connections") return leastConnectionsTied(sim) > 1 ? 4 : 3;
    if (policy == "power-of-two") return sim.balancer().backends().size() == 1 ? 2 : 4;
    return 3;  // consistent-hash
}

std::string pickSentence(const BalancerSim& sim) {
    const auto& p = sim.lastPick();
    std::string text = "request " + std::to_string(p.request + 1) + " → " + nameOf(sim, p.backend);
    if (p.other != 0xFFFFFFFFu)
        text += " (" + std::to_string(sim.active()[p.backend] - 1) + " active, vs " + nameOf(sim, p.other) +
                " with " + std::to_string(sim.active()[p.other]) + ")";
    return text + ", done at tick " + std::to_string(p.finish);
}

std::string pickReason(const BalancerSim& sim) {
    const auto& p = sim.lastPick();
    const auto& backends = sim.balancer().backends();
    const std::string& chosen = nameOf(sim, p.backend);
    const std::string weight = std::to_string(backends[p.backend].weight);
    const std::string active = std::to_string(activeAtPick(sim, p.backend));
    const std::string_view policy = sim.balancer().name();
    if (policy == "round-robin") return "round robin: " + chosen + " is next in turn";
    if (policy == "weighted-round-robin")
        return "smooth weighted round robin: " + chosen + " (weight " + weight +
               ") has the largest current weight";
    if (policy == "least-connections") {
        if (leastConnectionsTied(sim) > 1)
            return "least connections: " + std::to_string(leastConnectionsTied(sim)) +
                   " backends tie for the fewest active per unit of weight; smooth weighted round robin "
                   "chose " +
                   chosen + " (" + active + " active, weight " + weight + ")";
        return "least connections: " + chosen + " has the fewest active per unit of weight (" + active +
               " active, weight " + weight + ")";
    }
    if (policy == "power-of-two") {
        if (p.other >= backends.size()) return "power of two choices: " + chosen + " is the only backend";
        const std::string other = nameOf(sim, p.other);
        const std::string theirs = std::to_string(activeAtPick(sim, p.other));
        if (active == theirs)
            return "power of two choices: sampled " + chosen + " and " + other + "; both had " + active +
                   " active, so " + chosen + ", drawn first, wins";
        return "power of two choices: sampled " + chosen + " and " + other + "; " + chosen +
               " had fewer active (" + active + " vs " + theirs + ")";
    }
    return "consistent hashing: key " + shortKey(p.key) + " hashes to a point owned by " + chosen +
           " (first node clockwise)";
}

}  // namespace stepwise::balance
