#include "core/dp/EditDistance.h"

#include "core/common/InputError.h"
#include "core/dp/DpCatalogueEntries.h"
#include "core/dp/StringTable.h"

namespace stepwise::dp {

std::int64_t editDistanceValue(std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);  // rows run over the shorter string
    const std::size_t m = b.size();
    std::vector<std::uint32_t> previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) previous[j] = static_cast<std::uint32_t>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const char ca = a[i - 1];
        // Two passes per row: the terms from the row above have no dependency between cells and
        // vectorise; only the insertion term (left neighbour + 1) is a running minimum.
        for (std::size_t j = 1; j <= m; ++j)
            current[j] = std::min(previous[j] + 1, previous[j - 1] + static_cast<std::uint32_t>(ca != b[j - 1]));
        current[0] = static_cast<std::uint32_t>(i);
        for (std::size_t j = 1; j <= m; ++j) current[j] = std::min(current[j], current[j - 1] + 1);
        std::swap(previous, current);
    }
    return previous[m];
}

namespace {

enum Line { kFirstRow, kFirstCol, kLoop, kRecurrence, kTraceback };

/// Walks back from the corner; prefers keep/substitute, then delete, then insert.
std::vector<EditOperation> traceBack(std::string_view a, std::string_view b, const std::vector<std::int64_t>& d,
                                     std::vector<std::pair<std::uint32_t, std::uint32_t>>& path) {
    const std::size_t cols = b.size() + 1;
    std::size_t i = a.size(), j = b.size();
    std::vector<EditOperation> ops;
    path.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
    while (i > 0 || j > 0) {
        const std::int64_t here = d[i * cols + j];
        if (i > 0 && j > 0 && here == d[(i - 1) * cols + j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)) {
            const auto kind = a[i - 1] == b[j - 1] ? EditOperation::Kind::Keep : EditOperation::Kind::Substitute;
            ops.push_back({kind, i - 1, j - 1, a[i - 1], b[j - 1]});
            --i, --j;
        } else if (i > 0 && here == d[(i - 1) * cols + j] + 1) {
            ops.push_back({EditOperation::Kind::Delete, i - 1, j, a[i - 1], 0});
            --i;
        } else {
            ops.push_back({EditOperation::Kind::Insert, i, j - 1, 0, b[j - 1]});
            --j;
        }
        path.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

std::string explainCell(std::string_view a, std::string_view b, const DpState& s, CellId c) {
    const auto i = s.rowOf(c), j = s.colOf(c);
    const std::string here = "D[" + std::to_string(i) + "][" + std::to_string(j) + "]";
    const std::string v = formatCell(s.value[c]);
    if (i == 0) return here + " = " + v + ": turning \"\" into \"" + std::string(b.substr(0, j)) + "\" takes " + v + " insertions";
    if (j == 0) return here + " = " + v + ": turning \"" + std::string(a.substr(0, i)) + "\" into \"\" takes " + v + " deletions";
    auto ref = [&](std::uint32_t r, std::uint32_t k) {
        return "D[" + std::to_string(r) + "][" + std::to_string(k) + "]";
    };
    const bool same = a[i - 1] == b[j - 1];
    return here + " = min(" + ref(i - 1, j) + "+1, " + ref(i, j - 1) + "+1, " + ref(i - 1, j - 1) + "+" +
           (same ? "0" : "1") + ") = min(" + formatCell(s.at(i - 1, j) + 1) + ", " + formatCell(s.at(i, j - 1) + 1) +
           ", " + formatCell(s.at(i - 1, j - 1) + (same ? 0 : 1)) + ") = " + v + ", since " + a[i - 1] +
           (same ? " = " : " ≠ ") + b[j - 1];
}

}  // namespace

DpProblem editDistanceProblem() {
    DpProblem p;
    p.id = "edit-distance";
    p.title = "Edit distance (Levenshtein)";
    p.summary = "fewest insertions, deletions and substitutions turning a into b, with the edit script";
    p.pseudocode = {
        "D[0][j] ← j   (j insertions)",
        "D[i][0] ← i   (i deletions)",
        "for i ← 1..|a|, j ← 1..|b|:",
        "    D[i][j] ← min(D[i-1][j] + 1, D[i][j-1] + 1, D[i-1][j-1] + [a_i ≠ b_j])",
        "walk back from D[|a|][|b|] along the choices: keep, substitute, delete, insert",
    };
    p.run = [](const DpInput& in, bool record, std::size_t cellLimit) {
        auto shared = std::make_shared<const DpInput>(in);
        const std::string_view a = shared->a, b = shared->b;
        DpRun run = makeStringTableRun(*shared, "D", cellLimit);
        if (!run.result.tableKept) {
            run.result.value = editDistanceValue(a, b);
            return run;
        }
        auto compute = [&](auto& tracer) {
            run.table = editDistanceTable(a, b, tracer);
            run.result.script = traceBack(a, b, run.table, run.result.traceback);
            if constexpr (std::decay_t<decltype(tracer)>::enabled)
                for (auto [r, c] : run.result.traceback) tracer.emit(event::Trace{r * run.cols + c});
        };
        recordOrRun<DpEvent>(run, record, cellLimit, compute);
        run.result.value = run.table.back();
        run.dependencies = [cols = run.cols](CellId c) { return stringTableDependencies(c, cols); };
        run.lineOf = [cols = run.cols](const DpEvent& e) {
            if (std::holds_alternative<event::Trace>(e)) return int(kTraceback);
            const CellId c = *filledCell(e);
            return c < cols ? int(kFirstRow) : c % cols == 0 ? int(kFirstCol) : int(kRecurrence);
        };
        run.explain = [shared](const DpState& s, const DpEvent& e) -> std::string {
            const std::string_view a = shared->a, b = shared->b;
            if (auto cell = filledCell(e)) return explainCell(a, b, s, *cell);
            const CellId c = std::get<event::Trace>(e).cell;
            const auto i = s.rowOf(c), j = s.colOf(c);
            const std::string at = "D[" + std::to_string(i) + "][" + std::to_string(j) + "] = " + formatCell(s.value[c]);
            if (s.path.size() == 1) return "traceback starts at the corner: " + at + " edits in all";
            const CellId before = s.path[s.path.size() - 2];
            const auto pi = s.rowOf(before), pj = s.colOf(before);
            std::string step;
            if (pi == i + 1 && pj == j + 1)
                step = a[i] == b[j] ? std::string("keep ") + a[i] : std::string("substitute ") + a[i] + "→" + b[j];
            else if (pi == i + 1)
                step = std::string("delete ") + a[i];
            else
                step = std::string("insert ") + b[j];
            return "traceback: " + step + ", move to " + at + (i == 0 && j == 0 ? "; the script is complete" : "");
        };
        return run;
    };
    return p;
}

}  // namespace stepwise::dp
