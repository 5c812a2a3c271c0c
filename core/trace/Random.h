#pragma once
// Seeded randomness that gives the same numbers on every platform and standard library.
// std::uniform_*_distribution is implementation-defined, so traces would differ between
// libstdc++ and libc++; we draw from xoshiro256** and map to ranges ourselves.
#include <array>
#include <cstdint>

namespace stepwise {

/// xoshiro256** seeded through splitmix64. Same seed, same sequence, everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed = 0) { reseed(seed); }

    void reseed(std::uint64_t seed) {
        for (auto& word : state_) word = splitmix(seed);
    }

    /// Next raw 64-bit value.
    std::uint64_t next() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    /// Uniform integer in [0, bound). Precondition: bound > 0. Lemire's unbiased method.
    std::uint64_t below(std::uint64_t bound) {
        __uint128_t product = static_cast<__uint128_t>(next()) * bound;
        auto low = static_cast<std::uint64_t>(product);
        if (low < bound) {
            const std::uint64_t threshold = (0 - bound) % bound;
            while (low < threshold) {
                product = static_cast<__uint128_t>(next()) * bound;
                low = static_cast<std::uint64_t>(product);
            }
        }
        return static_cast<std::uint64_t>(product >> 64);
    }

    /// Uniform integer in [lo, hi]. Precondition: lo <= hi.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        // Unsigned arithmetic: hi - lo overflows int64 for wide ranges (INT64_MIN..INT64_MAX).
        const auto span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
        return span == 0 ? static_cast<std::int64_t>(next())
                         : static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + below(span));
    }

    /// Uniform real in [0, 1) with 53 random bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform real in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }

    /// True with probability p.
    bool chance(double p) { return unit() < p; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::array<std::uint64_t, 4> state_{};
};

}  // namespace stepwise
