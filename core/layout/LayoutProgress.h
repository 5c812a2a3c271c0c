#pragma once
// How far a layout running on another thread has got, and a request to stop it. The layout reads
// `cancel` between connected components and writes `placed`; both are atomics so the thread that
// started it can poll and cancel without a lock.
#include <atomic>
#include <cstddef>

namespace stepwise::layout {

struct LayoutProgress {
    std::atomic<std::size_t> placed{0};  // vertices with a position so far
    std::atomic<bool> cancel{false};     // set by another thread: stop soon, the result is discarded
};

}  // namespace stepwise::layout
