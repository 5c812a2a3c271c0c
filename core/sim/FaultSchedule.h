#pragma once
// Faults and changes planned at a virtual time: a backend goes down or slows down, a cache is
// flushed, the arrival rate changes. Plain data, so a simulation holding one stays copyable; each
// model schedules every entry on its engine when it is built and applies it when the engine gets
// there, before anything else that happens at that time (a change at t is seen by the request
// arriving at t). A model rejects kinds it has no use for (InputError) rather than ignore them.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/sim/Engine.h"

namespace stepwise::sim {

enum class FaultKind : std::uint8_t {
    BackendDown,     // target: backend index; requests routed to it fail at once
    BackendSlow,     // target: backend index; value: service-time factor (1 = normal)
    BackendRestore,  // target: backend index; up again, at normal speed
    CacheFlush,      // every key is dropped
    RateChange,      // value: requests per tick from the next arrival on
    // The job queue (core/queue):
    FailureRate,  // value: the probability a job's attempt fails, from now on
    WorkerKill,   // target: worker id; its in-flight jobs reappear after their visibility timeout
    JobKill,      // target: job index; it goes to the dead-letter queue by hand
    JobRetry,     // target: job index; a delayed or dead-lettered job is made ready at once
    Redrive,      // every dead-lettered job goes back to the queue, its receive count reset
};

struct Fault {
    Time at = 0;
    FaultKind kind = FaultKind::BackendSlow;
    std::uint32_t target = 0;
    double value = 1;
    friend bool operator==(const Fault&, const Fault&) = default;
};

class FaultSchedule {
  public:
    FaultSchedule() = default;
    /// Entries in any order; kept sorted by time, entries at the same time in the given order.
    explicit FaultSchedule(std::vector<Fault> faults) : faults_(std::move(faults)) {
        std::stable_sort(faults_.begin(), faults_.end(),
                         [](const Fault& a, const Fault& b) { return a.at < b.at; });
    }

    /// Adds one entry after every entry at the same time or earlier.
    FaultSchedule& add(Fault f) {
        const auto at = std::upper_bound(faults_.begin(), faults_.end(), f.at,
                                         [](Time t, const Fault& e) { return t < e.at; });
        faults_.insert(at, f);
        return *this;
    }
    FaultSchedule& slow(Time at, std::uint32_t backend, double factor) {
        return add({at, FaultKind::BackendSlow, backend, factor});
    }
    FaultSchedule& down(Time at, std::uint32_t backend) {
        return add({at, FaultKind::BackendDown, backend, 0});
    }
    FaultSchedule& restore(Time at, std::uint32_t backend) {
        return add({at, FaultKind::BackendRestore, backend, 1});
    }
    FaultSchedule& flush(Time at) { return add({at, FaultKind::CacheFlush, 0, 0}); }
    FaultSchedule& rate(Time at, double requestsPerTick) {
        return add({at, FaultKind::RateChange, 0, requestsPerTick});
    }

    const std::vector<Fault>& entries() const { return faults_; }
    const Fault& operator[](std::size_t i) const { return faults_[i]; }
    std::size_t size() const { return faults_.size(); }
    bool empty() const { return faults_.empty(); }
    friend bool operator==(const FaultSchedule&, const FaultSchedule&) = default;

  private:
    std::vector<Fault> faults_;
};

}  // namespace stepwise::sim
