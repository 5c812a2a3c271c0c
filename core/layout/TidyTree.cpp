#include "core/layout/TidyTree.h"

#include <algorithm>
#include <limits>

namespace stepwise::layout {
namespace {

/// Per depth below a subtree's root: leftmost and rightmost x, relative to the root. Stored deepest
/// level first with one shared offset, so putting a parent on top and shifting a whole subtree are
/// O(1), and merging two contours costs the shorter one's height (linear time overall).
struct Contour {
    std::vector<double> left, right;  // index size()-1 is the root's level
    double shift = 0;                 // actual x = stored + shift
    std::size_t size() const { return left.size(); }
    double leftAt(std::size_t depth) const { return left[size() - 1 - depth] + shift; }
    double rightAt(std::size_t depth) const { return right[size() - 1 - depth] + shift; }
};

/// How far `next` (its root at 0) must sit right of `placed` (its root at 0) so that at every
/// shared depth they are `gap` apart.
double separation(const Contour& placed, const Contour& next, double gap) {
    double shift = -std::numeric_limits<double>::infinity();
    const std::size_t common = std::min(placed.size(), next.size());
    for (std::size_t d = 0; d < common; ++d)
        shift = std::max(shift, placed.rightAt(d) - next.leftAt(d) + gap);
    return common == 0 ? 0 : shift;
}

/// Adds `next`, shifted by `offset`, to `into` (consuming `next`).
void merge(Contour& into, Contour&& next, double offset) {
    next.shift += offset;
    if (next.size() > into.size()) std::swap(into, next);  // keep the taller one's storage
    for (std::size_t d = 0; d < next.size(); ++d) {
        const std::size_t i = into.size() - 1 - d;
        into.left[i] = std::min(into.left[i], next.leftAt(d) - into.shift);
        into.right[i] = std::max(into.right[i], next.rightAt(d) - into.shift);
    }
}

/// Lays out the subtree of `root`: fills offset[v] (x relative to the parent) for every node below
/// it and returns the root's contour. Iterative, so a path of 100,000 nodes does not blow the stack.
Contour layoutSubtree(const std::vector<std::vector<std::uint32_t>>& children, std::uint32_t root, double gap,
                      std::vector<double>& offset, std::vector<bool>& placed, std::vector<double>& depth) {
    std::vector<std::uint32_t> order{root};  // breadth-first; read backwards, children come before parents
    depth[root] = 0;
    placed[root] = true;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t v = order[i];
        for (std::uint32_t c : children[v]) {
            placed[c] = true;
            depth[c] = depth[v] + 1;
            order.push_back(c);
        }
    }
    std::vector<Contour> contour(children.size());
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const std::uint32_t v = *it;
        const auto& kids = children[v];
        Contour own;
        if (!kids.empty()) {
            // Place each child right of the ones before it, then centre the parent over the ends.
            own = std::move(contour[kids.front()]);
            std::vector<double> at(kids.size(), 0.0);
            for (std::size_t k = 1; k < kids.size(); ++k) {
                at[k] = separation(own, contour[kids[k]], gap);
                merge(own, std::move(contour[kids[k]]), at[k]);
            }
            const double centre = (at.front() + at.back()) / 2;
            for (std::size_t k = 0; k < kids.size(); ++k) offset[kids[k]] = at[k] - centre;
            own.shift -= centre;
        }
        own.left.push_back(-own.shift);  // the parent itself, at 0
        own.right.push_back(-own.shift);
        contour[v] = std::move(own);
    }
    offset[root] = 0;
    return std::move(contour[root]);
}

void resolve(const std::vector<std::vector<std::uint32_t>>& children, std::uint32_t root, double rootX,
             const std::vector<double>& offset, std::vector<double>& x) {
    std::vector<std::uint32_t> stack{root};
    x[root] = rootX;
    while (!stack.empty()) {
        const std::uint32_t v = stack.back();
        stack.pop_back();
        for (std::uint32_t c : children[v]) {
            x[c] = x[v] + offset[c];
            stack.push_back(c);
        }
    }
}

}  // namespace

TidyLayout tidyForest(const std::vector<std::vector<std::uint32_t>>& children,
                      const std::vector<std::uint32_t>& roots, double gap, double treeGap) {
    const std::size_t n = children.size();
    TidyLayout out;
    out.x.assign(n, 0);
    out.y.assign(n, 0);
    out.placed.assign(n, false);
    std::vector<double> offset(n, 0);
    Contour forest;
    std::vector<double> rootX;
    for (std::uint32_t root : roots) {
        Contour c = layoutSubtree(children, root, gap, offset, out.placed, out.y);
        // Trees never interleave: each starts right of the whole drawing so far (bounding boxes, not
        // contours), so a short tree never tucks under a wide one and reads as part of it.
        double at = 0;
        if (!forest.left.empty()) {
            const double right = *std::max_element(forest.right.begin(), forest.right.end()) + forest.shift;
            const double left = *std::min_element(c.left.begin(), c.left.end()) + c.shift;
            at = right - left + treeGap;
        }
        rootX.push_back(at);
        merge(forest, std::move(c), at);
    }
    double minX = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < roots.size(); ++i) resolve(children, roots[i], rootX[i], offset, out.x);
    for (std::size_t v = 0; v < n; ++v)
        if (out.placed[v]) minX = std::min(minX, out.x[v]);
    for (std::size_t v = 0; v < n; ++v) {
        if (!out.placed[v]) continue;
        out.x[v] -= minX;
        out.width = std::max(out.width, out.x[v]);
        out.depth = std::max(out.depth, static_cast<std::uint32_t>(out.y[v]));
    }
    return out;
}

TidyLayout tidyTree(const std::vector<std::vector<std::uint32_t>>& children, std::uint32_t root, double gap) {
    return tidyForest(children, {root}, gap, gap);
}

ParentForest forestFromParents(const std::vector<std::uint32_t>& parent) {
    ParentForest f;
    f.children.resize(parent.size());
    for (std::uint32_t v = 0; v < parent.size(); ++v) {
        if (parent[v] == v || parent[v] == noParent || parent[v] >= parent.size())
            f.roots.push_back(v);
        else
            f.children[parent[v]].push_back(v);
    }
    return f;
}

}  // namespace stepwise::layout
