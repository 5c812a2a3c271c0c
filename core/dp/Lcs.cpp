#include "core/dp/Lcs.h"

#include "core/dp/DpCatalogueEntries.h"
#include "core/dp/StringTable.h"

namespace stepwise::dp {

std::int64_t lcsLength(std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);
    const std::size_t m = b.size();
    std::vector<std::uint32_t> previous(m + 1, 0), current(m + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const char ca = a[i - 1];
        // Neighbours differ by at most one (L[i][j-1] ≤ L[i-1][j-1] + 1 and likewise up), so on a match
        // diagonal + 1 is also the max of the three, and the recurrence is max(up, match × (diagonal + 1),
        // left): one branch-free pass that vectorises, then one running max.
        for (std::size_t j = 1; j <= m; ++j)
            current[j] = std::max(previous[j], (previous[j - 1] + 1) * static_cast<std::uint32_t>(ca == b[j - 1]));
        for (std::size_t j = 1; j <= m; ++j) current[j] = std::max(current[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous[m];
}

namespace {

enum Line { kBorder, kLoop, kMatch, kNoMatch, kTraceback };

/// From the corner: a match goes diagonally and joins the subsequence; otherwise up when it keeps
/// the length, else left.
std::string traceBack(std::string_view a, std::string_view b, const std::vector<std::int64_t>& l,
                      std::vector<std::pair<std::uint32_t, std::uint32_t>>& path) {
    const std::size_t cols = b.size() + 1;
    std::size_t i = a.size(), j = b.size();
    std::string out;
    path.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
    while (i > 0 && j > 0) {
        if (a[i - 1] == b[j - 1]) {
            out.push_back(a[i - 1]);
            --i, --j;
        } else if (l[(i - 1) * cols + j] == l[i * cols + j]) {
            --i;
        } else {
            --j;
        }
        path.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
    }
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace

DpProblem lcsProblem() {
    DpProblem p;
    p.id = "lcs";
    p.title = "Longest common subsequence";
    p.summary = "length and one longest subsequence common to a and b";
    p.pseudocode = {
        "L[0][j] ← 0;  L[i][0] ← 0",
        "for i ← 1..|a|, j ← 1..|b|:",
        "    if a_i = b_j:  L[i][j] ← L[i-1][j-1] + 1",
        "    else:          L[i][j] ← max(L[i-1][j], L[i][j-1])",
        "walk back from L[|a|][|b|]: diagonal on a match, else towards the larger neighbour",
    };
    p.run = [](const DpInput& in, bool record, std::size_t cellLimit) {
        auto shared = std::make_shared<const DpInput>(in);
        const std::string_view a = shared->a, b = shared->b;
        DpRun run = makeStringTableRun(*shared, "L", cellLimit);
        if (!run.result.tableKept) {
            run.result.value = lcsLength(a, b);
            return run;
        }
        recordOrRun<DpEvent>(run, record, cellLimit, [&](auto& tracer) {
            run.table = lcsTable(a, b, tracer);
            run.result.subsequence = traceBack(a, b, run.table, run.result.traceback);
            if constexpr (std::decay_t<decltype(tracer)>::enabled)
                for (auto [r, c] : run.result.traceback) tracer.emit(event::Trace{r * run.cols + c});
        });
        run.result.value = run.table.back();
        run.dependencies = [shared, cols = run.cols](CellId c) {
            const std::uint32_t i = c / cols, j = c % cols;
            if (i == 0 || j == 0) return std::vector<CellId>{};
            if (shared->a[i - 1] == shared->b[j - 1]) return std::vector<CellId>{c - cols - 1};
            return std::vector<CellId>{c - cols, c - 1};
        };
        run.lineOf = [shared, cols = run.cols](const DpEvent& e) {
            if (std::holds_alternative<event::Trace>(e)) return int(kTraceback);
            const CellId c = *filledCell(e);
            const std::uint32_t i = c / cols, j = c % cols;
            if (i == 0 || j == 0) return int(kBorder);
            return shared->a[i - 1] == shared->b[j - 1] ? int(kMatch) : int(kNoMatch);
        };
        run.explain = [shared](const DpState& s, const DpEvent& e) -> std::string {
            const std::string_view a = shared->a, b = shared->b;
            auto ref = [](std::uint32_t r, std::uint32_t k) {
                return "L[" + std::to_string(r) + "][" + std::to_string(k) + "]";
            };
            if (auto cell = filledCell(e)) {
                const auto i = s.rowOf(*cell), j = s.colOf(*cell);
                const std::string v = formatCell(s.value[*cell]);
                if (i == 0 || j == 0) return ref(i, j) + " = 0: an empty prefix has nothing in common";
                if (a[i - 1] == b[j - 1])
                    return ref(i, j) + " = " + ref(i - 1, j - 1) + " + 1 = " + v + ", since " + a[i - 1] + " = " + b[j - 1];
                return ref(i, j) + " = max(" + ref(i - 1, j) + ", " + ref(i, j - 1) + ") = max(" +
                       formatCell(s.at(i - 1, j)) + ", " + formatCell(s.at(i, j - 1)) + ") = " + v + ", since " +
                       a[i - 1] + " ≠ " + b[j - 1];
            }
            const CellId c = std::get<event::Trace>(e).cell;
            const auto i = s.rowOf(c), j = s.colOf(c);
            if (s.path.size() == 1) return "traceback starts at " + ref(i, j) + " = " + formatCell(s.value[c]);
            const CellId before = s.path[s.path.size() - 2];
            const auto pi = s.rowOf(before), pj = s.colOf(before);
            if (pi == i + 1 && pj == j + 1) return std::string("traceback: ") + a[i] + " is in both, take it and go diagonally";
            return std::string("traceback: ") + (pi == i + 1 ? "up" : "left") + " keeps the length " +
                   formatCell(s.value[c]);
        };
        return run;
    };
    return p;
}

}  // namespace stepwise::dp
