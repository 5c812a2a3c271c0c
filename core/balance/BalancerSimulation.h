#pragma once
// A load model for the balancers: one request arrives per tick, each backend serves a request in an
// exponentially distributed time around its latency (× a slow-down factor), and active connections
// are the requests still in service. Copyable, one request per step(), so a checkpointed timeline
// can seek back in it. Deterministic from its seed.
#include <memory>
#include <queue>
#include <vector>

#include "core/balance/LoadBalancer.h"

namespace stepwise::balance {

struct BalancerPick {
    std::uint64_t request = 0;  // 0, 1, 2, ...
    std::uint64_t key = 0;      // the request's key (what consistent hashing hashes)
    std::uint32_t backend = 0;
    std::uint32_t other = 0xFFFFFFFFu;  // power of two: the other candidate
    std::int64_t arrival = 0;
    std::int64_t finish = 0;
};

class BalancerSim {
public:
    BalancerSim(std::unique_ptr<LoadBalancer> balancer, std::uint64_t seed);
    BalancerSim(const BalancerSim& other);
    BalancerSim& operator=(const BalancerSim& other);
    BalancerSim(BalancerSim&&) noexcept = default;
    BalancerSim& operator=(BalancerSim&&) noexcept = default;

    /// One request: finish what is due, pick a backend, start serving.
    void step();
    std::size_t position() const { return static_cast<std::size_t>(requests_); }

    const LoadBalancer& balancer() const { return *balancer_; }
    const std::vector<std::uint32_t>& active() const { return active_; }
    const std::vector<std::uint64_t>& counts() const { return counts_; }
    const BalancerPick& lastPick() const { return last_; }
    std::int64_t now() const { return now_; }

    /// Multiplies a backend's service time (1 = normal); effective from the next request.
    void setSlowdown(std::size_t backend, double factor);
    double slowdown(std::size_t backend) const { return slowdown_[backend]; }

private:
    struct Finish {
        std::int64_t at;
        std::uint32_t backend;
        bool operator>(const Finish& o) const { return at > o.at || (at == o.at && backend > o.backend); }
    };
    std::unique_ptr<LoadBalancer> balancer_;
    Random random_;
    std::vector<std::uint32_t> active_;
    std::vector<std::uint64_t> counts_;
    std::vector<double> slowdown_;
    std::priority_queue<Finish, std::vector<Finish>, std::greater<>> inService_;
    std::int64_t now_ = 0;
    std::uint64_t requests_ = 0;
    BalancerPick last_;
};

/// Keys that change owner when the ring changes from `before` to `after` (names match backends).
std::vector<std::uint64_t> movedKeys(const std::vector<Backend>& before, const std::vector<Backend>& after,
                                     const std::vector<std::uint64_t>& keys, std::size_t virtualNodesPerWeight = 100);

}  // namespace stepwise::balance
