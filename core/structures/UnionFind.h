#pragma once
// Disjoint sets with union by rank and path compression. Written once over a tracer.
#include <cstdint>
#include <numeric>
#include <variant>
#include <vector>

#include "core/trace/Trace.h"

namespace stepwise::structures {

struct UnionFindState {
    std::vector<std::uint32_t> parent;
    std::vector<std::uint32_t> rank;
    friend bool operator==(const UnionFindState&, const UnionFindState&) = default;
    static UnionFindState initial(std::uint32_t n) {
        UnionFindState s;
        s.parent.resize(n);
        std::iota(s.parent.begin(), s.parent.end(), 0u);
        s.rank.assign(n, 0);
        return s;
    }
};

namespace union_event {
struct SetParent { std::uint32_t v; std::uint32_t old; std::uint32_t parent; };
struct SetRank { std::uint32_t v; std::uint32_t old; std::uint32_t rank; };
/// find walked through v (nothing changes).
struct Visit { std::uint32_t v; };
}  // namespace union_event

using UnionFindEvent = std::variant<union_event::SetParent, union_event::SetRank, union_event::Visit>;

struct UnionFindArea {
    using State = UnionFindState;
    using Event = UnionFindEvent;
    static void apply(State& s, const Event& e, const trace::Trace<Event>&) {
        if (auto* p = std::get_if<union_event::SetParent>(&e)) s.parent[p->v] = p->parent;
        else if (auto* r = std::get_if<union_event::SetRank>(&e)) s.rank[r->v] = r->rank;
    }
    static void revert(State& s, const Event& e, const trace::Trace<Event>&) {
        if (auto* p = std::get_if<union_event::SetParent>(&e)) s.parent[p->v] = p->old;
        else if (auto* r = std::get_if<union_event::SetRank>(&e)) s.rank[r->v] = r->old;
    }
};

class UnionFind {
public:
    explicit UnionFind(std::uint32_t n) : s_(UnionFindState::initial(n)) {}

    std::uint32_t size() const { return static_cast<std::uint32_t>(s_.parent.size()); }
    const UnionFindState& state() const { return s_; }

    /// The representative of v, compressing the path to it. Precondition: v < size().
    template <class Tracer>
    std::uint32_t find(std::uint32_t v, Tracer& tracer) {
        std::uint32_t root = v;
        for (;;) {
            if constexpr (Tracer::enabled) tracer.emit(union_event::Visit{root});
            if (s_.parent[root] == root) break;
            root = s_.parent[root];
        }
        while (s_.parent[v] != root) {  // path compression: point everything on the path at the root
            const std::uint32_t next = s_.parent[v];
            if constexpr (Tracer::enabled) tracer.emit(union_event::SetParent{v, next, root});
            s_.parent[v] = root;
            v = next;
        }
        return root;
    }

    /// Joins the sets of a and b; false when they were already one.
    template <class Tracer>
    bool unite(std::uint32_t a, std::uint32_t b, Tracer& tracer) {
        std::uint32_t ra = find(a, tracer), rb = find(b, tracer);
        if (ra == rb) return false;
        if (s_.rank[ra] < s_.rank[rb] || (s_.rank[ra] == s_.rank[rb] && ra > rb)) std::swap(ra, rb);
        if constexpr (Tracer::enabled) tracer.emit(union_event::SetParent{rb, rb, ra});
        s_.parent[rb] = ra;
        if (s_.rank[ra] == s_.rank[rb]) {
            if constexpr (Tracer::enabled) tracer.emit(union_event::SetRank{ra, s_.rank[ra], s_.rank[ra] + 1});
            ++s_.rank[ra];
        }
        return true;
    }

private:
    UnionFindState s_;
};

}  // namespace stepwise::structures
