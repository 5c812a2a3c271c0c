// The permitted and rejected paths allocate nothing (DESIGN.md: the null tracer is the plain, fast
// implementation). This binary counts every operator new while the flag is up.
// GCC sees this file's operator new inlined into gtest's own `new` and `delete` and calls the pair
// mismatched; they are both ours, malloc and free.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "core/resilience/CircuitBreaker.h"

namespace {
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};
}  // namespace

void* operator new(std::size_t size) {
    if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

namespace stepwise::resilience {
namespace {

TEST(BreakerHotPath, CallsTransitionsAndBothWindowsAllocateNothing) {
    for (auto type : {WindowType::CountBased, WindowType::TimeBased}) {
        BreakerConfig c;
        c.slidingWindowType = type;
        c.slidingWindowSize = 10;
        c.minimumNumberOfCalls = 5;
        c.waitDurationInOpenState = 1 * second;
        c.permittedNumberOfCallsInHalfOpenState = 3;
        CircuitBreaker breaker(c);
        counting = true;
        Time now = 0;
        long permitted = 0;
        for (int i = 0; i < 100000; ++i) {
            now += 10 * millisecond;
            if (breaker.tryAcquirePermission(now)) {
                ++permitted;
                breaker.onResult(now, 5 * millisecond, i % 3 == 0 || (i / 1000) % 2 == 0);
            }
        }
        counting = false;
        EXPECT_EQ(allocations.load(), 0);
        EXPECT_GT(permitted, 0);
        EXPECT_GT(breaker.notPermitted(), 0u) << "the run must reach OPEN, or the rejected path went untested";
    }
}

}  // namespace
}  // namespace stepwise::resilience
