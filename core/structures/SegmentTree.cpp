#include "core/structures/SegmentTree.h"

#include "core/common/InputError.h"
#include "core/structures/StructureRuns.h"

namespace stepwise::structures {

void SegmentTreeArea::apply(State& s, const Event& e, const trace::Trace<Event>& t) {
    if (auto* v = std::get_if<segment_event::SetValue>(&e)) {
        s.value[v->node] = static_cast<std::int64_t>(t.values[v->value]);
        if (v->because == segment_event::Because::Leaf || v->because == segment_event::Because::Built) s.built[v->node] = 1;
    } else if (auto* l = std::get_if<segment_event::SetLazy>(&e)) {
        s.lazy[l->node] = static_cast<std::int64_t>(t.values[l->lazy]);
    }
}

void SegmentTreeArea::revert(State& s, const Event& e, const trace::Trace<Event>& t) {
    if (auto* v = std::get_if<segment_event::SetValue>(&e)) {
        s.value[v->node] = static_cast<std::int64_t>(t.values[v->old]);
        // The build sets each node once: undoing that set unbuilds it.
        if (v->because == segment_event::Because::Leaf || v->because == segment_event::Because::Built) s.built[v->node] = 0;
    } else if (auto* l = std::get_if<segment_event::SetLazy>(&e)) {
        s.lazy[l->node] = static_cast<std::int64_t>(t.values[l->old]);
    }
}

SegmentTreeState SegmentTree::emptyState(std::size_t n) {
    SegmentTreeState s;
    s.size = static_cast<std::uint32_t>(n);
    const std::size_t slots = std::max<std::size_t>(4 * n, 2);
    s.lo.assign(slots, 1);
    s.hi.assign(slots, 0);
    s.value.assign(slots, 0);
    s.lazy.assign(slots, 0);
    s.built.assign(slots, 0);
    // Iterative walk of the same recursion the tree uses, to label each node with its range.
    std::vector<std::array<std::size_t, 3>> stack;
    if (n > 0) stack.push_back({1, 0, n - 1});
    while (!stack.empty()) {
        const auto [k, lo, hi] = stack.back();
        stack.pop_back();
        s.lo[k] = static_cast<std::uint32_t>(lo);
        s.hi[k] = static_cast<std::uint32_t>(hi);
        if (lo == hi) continue;
        const std::size_t mid = (lo + hi) / 2;
        stack.push_back({2 * k, lo, mid});
        stack.push_back({2 * k + 1, mid + 1, hi});
    }
    return s;
}

namespace {

enum Line { kBuild, kOutside, kInside, kPartial, kPush, kCombine };
using segment_event::Because;

std::string range(const SegmentTreeState& s, std::uint32_t k) {
    return s.lo[k] == s.hi[k] ? "[" + std::to_string(s.lo[k]) + "]"
                              : "[" + std::to_string(s.lo[k]) + ".." + std::to_string(s.hi[k]) + "]";
}

const char* kindName(SegmentKind k) { return k == SegmentKind::Sum ? "sum" : k == SegmentKind::Min ? "min" : "max"; }

}  // namespace

StructureRun<SegmentTreeArea> runSegmentTree(SegmentKind kind, const std::vector<std::int64_t>& values,
                                             const std::vector<Operation>& ops) {
    constexpr std::int64_t kLimit = 1LL << 40;  // sums of a million such values stay exact in a trace
    if (values.size() > 1'000'000)
        throw InputError("at most 1000000 values (got " + std::to_string(values.size()) +
                         "; the tree holds 4 nodes a value, and building it is recorded step by step)");
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] > kLimit || values[i] < -kLimit)
            throw InputError("value " + std::to_string(i) + " (" + std::to_string(values[i]) + ") is beyond ±2^40");
    StructureRun<SegmentTreeArea> run;
    run.initial = SegmentTree::emptyState(values.size());
    trace::RecordingTracer<SegmentEvent> tracer;
    SegmentTree tree(kind, values, tracer);
    const auto n = static_cast<std::int64_t>(values.size());
    for (const auto& op : ops) {
        run.operationStart.push_back(tracer.trace().size());
        auto where = [&](const std::string& what) {
            return op.error(what);
        };
        auto checkRange = [&](std::int64_t l, std::int64_t r) {
            if (l > r) throw where("the range is empty (" + std::to_string(l) + " > " + std::to_string(r) + ")");
            if (l < 0 || r >= n)
                throw where("range [" + std::to_string(l) + ", " + std::to_string(r) + "] is out of bounds (valid: 0.." +
                            std::to_string(n - 1) + ")");
        };
        std::string answer;
        if (op.name == "query" || op.name == kindName(kind)) {
            op.expectArgs(2, "query L R");
            const auto l = op.integer(0), r = op.integer(1);
            checkRange(l, r);
            answer = std::to_string(tree.query(static_cast<std::size_t>(l), static_cast<std::size_t>(r), tracer));
        } else if (op.name == "update" || op.name == "set") {
            op.expectArgs(2, "update I VALUE");
            const auto i = op.integer(0), v = op.integer(1);
            checkRange(i, i);
            if (v > kLimit || v < -kLimit) throw where("the value is beyond ±2^40");
            tree.assign(static_cast<std::size_t>(i), v, tracer);
        } else if (op.name == "add") {
            op.expectArgs(3, "add L R DELTA");
            const auto l = op.integer(0), r = op.integer(1), d = op.integer(2);
            checkRange(l, r);
            if (d > kLimit || d < -kLimit) throw where("the delta is beyond ±2^40");
            tree.add(static_cast<std::size_t>(l), static_cast<std::size_t>(r), d, tracer);
        } else {
            throw where("unknown (expected query L R, update I VALUE or add L R DELTA)");
        }
        run.outcomes.push_back({op.text(), answer});
    }
    run.trace = tracer.take();
    run.pseudocode = {
        "build: each leaf holds its value; each parent combines its two children",
        "node range outside [l, r]: contributes nothing",
        "node range inside [l, r]: use it (query), set it (update) or add to it whole, owing its children the add",
        "partial overlap: go down to the children",
        "    first push the owed add down to the children",
        "    coming back up: the node combines its children again",
    };
    run.lineOf = [](const SegmentEvent& e) {
        if (auto* v = std::get_if<segment_event::Enter>(&e))
            return v->how == segment_event::Visit::Outside ? int(kOutside)
                   : v->how == segment_event::Visit::Inside ? int(kInside)
                                                            : int(kPartial);
        const auto* lazy = std::get_if<segment_event::SetLazy>(&e);
        switch (lazy ? lazy->because : std::get<segment_event::SetValue>(e).because) {
            case Because::Leaf:
            case Because::Built: return int(kBuild);
            case Because::Set:
            case Because::Add: return int(kInside);
            case Because::PushDown: return int(kPush);
            case Because::Combine: return int(kCombine);
        }
        return int(kCombine);
    };
    run.explain = [kind](const SegmentTreeState& s, const SegmentEvent& e) -> std::string {
        if (auto* v = std::get_if<segment_event::Enter>(&e)) {
            const std::string node = "node " + std::to_string(v->node) + " " + range(s, v->node);
            switch (v->how) {
                case segment_event::Visit::Outside: return node + " is outside the range: skip it";
                case segment_event::Visit::Inside: return node + " lies inside the range: use it whole (" + std::to_string(s.value[v->node]) + ")";
                case segment_event::Visit::Partial: return node + " overlaps the range partly: go down";
            }
        }
        if (auto* l = std::get_if<segment_event::SetLazy>(&e); l && l->because == Because::PushDown && s.lazy[l->node] != 0)
            return "node " + std::to_string(l->node) + " " + range(s, l->node) + " takes the add its parent owed: it owes its children +" +
                   std::to_string(s.lazy[l->node]) + " in turn";
        if (auto* l = std::get_if<segment_event::SetLazy>(&e))
            return s.lazy[l->node] == 0 ? "node " + std::to_string(l->node) + " " + range(s, l->node) + " owes nothing now"
                                        : "node " + std::to_string(l->node) + " " + range(s, l->node) + " owes its children +" +
                                              std::to_string(s.lazy[l->node]);
        auto& v = std::get<segment_event::SetValue>(e);
        const std::uint32_t k = v.node;
        if (v.because == Because::PushDown)
            return "node " + std::to_string(k) + " " + range(s, k) + " takes the add its parent owed: its " + kindName(kind) +
                   " becomes " + std::to_string(s.value[k]);
        if (v.because == Because::Add)
            return "node " + std::to_string(k) + " " + range(s, k) + " takes the add whole: its " + kindName(kind) +
                   " becomes " + std::to_string(s.value[k]);
        if (v.because == Because::Set) return "leaf " + range(s, k) + " is set to " + std::to_string(s.value[k]);
        if (v.because == Because::Leaf) return "leaf " + range(s, k) + " holds " + std::to_string(s.value[k]);
        return "node " + std::to_string(k) + " " + range(s, k) + " = " + kindName(kind) + " of its children = " +
               std::to_string(s.value[k]);
    };
    return run;
}

}  // namespace stepwise::structures
