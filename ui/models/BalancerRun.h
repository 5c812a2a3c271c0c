#pragma once
// The model behind the load-balancer room: a balancer over the user's backends on a seeded request
// stream, one request per step, checkpointed so time can be dragged back. Slowing a backend down
// while it runs is a change *at a step*: requests before it keep their history, requests after it
// see the slow backend (the run is re-simulated with the change scheduled there). Adding or removing
// a backend changes the balancer itself, so the run restarts from request 0 with the new set.
#include <QString>
#include <memory>
#include <vector>

#include "core/balance/BalancerSimulation.h"
#include "core/sim/CheckpointTimeline.h"

namespace stepwise::ui {

struct BackendRow {
    QString name;
    QString weight = "1";  // as typed: validated when the run is built
};

/// From step `at` on (after `at` requests), backend `backend` serves `factor` times slower.
struct SlowChange {
    std::size_t at = 0;
    QString backend;
    double factor = 1;
};

struct BalancerRunConfig {
    QString policy = "round-robin";
    std::vector<BackendRow> backends = {{"a", "5"}, {"b", "1"}, {"c", "1"}};
    int requests = 300;
    quint64 seed = 7;
    std::vector<SlowChange> slow;  // sorted by `at`
};

/// One balancer run as a copyable, steppable value (what CheckpointTimeline copies).
class ScheduledBalancerSim {
  public:
    ScheduledBalancerSim(
        balance::BalancerSim sim,
        std::shared_ptr<const std::vector<std::pair<std::size_t, std::pair<std::size_t, double>>>> changes);
    void step();
    std::size_t position() const { return sim_.position(); }
    const balance::BalancerSim& sim() const { return sim_; }

  private:
    void applyDue();
    balance::BalancerSim sim_;
    std::shared_ptr<const std::vector<std::pair<std::size_t, std::pair<std::size_t, double>>>>
        changes_;  // (at, (backend, factor))
    std::size_t next_ = 0;
};

class BalancerRun {
  public:
    static constexpr std::size_t checkpointEvery = 64;
    static constexpr int maxRequests = 200000;
    static constexpr int maxBackends = 32;
    static constexpr double slowFactor = 8;
    /// Keys placed on the hash ring to show which move when a backend comes or goes.
    static constexpr std::size_t sampleKeyCount = 60;

    /// InputError for an unknown policy, no backends, a weight that is not a positive integer, an
    /// empty or repeated name, too many backends, or a request count out of range.
    explicit BalancerRun(const BalancerRunConfig& config);

    const BalancerRunConfig& config() const { return config_; }
    const std::vector<balance::Backend>& backends() const { return backends_; }
    std::size_t stepCount() const { return timeline_.stepCount(); }
    void seek(std::size_t step) { timeline_.seek(step); }
    std::size_t step() const { return timeline_.step(); }
    const balance::BalancerSim& state() const { return timeline_.state().sim(); }

    const std::vector<std::uint64_t>& sampleKeys() const { return sampleKeys_; }
    /// The ring the consistent-hash policy routes by (built for every policy, for the ring view).
    const balance::HashRing& ring() const { return ring_; }

    /// The backends as core parses them; InputError as the constructor.
    static std::vector<balance::Backend> parseRows(const std::vector<BackendRow>& rows);

  private:
    BalancerRunConfig config_;
    std::vector<balance::Backend> backends_;
    balance::HashRing ring_;
    std::vector<std::uint64_t> sampleKeys_;
    sim::CheckpointTimeline<ScheduledBalancerSim> timeline_;
};

}  // namespace stepwise::ui
