#pragma once
// A load model for the balancers, on the discrete-event engine (core/sim/Engine.h): requests arrive
// one per tick (or at the rate a fault schedule sets), each backend serves a request in an
// exponentially distributed time around its latency (× a slow-down factor), and active connections
// are the requests still in service. Arrivals, finishes and scheduled faults are events; one step()
// is one request (the finishes and faults due by its arrival run first). Copyable with the whole
// pending schedule, so a checkpointed timeline can seek back in it. Deterministic from its seed.
#include <memory>
#include <vector>

#include "core/balance/LoadBalancer.h"
#include "core/sim/Engine.h"
#include "core/sim/FaultSchedule.h"

namespace stepwise::balance {

struct BalancerPick {
    std::uint64_t request = 0;  // 0, 1, 2, ...
    std::uint64_t key = 0;      // the request's key (what consistent hashing hashes)
    std::uint32_t backend = 0;
    std::uint32_t other = 0xFFFFFFFFu;  // power of two: the other candidate
    std::int64_t arrival = 0;
    std::int64_t finish = 0;
    bool failed = false;  // routed to a backend that was down: it failed at once (finish == arrival)
};

/// What the balancer's engine processes: plain data, dispatched by BalancerSim.
struct BalancerEvent {
    enum class Kind : std::uint8_t { Arrival, Finish, Fault };
    Kind kind = Kind::Arrival;
    std::uint32_t index = 0;  // Finish: the backend; Fault: the entry in faults()
};

class BalancerSim {
  public:
    /// Faults: BackendSlow, BackendDown, BackendRestore and RateChange (CacheFlush has no meaning
    /// here). InputError for another kind, a target that is not a backend, a factor or rate <= 0,
    /// or a negative time.
    BalancerSim(std::unique_ptr<LoadBalancer> balancer, std::uint64_t seed, sim::FaultSchedule faults = {});
    BalancerSim(const BalancerSim& other);
    BalancerSim& operator=(const BalancerSim& other);
    BalancerSim(BalancerSim&&) noexcept = default;
    BalancerSim& operator=(BalancerSim&&) noexcept = default;

    /// One request: run the finishes and faults due by its arrival, pick a backend, start serving;
    /// then apply the faults due by the next arrival, so a change "after k requests" (a fault at
    /// tick k + 1 at one request per tick) shows in the state from step k on, as it takes effect
    /// for request k + 1.
    void step();
    std::size_t position() const { return static_cast<std::size_t>(requests_); }

    const LoadBalancer& balancer() const { return *balancer_; }
    const std::vector<std::uint32_t>& active() const { return active_; }
    const std::vector<std::uint64_t>& counts() const { return counts_; }
    /// Requests that failed because their backend was down, per backend.
    const std::vector<std::uint64_t>& failures() const { return failures_; }
    const BalancerPick& lastPick() const { return last_; }
    /// The virtual time: the last request's arrival tick (0 before the first).
    sim::Time now() const { return last_.arrival; }
    /// When the next request arrives (what CheckpointTimeline::seekTime looks ahead at).
    sim::Time nextTime() const { return nextArrival_; }

    /// Multiplies a backend's service time (1 = normal); effective from the next request.
    void setSlowdown(std::size_t backend, double factor);
    double slowdown(std::size_t backend) const { return slowdown_[backend]; }
    bool down(std::size_t backend) const { return down_[backend] != 0; }
    /// Requests per tick.
    double rate() const { return rate_; }
    const sim::FaultSchedule& faults() const { return faults_; }
    const sim::Engine<BalancerEvent>& engine() const { return engine_; }

  private:
    /// Returns true for an arrival (the end of a step).
    bool handle(const BalancerEvent& e);
    void arrive();
    void apply(const sim::Fault& f);
    void scheduleNextArrival();
    void applyFaultsDueByNextArrival();

    std::unique_ptr<LoadBalancer> balancer_;
    sim::Engine<BalancerEvent> engine_;  // its random() draws keys, power-of-two candidates and service times
    sim::FaultSchedule faults_;
    std::vector<std::uint32_t> active_;
    std::vector<std::uint64_t> counts_;
    std::vector<std::uint64_t> failures_;
    std::vector<double> slowdown_;
    std::vector<std::uint8_t> down_;
    double rate_ = 1;
    bool rateChanged_ = false;
    sim::Time rateBase_ = 0;  // arrivals are at rateBase_ + ceil(k / rate_), k = 1, 2, ...
    std::uint64_t sinceBase_ = 0;
    sim::Time nextArrival_ = 1;
    std::uint64_t requests_ = 0;
    BalancerPick last_;
};

/// Keys that change owner when the ring changes from `before` to `after` (names match backends).
std::vector<std::uint64_t> movedKeys(const std::vector<Backend>& before, const std::vector<Backend>& after,
                                     const std::vector<std::uint64_t>& keys,
                                     std::size_t virtualNodesPerWeight = 100);

}  // namespace stepwise::balance
