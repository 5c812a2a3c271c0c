// Every DP problem against a brute force over many seeded random inputs.
#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "core/dp/CoinChange.h"
#include "core/dp/DpProblem.h"
#include "core/dp/EditDistance.h"
#include "core/dp/Knapsack.h"
#include "core/dp/Lcs.h"
#include "core/trace/Random.h"

namespace stepwise::dp {
namespace {

constexpr std::size_t kCells = 1'000'000;

std::string randomString(Random& r, std::size_t maxLength, const char* alphabet = "abcd") {
    const std::size_t n = r.below(maxLength + 1);
    const std::size_t k = std::char_traits<char>::length(alphabet);
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s.push_back(alphabet[r.below(k)]);
    return s;
}

int lcsMemo(const std::string& a, const std::string& b, std::size_t i, std::size_t j, std::map<std::pair<std::size_t, std::size_t>, int>& memo) {
    if (i == a.size() || j == b.size()) return 0;
    auto key = std::make_pair(i, j);
    if (auto it = memo.find(key); it != memo.end()) return it->second;
    int best = a[i] == b[j] ? 1 + lcsMemo(a, b, i + 1, j + 1, memo) : std::max(lcsMemo(a, b, i + 1, j, memo), lcsMemo(a, b, i, j + 1, memo));
    return memo[key] = best;
}

int editMemo(const std::string& a, const std::string& b, std::size_t i, std::size_t j, std::map<std::pair<std::size_t, std::size_t>, int>& memo) {
    if (i == a.size()) return static_cast<int>(b.size() - j);
    if (j == b.size()) return static_cast<int>(a.size() - i);
    auto key = std::make_pair(i, j);
    if (auto it = memo.find(key); it != memo.end()) return it->second;
    int best = std::min({1 + editMemo(a, b, i + 1, j, memo), 1 + editMemo(a, b, i, j + 1, memo),
                         (a[i] != b[j]) + editMemo(a, b, i + 1, j + 1, memo)});
    return memo[key] = best;
}

bool isSubsequence(const std::string& sub, const std::string& s) {
    std::size_t k = 0;
    for (char c : s)
        if (k < sub.size() && sub[k] == c) ++k;
    return k == sub.size();
}

DpRun run(const char* id, const DpInput& in, bool record = false) { return findDpProblem(id)->run(in, record, kCells); }

}  // namespace

TEST(Lcs, MatchesMemoisedRecursionAndGivesARealCommonSubsequence) {
    Random r(11);
    for (int t = 0; t < 600; ++t) {
        DpInput in;
        in.a = randomString(r, 12);
        in.b = randomString(r, 12);
        const DpRun out = run("lcs", in);
        std::map<std::pair<std::size_t, std::size_t>, int> memo;
        const int expected = lcsMemo(in.a, in.b, 0, 0, memo);
        ASSERT_EQ(out.result.value, expected) << in.a << " / " << in.b;
        ASSERT_EQ(out.result.subsequence.size(), static_cast<std::size_t>(expected));
        ASSERT_TRUE(isSubsequence(out.result.subsequence, in.a) && isSubsequence(out.result.subsequence, in.b));
        ASSERT_EQ(lcsLength(in.a, in.b), expected);
    }
}

TEST(EditDistance, MatchesMemoisedRecursionAndTheScriptTurnsAIntoB) {
    Random r(12);
    for (int t = 0; t < 600; ++t) {
        DpInput in;
        in.a = randomString(r, 10);
        in.b = randomString(r, 10);
        const DpRun out = run("edit-distance", in);
        std::map<std::pair<std::size_t, std::size_t>, int> memo;
        const int expected = editMemo(in.a, in.b, 0, 0, memo);
        ASSERT_EQ(out.result.value, expected) << in.a << " / " << in.b;
        ASSERT_EQ(editDistanceValue(in.a, in.b), expected);
        // Apply the script: it must produce b, and its non-keep operations must number the distance.
        std::string built;
        int edits = 0;
        std::size_t readA = 0;
        for (const auto& op : out.result.script) {
            switch (op.kind) {
                case EditOperation::Kind::Keep: ASSERT_EQ(in.a[readA], op.from); built += in.a[readA++]; break;
                case EditOperation::Kind::Substitute: ASSERT_EQ(in.a[readA], op.from); built += op.to; ++readA; ++edits; break;
                case EditOperation::Kind::Delete: ASSERT_EQ(in.a[readA], op.from); ++readA; ++edits; break;
                case EditOperation::Kind::Insert: built += op.to; ++edits; break;
            }
        }
        ASSERT_EQ(readA, in.a.size());
        ASSERT_EQ(built, in.b);
        ASSERT_EQ(edits, expected);
    }
}

TEST(EditDistance, KittenToSittingIsThreeWithTheClassicScript) {
    DpInput in;
    in.a = "kitten";
    in.b = "sitting";
    const DpRun out = run("edit-distance", in);
    ASSERT_EQ(out.result.value, 3);
    std::vector<std::string> described;
    for (const auto& op : out.result.script) described.push_back(op.describe());
    EXPECT_EQ(described.front(), "substitute k→s");
    EXPECT_EQ(described.back(), "insert g");
}

TEST(Knapsack, MatchesAllSubsetsAndTheItemsAddUp) {
    Random r(13);
    for (int t = 0; t < 500; ++t) {
        DpInput in;
        const std::size_t n = r.below(16);
        for (std::size_t i = 0; i < n; ++i) {
            in.weights.push_back(r.between(0, 12));
            in.values.push_back(r.between(0, 30));
        }
        in.capacity = r.between(0, 40);
        std::int64_t best = 0;
        for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
            std::int64_t w = 0, v = 0;
            for (std::size_t i = 0; i < n; ++i)
                if (mask >> i & 1) w += in.weights[i], v += in.values[i];
            if (w <= in.capacity) best = std::max(best, v);
        }
        const DpRun out = run("knapsack", in);
        ASSERT_EQ(out.result.value, best);
        std::int64_t w = 0, v = 0;
        for (auto i : out.result.items) w += in.weights[i], v += in.values[i];
        ASSERT_LE(w, in.capacity);
        ASSERT_EQ(v, best);
        ASSERT_EQ(knapsackValue(in.weights, in.values, in.capacity), best);
    }
}

