#pragma once
// One cache replaying a key sequence one request at a time, as a copyable value: the Sim that
// CheckpointTimeline checkpoints, so the GUI can drag time back and show the exact slots at that
// moment. Two of them over the same keys (Lockstep) are the side-by-side mode, LRU against LFU.
// Request i (from 0) is an access at tick i + 1, exactly as cache::replay() does it.
//
// The clock is the engine (core/sim/Engine.h): each request is an event at its tick, the Redis-style
// active expiry cycle is an event every `activePeriod` ticks (lazy expiry still happens inside the
// access), and a fault schedule's cache flushes are events too. At one tick they run fault, active
// cycle, request, which is the order cache::replay() gives (it runs a due cycle first thing in the
// access), so both produce the same events.
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/cache/CachePolicies.h"
#include "core/sim/Engine.h"
#include "core/sim/FaultSchedule.h"

namespace stepwise::sim {

/// What the cache's engine processes: plain data, dispatched by CacheRunSim.
struct CacheRunEvent {
    enum class Kind : std::uint8_t { Request, ActiveExpiry, Fault };
    Kind kind = Kind::Request;
    std::uint32_t index = 0;  // Fault: the entry in faults()
};

class CacheRunSim {
  public:
    using Keys = std::shared_ptr<const std::vector<cache::Key>>;
    using AnyCache = std::variant<cache::Cache<cache::LruPolicy>, cache::Cache<cache::LfuPolicy>,
                                  cache::Cache<cache::FifoPolicy>, cache::Cache<cache::ClockPolicy>,
                                  cache::Cache<cache::S3FifoPolicy>, cache::Cache<cache::SampledPolicy>>;

    /// The named policy (cache::policyNames()) with `options`; every request gets `ttl` ticks to live
    /// when ttl > 0. The keys are shared, not copied, between copies of this object.
    /// InputError as cache::withCache (unknown policy, capacity 0). `faults` may hold CacheFlush
    /// entries (InputError for any other kind or a negative time).
    CacheRunSim(std::string_view policy, const cache::CacheOptions& options, Keys keys, cache::Tick ttl = 0,
                FaultSchedule faults = {});

    /// Serves the next request. Precondition: !done() (std::logic_error otherwise).
    void step();
    /// Requests served so far.
    std::size_t position() const { return position_; }
    bool done() const { return position_ >= keys_->size(); }

    std::size_t hits() const { return hits_; }
    std::size_t misses() const { return misses_; }
    std::size_t evictions() const { return evictions_; }
    std::size_t expirations() const { return expirations_; }
    /// hits / requests so far (0 before the first).
    double hitRatio() const;

    /// What the last request did (hit or miss, expiries, the eviction, the insert); empty at step 0.
    const std::vector<cache::CacheEvent>& lastEvents() const { return lastEvents_; }
    /// Whether the last request hit. Precondition: position() > 0.
    bool lastWasHit() const { return lastHit_; }
    /// Keys a scheduled flush dropped just before the last request (0 when none ran).
    std::size_t lastFlushed() const { return lastFlushed_; }
    std::size_t flushes() const { return flushes_; }

    /// The virtual time: the tick of the last request (0 before the first).
    Time now() const { return engine_.now(); }
    /// The tick of the next request (what CheckpointTimeline::seekTime looks ahead at).
    Time nextTime() const { return static_cast<Time>(position_ + 1); }
    const FaultSchedule& faults() const { return faults_; }
    const Engine<CacheRunEvent>& engine() const { return engine_; }

    /// The cache's slots, next victim first (the policy's view()).
    std::vector<cache::SlotView> slotViews() const;
    std::size_t size() const;
    std::size_t capacity() const;
    const std::string& policy() const { return policy_; }
    const Keys& keys() const { return keys_; }
    cache::Tick ttl() const { return ttl_; }

    /// Calls f(const cache::Cache<Policy>&) with the concrete cache (for policy-specific views).
    template <class F>
    decltype(auto) visit(F&& f) const {
        return std::visit(std::forward<F>(f), cache_);
    }

  private:
    template <class Tracer>
    bool handle(const CacheRunEvent& e, Tracer& tracer);
    void scheduleActiveExpiry(Time after);

    std::string policy_;
    AnyCache cache_;
    Keys keys_;
    cache::Tick ttl_;
    Engine<CacheRunEvent> engine_;
    FaultSchedule faults_;
    std::size_t position_ = 0;
    std::size_t lastFlushed_ = 0, flushes_ = 0;
    std::size_t hits_ = 0, misses_ = 0, evictions_ = 0, expirations_ = 0;
    bool lastHit_ = false;
    std::vector<cache::CacheEvent> lastEvents_;
    std::vector<double> lastValues_;  // the values events of this step kept (trace::ValueRef indexes here)
};

/// Two simulations advanced together: one step() steps both, so one CheckpointTimeline drives a
/// side-by-side comparison and both sides always show the same moment.
template <class Left, class Right = Left>
struct Lockstep {
    Left left;
    Right right;
    void step() {
        left.step();
        right.step();
    }
    std::size_t position() const { return left.position(); }
    auto now() const requires requires(const Left& l) { l.now(); }
    { return left.now(); }
    auto nextTime() const requires requires(const Left& l) { l.nextTime(); }
    { return left.nextTime(); }
};

}  // namespace stepwise::sim
