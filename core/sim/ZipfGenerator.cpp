#include "core/sim/ZipfGenerator.h"

#include <cmath>

namespace stepwise::sim {
namespace {

// log1p(x)/x and expm1(x)/x, with their series near 0 where the quotient loses precision.
double log1pOverX(double x) {
    if (std::abs(x) > 1e-8) return std::log1p(x) / x;
    return 1.0 - x * (0.5 - x * (1.0 / 3.0 - 0.25 * x));
}
double expm1OverX(double x) {
    if (std::abs(x) > 1e-8) return std::expm1(x) / x;
    return 1.0 + x * 0.5 * (1.0 + x * (1.0 / 3.0) * (1.0 + 0.25 * x));
}

}  // namespace

ZipfGenerator::ZipfGenerator(std::uint64_t n, double s) : n_(n), s_(s) {
    hIntegralX1_ = hIntegral(1.5) - 1.0;
    hIntegralN_ = hIntegral(static_cast<double>(n) + 0.5);
    threshold_ = 2.0 - hIntegralInverse(hIntegral(2.5) - h(2.0));
}

// h(x) = x^-s; hIntegral is its antiderivative (log x at s = 1), written so s near 1 stays accurate.
double ZipfGenerator::h(double x) const {
    return std::exp(-s_ * std::log(x));
}

double ZipfGenerator::hIntegral(double x) const {
    const double logX = std::log(x);
    return expm1OverX((1.0 - s_) * logX) * logX;
}

double ZipfGenerator::hIntegralInverse(double x) const {
    double t = x * (1.0 - s_);
    if (t < -1.0) t = -1.0;  // rounding can step just outside the domain
    return std::exp(log1pOverX(t) * x);
}

std::uint64_t ZipfGenerator::next(Random& random) const {
    const double nMax = static_cast<double>(n_);
    while (true) {
        // u is uniform in (hIntegralX1, hIntegralN]; invert, round to the nearest rank, accept
        // unless the rank's share of the area under h falls short (rare: ~10 % of draws or fewer).
        const double u = hIntegralN_ + random.unit() * (hIntegralX1_ - hIntegralN_);
        const double x = hIntegralInverse(u);
        double k = std::floor(x + 0.5);
        if (k < 1.0)
            k = 1.0;
        else if (k > nMax)
            k = nMax;
        if (k - x <= threshold_ || u >= hIntegral(k + 0.5) - h(k)) return static_cast<std::uint64_t>(k);
    }
}

}  // namespace stepwise::sim
