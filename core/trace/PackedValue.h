#pragma once
#include <cstdint>

namespace stepwise::trace {

/// An int64 in two 4-byte halves, so events holding one stay 4-byte aligned and small.
struct PackedValue {
    std::uint32_t low;
    std::uint32_t high;
    static PackedValue of(std::int64_t v) {
        const auto u = static_cast<std::uint64_t>(v);
        return {static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(u >> 32)};
    }
    std::int64_t get() const { return static_cast<std::int64_t>((static_cast<std::uint64_t>(high) << 32) | low); }
};

}  // namespace stepwise::trace
