// The sampled counts (how many pages or frames a sampled range makes) against enumerating the
// sample, and the suggested `every` against trying every stride: the smallest one that fits.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "core/common/Ordinal.h"
#include "core/common/Sampling.h"

namespace stepwise {
namespace {

/// Steps 0, k, 2k, ... below n, and the last one (n - 1): the sample written out.
std::size_t enumerate(std::size_t n, std::size_t k) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < n; i += k) out.push_back(i);
    if (n > 0 && out.back() != n - 1) out.push_back(n - 1);
    return out.size();
}

TEST(Sampling, CountsEqualTheSampleWrittenOut) {
    for (std::size_t n = 0; n < 120; ++n)
        for (std::size_t k = 1; k < 130; ++k) {
            EXPECT_EQ(sampledCount(n, k), enumerate(n, k)) << n << " " << k;
        }
}

TEST(Sampling, TheSuggestedEveryIsTheSmallestThatFits) {
    std::mt19937_64 random(11);
    for (int trial = 0; trial < 400; ++trial) {
        const std::size_t n = random() % 20000 + 1, limit = random() % 1200 + 2;
        const std::size_t k = fittingEvery(n, limit);
        EXPECT_LE(enumerate(n, k), limit) << n << " " << limit;
        if (k > 1) {
            EXPECT_GT(enumerate(n, k - 1), limit) << n << " " << limit;
        }
    }
    EXPECT_EQ(fittingEvery(1618, 1000), 2u);  // just over the study-sheet limit
    EXPECT_EQ(fittingEvery(10, 500), 1u);
}

TEST(Ordinal, EnglishSuffixes) {
    EXPECT_EQ(ordinal(1), "1st");
    EXPECT_EQ(ordinal(2), "2nd");
    EXPECT_EQ(ordinal(3), "3rd");
    EXPECT_EQ(ordinal(4), "4th");
    EXPECT_EQ(ordinal(11), "11th");
    EXPECT_EQ(ordinal(12), "12th");
    EXPECT_EQ(ordinal(13), "13th");
    EXPECT_EQ(ordinal(21), "21st");
    EXPECT_EQ(ordinal(112), "112th");
    EXPECT_EQ(ordinal(102), "102nd");
}

}  // namespace
}  // namespace stepwise
