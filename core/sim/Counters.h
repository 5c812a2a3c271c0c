#pragma once
// Named event counts of a simulation run (requests, hits, retries, ...), in name order for printing.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace stepwise::sim {

class Counters {
  public:
    void add(std::string_view name, std::uint64_t n = 1) {
        auto it = counts_.find(name);
        if (it == counts_.end()) it = counts_.emplace(std::string(name), 0).first;
        it->second += n;
    }
    /// 0 for a name never added to.
    std::uint64_t get(std::string_view name) const {
        const auto it = counts_.find(name);
        return it == counts_.end() ? 0 : it->second;
    }
    const std::map<std::string, std::uint64_t, std::less<>>& all() const { return counts_; }
    void clear() { counts_.clear(); }

  private:
    std::map<std::string, std::uint64_t, std::less<>> counts_;
};

}  // namespace stepwise::sim
