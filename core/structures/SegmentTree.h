#pragma once
// A segment tree over int64 values for sum, min or max: point assignment, range query and lazy
// range add. Node 1 is the root; node k covers [lo[k], hi[k]] and has children 2k and 2k+1.
// Written once over a tracer.
#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <variant>
#include <vector>

#include "core/trace/Trace.h"

namespace stepwise::structures {

enum class SegmentKind : std::uint8_t { Sum, Min, Max };

struct SegmentTreeState {
    std::uint32_t size = 0;                   // number of leaves (input values)
    std::vector<std::uint32_t> lo, hi;        // each node's range; lo > hi for unused slots
    std::vector<std::int64_t> value, lazy;    // lazy: an add still owed to the children
    std::vector<std::uint8_t> built;          // 1 once the build has given the node its value
    friend bool operator==(const SegmentTreeState&, const SegmentTreeState&) = default;
};

namespace segment_event {
/// Why a node's value (or owed add) changed, which is also the pseudo-code line it belongs to: the
/// build (a leaf takes its value, a parent combines its children), an update setting its leaf, a
/// parent recombining its children on the way back up, a range add taken whole by a node inside the
/// range, or an owed add pushed down to the children.
enum class Because : std::uint8_t { Leaf, Built, Set, Combine, Add, PushDown };
struct SetValue { std::uint32_t node; trace::ValueRef old; trace::ValueRef value; Because because; };
struct SetLazy { std::uint32_t node; trace::ValueRef old; trace::ValueRef lazy; Because because; };
enum class Visit : std::uint8_t { Inside, Partial, Outside };
struct Enter { std::uint32_t node; Visit how; };
}  // namespace segment_event

using SegmentEvent = std::variant<segment_event::SetValue, segment_event::SetLazy, segment_event::Enter>;

struct SegmentTreeArea {
    using State = SegmentTreeState;
    using Event = SegmentEvent;
    static void apply(State& s, const Event& e, const trace::Trace<Event>& t);
    static void revert(State& s, const Event& e, const trace::Trace<Event>& t);
};

class SegmentTree {
public:
    /// Builds over `values` (may be empty). Values are kept exact in traces up to 2^53.
    template <class Tracer>
    SegmentTree(SegmentKind kind, const std::vector<std::int64_t>& values, Tracer& tracer) : kind_(kind), n_(values.size()) {
        value_.assign(std::max<std::size_t>(4 * n_, 2), 0);
        lazy_.assign(value_.size(), 0);
        if (n_ > 0) build(1, 0, n_ - 1, values, tracer);
    }

    SegmentKind kind() const { return kind_; }
    std::size_t size() const { return n_; }
    /// Empty-range result: 0 for sums, +∞/−∞ for min/max.
    std::int64_t identity() const {
        return kind_ == SegmentKind::Sum ? 0
               : kind_ == SegmentKind::Min ? std::numeric_limits<std::int64_t>::max()
                                           : std::numeric_limits<std::int64_t>::min();
    }

    /// Combined value of [l, r]. Precondition: l <= r < size().
    template <class Tracer>
    std::int64_t query(std::size_t l, std::size_t r, Tracer& tracer) { return query(1, 0, n_ - 1, l, r, tracer); }
    /// values[i] = v. Precondition: i < size().
    template <class Tracer>
    void assign(std::size_t i, std::int64_t v, Tracer& tracer) { assign(1, 0, n_ - 1, i, v, tracer); }
    /// values[l..r] += delta, lazily. Precondition: l <= r < size().
    template <class Tracer>
    void add(std::size_t l, std::size_t r, std::int64_t delta, Tracer& tracer) { add(1, 0, n_ - 1, l, r, delta, tracer); }

    /// Initial state for a trace of a tree over n values: node ranges set, values and lazies zero.
    static SegmentTreeState emptyState(std::size_t n);

private:
    std::int64_t combine(std::int64_t a, std::int64_t b) const {
        return kind_ == SegmentKind::Sum ? a + b : kind_ == SegmentKind::Min ? std::min(a, b) : std::max(a, b);
    }

    template <class Tracer>
    void setValue(std::size_t k, std::int64_t v, segment_event::Because because, Tracer& tracer) {
        if constexpr (Tracer::enabled)
            tracer.emit(segment_event::SetValue{static_cast<std::uint32_t>(k), tracer.keep(static_cast<double>(value_[k])),
                                                tracer.keep(static_cast<double>(v)), because});
        value_[k] = v;
    }
    template <class Tracer>
    void setLazy(std::size_t k, std::int64_t v, segment_event::Because because, Tracer& tracer) {
        if constexpr (Tracer::enabled)
            tracer.emit(segment_event::SetLazy{static_cast<std::uint32_t>(k), tracer.keep(static_cast<double>(lazy_[k])),
                                               tracer.keep(static_cast<double>(v)), because});
        lazy_[k] = v;
    }
    template <class Tracer>
    void enter(std::size_t k, segment_event::Visit how, Tracer& tracer) {
        if constexpr (Tracer::enabled) tracer.emit(segment_event::Enter{static_cast<std::uint32_t>(k), how});
    }

