#pragma once
// A 4-ary min-heap of (key, vertex) pairs, used with lazy deletion by the shortest-path searches.
// Four children per node keep a sift-down within one or two cache lines; it beats std::priority_queue
// by a clear margin on the benchmark graphs.
#include <cstdint>
#include <utility>
#include <vector>

namespace stepwise::graph {

class QuaternaryHeap {
public:
    struct Entry {
        double key;
        std::uint32_t vertex;
    };

    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    void clear() { items_.clear(); }
    void reserve(std::size_t n) { items_.reserve(n); }
    const Entry& top() const { return items_.front(); }

    void push(double key, std::uint32_t vertex) {
        std::size_t i = items_.size();
        items_.push_back({key, vertex});
        const Entry e = items_[i];
        while (i > 0) {
            const std::size_t p = (i - 1) / 4;
            if (!less(e, items_[p])) break;
            items_[i] = items_[p];
            i = p;
        }
        items_[i] = e;
    }

    Entry pop() {
        const Entry result = items_.front();
        const Entry last = items_.back();
        items_.pop_back();
        const std::size_t n = items_.size();
        if (n == 0) return result;
        std::size_t i = 0;
        for (;;) {
            const std::size_t first = 4 * i + 1;
            if (first >= n) break;
            std::size_t best = first;
            const std::size_t end = first + 4 < n ? first + 4 : n;
            for (std::size_t c = first + 1; c < end; ++c)
                if (less(items_[c], items_[best])) best = c;
            if (!less(items_[best], last)) break;
            items_[i] = items_[best];
            i = best;
        }
        items_[i] = last;
        return result;
    }

private:
    // Ties by vertex id keep traces independent of insertion history details.
    static bool less(const Entry& a, const Entry& b) { return a.key < b.key || (a.key == b.key && a.vertex < b.vertex); }
    std::vector<Entry> items_;
};

}  // namespace stepwise::graph
