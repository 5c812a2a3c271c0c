#include "core/catalogue/StepKinds.h"

#include <algorithm>
#include <array>
#include <variant>

#include "core/balance/BalancerItemRun.h"
#include "core/cache/CacheItemRun.h"
#include "core/dp/DpItemRun.h"
#include "core/graph/GraphItemRun.h"
#include "core/queue/QueueItemRun.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/PolicyItemRun.h"
#include "core/structures/StructureItemRun.h"
#include "core/structures/StructureRuns.h"

namespace stepwise::catalogue {
namespace {

/// The name of a variant's alternative; `names` lists them in the variant's order (checked by size).
template <class Variant, std::size_t N>
std::string alternative(const Variant& v, const std::array<const char*, N>& names) {
    static_assert(std::variant_size_v<Variant> == N, "one name per event alternative");
    return names[v.index()];
}

std::string graphKind(const graph::GraphEvent& e) {
    // A note says which: a new Bellman-Ford pass is not a cycle found.
    if (const auto* note = std::get_if<graph::event::Note>(&e)) {
        static constexpr std::array<const char*, 9> notes{
            "pass", "no-change", "negative-cycle", "cycle-found", "no-cycle", "unreachable", "target-reached", "note",
            "low-stays"};
        const auto i = static_cast<std::size_t>(note->kind);
        return i < notes.size() ? notes[i] : "note";
    }
    static constexpr std::array<const char*, 14> names{"start",  "push",   "settle", "relax",   "examine",
                                                       "discover", "enter", "finish", "mark",    "status",
                                                       "low-link", "assign", "decrement", "note"};
    return alternative(e, names);
}

template <class Area, std::size_t N>
bool structureKind(const run::Run& run, const std::array<const char*, N>& names, std::string& out) {
    const auto* s = run.as<structures::StructureItemRun<Area>>();
    if (!s) return false;
    out = alternative(s->timeline().lastEvent(), names);
    return true;
}

}  // namespace

std::string stepKind(const run::Run& run) {
    if (run.atStart()) return {};
    if (const auto* g = run.as<graph::GraphItemRun>()) return graphKind(g->timeline().lastEvent());
    if (const auto* d = run.as<dp::DpItemRun>()) {
        static constexpr std::array<const char*, 4> names{"fill", "fill", "overwrite", "traceback"};
        return alternative(d->timeline().lastEvent(), names);
    }
    if (const auto* c = run.as<cache::CacheItemRun>()) {
        const auto event = c->currentEvent();
        return event ? cache::kindName(event->kind) : std::string();
    }
    // Every balancer step is one request routed.
    if (run.as<balance::BalancerItemRun>()) return "pick";
    if (const auto* q = run.as<queue::QueueItemRun>()) {
        static constexpr std::array<const char*, 10> names{"none",      "submit",       "receive", "succeed", "fail",
                                                           "stale-ack", "backoff-over", "timeout", "scale",   "fault"};
        return names.at(static_cast<std::size_t>(q->sim().last().kind));
    }
    if (const auto* b = run.as<resilience::BreakerItemRun>()) {
        static constexpr std::array<const char*, 10> names{"permit", "reject",     "record", "ignore",       "transition",
                                                           "clock",  "reset",      "retry-wait", "rate-limiter", "bulkhead"};
        const auto* e = b->currentEvent();
        return e ? names.at(static_cast<std::size_t>(e->kind)) : std::string();
    }
    if (const auto* p = run.as<resilience::PolicyItemRun>()) {
        static constexpr std::array<const char*, 7> names{"clock", "attempt", "backoff", "done", "permit", "wait", "refuse"};
        const auto* step = p->current();
        return step ? names.at(static_cast<std::size_t>(step->kind)) : std::string();
    }
    std::string out;
    if (structureKind<structures::HeapArea>(run, std::array<const char*, 5>{"append", "remove-last", "compare", "swap", "set-key"}, out) ||
        structureKind<structures::SegmentTreeArea>(run, std::array<const char*, 3>{"set-value", "set-lazy", "enter"}, out) ||
        structureKind<structures::TrieArea>(run, std::array<const char*, 4>{"add-node", "set-terminal", "remove-node", "visit"}, out) ||
        structureKind<structures::UnionFindArea>(run, std::array<const char*, 3>{"set-parent", "set-rank", "visit"}, out))
        return out;
    return {};
}

namespace {

/// Calls `visit(step, kind)` for steps first..last (clamped to the run), then puts the run back.
template <class Visit>
void walk(run::Run& run, std::size_t first, std::size_t last, Visit visit) {
    const std::size_t was = run.step();
    last = std::min(last, run.stepCount());
    if (first <= last) {
        run.seek(first);
        for (std::size_t k = first;; ++k) {
            if (k > 0) visit(k, stepKind(run));
            if (k == last || !run.forward()) break;
        }
    }
    run.seek(was);
}

}  // namespace

std::vector<std::string> stepKinds(run::Run& run, std::size_t first, std::size_t last) {
    std::vector<std::string> kinds;
    walk(run, first, last, [&kinds](std::size_t, const std::string& kind) {
        if (!kind.empty() && std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
    });
    return kinds;
}

std::vector<std::size_t> stepsOfKinds(run::Run& run, std::size_t first, std::size_t last,
                                      const std::vector<std::string>& kinds) {
    std::vector<std::size_t> steps;
    walk(run, first, last, [&](std::size_t k, const std::string& kind) {
        if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) steps.push_back(k);
    });
    return steps;
}

std::vector<std::string> splitKinds(const std::string& list) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) out.push_back(word);
        word.clear();
    };
    for (char c : list) {
        if (c == ',' || c == ' ' || c == '\t')
            flush();
        else
            word += c;
    }
    flush();
    return out;
}

}  // namespace stepwise::catalogue
