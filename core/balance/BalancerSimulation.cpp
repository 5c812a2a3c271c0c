#include "core/balance/BalancerSimulation.h"

#include <cmath>
#include <string>

#include "core/common/InputError.h"

namespace stepwise::balance {
namespace {

void check(const sim::Fault& f, std::size_t backends) {
    const std::string at = "fault at tick " + std::to_string(f.at);
    if (f.at < 0) throw InputError(at + ": the time must not be negative");
    switch (f.kind) {
        case sim::FaultKind::BackendDown:
        case sim::FaultKind::BackendSlow:
        case sim::FaultKind::BackendRestore:
            if (f.target >= backends)
                throw InputError(at + ": there is no backend " + std::to_string(f.target) + " (" +
                                 std::to_string(backends) + " backends)");
            if (f.kind == sim::FaultKind::BackendSlow && !(f.value > 0 && std::isfinite(f.value)))
                throw InputError(at + ": a slow-down factor must be a positive number");
            return;
        case sim::FaultKind::RateChange:
            if (!(f.value > 0 && f.value <= 1e6))
                throw InputError(
                    at + ": the rate must be between 0 and 1000000 requests per tick (exclusive of 0)");
            return;
        case sim::FaultKind::CacheFlush:
            throw InputError(at + ": a balancer has no cache to flush");
        case sim::FaultKind::FailureRate:
        case sim::FaultKind::WorkerKill:
        case sim::FaultKind::JobKill:
        case sim::FaultKind::JobRetry:
        case sim::FaultKind::Redrive:
            break;
    }
    throw InputError(at + ": a balancer has no job queue (that fault is the queue's)");
}

}  // namespace

BalancerSim::BalancerSim(std::unique_ptr<LoadBalancer> balancer, std::uint64_t seed,
                         sim::FaultSchedule faults)
    : balancer_(std::move(balancer)),
      engine_(seed),
      faults_(std::move(faults)),
      active_(balancer_->backends().size(), 0),
      counts_(balancer_->backends().size(), 0),
      failures_(balancer_->backends().size(), 0),
      slowdown_(balancer_->backends().size(), 1.0),
      down_(balancer_->backends().size(), 0) {
    // Faults first: scheduled before anything else, each runs before the other events at its time.
    for (std::uint32_t i = 0; i < faults_.size(); ++i) {
        check(faults_[i], active_.size());
        engine_.schedule(faults_[i].at, {BalancerEvent::Kind::Fault, i});
    }
    scheduleNextArrival();
    applyFaultsDueByNextArrival();
}

BalancerSim::BalancerSim(const BalancerSim& o)
    : balancer_(o.balancer_->clone()),
      engine_(o.engine_),
      faults_(o.faults_),
      active_(o.active_),
      counts_(o.counts_),
      failures_(o.failures_),
      slowdown_(o.slowdown_),
      down_(o.down_),
      rate_(o.rate_),
      rateChanged_(o.rateChanged_),
      rateBase_(o.rateBase_),
      sinceBase_(o.sinceBase_),
      nextArrival_(o.nextArrival_),
      requests_(o.requests_),
      last_(o.last_) {}

BalancerSim& BalancerSim::operator=(const BalancerSim& o) {
    if (this != &o) *this = BalancerSim(o);
    return *this;
}

void BalancerSim::setSlowdown(std::size_t backend, double factor) {
    slowdown_[backend] = factor;
}

void BalancerSim::step() {
    bool arrived = false;
    while (!arrived && engine_.step([&](const BalancerEvent& e) { arrived = handle(e); })) {
    }
    applyFaultsDueByNextArrival();
}

void BalancerSim::applyFaultsDueByNextArrival() {
    // Only faults at the front: one behind a finish waits for its turn in the next step. Faults are
    // scheduled first, so at their tick they are ahead of that tick's finishes; nothing else
    // happens between two arrivals at one per tick, so applying them now changes no pick.
    for (const BalancerEvent* e = engine_.nextEvent();
         e && e->kind == BalancerEvent::Kind::Fault && *engine_.nextTime() <= nextArrival_;
         e = engine_.nextEvent())
        engine_.step([&](const BalancerEvent& f) { handle(f); });
}

bool BalancerSim::handle(const BalancerEvent& e) {
    switch (e.kind) {
        case BalancerEvent::Kind::Arrival:
            arrive();
            return true;
        case BalancerEvent::Kind::Finish:
            --active_[e.index];
            return false;
        case BalancerEvent::Kind::Fault:
            apply(faults_[e.index]);
            return false;
    }
    return false;
}

void BalancerSim::apply(const sim::Fault& f) {
    switch (f.kind) {
        case sim::FaultKind::BackendDown:
            down_[f.target] = 1;
            break;
        case sim::FaultKind::BackendSlow:
            slowdown_[f.target] = f.value;
            break;
        case sim::FaultKind::BackendRestore:
            down_[f.target] = 0;
            slowdown_[f.target] = 1.0;
            break;
        case sim::FaultKind::RateChange:
            rate_ = f.value;
            rateChanged_ = true;
            break;
        case sim::FaultKind::CacheFlush:
        case sim::FaultKind::FailureRate:
        case sim::FaultKind::WorkerKill:
        case sim::FaultKind::JobKill:
        case sim::FaultKind::JobRetry:
        case sim::FaultKind::Redrive:
            break;  // rejected by the constructor
    }
}

void BalancerSim::arrive() {
    Random& random = engine_.random();
    const sim::Time now = engine_.now();
    BalancerPick pick;
    pick.request = requests_++;
    pick.key = random.next();
    PickReason why;
    pick.backend = static_cast<std::uint32_t>(balancer_->pick(pick.key, active_, random, &why));
    pick.other = why.other;
    pick.arrival = now;
    const double mean = balancer_->backends()[pick.backend].latency * slowdown_[pick.backend];
    // Drawn even for a request that fails, so a run with a fault sees the same keys as one without.
    const double service = -mean * std::log(1.0 - random.unit());  // exponential with that mean
    ++counts_[pick.backend];
    if (down_[pick.backend]) {
        pick.failed = true;
        pick.finish = now;
        ++failures_[pick.backend];
    } else {
        pick.finish = now + std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(service)));
        ++active_[pick.backend];
        // Before the next arrival: a finish at that tick then runs before it, as a finish is due first.
        engine_.schedule(pick.finish, {BalancerEvent::Kind::Finish, pick.backend});
    }
    last_ = pick;
    scheduleNextArrival();
}

void BalancerSim::scheduleNextArrival() {
    if (rateChanged_) {
        rateBase_ = engine_.now();
        sinceBase_ = 0;
        rateChanged_ = false;
    }
    ++sinceBase_;
    // k / rate rounded up (at least 1 for rate <= 1e6); the epsilon keeps 3 × (1/3) from landing
    // one tick late. At the default rate 1 the k-th request arrives at tick k.
    nextArrival_ =
        rateBase_ + static_cast<sim::Time>(std::ceil(static_cast<double>(sinceBase_) / rate_ - 1e-9));
    engine_.schedule(nextArrival_, {BalancerEvent::Kind::Arrival, 0});
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
