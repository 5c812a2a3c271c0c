#pragma once
// A run of the `balancer` item: one request per step through a policy under the load model, with
// an optional slow backend from a given request on. It gives the balancer views what they draw,
// typed: the backends, active connections and counts at the current step, the last pick and why,
// and the hash ring (with sample keys) for consistent hashing.
#include <optional>
#include <string>
#include <vector>

#include "core/balance/BalancerSimulation.h"
#include "core/catalogue/CatalogueItem.h"
#include "core/run/CheckpointRun.h"

namespace stepwise::balance {

/// What a balancer run routes, after the item has read its options.
struct BalancerRunSpec {
    std::string policy = "round-robin";
    std::vector<Backend> backends;
    std::size_t requests = 0;
    std::uint64_t seed = 1;
    std::optional<std::size_t> slowBackend;  // index into backends
    std::size_t slowAt = 0;                  // slow after this many requests (a fault at tick slowAt + 1)
    double slowFactor = 8;
};

/// The run checkpoints the BalancerSim itself: the slow-down is on its fault schedule.
class BalancerItemRun : public run::CheckpointRun<BalancerSim> {
  public:
    static constexpr std::size_t checkpointEvery = 64;
    /// Keys placed on the hash ring to show which move when a backend comes or goes.
    static constexpr std::size_t sampleKeyCount = 60;
    static constexpr std::size_t virtualNodesPerWeight = 100;

    /// InputError for an unknown policy or no backends (as makeBalancer).
    explicit BalancerItemRun(const BalancerRunSpec& spec);

    const BalancerRunSpec& spec() const { return spec_; }
    const BalancerSim& sim() const { return state(); }
    /// {"policy", "picks": the requests sent so far, "counts": per backend so far}.
    nlohmann::json resultSoFar() const override;
    const std::vector<Backend>& backends() const { return spec_.backends; }
    const std::vector<std::uint32_t>& active() const { return sim().active(); }
    const std::vector<std::uint64_t>& counts() const { return sim().counts(); }
    /// The pick of the current step; nullopt at step 0.
    std::optional<BalancerPick> lastPick() const;
    /// Why the current step's backend was chosen (pickReason()); empty at step 0.
    std::string pickReason() const;
    /// The ring consistent hashing routes by (built for every policy, for the ring view).
    const HashRing& ring() const { return ring_; }
    const std::vector<std::uint64_t>& sampleKeys() const { return sampleKeys_; }

  private:
    BalancerItemRun(const BalancerRunSpec& spec, BalancerSim start);

    BalancerRunSpec spec_;
    HashRing ring_;
    std::vector<std::uint64_t> sampleKeys_;
};

}  // namespace stepwise::balance
