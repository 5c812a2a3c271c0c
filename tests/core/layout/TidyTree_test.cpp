#include "core/layout/TidyTree.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/trace/Random.h"

namespace stepwise::layout {
namespace {

/// A random rooted tree on n nodes: node v > 0 hangs under a random earlier node, so 0 is the root.
std::vector<std::uint32_t> randomParents(Random& rng, std::uint32_t n) {
    std::vector<std::uint32_t> parent(n, 0);
    for (std::uint32_t v = 1; v < n; ++v) parent[v] = static_cast<std::uint32_t>(rng.below(v));
    return parent;
}

std::uint32_t hops(const std::vector<std::uint32_t>& parent, std::uint32_t v) {
    std::uint32_t d = 0;
    for (; parent[v] != v; v = parent[v]) ++d;
    return d;
}

/// Smallest horizontal distance between two placed nodes of equal depth (∞ when no depth has two).
double tightestLevel(const TidyLayout& t) {
    std::map<double, std::vector<double>> levels;
    for (std::size_t v = 0; v < t.x.size(); ++v)
        if (t.placed[v]) levels[t.y[v]].push_back(t.x[v]);
    double best = INFINITY;
    for (auto& [depth, xs] : levels) {
        std::sort(xs.begin(), xs.end());
        for (std::size_t i = 1; i < xs.size(); ++i) best = std::min(best, xs[i] - xs[i - 1]);
    }
    return best;
}

}  // namespace

TEST(TidyTree, NodesOnALevelNeverOverlap) {
    Random rng(7);
    for (int round = 0; round < 300; ++round) {
        const auto parent = randomParents(rng, 1 + static_cast<std::uint32_t>(rng.below(60)));
        const double gap = round % 2 ? 1.0 : 2.5;
        const TidyLayout t = tidyTree(forestFromParents(parent).children, 0, gap);
        EXPECT_GE(tightestLevel(t), gap - 1e-9) << "round " << round;
    }
}

TEST(TidyTree, ParentIsCentredOverItsChildrenInOrder) {
    Random rng(8);
    for (int round = 0; round < 300; ++round) {
        const auto parent = randomParents(rng, 1 + static_cast<std::uint32_t>(rng.below(60)));
        const auto forest = forestFromParents(parent);
        const TidyLayout t = tidyTree(forest.children, 0);
        for (std::uint32_t v = 0; v < parent.size(); ++v) {
            ASSERT_TRUE(t.placed[v]);
            EXPECT_EQ(t.y[v], hops(parent, v));
            const auto& kids = forest.children[v];
            if (kids.empty()) continue;
            EXPECT_NEAR(t.x[v], (t.x[kids.front()] + t.x[kids.back()]) / 2, 1e-9);
            for (std::size_t k = 1; k < kids.size(); ++k) EXPECT_LT(t.x[kids[k - 1]], t.x[kids[k]]);
        }
    }
}

TEST(TidyTree, IsDeterministicAndStartsAtZero) {
    Random rng(9);
    for (int round = 0; round < 50; ++round) {
        const auto children =
            forestFromParents(randomParents(rng, 1 + static_cast<std::uint32_t>(rng.below(80)))).children;
        const TidyLayout a = tidyTree(children, 0), b = tidyTree(children, 0);
        EXPECT_EQ(a.x, b.x);
        EXPECT_EQ(a.y, b.y);
        EXPECT_EQ(*std::min_element(a.x.begin(), a.x.end()), 0.0);
        EXPECT_EQ(*std::max_element(a.x.begin(), a.x.end()), a.width);
    }
}

TEST(TidyTree, CompleteBinaryTreeHasLeavesOneGapApart) {
    // A heap of 2^d − 1 entries: children of i are 2i+1 and 2i+2; the leaves pack at 0, 1, 2, ...
    for (std::uint32_t d = 1; d <= 7; ++d) {
        const std::uint32_t n = (1u << d) - 1;
        std::vector<std::vector<std::uint32_t>> children(n);
        for (std::uint32_t i = 0; 2 * i + 2 < n; ++i) children[i] = {2 * i + 1, 2 * i + 2};
        const TidyLayout t = tidyTree(children, 0);
        const std::uint32_t firstLeaf = (1u << (d - 1)) - 1;
        for (std::uint32_t leaf = firstLeaf; leaf < n; ++leaf) EXPECT_DOUBLE_EQ(t.x[leaf], leaf - firstLeaf);
        EXPECT_EQ(t.depth, d - 1);
    }
}

TEST(TidyTree, ForestKeepsTreesApartAndLeavesOthersUnplaced) {
    Random rng(10);
    for (int round = 0; round < 100; ++round) {
        // Union-find style: each node points at an earlier node or at itself (a root).
        const std::uint32_t n = 1 + static_cast<std::uint32_t>(rng.below(50));
        std::vector<std::uint32_t> parent(n);
        for (std::uint32_t v = 0; v < n; ++v)
            parent[v] = v == 0 || rng.chance(0.3) ? v : static_cast<std::uint32_t>(rng.below(v));
        const auto forest = forestFromParents(parent);
        std::vector<std::uint32_t> drawn(forest.roots.begin(),
                                         forest.roots.end() - (forest.roots.size() > 1 ? 1 : 0));
        const TidyLayout t = tidyForest(forest.children, drawn, 1.0, 1.5);
        std::vector<std::uint32_t> rootOf(n);
        for (std::uint32_t v = 0; v < n; ++v) {
            std::uint32_t r = v;
            while (parent[r] != r) r = parent[r];
            rootOf[v] = r;
            EXPECT_EQ(t.placed[v], std::find(drawn.begin(), drawn.end(), r) != drawn.end());
        }
        // Each tree's x range lies wholly right of the previous tree's, 1.5 apart.
        for (std::size_t i = 1; i < drawn.size(); ++i) {
            double prevRight = -INFINITY, nextLeft = INFINITY;
            for (std::uint32_t v = 0; v < n; ++v) {
                if (rootOf[v] == drawn[i - 1]) prevRight = std::max(prevRight, t.x[v]);
                if (rootOf[v] == drawn[i]) nextLeft = std::min(nextLeft, t.x[v]);
            }
            EXPECT_NEAR(nextLeft - prevRight, 1.5, 1e-9);
        }
    }
}

TEST(TidyTree, LongPathNeedsNoDeepRecursion) {
    const std::uint32_t n = 200000;
    std::vector<std::vector<std::uint32_t>> children(n);
    for (std::uint32_t v = 0; v + 1 < n; ++v) children[v] = {v + 1};
    const TidyLayout t = tidyTree(children, 0);
    EXPECT_EQ(t.depth, n - 1);
    EXPECT_EQ(t.width, 0.0);
}

TEST(TidyTree, ParentArrayRootsAreSelfLoopsOrNoParent) {
    const auto f = forestFromParents({0, 0, noParent, 2, 3, 5});
    EXPECT_EQ(f.roots, (std::vector<std::uint32_t>{0, 2, 5}));
    EXPECT_EQ(f.children[0], (std::vector<std::uint32_t>{1}));
    EXPECT_EQ(f.children[2], (std::vector<std::uint32_t>{3}));
    EXPECT_EQ(f.children[3], (std::vector<std::uint32_t>{4}));
}

}  // namespace stepwise::layout
