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

}  // namespace

CacheRunSim::CacheRunSim(std::string_view policy, const cache::CacheOptions& options, Keys keys,
                         cache::Tick ttl)
    : policy_(policy),
      cache_(cache::withCache(policy, options, [](auto& c) { return AnyCache(c); })),
      keys_(keys ? std::move(keys) : std::make_shared<const std::vector<cache::Key>>()),
      ttl_(ttl) {}

void CacheRunSim::step() {
    if (done()) throw std::logic_error("CacheRunSim::step: every request has been served");
    lastEvents_.clear();
    lastValues_.clear();
    StepTracer tracer{lastEvents_, lastValues_};
    const cache::Key key = (*keys_)[position_];
    const auto now = static_cast<cache::Tick>(position_ + 1);
    lastHit_ = std::visit([&](auto& c) { return c.access(key, now, tracer, ttl_); }, cache_);
    ++position_;
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