TEST(Lis, BothMethodsMatchAllSubsequences) {
    Random r(14);
    for (int t = 0; t < 500; ++t) {
        DpInput in;
        const std::size_t n = r.below(13);
        for (std::size_t i = 0; i < n; ++i) in.values.push_back(r.between(-5, 9));
        std::int64_t best = 0;
        for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
            std::int64_t last = 0, length = 0;
            bool increasing = true;
            for (std::size_t i = 0; i < n && increasing; ++i)
                if (mask >> i & 1) {
                    increasing = length == 0 || in.values[i] > last;
                    last = in.values[i];
                    ++length;
                }
            if (increasing) best = std::max(best, length);
        }
        for (const char* method : {"table", "patience"}) {
            in.method = method;
            const DpRun out = run("lis", in);
            ASSERT_EQ(out.result.value, best) << method;
            ASSERT_EQ(static_cast<std::int64_t>(out.result.sequence.size()), best);
            for (std::size_t i = 1; i < out.result.sequence.size(); ++i) ASSERT_LT(out.result.sequence[i - 1], out.result.sequence[i]);
            std::size_t k = 0;  // it is a subsequence of the input
            for (auto v : in.values)
                if (k < out.result.sequence.size() && out.result.sequence[k] == v) ++k;
            ASSERT_EQ(k, out.result.sequence.size()) << method;
        }
    }
}

TEST(CoinChange, FewestAndWaysMatchExhaustiveSearch) {
    Random r(15);
    for (int t = 0; t < 500; ++t) {
        DpInput in;
        const std::size_t k = r.below(5);
        for (std::size_t i = 0; i < k; ++i) in.coins.push_back(r.between(1, 9));
        std::sort(in.coins.begin(), in.coins.end());
        in.coins.erase(std::unique(in.coins.begin(), in.coins.end()), in.coins.end());
        in.amount = r.between(0, 30);
        // Exhaustive: every multiset by recursion over coin counts.
        std::int64_t ways = 0, fewest = -1;
        std::function<void(std::size_t, std::int64_t, std::int64_t)> go = [&](std::size_t i, std::int64_t left, std::int64_t used) {
            if (i == in.coins.size()) {
                if (left == 0) {
                    ++ways;
                    if (fewest < 0 || used < fewest) fewest = used;
                }
                return;
            }
            for (std::int64_t n = 0; n * in.coins[i] <= left; ++n) go(i + 1, left - n * in.coins[i], used + n);
        };
        go(0, in.amount, 0);
        const DpRun out = run("coin-change", in);
        ASSERT_EQ(out.result.ways, ways);
        if (fewest < 0) {
            ASSERT_FALSE(out.result.value.has_value());
        } else {
            ASSERT_EQ(out.result.value, fewest);
            std::int64_t sum = 0;
            for (auto c : out.result.coinsUsed) sum += c;
            ASSERT_EQ(sum, in.amount);
            ASSERT_EQ(static_cast<std::int64_t>(out.result.coinsUsed.size()), fewest);
        }
        ASSERT_EQ(coinChangeFewest(in.coins, in.amount), out.result.value);
    }
}

TEST(Dp, LargeStringsFallBackToLinearMemoryValues) {
    Random r(16);
    DpInput in;
    in.a = randomString(r, 3000);
    in.b = randomString(r, 3000);
    const DpRun small = findDpProblem("edit-distance")->run(in, false, 100);  // limit forces the fallback
    EXPECT_FALSE(small.result.tableKept);
    EXPECT_TRUE(small.table.empty());
    const DpRun full = findDpProblem("edit-distance")->run(in, false, 100'000'000);
    EXPECT_EQ(small.result.value, full.result.value);
}

}  // namespace stepwise::dp
