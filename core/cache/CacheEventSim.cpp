#include "core/cache/CacheEventSim.h"

#include <stdexcept>

namespace stepwise::cache {

CacheEventSim::CacheEventSim(sim::CacheRunSim left, std::optional<sim::CacheRunSim> right, Starts starts)
    : left_(std::move(left)), right_(std::move(right)), starts_(std::move(starts)) {}

void CacheEventSim::step() {
    if (position_ >= starts_->back())
        throw std::logic_error("CacheEventSim::step: every event has been taken");
    if (position_ == (*starts_)[left_.position()]) {  // the current request's events are used up
        left_.step();
        if (right_) right_->step();
        offset_ = 0;
    } else {
        ++offset_;
    }
    ++position_;
}

const CacheEvent& CacheEventSim::event() const {
    const auto& mine = left_.lastEvents();
    return offset_ < mine.size() ? mine[offset_] : right_->lastEvents()[offset_ - mine.size()];
}

}  // namespace stepwise::cache
