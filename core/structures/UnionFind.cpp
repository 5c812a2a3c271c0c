#include "core/structures/UnionFind.h"

#include "core/common/InputError.h"
#include "core/structures/StructureRuns.h"

namespace stepwise::structures {
namespace {

enum Line { kFindWalk, kCompress, kLink, kRank };

}  // namespace

StructureRun<UnionFindArea> runUnionFind(std::uint32_t size, const std::vector<Operation>& ops) {
    if (size == 0 || size > 1'000'000) throw InputError("union-find size must be between 1 and 1000000 (got " + std::to_string(size) + ")");
    StructureRun<UnionFindArea> run;
    run.initial = UnionFindState::initial(size);
    trace::RecordingTracer<UnionFindEvent> tracer;
    UnionFind sets(size);
    for (const auto& op : ops) {
        run.operationStart.push_back(tracer.trace().size());
        auto element = [&](std::size_t i) {
            const auto v = op.integer(i);
            if (v < 0 || v >= size)
                throw op.error("element " + std::to_string(v) +
                                 " is out of bounds (valid: 0.." + std::to_string(size - 1) + ")");
            return static_cast<std::uint32_t>(v);
        };
        std::string answer;
        if (op.name == "union") {
            op.expectArgs(2, "union A B");
            answer = sets.unite(element(0), element(1), tracer) ? "joined" : "already together";
        } else if (op.name == "find") {
            op.expectArgs(1, "find A");
            answer = std::to_string(sets.find(element(0), tracer));
        } else if (op.name == "connected") {
            op.expectArgs(2, "connected A B");
            const auto a = element(0), b = element(1);
            answer = sets.find(a, tracer) == sets.find(b, tracer) ? "true" : "false";
        } else {
            throw op.error("unknown (expected union A B, find A or connected A B)");
        }
        run.outcomes.push_back({op.text(), answer});
    }
    run.trace = tracer.take();
    run.pseudocode = {
        "find(v): follow parents up to the root",
        "    then point every node on the path straight at the root (path compression)",
        "union(a, b): hang the root of lower rank under the other",
        "    equal ranks: the new root's rank grows by one",
    };
    run.lineOf = [](const UnionFindEvent& e) {
        if (std::holds_alternative<union_event::Visit>(e)) return int(kFindWalk);
        if (std::holds_alternative<union_event::SetRank>(e)) return int(kRank);
        const auto& p = std::get<union_event::SetParent>(e);
        return p.old == p.v ? int(kLink) : int(kCompress);
    };
    run.explain = [](const UnionFindState& s, const UnionFindEvent& e) -> std::string {
        if (auto* v = std::get_if<union_event::Visit>(&e))
            return s.parent[v->v] == v->v ? "at " + std::to_string(v->v) + ": it is its own parent, the root"
                                          : "at " + std::to_string(v->v) + ": go up to its parent " + std::to_string(s.parent[v->v]);
        if (auto* r = std::get_if<union_event::SetRank>(&e))
            return "both trees had rank " + std::to_string(r->old) + ": root " + std::to_string(r->v) + "'s rank becomes " +
                   std::to_string(r->rank);
        const auto& p = std::get<union_event::SetParent>(e);
        if (p.old == p.v)
            return "link root " + std::to_string(p.v) + " (rank " + std::to_string(s.rank[p.v]) + ") under root " +
                   std::to_string(p.parent) + " (rank " + std::to_string(s.rank[p.parent]) + ")";
        return "compress: " + std::to_string(p.v) + " now points at the root " + std::to_string(p.parent) + " instead of " +
               std::to_string(p.old);
    };
    return run;
}

}  // namespace stepwise::structures
