#pragma once
// Zipf-distributed ranks by Hörmann and Derflinger's rejection-inversion ("Rejection-inversion to
// generate variates from monotone discrete distributions", 1996), as in Apache Commons RNG: O(1)
// time and memory per draw for any number of keys, exact (not an approximation), any s >= 0.
#include <cstdint>

#include "core/trace/Random.h"

namespace stepwise::sim {

class ZipfGenerator {
  public:
    /// Ranks 1..n with P(k) proportional to 1 / k^s. Preconditions: n >= 1, s >= 0 (s = 0 is uniform).
    ZipfGenerator(std::uint64_t n, double s);

    std::uint64_t n() const { return n_; }
    double s() const { return s_; }

    /// A rank in [1, n]; about 1.1 uniform draws on average.
    std::uint64_t next(Random& random) const;

  private:
    double h(double x) const;
    double hIntegral(double x) const;
    double hIntegralInverse(double x) const;

    std::uint64_t n_;
    double s_;
    double hIntegralX1_;
    double hIntegralN_;
    double threshold_;
};

}  // namespace stepwise::sim
