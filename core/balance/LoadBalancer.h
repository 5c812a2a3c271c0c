#pragma once
// Load-balancing policies (SEMANTICS.md, after nginx and Envoy). A policy picks a backend index for
// a request given each backend's active connections; it keeps whatever state it needs (current
// weights, the hash ring). Each pick is O(1) or O(log n) (the ring) and allocation-free.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/balance/Backend.h"
#include "core/trace/Random.h"

namespace stepwise::balance {

/// Why a backend was picked, for the explanation of a step.
struct PickReason {
    std::uint32_t other = 0xFFFFFFFFu;  // power of two: the backend it was compared with
};

class LoadBalancer {
public:
    virtual ~LoadBalancer() = default;
    /// Precondition: active.size() == backends().size() > 0.
    virtual std::size_t pick(std::uint64_t key, const std::vector<std::uint32_t>& active, Random& random, PickReason* why = nullptr) = 0;
    virtual std::unique_ptr<LoadBalancer> clone() const = 0;
    virtual std::string_view name() const = 0;
    const std::vector<Backend>& backends() const { return backends_; }

protected:
    explicit LoadBalancer(std::vector<Backend> backends) : backends_(std::move(backends)) {}
    std::vector<Backend> backends_;
};

/// round-robin, weighted-round-robin, least-connections, power-of-two, consistent-hash.
const std::vector<std::string>& balancerNames();
/// InputError for an unknown name (listing the known ones) or no backends.
std::unique_ptr<LoadBalancer> makeBalancer(std::string_view name, std::vector<Backend> backends, std::size_t virtualNodesPerWeight = 100);

/// nginx's smooth weighted round robin, exposed for its invariant tests.
class SmoothWeighted {
public:
    explicit SmoothWeighted(std::size_t n = 0) : current_(n, 0) {}
    /// Among `candidates` (indices), grow each current weight by its weight, take the largest
    /// (first on ties) and take the candidates' total off it.
    template <class Candidates>
    std::size_t pick(const std::vector<Backend>& backends, const Candidates& candidates) {
        std::int64_t total = 0;
        std::size_t best = candidates[0];
        bool first = true;
        for (std::size_t i : candidates) {
            current_[i] += backends[i].weight;
            total += backends[i].weight;
            if (first || current_[i] > current_[best]) best = i;
            first = false;
        }
        current_[best] -= total;
        return best;
    }
    const std::vector<std::int64_t>& current() const { return current_; }

private:
    std::vector<std::int64_t> current_;
};

/// The consistent-hash ring: `virtualNodesPerWeight × weight` points per backend.
class HashRing {
public:
    /// At most this many points (16 MB, sorted in well under a second); weights only matter
    /// relative to each other, so a bigger ring shows nothing new.
    static constexpr std::size_t maxPoints = 1'000'000;

    /// InputError when the ring would exceed maxPoints, saying by how much and what to do.
    HashRing(const std::vector<Backend>& backends, std::size_t virtualNodesPerWeight);
    std::size_t owner(std::uint64_t key) const;
    std::size_t points() const { return ring_.size(); }
    /// Each point as (position on the ring, backend index), sorted by position, for the ring view.
    const std::vector<std::pair<std::uint64_t, std::uint32_t>>& ring() const { return ring_; }
    static std::uint64_t hashKey(std::uint64_t key);

private:
    static constexpr int kIndexBits = 12;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> ring_;
    /// first_[b]: the first ring point whose top 12 bits are ≥ b, so a lookup searches one bucket only.
    std::vector<std::uint32_t> first_;
};

}  // namespace stepwise::balance
