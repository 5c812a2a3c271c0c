#pragma once
// One cache, or two side by side, stepped one cache *event* at a time: the Sim behind the cache
// item's CheckpointRun. A step that starts a request serves it on both caches (sim::CacheRunSim
// steps by request); the following steps walk that request's events, the first cache's and then
// the second's. So a checkpoint is a copy of whole caches between requests, and the slots shown
// at any step are those after the current request.
#include <memory>
#include <optional>
#include <vector>

#include "core/sim/CacheRunSim.h"

namespace stepwise::cache {

class CacheEventSim {
  public:
    /// starts[r] = events of both caches before request r; starts[n] = all events (n = requests).
    using Starts = std::shared_ptr<const std::vector<std::size_t>>;

    CacheEventSim(sim::CacheRunSim left, std::optional<sim::CacheRunSim> right, Starts starts);

    /// The next event. Precondition: position() < starts.back().
    void step();
    /// Events taken.
    std::size_t position() const { return position_; }

    const sim::CacheRunSim& left() const { return left_; }
    /// The second cache, or nullptr without a comparison.
    const sim::CacheRunSim* right() const { return right_ ? &*right_ : nullptr; }
    /// Requests served (the current event belongs to request requests() − 1, from 0).
    std::size_t requests() const { return left_.position(); }
    /// Which cache the current event is from: 0 the first, 1 the second. Precondition: position() > 0.
    std::size_t side() const { return offset_ < left_.lastEvents().size() ? 0 : 1; }
    /// The current event. Precondition: position() > 0.
    const CacheEvent& event() const;

  private:
    sim::CacheRunSim left_;
    std::optional<sim::CacheRunSim> right_;
    Starts starts_;
    std::size_t position_ = 0;
    std::size_t offset_ = 0;  // index of the current event among its request's events (both caches)
};

}  // namespace stepwise::cache
