#pragma once
// How many drawings a sampled run makes, and the sampling that fits a limit: a study sheet or a GIF
// of a range draws every k-th step from its first, and its last; of chosen kinds, every k-th of
// those steps and the last of them.
#include <cstddef>

namespace stepwise {

/// Drawings of `n` steps sampled every `every`-th (at least 1), counting the last step too when
/// the stride passes it by.
inline std::size_t sampledCount(std::size_t n, std::size_t every) {
    if (n == 0) return 0;
    if (every < 1) every = 1;
    return (n - 1) / every + 1 + ((n - 1) % every != 0);
}

/// The smallest `every` whose sample of `n` steps has at most `limit` (at least 1) drawings.
inline std::size_t fittingEvery(std::size_t n, std::size_t limit) {
    if (limit < 2) limit = 2;
    for (std::size_t k = n / limit > 0 ? n / limit : 1;; ++k)
        if (sampledCount(n, k) <= limit) return k;
}

}  // namespace stepwise
