#pragma once
// Two caches on one seeded request stream, stepped in lockstep: the model behind the cache room.
// Built from a CacheRunConfig (what the user typed), it owns the keys and their display names, a
// checkpointed timeline (a copy of both caches every `checkpointEvery` requests; seeking back restores
// the nearest copy and re-simulates, so any step shows the exact slots), each side's hit-ratio series
// (computed once, charts pull the part up to the current step) and the miss-ratio curves.
#include <QString>
#include <memory>
#include <vector>

#include "core/sim/CacheRunSim.h"
#include "core/cache/CacheSimulation.h"
#include "core/sim/CheckpointTimeline.h"
#include "core/sim/TimeSeries.h"

namespace stepwise::ui {

enum class CacheWorkloadKind { Zipf, Uniform, Scan, Burst, Trace, Typed };

struct CacheRunConfig {
    QString policyA = "lru";
    QString policyB = "lfu";
    int capacity = 8;
    int ttl = 0;  // ticks; 0 = keys never expire
    CacheWorkloadKind kind = CacheWorkloadKind::Zipf;
    /// The workload in core/sim's syntax ("zipf:0.9:40", "trace:PATH"), or for Typed the access
    /// sequence as the user typed it ("a,b,c,a").
    QString workload = "zipf:0.9:40";
    int requests = 400;  // ignored for Typed: the sequence is the run
    quint64 seed = 7;
};

/// The workload text a kind starts with in the editor.
QString defaultWorkloadText(CacheWorkloadKind kind);

class CacheComparison {
  public:
    using Sides = sim::Lockstep<sim::CacheRunSim>;
    static constexpr std::size_t checkpointEvery = 64;
    static constexpr int maxRequests = 200000;
    static constexpr int maxCapacity = 4096;
    /// Points of the hit-ratio series at most (longer runs are sampled evenly).
    static constexpr std::size_t maxChartPoints = 1500;

    /// InputError for anything the user can get wrong: a capacity below 1 or above maxCapacity, an
    /// unknown policy, a negative TTL, a request count out of range, a malformed workload or
    /// sequence (with its item or file line).
    explicit CacheComparison(const CacheRunConfig& config);

    const CacheRunConfig& config() const { return config_; }
    std::size_t stepCount() const { return timeline_.stepCount(); }
    void seek(std::size_t step) { timeline_.seek(step); }
    std::size_t step() const { return timeline_.step(); }
    const sim::CacheRunSim& left() const { return timeline_.state().left; }
    const sim::CacheRunSim& right() const { return timeline_.state().right; }

    /// What the user calls key k (a typed name, or the number).
    QString keyName(cache::Key k) const;
    /// The key requested at step `step` (1-based: the request that step serves).
    cache::Key requestKey(std::size_t step) const { return (*keys_)[step - 1]; }

    /// Cumulative hit ratio after each sampled request, per side (x = requests served).
    const sim::TimeSeries& hitRatioA() const { return hitRatioA_; }
    const sim::TimeSeries& hitRatioB() const { return hitRatioB_; }
    /// How many samples of the series lie at or before `step`.
    std::size_t samplesUpTo(std::size_t step) const;

    const std::vector<cache::MissRatioPoint>& missRatioA() const { return mrcA_; }
    const std::vector<cache::MissRatioPoint>& missRatioB() const { return mrcB_; }

  private:
    struct Keys {
        std::shared_ptr<const std::vector<cache::Key>> keys;
        std::vector<std::string> names;
    };
    static Keys loadKeys(const CacheRunConfig& config);
    CacheComparison(const CacheRunConfig& config, Keys keys);
    static sim::TimeSeries hitRatioSeries(const sim::CacheRunSim& initial, std::size_t every);

    CacheRunConfig config_;
    std::shared_ptr<const std::vector<cache::Key>> keys_;
    std::vector<std::string> names_;  // typed sequences only
    sim::CheckpointTimeline<Sides> timeline_;
    sim::TimeSeries hitRatioA_, hitRatioB_;
    std::vector<cache::MissRatioPoint> mrcA_, mrcB_;
};

}  // namespace stepwise::ui
