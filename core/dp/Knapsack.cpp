#include "core/dp/Knapsack.h"

#include "core/common/InputError.h"
#include "core/dp/DpCatalogueEntries.h"
#include "core/dp/StringTable.h"

namespace stepwise::dp {

void validateKnapsack(const std::vector<std::int64_t>& weights, const std::vector<std::int64_t>& values,
                      std::int64_t capacity) {
    if (weights.size() != values.size())
        throw InputError("knapsack needs one value per weight: got " + std::to_string(weights.size()) + " weights and " +
                         std::to_string(values.size()) + " values");
    if (capacity < 0) throw InputError("capacity " + std::to_string(capacity) + " is negative (expected 0 or more)");
    if (capacity > 100'000'000) throw InputError("capacity " + std::to_string(capacity) + " is too large (at most 100000000)");
    std::int64_t total = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] < 0)
            throw InputError("weight of item " + std::to_string(i) + " is negative (" + std::to_string(weights[i]) + ")");
        if (values[i] < 0)
            throw InputError("value of item " + std::to_string(i) + " is negative (" + std::to_string(values[i]) + ")");
        total += values[i];
        if (values[i] > (1LL << 53) || total > (1LL << 53)) throw InputError("the values add up to more than 2^53");
    }
}

std::int64_t knapsackValue(const std::vector<std::int64_t>& weights, const std::vector<std::int64_t>& values,
                           std::int64_t capacity) {
    std::vector<std::int64_t> best(static_cast<std::size_t>(capacity) + 1, 0);
    for (std::size_t i = 0; i < weights.size(); ++i)
        for (std::int64_t c = capacity; c >= weights[i]; --c)
            best[c] = std::max(best[c], best[c - weights[i]] + values[i]);
    return best[capacity];
}

namespace {

enum Line { kBase, kLoop, kSkip, kTake, kTraceback };

}  // namespace

DpProblem knapsackProblem() {
    DpProblem p;
    p.id = "knapsack";
    p.title = "0/1 knapsack";
    p.summary = "best total value within a weight capacity, each item taken at most once, with the chosen items";
    p.pseudocode = {
        "K[0][c] ← 0 for every capacity c",
        "for item i ← 1..n, capacity c ← 0..C:",
        "    K[i][c] ← K[i-1][c]                                  (skip item i)",
        "    if w_i ≤ c:  K[i][c] ← max(K[i][c], K[i-1][c-w_i] + v_i)   (take item i)",
        "walk back from K[n][C]: where K[i][c] ≠ K[i-1][c], item i was taken; c ← c - w_i",
    };
    p.run = [](const DpInput& in, bool record, std::size_t cellLimit) {
        validateKnapsack(in.weights, in.values, in.capacity);
        auto shared = std::make_shared<const DpInput>(in);
        DpRun run;
        const std::size_t rows = in.weights.size() + 1, cols = static_cast<std::size_t>(in.capacity) + 1;
        run.rows = static_cast<std::uint32_t>(rows);
        run.cols = static_cast<std::uint32_t>(cols);
        run.result.tableKept = rows * cols <= cellLimit;
        if (!run.result.tableKept) {
            run.result.value = knapsackValue(in.weights, in.values, in.capacity);
            return run;
        }
        run.rowLabels.push_back("none");
        for (std::size_t i = 0; i < in.weights.size(); ++i)
            run.rowLabels.push_back("#" + std::to_string(i) + " w" + std::to_string(in.weights[i]) + " v" +
                                    std::to_string(in.values[i]));
        for (std::size_t c = 0; c < cols; ++c) run.colLabels.push_back(std::to_string(c));
        recordOrRun<DpEvent>(run, record, cellLimit, [&](auto& tracer) {
            run.table = knapsackTable(shared->weights, shared->values, shared->capacity, tracer);
            std::size_t c = cols - 1;
            for (std::size_t i = rows - 1;; --i) {
                run.result.traceback.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(c)});
                if constexpr (std::decay_t<decltype(tracer)>::enabled)
                    tracer.emit(event::Trace{static_cast<CellId>(i * cols + c)});
                if (i == 0) break;
                if (run.table[i * cols + c] != run.table[(i - 1) * cols + c]) {
                    run.result.items.push_back(i - 1);
                    c -= static_cast<std::size_t>(shared->weights[i - 1]);
                }
            }
            std::reverse(run.result.items.begin(), run.result.items.end());
        });
        run.result.value = run.table.back();
        run.dependencies = [shared, cols = run.cols](CellId cell) {
            const std::uint32_t i = cell / cols, c = cell % cols;
            if (i == 0) return std::vector<CellId>{};
            std::vector<CellId> deps{cell - cols};
            const auto w = static_cast<std::uint32_t>(shared->weights[i - 1]);
            if (w <= c) deps.push_back(cell - cols - w);
            return deps;
        };
        run.lineOf = [shared, cols = run.cols](const DpEvent& e) {
            if (std::holds_alternative<event::Trace>(e)) return int(kTraceback);
            const CellId cell = *filledCell(e);
            const std::uint32_t i = cell / cols, c = cell % cols;
            if (i == 0) return int(kBase);
            return shared->weights[i - 1] <= c ? int(kTake) : int(kSkip);
        };
        run.explain = [shared](const DpState& s, const DpEvent& e) -> std::string {
            auto ref = [](std::uint32_t r, std::uint32_t k) {
                return "K[" + std::to_string(r) + "][" + std::to_string(k) + "]";
            };
            if (auto cell = filledCell(e)) {
                const auto i = s.rowOf(*cell), c = s.colOf(*cell);
                const std::string v = formatCell(s.value[*cell]);
                if (i == 0) return ref(i, c) + " = 0: no items, no value";
                const auto w = shared->weights[i - 1], val = shared->values[i - 1];
                const std::string item = "item " + std::to_string(i - 1) + " (weight " + std::to_string(w) + ", value " +
                                         std::to_string(val) + ")";
                if (w > c) return ref(i, c) + " = " + ref(i - 1, c) + " = " + v + ": " + item + " does not fit in " + std::to_string(c);
                const auto skip = s.at(i - 1, c), take = s.at(i - 1, c - static_cast<std::uint32_t>(w)) + val;
                return ref(i, c) + " = max(" + ref(i - 1, c) + ", " + ref(i - 1, c - static_cast<std::uint32_t>(w)) + " + " +
                       std::to_string(val) + ") = max(" + formatCell(skip) + ", " + formatCell(take) + ") = " + v + ": " +
                       (take > skip ? "take " : "skip ") + item;
            }
            const CellId cell = std::get<event::Trace>(e).cell;
            const auto i = s.rowOf(cell), c = s.colOf(cell);
            if (s.path.size() == 1) return "traceback starts at " + ref(i, c) + " = " + formatCell(s.value[cell]) + ", the best value";
            const CellId before = s.path[s.path.size() - 2];
            const auto pi = s.rowOf(before), pc = s.colOf(before);
            const bool taken = s.value[before] != s.at(pi - 1, pc);
            const std::string moved = taken ? "item " + std::to_string(pi - 1) + " was taken (" + ref(pi, pc) + " ≠ " +
                                                    ref(pi - 1, pc) + "), capacity left " + std::to_string(c)
                                              : "item " + std::to_string(pi - 1) + " was not taken";
            return "traceback: " + moved;
        };
        return run;
    };
    return p;
}

}  // namespace stepwise::dp
