#pragma once
// An independent xoshiro256** / splitmix64 / Lemire transcription for tests: the reference that
// stepwise::Random is checked against, and the generator of reference models that must make the
// same draws as the core without calling it.
#include <cstdint>

namespace stepwise::reference {

/// The published algorithms, written out again from their papers' reference code (Vigna's
/// splitmix64.c and xoshiro256starstar.c; Lemire, "Fast Random Integer Generation in an Interval",
/// 2019), so a change to Random is caught by something that does not share its code.
struct ReferenceRandom {
    std::uint64_t s[4];

    explicit ReferenceRandom(std::uint64_t seed) {
        std::uint64_t x = seed;
        for (auto& word : s) {
            std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t next() {
        const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
        const std::uint64_t t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
        return result;
    }
    /// Lemire's nearly divisionless method: the high word of x × bound, rejecting the low words
    /// below 2^64 mod bound.
    std::uint64_t below(std::uint64_t bound) {
        __uint128_t m = static_cast<__uint128_t>(next()) * bound;
        auto low = static_cast<std::uint64_t>(m);
        if (low < bound) {
            const std::uint64_t t = -bound % bound;
            while (low < t) {
                m = static_cast<__uint128_t>(next()) * bound;
                low = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64);
    }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }  // 2^53

    /// True with probability p, as Random::chance documents.
    bool chance(double p) { return unit() < p; }
};

}  // namespace stepwise::reference
