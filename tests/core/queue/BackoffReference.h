#pragma once

#include <cstdint>

namespace stepwise::queue::reference {

/// min(cap, base * 2^n), by repeated doubling in wide arithmetic: the tests' own expo, written apart
/// from the code it checks.
inline std::int64_t expo(std::int64_t base, std::int64_t cap, std::uint32_t n) {
    long double v = static_cast<long double>(base);
    for (std::uint32_t i = 0; i < n && v < cap; ++i) v *= 2;
    return v >= cap ? cap : static_cast<std::int64_t>(v);
}

}  // namespace stepwise::queue::reference
