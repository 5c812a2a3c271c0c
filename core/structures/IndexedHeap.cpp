#include "core/structures/IndexedHeap.h"

#include "core/common/InputError.h"
#include "core/structures/StructureRuns.h"

namespace stepwise::structures {

void HeapArea::apply(State& s, const Event& e, const trace::Trace<Event>& t) {
    if (auto* a = std::get_if<heap_event::Append>(&e)) s.entries.push_back({a->id, a->key.get()});
    else if (std::holds_alternative<heap_event::RemoveLast>(e)) s.entries.pop_back();
    else if (auto* w = std::get_if<heap_event::Swap>(&e)) std::swap(s.entries[w->i], s.entries[w->j]);
    else if (auto* k = std::get_if<heap_event::SetKey>(&e)) s.entries[k->at].key = static_cast<std::int64_t>(t.values[k->key]);
}

void HeapArea::revert(State& s, const Event& e, const trace::Trace<Event>& t) {
    if (std::holds_alternative<heap_event::Append>(e)) s.entries.pop_back();
    else if (auto* r = std::get_if<heap_event::RemoveLast>(&e)) s.entries.push_back({r->id, r->key.get()});
    else if (auto* w = std::get_if<heap_event::Swap>(&e)) std::swap(s.entries[w->i], s.entries[w->j]);
    else if (auto* k = std::get_if<heap_event::SetKey>(&e)) s.entries[k->at].key = static_cast<std::int64_t>(t.values[k->old]);
}

namespace {

enum Line { kPush, kSiftUp, kPop, kSiftDown, kDecrease };

std::string node(const HeapState& s, std::uint32_t i) {
    return std::to_string(s.entries[i].key) + " (id " + std::to_string(s.entries[i].id) + ") at #" + std::to_string(i);
}

}  // namespace

StructureRun<HeapArea> runHeap(const std::vector<Operation>& ops) {
    StructureRun<HeapArea> run;
    trace::RecordingTracer<HeapEvent> tracer;
    IndexedHeap heap;
    for (const auto& op : ops) {
        run.operationStart.push_back(tracer.trace().size());
        std::string answer;
        if (op.name == "push") {
            op.expectArgs(1, "push KEY");
            answer = "id " + std::to_string(heap.push(op.integer(0), tracer));
        } else if (op.name == "pop" || op.name == "top") {
            op.expectArgs(0, op.name == "pop" ? "pop" : "top");
            if (heap.empty())
                throw op.error("the heap is empty");
            const HeapEntry e = op.name == "pop" ? heap.pop(tracer) : heap.top();
            answer = std::to_string(e.key) + " (id " + std::to_string(e.id) + ")";
        } else if (op.name == "decrease") {
            op.expectArgs(2, "decrease ID KEY");
            const auto id = op.integer(0), key = op.integer(1);
            if (id < 0 || !heap.contains(static_cast<std::uint32_t>(id)))
                throw op.error("no id " +
                                 std::to_string(id) + " in the heap");
            if (key > heap.key(static_cast<std::uint32_t>(id)))
                throw op.error(std::to_string(key) +
                                 " is larger than the current key " + std::to_string(heap.key(static_cast<std::uint32_t>(id))));
            heap.decreaseKey(static_cast<std::uint32_t>(id), key, tracer);
        } else {
            throw op.error("unknown (expected push KEY, pop, top or decrease ID KEY)");
        }
        run.outcomes.push_back({op.text(), answer});
    }
    run.trace = tracer.take();
    run.pseudocode = {
        "push(key): append at the end",
        "    while smaller than its parent: swap with the parent (sift up)",
        "pop(): swap the root with the last entry, remove the last",
        "    while larger than a child: swap with the smaller child (sift down)",
        "decrease(id, key): lower the key, then sift up",
    };
    run.lineOf = [](const HeapEvent& e) {
        if (std::holds_alternative<heap_event::Append>(e)) return int(kPush);
        if (std::holds_alternative<heap_event::RemoveLast>(e)) return int(kPop);
        if (std::holds_alternative<heap_event::SetKey>(e)) return int(kDecrease);
        // Only compares and swaps are left; their phase says which loop they are in.
        const auto* c = std::get_if<heap_event::Compare>(&e);
        const auto phase = c ? c->phase : std::get<heap_event::Swap>(e).phase;
        return phase == heap_event::Phase::SiftUp ? int(kSiftUp) : phase == heap_event::Phase::SiftDown ? int(kSiftDown) : int(kPop);
    };
    run.explain = [](const HeapState& s, const HeapEvent& e) -> std::string {
        if (auto* a = std::get_if<heap_event::Append>(&e))
            return "push " + std::to_string(a->key.get()) + " as id " + std::to_string(a->id) + " at the end, position #" +
                   std::to_string(s.entries.size() - 1);
        if (auto* r = std::get_if<heap_event::RemoveLast>(&e))
            return "remove the last entry: " + std::to_string(r->key.get()) + " (id " + std::to_string(r->id) + ") is popped";
        if (auto* k = std::get_if<heap_event::SetKey>(&e))
            return "decrease id " + std::to_string(s.entries[k->at].id) + "'s key to " + std::to_string(s.entries[k->at].key);
        if (auto* c = std::get_if<heap_event::Compare>(&e)) {
            const auto& a = s.entries[c->i];
            const auto& b = s.entries[c->j];
            const bool smaller = a.key < b.key || (a.key == b.key && a.id < b.id);
            return "compare " + node(s, c->i) + " with " + node(s, c->j) + ": " + (smaller ? "smaller" : "not smaller");
        }
        auto& w = std::get<heap_event::Swap>(e);
        if (w.phase == heap_event::Phase::PopSwap)
            return "swap the root with the last entry: " + node(s, w.j) + " will be popped, " + node(s, w.i) +
                   " sifts down from the root";
        return "swap " + node(s, w.j) + " and " + node(s, w.i);
    };
    return run;
}

}  // namespace stepwise::structures
