#include "core/sim/CacheRunSim.h"

#include <stdexcept>

namespace stepwise::sim {
namespace {

/// Records the events of the current step only; CacheRunSim clears it before each request.
struct StepTracer {
    static constexpr bool enabled = true;
    std::vector<cache::CacheEvent>& events;
    std::vector<double>& values;
    void emit(const cache::CacheEvent& e) { events.push_back(e); }
    trace::ValueRef keep(double v) {
        values.push_back(v);
        return static_cast<trace::ValueRef>(values.size() - 1);
    }
};

/// The same cache, with its active cycle left to the engine's clock.
cache::CacheOptions onTheClock(cache::CacheOptions o) {
    o.expiry.clockDriven = true;
    return o;
}

}  // namespace

CacheRunSim::CacheRunSim(std::string_view policy, const cache::CacheOptions& options, Keys keys,
                         cache::Tick ttl, FaultSchedule faults)
    : policy_(policy),
      cache_(cache::withCache(policy, onTheClock(options), [](auto& c) { return AnyCache(c); })),
      keys_(keys ? std::move(keys) : std::make_shared<const std::vector<cache::Key>>()),
      ttl_(ttl),
      engine_(options.seed),
      faults_(std::move(faults)) {
    // Scheduled first, so each runs before the other events at its tick.
    for (std::uint32_t i = 0; i < faults_.size(); ++i) {
        const Fault& f = faults_[i];
        if (f.kind != FaultKind::CacheFlush)
            throw InputError("fault at tick " + std::to_string(f.at) +
                             ": a cache simulation has no backends or arrival rate (only flushes)");
        if (f.at < 0)
            throw InputError("fault at tick " + std::to_string(f.at) + ": the time must not be negative");
        engine_.schedule(f.at, {CacheRunEvent::Kind::Fault, i});
    }
    // Without a TTL no key ever expires: no cycle to run.
    if (ttl_ > 0) scheduleActiveExpiry(1);
    if (!keys_->empty()) engine_.schedule(1, {CacheRunEvent::Kind::Request, 0});
}

void CacheRunSim::scheduleActiveExpiry(Time at) {
    // A cycle after the last request would never be observed.
    if (at <= static_cast<Time>(keys_->size())) engine_.schedule(at, {CacheRunEvent::Kind::ActiveExpiry, 0});
}

template <class Tracer>
bool CacheRunSim::handle(const CacheRunEvent& e, Tracer& tracer) {
    const Time now = engine_.now();
    switch (e.kind) {
        case CacheRunEvent::Kind::Fault:
            lastFlushed_ += std::visit([](auto& c) { return c.clear(); }, cache_);
            ++flushes_;
            return false;
        case CacheRunEvent::Kind::ActiveExpiry: {
            const Time next = std::visit(
                [&](auto& c) {
                    c.runActiveExpiry(now, tracer);
                    return c.nextActiveExpiry();
                },
                cache_);
            // No key had a TTL, so nothing ran: the cycle stays due and runs at the next tick that
            // has one, as it would inside the next access.
            scheduleActiveExpiry(next > now ? next : now + 1);
            return false;
        }
        case CacheRunEvent::Kind::Request: {
            const cache::Key key = (*keys_)[position_];
            lastHit_ = std::visit([&](auto& c) { return c.access(key, now, tracer, ttl_); }, cache_);
            ++position_;
            if (!done()) engine_.schedule(now + 1, {CacheRunEvent::Kind::Request, 0});
            return true;
        }
    }
    return false;
}

void CacheRunSim::step() {
    if (done()) throw std::logic_error("CacheRunSim::step: every request has been served");
    lastEvents_.clear();
    lastValues_.clear();
    lastFlushed_ = 0;
    StepTracer tracer{lastEvents_, lastValues_};
    bool served = false;
    while (!served && engine_.step([&](const CacheRunEvent& e) { served = handle(e, tracer); })) {
    }
    if (lastHit_)
        ++hits_;
    else
        ++misses_;
    for (const auto& e : lastEvents_) {
        evictions_ += std::holds_alternative<cache::cache_event::Evict>(e);
        expirations_ += std::holds_alternative<cache::cache_event::Expire>(e);
    }
}

double CacheRunSim::hitRatio() const {
    return position_ == 0 ? 0.0 : static_cast<double>(hits_) / static_cast<double>(position_);
}

std::vector<cache::SlotView> CacheRunSim::slotViews() const {
    return visit([](const auto& c) { return c.policy().view(); });
}

std::size_t CacheRunSim::size() const {
    return visit([](const auto& c) { return c.size(); });
}

std::size_t CacheRunSim::capacity() const {
    return visit([](const auto& c) { return c.capacity(); });
}

}  // namespace stepwise::sim
