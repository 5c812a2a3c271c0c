#pragma once
// A metric sampled once per virtual interval (hit ratio per 1,000 requests, p99 per simulated
// second, ...). Charts pull new samples in batches with samplesSince(index) instead of being told
// about each one (DESIGN: batch, then pull).
#include <cstdint>
#include <string>
#include <vector>

namespace stepwise::sim {

struct Sample {
    std::int64_t at;  // where the interval ended: a request count or a virtual time, as the producer says
    double value;
    friend bool operator==(const Sample&, const Sample&) = default;
};

class TimeSeries {
  public:
    explicit TimeSeries(std::string name = {}) : name_(std::move(name)) {}

    const std::string& name() const { return name_; }
    void append(std::int64_t at, double value) { samples_.push_back({at, value}); }
    std::size_t size() const { return samples_.size(); }
    bool empty() const { return samples_.empty(); }
    const Sample& operator[](std::size_t i) const { return samples_[i]; }
    const std::vector<Sample>& samples() const { return samples_; }

    /// The samples from `index` on (empty when index >= size()). A chart keeps the size it has
    /// drawn and asks for the rest each frame.
    std::vector<Sample> samplesSince(std::size_t index) const {
        if (index >= samples_.size()) return {};
        return {samples_.begin() + static_cast<std::ptrdiff_t>(index), samples_.end()};
    }

    /// Drops samples after the first `n` (after a seek back, so the chart matches the state).
    void truncate(std::size_t n) {
        if (n < samples_.size()) samples_.resize(n);
    }

  private:
    std::string name_;
    std::vector<Sample> samples_;
};

/// Turns a stream of yes/no outcomes (hit or miss) into a TimeSeries of the share of yes per
/// `interval` outcomes: after outcomes interval, 2 × interval, ... it appends {outcomes so far,
/// share in that interval}. An unfinished interval is not sampled.
class RatioSampler {
  public:
    /// Precondition: interval >= 1.
    explicit RatioSampler(std::uint64_t interval, std::string name = "hit ratio")
        : interval_(interval), series_(std::move(name)) {}

    void record(bool yes) {
        yesInInterval_ += yes;
        if (++total_ % interval_ == 0) {
            series_.append(static_cast<std::int64_t>(total_),
                           static_cast<double>(yesInInterval_) / static_cast<double>(interval_));
            yesInInterval_ = 0;
        }
    }

    std::uint64_t interval() const { return interval_; }
    std::uint64_t total() const { return total_; }
    const TimeSeries& series() const { return series_; }

  private:
    std::uint64_t interval_;
    std::uint64_t total_ = 0;
    std::uint64_t yesInInterval_ = 0;
    TimeSeries series_;
};

}  // namespace stepwise::sim
