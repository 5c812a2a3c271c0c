#include "core/balance/BalancerSimulation.h"

#include <cmath>

namespace stepwise::balance {

BalancerSim::BalancerSim(std::unique_ptr<LoadBalancer> balancer, std::uint64_t seed)
    : balancer_(std::move(balancer)), random_(seed), active_(balancer_->backends().size(), 0),
      counts_(balancer_->backends().size(), 0), slowdown_(balancer_->backends().size(), 1.0) {}

BalancerSim::BalancerSim(const BalancerSim& o)
    : balancer_(o.balancer_->clone()), random_(o.random_), active_(o.active_), counts_(o.counts_), slowdown_(o.slowdown_),
      inService_(o.inService_), now_(o.now_), requests_(o.requests_), last_(o.last_) {}

BalancerSim& BalancerSim::operator=(const BalancerSim& o) {
    if (this != &o) *this = BalancerSim(o);
    return *this;
}

void BalancerSim::setSlowdown(std::size_t backend, double factor) { slowdown_[backend] = factor; }

void BalancerSim::step() {
    ++now_;
    while (!inService_.empty() && inService_.top().at <= now_) {
        --active_[inService_.top().backend];
        inService_.pop();
    }
    BalancerPick pick;
    pick.request = requests_++;
    pick.key = random_.next();
    PickReason why;
    pick.backend = static_cast<std::uint32_t>(balancer_->pick(pick.key, active_, random_, &why));
    pick.other = why.other;
    pick.arrival = now_;
    const double mean = balancer_->backends()[pick.backend].latency * slowdown_[pick.backend];
    const double service = -mean * std::log(1.0 - random_.unit());  // exponential with that mean
    pick.finish = now_ + std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(service)));
    ++active_[pick.backend];
    ++counts_[pick.backend];
    inService_.push({pick.finish, pick.backend});
    last_ = pick;
}

std::vector<std::uint64_t> movedKeys(const std::vector<Backend>& before, const std::vector<Backend>& after,
                                     const std::vector<std::uint64_t>& keys, std::size_t vnodes) {
    const HashRing a(before, vnodes), b(after, vnodes);
    std::vector<std::uint64_t> moved;
    for (auto k : keys)
        if (before[a.owner(k)].name != after[b.owner(k)].name) moved.push_back(k);
    return moved;
}

}  // namespace stepwise::balance