    /// Adds delta to every value under node k (covering `length` values) without visiting its children;
    /// `because` is Add (k lies inside the range) or PushDown (k's parent hands down what it owed).
    template <class Tracer>
    void applyAdd(std::size_t k, std::size_t length, std::int64_t delta, bool leaf, segment_event::Because because,
                  Tracer& tracer) {
        setValue(k, value_[k] + (kind_ == SegmentKind::Sum ? delta * static_cast<std::int64_t>(length) : delta), because,
                 tracer);
        if (!leaf) setLazy(k, lazy_[k] + delta, because, tracer);
    }

    template <class Tracer>
    void pushDown(std::size_t k, std::size_t lo, std::size_t hi, Tracer& tracer) {
        if (lazy_[k] == 0) return;
        const std::size_t mid = (lo + hi) / 2;
        applyAdd(2 * k, mid - lo + 1, lazy_[k], lo == mid, segment_event::Because::PushDown, tracer);
        applyAdd(2 * k + 1, hi - mid, lazy_[k], mid + 1 == hi, segment_event::Because::PushDown, tracer);
        setLazy(k, 0, segment_event::Because::PushDown, tracer);
    }

    template <class Tracer>
    void build(std::size_t k, std::size_t lo, std::size_t hi, const std::vector<std::int64_t>& values, Tracer& tracer) {
        if (lo == hi) {
            setValue(k, values[lo], segment_event::Because::Leaf, tracer);
            return;
        }
        const std::size_t mid = (lo + hi) / 2;
        build(2 * k, lo, mid, values, tracer);
        build(2 * k + 1, mid + 1, hi, values, tracer);
        setValue(k, combine(value_[2 * k], value_[2 * k + 1]), segment_event::Because::Built, tracer);
    }

    template <class Tracer>
    std::int64_t query(std::size_t k, std::size_t lo, std::size_t hi, std::size_t l, std::size_t r, Tracer& tracer) {
        if (r < lo || hi < l) {
            enter(k, segment_event::Visit::Outside, tracer);
            return identity();
        }
        if (l <= lo && hi <= r) {
            enter(k, segment_event::Visit::Inside, tracer);
            return value_[k];
        }
        enter(k, segment_event::Visit::Partial, tracer);
        pushDown(k, lo, hi, tracer);
        const std::size_t mid = (lo + hi) / 2;
        const std::int64_t left = query(2 * k, lo, mid, l, r, tracer);  // left first: argument order is unspecified
        const std::int64_t right = query(2 * k + 1, mid + 1, hi, l, r, tracer);
        return combine(left, right);
    }

    template <class Tracer>
    void assign(std::size_t k, std::size_t lo, std::size_t hi, std::size_t i, std::int64_t v, Tracer& tracer) {
        if (lo == hi) {
            enter(k, segment_event::Visit::Inside, tracer);
            setValue(k, v, segment_event::Because::Set, tracer);
            return;
        }
        enter(k, segment_event::Visit::Partial, tracer);
        pushDown(k, lo, hi, tracer);
        const std::size_t mid = (lo + hi) / 2;
        if (i <= mid) assign(2 * k, lo, mid, i, v, tracer);
        else assign(2 * k + 1, mid + 1, hi, i, v, tracer);
        setValue(k, combine(value_[2 * k], value_[2 * k + 1]), segment_event::Because::Combine, tracer);
    }

    template <class Tracer>
    void add(std::size_t k, std::size_t lo, std::size_t hi, std::size_t l, std::size_t r, std::int64_t delta, Tracer& tracer) {
        if (r < lo || hi < l) {
            enter(k, segment_event::Visit::Outside, tracer);
            return;
        }
        if (l <= lo && hi <= r) {
            enter(k, segment_event::Visit::Inside, tracer);
            applyAdd(k, hi - lo + 1, delta, lo == hi, segment_event::Because::Add, tracer);
            return;
        }
        enter(k, segment_event::Visit::Partial, tracer);
        pushDown(k, lo, hi, tracer);
        const std::size_t mid = (lo + hi) / 2;
        add(2 * k, lo, mid, l, r, delta, tracer);
        add(2 * k + 1, mid + 1, hi, l, r, delta, tracer);
        setValue(k, combine(value_[2 * k], value_[2 * k + 1]), segment_event::Because::Combine, tracer);
    }

    SegmentKind kind_;
    std::size_t n_;
    std::vector<std::int64_t> value_, lazy_;
};

}  // namespace stepwise::structures
