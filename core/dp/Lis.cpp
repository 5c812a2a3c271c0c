#include "core/dp/Lis.h"

#include <algorithm>

#include "core/common/InputError.h"
#include "core/dp/DpCatalogueEntries.h"
#include "core/dp/StringTable.h"

namespace stepwise::dp {
namespace {

enum TableLine { kInit, kOuter, kInner, kUpdate, kTraceback };
enum PatienceLine { kPatienceFor = 6, kAppend = 7, kReplace = 8 };

std::string listOf(const std::vector<std::int64_t>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s;
}

void patienceRun(DpRun& run, const std::shared_ptr<const DpInput>& shared, bool record, std::size_t cellLimit) {
    const auto& a = shared->values;
    run.rows = 1;
    run.cols = static_cast<std::uint32_t>(a.size());
    for (std::size_t k = 0; k < a.size(); ++k) run.colLabels.push_back("len " + std::to_string(k + 1));
    run.rowLabels = {"tail"};
    recordOrRun<DpEvent>(run, record, cellLimit, [&](auto& tracer) { run.result.sequence = lisPatience(a, tracer); });
    run.result.value = static_cast<std::int64_t>(run.result.sequence.size());
    run.dependencies = [](CellId c) { return c == 0 ? std::vector<CellId>{} : std::vector<CellId>{c - 1}; };
    run.lineOf = [](const DpEvent& e) { return filledCell(e) ? int(kAppend) : int(kReplace); };
    run.explain = [](const DpState& s, const DpEvent& e) -> std::string {
        if (auto cell = filledCell(e)) {
            const auto v = s.value[*cell];
            return std::to_string(v) + " is larger than every tail: it opens pile " + std::to_string(*cell + 1) +
                   ", an increasing subsequence of length " + std::to_string(*cell + 1) + " now exists";
        }
        const auto& o = std::get<event::Overwrite>(e);
        return std::to_string(s.value[o.cell]) + " replaces the tail of pile " + std::to_string(o.cell + 1) +
               ": a length-" + std::to_string(o.cell + 1) + " subsequence can now end in " + std::to_string(s.value[o.cell]);
    };
}

void tableRun(DpRun& run, const std::shared_ptr<const DpInput>& shared, bool record, std::size_t cellLimit) {
    const auto& a = shared->values;
    run.rows = 1;
    run.cols = static_cast<std::uint32_t>(a.size());
    for (auto v : a) run.colLabels.push_back(std::to_string(v));
    run.rowLabels = {"L"};
    recordOrRun<DpEvent>(run, record, cellLimit, [&](auto& tracer) {
        run.table = lisTable(a, tracer);
        if (a.empty()) return;
        std::size_t j = static_cast<std::size_t>(std::max_element(run.table.begin(), run.table.end()) - run.table.begin());
        for (;;) {
            run.result.traceback.push_back({0, static_cast<std::uint32_t>(j)});
            run.result.sequence.push_back(a[j]);
            if constexpr (std::decay_t<decltype(tracer)>::enabled) tracer.emit(event::Trace{static_cast<CellId>(j)});
            if (run.table[j] == 1) break;
            std::size_t i = j;
            while (!(a[i - 1] < a[j] && run.table[i - 1] == run.table[j] - 1)) --i;  // a predecessor exists
            j = i - 1;
        }
        std::reverse(run.result.sequence.begin(), run.result.sequence.end());
    });
    run.result.value = static_cast<std::int64_t>(run.result.sequence.size());
    run.dependencies = [shared](CellId c) {
        std::vector<CellId> deps;
        for (CellId i = 0; i < c; ++i)
            if (shared->values[i] < shared->values[c]) deps.push_back(i);
        return deps;
    };
    // A cell with no smaller value before it keeps the 1 it starts from; the others take a max.
    run.lineOf = [shared](const DpEvent& e) {
        if (std::holds_alternative<event::Trace>(e)) return int(kTraceback);
        const auto j = filledCell(e).value_or(0);
        const auto& a = shared->values;
        return std::any_of(a.begin(), a.begin() + j, [&](std::int64_t v) { return v < a[j]; }) ? int(kUpdate) : int(kInit);
    };
    run.explain = [shared](const DpState& s, const DpEvent& e) -> std::string {
        const auto& a = shared->values;
        if (auto cell = filledCell(e)) {
            const CellId j = *cell;
            std::vector<std::int64_t> smaller;
            CellId best = j;
            for (CellId i = 0; i < j; ++i)
                if (a[i] < a[j]) {
                    smaller.push_back(s.value[i]);
                    if (best == j || s.value[i] > s.value[best]) best = i;
                }
            const std::string here = "L[" + std::to_string(j) + "]";
            if (smaller.empty()) return here + " = 1: nothing before " + std::to_string(a[j]) + " is smaller";
            return here + " = 1 + max(" + listOf(smaller) + ") = " + std::to_string(s.value[j]) + ": " +
                   std::to_string(a[j]) + " extends the subsequence ending at " + std::to_string(a[best]) +
                   " (position " + std::to_string(best) + ")";
        }
        const CellId j = std::get<event::Trace>(e).cell;
        if (s.path.size() == 1)
            return "traceback starts at the longest: L[" + std::to_string(j) + "] = " + std::to_string(s.value[j]) +
                   ", ending in " + std::to_string(a[j]);
        return "traceback: " + std::to_string(a[j]) + " comes before, with L[" + std::to_string(j) + "] = " +
               std::to_string(s.value[j]);
    };
}

}  // namespace

DpProblem lisProblem() {
    DpProblem p;
    p.id = "lis";
    p.title = "Longest increasing subsequence";
    p.summary = "longest strictly increasing subsequence: the O(n²) table, or --method patience (O(n log n))";
    p.pseudocode = {
        "L[j] ← 1 for every j",
        "for j ← 0..n-1:",
        "    for i ← 0..j-1 where a_i < a_j:",
        "        L[j] ← max(L[j], L[i] + 1)",
        "walk back from the largest L[j] through a smaller a_i with L[i] = L[j] - 1",
        "",
        "patience:  for each x:  k ← first pile whose tail ≥ x",
        "    if there is none: open a new pile with x",
        "    else: x replaces the tail of pile k",
    };
    p.run = [](const DpInput& in, bool record, std::size_t cellLimit) {
        if (in.method != "" && in.method != "table" && in.method != "patience")
            throw InputError("unknown LIS method '" + in.method + "' (expected table or patience)");
        auto shared = std::make_shared<const DpInput>(in);
        DpRun run;
        // The table method does n²/2 comparisons per run; beyond the limit it is still only a 1 x n table.
        if (in.method == "patience") patienceRun(run, shared, record, cellLimit);
        else tableRun(run, shared, record, cellLimit);
        return run;
    };
    return p;
}

}  // namespace stepwise::dp
