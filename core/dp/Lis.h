#pragma once
// Longest strictly increasing subsequence, two ways: the O(n²) table L[j] = length of the longest
// one ending at j, and the O(n log n) patience method over the smallest tail of each length.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/dp/DpEvent.h"

namespace stepwise::dp {

/// L[j] for every j (a 1 x n table); one Fill per cell.
template <class Tracer>
std::vector<std::int64_t> lisTable(const std::vector<std::int64_t>& a, Tracer& tracer) {
    std::vector<std::int64_t> l(a.size(), 1);
    for (std::size_t j = 0; j < a.size(); ++j) {
        for (std::size_t i = 0; i < j; ++i)
            if (a[i] < a[j]) l[j] = std::max(l[j], l[i] + 1);
        if constexpr (Tracer::enabled) emitFill(tracer, static_cast<CellId>(j), l[j]);
    }
    return l;
}

/// Patience: tails[k] = smallest last element of an increasing subsequence of length k+1.
/// Returns one longest subsequence. Fill when a pile opens, Overwrite (values in the pool) when a
/// tail gets smaller.
template <class Tracer>
std::vector<std::int64_t> lisPatience(const std::vector<std::int64_t>& a, Tracer& tracer) {
    std::vector<std::int64_t> tails;
    std::vector<std::size_t> tailIndex, previous(a.size(), a.size());
    for (std::size_t j = 0; j < a.size(); ++j) {
        const auto k = static_cast<std::size_t>(std::lower_bound(tails.begin(), tails.end(), a[j]) - tails.begin());
        if (k > 0) previous[j] = tailIndex[k - 1];
        if (k == tails.size()) {
            if constexpr (Tracer::enabled) emitFill(tracer, static_cast<CellId>(k), a[j]);
            tails.push_back(a[j]);
            tailIndex.push_back(j);
        } else {
            if constexpr (Tracer::enabled) {
                const auto values = tracer.keep(static_cast<double>(tails[k]));
                tracer.keep(static_cast<double>(a[j]));
                tracer.emit(event::Overwrite{static_cast<CellId>(k), values});
            }
            tails[k] = a[j];
            tailIndex[k] = j;
        }
    }
    std::vector<std::int64_t> out;
    for (std::size_t j = tailIndex.empty() ? a.size() : tailIndex.back(); j < a.size(); j = previous[j]) out.push_back(a[j]);
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace stepwise::dp
