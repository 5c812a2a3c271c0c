#include "core/sim/Simulator.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace stepwise::sim {

EventId Simulator::schedule(Time at, Callback cb) {
    if (at < now_)
        throw std::invalid_argument("Simulator::schedule: time " + std::to_string(at) + " is before now (" +
                                    std::to_string(now_) + ")");
    const EventId id = nextSeq_++;
    queue_.push_back({at, id, std::move(cb)});
    std::push_heap(queue_.begin(), queue_.end(), later);
    return id;
}

bool Simulator::cancel(EventId id) {
    if (id >= nextSeq_ || cancelled_.count(id)) return false;
    // Only a pending event can be cancelled; a linear look is fine (cancels are rare: timeouts).
    const bool queued =
        std::any_of(queue_.begin(), queue_.end(), [id](const Entry& e) { return e.seq == id; });
    if (!queued) return false;
    cancelled_.insert(id);
    return true;
}

void Simulator::dropCancelledTop() {
    while (!queue_.empty() && !cancelled_.empty() && cancelled_.count(queue_.front().seq)) {
        cancelled_.erase(queue_.front().seq);
        std::pop_heap(queue_.begin(), queue_.end(), later);
        queue_.pop_back();
    }
}

std::optional<Time> Simulator::nextTime() {
    dropCancelledTop();
    if (queue_.empty()) return std::nullopt;
    return queue_.front().at;
}

bool Simulator::step() {
    dropCancelledTop();
    if (queue_.empty()) return false;
    std::pop_heap(queue_.begin(), queue_.end(), later);
    Entry e = std::move(queue_.back());
    queue_.pop_back();
    now_ = e.at;
    ++processed_;
    e.cb(*this);
    return true;
}

std::size_t Simulator::runUntil(Time t) {
    std::size_t ran = 0;
    for (auto next = nextTime(); next && *next <= t; next = nextTime()) {
        step();
        ++ran;
    }
    if (t > now_) now_ = t;
    return ran;
}

std::size_t Simulator::runToEnd(std::size_t maxEvents) {
    std::size_t ran = 0;
    while (ran < maxEvents && step()) ++ran;
    return ran;
}

}  // namespace stepwise::sim
