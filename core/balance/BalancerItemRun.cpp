#include "core/balance/BalancerItemRun.h"

#include <algorithm>
#include <sstream>

#include "core/balance/PickNarration.h"

namespace stepwise::balance {

namespace {

BalancerSim initial(const BalancerRunSpec& spec) {
    // Slow after `slowAt` requests: a fault at the tick the next one arrives (one per tick).
    sim::FaultSchedule faults;
    if (spec.slowBackend)
        faults.slow(static_cast<sim::Time>(spec.slowAt) + 1, static_cast<std::uint32_t>(*spec.slowBackend),
                    spec.slowFactor);
    return BalancerSim(makeBalancer(spec.policy, spec.backends, BalancerItemRun::virtualNodesPerWeight),
                       spec.seed, std::move(faults));
}

run::RunInfo infoFor(const BalancerRunSpec& spec, const BalancerSim& start) {
    run::RunInfo info;
    info.itemId = "balancer";
    info.title = "Load balancer (" + spec.policy + ")";
    info.pseudocode = balancerPseudocode(spec.policy);
    std::string names;
    for (const auto& b : spec.backends) names += (names.empty() ? "" : ", ") + b.name;
    info.intro = spec.policy + " over " + std::to_string(spec.backends.size()) + " backends (" + names +
                 "), " + std::to_string(spec.requests) +
                 " requests: no requests yet. Each step sends one request; the policy " +
                 "picks a backend, which keeps it active until it has served it.";
    if (spec.slowBackend)
        info.intro += " " + spec.backends[*spec.slowBackend].name + " serves 8 times slower" +
                      (spec.slowAt > 0 ? " from request " + std::to_string(spec.slowAt + 1) + " on." : ".");

    // The result comes from one pass of its own; the cursor re-simulates as it moves.
    BalancerSim sim = start;
    nlohmann::json picks = nlohmann::json::array();
    for (std::size_t i = 0; i < spec.requests; ++i) {
        sim.step();
        picks.push_back(spec.backends[sim.lastPick().backend].name);
    }
    nlohmann::json counts = nlohmann::json::object();
    std::ostringstream text;
    text << spec.policy << ", " << spec.requests << " requests\n";
    for (std::size_t i = 0; i < spec.backends.size(); ++i) {
        counts[spec.backends[i].name] = sim.counts()[i];
        text << spec.backends[i].name << "  " << sim.counts()[i] << "\n";
    }
    info.result["policy"] = spec.policy;
    info.result["picks"] = std::move(picks);
    info.result["counts"] = std::move(counts);
    info.resultText = text.str();
    return info;
}

/// The ring for the ring view. Under consistent hashing it is the ring that routes (HashRing refuses
/// one over its limit); other policies only show it, so weights too big for it are drawn as equal.
HashRing viewRing(const BalancerRunSpec& spec) {
    std::uint64_t total = 0;
    for (const auto& b : spec.backends) total += static_cast<std::uint64_t>(b.weight);
    if (spec.policy == "consistent-hash" || total * BalancerItemRun::virtualNodesPerWeight <= HashRing::maxPoints)
        return HashRing(spec.backends, BalancerItemRun::virtualNodesPerWeight);
    std::vector<Backend> equal = spec.backends;
    for (auto& b : equal) b.weight = 1;
    return HashRing(equal, std::max<std::size_t>(1, std::min(BalancerItemRun::virtualNodesPerWeight,
                                                             HashRing::maxPoints / std::max<std::size_t>(equal.size(), 1))));
}

std::vector<std::uint64_t> sample(std::uint64_t seed) {
    Random random(seed ^ 0x51a7e5ULL);
    std::vector<std::uint64_t> keys(BalancerItemRun::sampleKeyCount);
    for (auto& k : keys) k = random.next();
    return keys;
}

}  // namespace

BalancerItemRun::BalancerItemRun(const BalancerRunSpec& spec) : BalancerItemRun(spec, initial(spec)) {}

BalancerItemRun::BalancerItemRun(const BalancerRunSpec& spec, BalancerSim start)
    // At most 16k checkpoints, so ten million requests keep a few megabytes of copies.
    : CheckpointRun(
          infoFor(spec, start),
          Timeline(start, spec.requests, std::max(checkpointEvery, spec.requests / 16384)),
          [](const BalancerSim& s) { return pickLine(s); },
          [](const BalancerSim& s) { return pickSentence(s); }),
      spec_(spec),
      ring_(viewRing(spec)),
      sampleKeys_(sample(spec.seed)) {}

std::optional<BalancerPick> BalancerItemRun::lastPick() const {
    if (atStart()) return std::nullopt;
    return sim().lastPick();
}

std::string BalancerItemRun::pickReason() const {
    return atStart() ? std::string() : balance::pickReason(sim());
}

nlohmann::json BalancerItemRun::resultSoFar() const {
    if (atEnd()) return result();
    const nlohmann::json all = result();
    nlohmann::json picks = nlohmann::json::array();
    const auto& every = all.at("picks");
    for (std::size_t i = 0; i < step() && i < every.size(); ++i) picks.push_back(every[i]);
    nlohmann::json perBackend = nlohmann::json::object();
    const auto& served = counts();
    for (std::size_t i = 0; i < spec_.backends.size(); ++i)
        perBackend[spec_.backends[i].name] = i < served.size() ? served[i] : 0;
    return {{"policy", spec_.policy}, {"picks", std::move(picks)}, {"counts", std::move(perBackend)}};
}

}  // namespace stepwise::balance
