#include "core/balance/LoadBalancer.h"

#include <algorithm>
#include <array>
#include <memory>

#include "core/common/InputError.h"
#include "core/common/Limits.h"

namespace stepwise::balance {

std::vector<Backend> parseBackends(const std::string& text) {
    std::vector<Backend> out;
    std::size_t start = 0;
    for (int item = 1;; ++item) {
        const auto comma = text.find(',', start);
        std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        Backend b;
        const auto colon = part.find(':');
        b.name = part.substr(0, colon);
        if (b.name.empty()) throw InputError("backend " + std::to_string(item) + " has no name (expected NAME or NAME:WEIGHT)");
        if (colon != std::string::npos) {
            const std::string w = part.substr(colon + 1);
            const bool digits = !w.empty() && w.size() <= 6 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits || std::stoi(w) == 0)
                throw InputError("backend '" + b.name + "': weight '" + w + "' is not a positive integer (at most 999999)");
            b.weight = std::stoi(w);
        }
        if (out.size() == limits::backends)
            throw InputError("more than " + std::to_string(limits::backends) + " backends (each is drawn, listed and " +
                             "compared on every pick)");
        for (const auto& other : out)
            if (other.name == b.name) throw InputError("backend '" + b.name + "' is listed twice");
        out.push_back(b);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

namespace {

class RoundRobin final : public LoadBalancer {
public:
    explicit RoundRobin(std::vector<Backend> b) : LoadBalancer(std::move(b)) {}
    std::size_t pick(std::uint64_t, const std::vector<std::uint32_t>&, Random&, PickReason*) override {
        const std::size_t i = next_;
        next_ = (next_ + 1) % backends_.size();
        return i;
    }
    std::unique_ptr<LoadBalancer> clone() const override { return std::make_unique<RoundRobin>(*this); }
    std::string_view name() const override { return "round-robin"; }

private:
    std::size_t next_ = 0;
};

class WeightedRoundRobin final : public LoadBalancer {
public:
    explicit WeightedRoundRobin(std::vector<Backend> b) : LoadBalancer(std::move(b)), smooth_(backends_.size()) {
        for (std::size_t i = 0; i < backends_.size(); ++i) all_.push_back(i);
    }
    std::size_t pick(std::uint64_t, const std::vector<std::uint32_t>&, Random&, PickReason*) override {
        return smooth_.pick(backends_, all_);
    }
    std::unique_ptr<LoadBalancer> clone() const override { return std::make_unique<WeightedRoundRobin>(*this); }
    std::string_view name() const override { return "weighted-round-robin"; }
    const SmoothWeighted& smooth() const { return smooth_; }

private:
    SmoothWeighted smooth_;
    std::vector<std::size_t> all_;
};

class LeastConnections final : public LoadBalancer {
public:
    explicit LeastConnections(std::vector<Backend> b) : LoadBalancer(std::move(b)), smooth_(backends_.size()) {
        tied_.reserve(backends_.size());
    }
    std::size_t pick(std::uint64_t, const std::vector<std::uint32_t>& active, Random&, PickReason*) override {
        // Fewest active / weight, compared exactly by cross-multiplying; ties by smooth WRR.
        tied_.clear();
        for (std::size_t i = 0; i < backends_.size(); ++i) {
            if (tied_.empty()) {
                tied_.push_back(i);
                continue;
            }
            const std::size_t b = tied_.front();
            const auto lhs = std::uint64_t(active[i]) * std::uint64_t(backends_[b].weight);
            const auto rhs = std::uint64_t(active[b]) * std::uint64_t(backends_[i].weight);
            if (lhs < rhs) {
                tied_.clear();
                tied_.push_back(i);
            } else if (lhs == rhs) {
                tied_.push_back(i);
            }
        }
        return tied_.size() == 1 ? tied_.front() : smooth_.pick(backends_, tied_);
    }
    std::unique_ptr<LoadBalancer> clone() const override { return std::make_unique<LeastConnections>(*this); }
    std::string_view name() const override { return "least-connections"; }

private:
    SmoothWeighted smooth_;
    std::vector<std::size_t> tied_;
};

class PowerOfTwo final : public LoadBalancer {
public:
    explicit PowerOfTwo(std::vector<Backend> b) : LoadBalancer(std::move(b)) {}
    std::size_t pick(std::uint64_t, const std::vector<std::uint32_t>& active, Random& random, PickReason* why) override {
        const std::size_t n = backends_.size();
        if (n == 1) return 0;
        const std::size_t a = random.below(n);
        std::size_t b = random.below(n - 1);
        if (b >= a) ++b;  // two distinct backends, uniformly
        const std::size_t winner = active[b] < active[a] ? b : a;
        if (why) why->other = static_cast<std::uint32_t>(winner == a ? b : a);
        return winner;
    }
    std::unique_ptr<LoadBalancer> clone() const override { return std::make_unique<PowerOfTwo>(*this); }
    std::string_view name() const override { return "power-of-two"; }
};

class ConsistentHash final : public LoadBalancer {
public:
    ConsistentHash(std::vector<Backend> b, std::size_t vnodes)
        : LoadBalancer(std::move(b)), ring_(std::make_shared<const HashRing>(backends_, vnodes)) {}
    std::size_t pick(std::uint64_t key, const std::vector<std::uint32_t>&, Random&, PickReason*) override { return ring_->owner(key); }
    std::unique_ptr<LoadBalancer> clone() const override { return std::make_unique<ConsistentHash>(*this); }
    std::string_view name() const override { return "consistent-hash"; }

private:
    // Shared, not copied: a run keeps a copy of its balancer at every checkpoint.
    std::shared_ptr<const HashRing> ring_;
};

std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t hashName(const std::string& name, std::size_t replica) {
    std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then mixed: stable across platforms
    for (unsigned char c : name) h = (h ^ c) * 0x100000001b3ULL;
    return mix(h ^ mix(replica + 1));
}

}  // namespace

std::uint64_t HashRing::hashKey(std::uint64_t key) { return mix(key + 0x9e3779b97f4a7c15ULL); }

HashRing::HashRing(const std::vector<Backend>& backends, std::size_t virtualNodesPerWeight) {
    std::uint64_t totalWeight = 0;
    for (const auto& b : backends) totalWeight += static_cast<std::uint64_t>(std::max(b.weight, 0));
    if (totalWeight * virtualNodesPerWeight > maxPoints)
        throw InputError("consistent-hash: the weights add up to " + std::to_string(totalWeight) + ", which at " +
                         std::to_string(virtualNodesPerWeight) + " virtual nodes per unit of weight is " +
                         std::to_string(totalWeight * virtualNodesPerWeight) + " points on the hash ring, over the limit of " +
                         std::to_string(maxPoints) + " (every point is kept in memory and sorted); weights only count " +
                         "relative to each other, so scale them down to a total of at most " +
                         std::to_string(maxPoints / std::max<std::size_t>(virtualNodesPerWeight, 1)));
    ring_.reserve(static_cast<std::size_t>(totalWeight * virtualNodesPerWeight));
    for (std::uint32_t b = 0; b < backends.size(); ++b)
        for (std::size_t r = 0; r < virtualNodesPerWeight * static_cast<std::size_t>(backends[b].weight); ++r)
            ring_.push_back({hashName(backends[b].name, r), b});
    std::sort(ring_.begin(), ring_.end());
    first_.resize((std::size_t{1} << kIndexBits) + 1);
    std::size_t at = 0;
    for (std::size_t b = 0; b < first_.size(); ++b) {
        while (at < ring_.size() && (ring_[at].first >> (64 - kIndexBits)) < b) ++at;
        first_[b] = static_cast<std::uint32_t>(at);
    }
}

std::size_t HashRing::owner(std::uint64_t key) const {
    const std::uint64_t h = hashKey(key);
    const std::size_t bucket = h >> (64 - kIndexBits);
    const auto begin = ring_.begin() + first_[bucket], end = ring_.begin() + first_[bucket + 1];
    auto it = std::lower_bound(begin, end, h, [](const auto& point, std::uint64_t v) { return point.first < v; });
    if (it == end) it = end == ring_.end() ? ring_.begin() : end;  // past the bucket: the next point clockwise
    return it->second;
}

const std::vector<std::string>& balancerNames() {
    static const std::vector<std::string> names = {"round-robin", "weighted-round-robin", "least-connections", "power-of-two",
                                                   "consistent-hash"};
    return names;
}

std::unique_ptr<LoadBalancer> makeBalancer(std::string_view name, std::vector<Backend> backends, std::size_t vnodes) {
    if (backends.empty()) throw InputError("at least one backend is needed");
    for (const auto& b : backends)
        if (b.weight <= 0) throw InputError("backend '" + b.name + "': weight must be a positive integer");
    if (name == "round-robin") return std::make_unique<RoundRobin>(std::move(backends));
    if (name == "weighted-round-robin") return std::make_unique<WeightedRoundRobin>(std::move(backends));
    if (name == "least-connections") return std::make_unique<LeastConnections>(std::move(backends));
    if (name == "power-of-two") return std::make_unique<PowerOfTwo>(std::move(backends));
    if (name == "consistent-hash") return std::make_unique<ConsistentHash>(std::move(backends), vnodes);
    std::string known;
    for (const auto& n : balancerNames()) known += (known.empty() ? "" : ", ") + n;
    throw InputError("unknown balancer policy '" + std::string(name) + "' (known: " + known + ")");
}

}  // namespace stepwise::balance
