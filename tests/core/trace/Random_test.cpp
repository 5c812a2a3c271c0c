#include "core/trace/Random.h"

#include <gtest/gtest.h>

#include <vector>

namespace stepwise {

TEST(Random, SameSeedGivesSameSequence) {
    Random a(42), b(42), c(43);
    std::vector<std::uint64_t> xs, ys, zs;
    for (int i = 0; i < 100; ++i) {
        xs.push_back(a.next());
        ys.push_back(b.next());
        zs.push_back(c.next());
    }
    EXPECT_EQ(xs, ys);
    EXPECT_NE(xs, zs);
}

TEST(Random, BelowStaysInRangeAndCoversIt) {
    Random r(7);
    std::vector<int> seen(10, 0);
    for (int i = 0; i < 10000; ++i) {
        const auto x = r.below(10);
        ASSERT_LT(x, 10u);
        ++seen[x];
    }
    for (int count : seen) EXPECT_GT(count, 800);  // roughly uniform: expected 1000 each
}

TEST(Random, BetweenIsInclusiveAndUnitIsHalfOpen) {
    Random r(1);
    bool sawLo = false, sawHi = false;
    for (int i = 0; i < 5000; ++i) {
        const auto x = r.between(-3, 3);
        ASSERT_GE(x, -3);
        ASSERT_LE(x, 3);
        sawLo |= x == -3;
        sawHi |= x == 3;
        const double u = r.unit();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
    }
    EXPECT_TRUE(sawLo);
    EXPECT_TRUE(sawHi);
}

}  // namespace stepwise
