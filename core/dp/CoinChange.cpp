#include "core/dp/CoinChange.h"

#include <optional>

#include "core/common/InputError.h"
#include "core/dp/DpCatalogueEntries.h"
#include "core/dp/StringTable.h"

namespace stepwise::dp {

void validateCoinChange(const std::vector<std::int64_t>& coins, std::int64_t amount) {
    for (std::size_t i = 0; i < coins.size(); ++i)
        if (coins[i] <= 0)
            throw InputError("coin " + std::to_string(i) + " is " + std::to_string(coins[i]) + " (expected a positive value)");
    if (amount < 0) throw InputError("amount " + std::to_string(amount) + " is negative (expected 0 or more)");
    if (amount > 100'000'000) throw InputError("amount " + std::to_string(amount) + " is too large (at most 100000000)");
}

std::int64_t coinChangeWays(const std::vector<std::int64_t>& coins, std::int64_t amount) {
    std::vector<std::int64_t> ways(static_cast<std::size_t>(amount) + 1, 0);
    ways[0] = 1;
    for (auto c : coins)
        for (std::int64_t a = c; a <= amount; ++a)
            if (__builtin_add_overflow(ways[a], ways[a - c], &ways[a]))
                throw InputError("the number of ways to make " + std::to_string(amount) + " exceeds 2^63 - 1");
    return ways[amount];
}

std::optional<std::int64_t> coinChangeFewest(const std::vector<std::int64_t>& coins, std::int64_t amount) {
    std::vector<std::int64_t> f(static_cast<std::size_t>(amount) + 1, infinity);
    f[0] = 0;
    for (auto c : coins)
        for (std::int64_t a = c; a <= amount; ++a)
            if (f[a - c] != infinity) f[a] = std::min(f[a], f[a - c] + 1);
    if (f[amount] == infinity) return std::nullopt;
    return f[amount];
}

namespace {

enum Line { kBase, kLoop, kWithout, kWith, kTraceback };

}  // namespace

DpProblem coinChangeProblem() {
    DpProblem p;
    p.id = "coin-change";
    p.title = "Coin change";
    p.summary = "fewest coins making an amount (null when impossible) and the number of combinations";
    p.pseudocode = {
        "F[0][0] ← 0;  F[0][a] ← ∞ for a > 0",
        "for coin i ← 1..k, amount a ← 0..A:",
        "    F[i][a] ← F[i-1][a]                          (without coin i)",
        "    if c_i ≤ a:  F[i][a] ← min(F[i][a], F[i][a-c_i] + 1)   (one more coin i)",
        "walk back from F[k][A]: left by c_i when coin i was used, else up",
    };
    p.run = [](const DpInput& in, bool record, std::size_t cellLimit) {
        validateCoinChange(in.coins, in.amount);
        auto shared = std::make_shared<const DpInput>(in);
        DpRun run;
        const std::size_t rows = in.coins.size() + 1, cols = static_cast<std::size_t>(in.amount) + 1;
        run.rows = static_cast<std::uint32_t>(rows);
        run.cols = static_cast<std::uint32_t>(cols);
        run.result.ways = coinChangeWays(in.coins, in.amount);
        run.result.tableKept = rows * cols <= cellLimit;
        if (!run.result.tableKept) {
            run.result.value = coinChangeFewest(in.coins, in.amount);
            return run;
        }
        run.rowLabels.push_back("no coins");
        for (auto c : in.coins) run.rowLabels.push_back("+" + std::to_string(c));
        for (std::size_t a = 0; a < cols; ++a) run.colLabels.push_back(std::to_string(a));
        recordOrRun<DpEvent>(run, record, cellLimit, [&](auto& tracer) {
            run.table = coinChangeTable(shared->coins, shared->amount, tracer);
            if (run.table.back() == infinity) return;  // nothing to walk back through
            std::size_t i = rows - 1, a = cols - 1;
            for (;;) {
                run.result.traceback.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(a)});
                if constexpr (std::decay_t<decltype(tracer)>::enabled) tracer.emit(event::Trace{static_cast<CellId>(i * cols + a)});
                if (a == 0) break;
                if (run.table[i * cols + a] == run.table[(i - 1) * cols + a]) {
                    --i;
                } else {
                    run.result.coinsUsed.push_back(shared->coins[i - 1]);
                    a -= static_cast<std::size_t>(shared->coins[i - 1]);
                }
            }
            std::sort(run.result.coinsUsed.begin(), run.result.coinsUsed.end());
        });
        if (run.table.back() != infinity) run.result.value = run.table.back();
        run.dependencies = [shared, cols = run.cols](CellId cell) {
            const std::uint32_t i = cell / cols, a = cell % cols;
            if (i == 0) return std::vector<CellId>{};
            std::vector<CellId> deps{cell - cols};
            const auto c = static_cast<std::uint32_t>(shared->coins[i - 1]);
            if (c <= a) deps.push_back(cell - c);
            return deps;
        };
        run.lineOf = [shared, cols = run.cols](const DpEvent& e) {
            if (std::holds_alternative<event::Trace>(e)) return int(kTraceback);
            const CellId cell = *filledCell(e);
            const std::uint32_t i = cell / cols, a = cell % cols;
            if (i == 0) return int(kBase);
            return shared->coins[i - 1] <= a ? int(kWith) : int(kWithout);
        };
        run.explain = [shared](const DpState& s, const DpEvent& e) -> std::string {
            auto ref = [](std::uint32_t r, std::uint32_t k) {
                return "F[" + std::to_string(r) + "][" + std::to_string(k) + "]";
            };
            if (auto cell = filledCell(e)) {
                const auto i = s.rowOf(*cell), a = s.colOf(*cell);
                const std::string v = formatCell(s.value[*cell]);
                if (i == 0) return ref(i, a) + " = " + v + (a == 0 ? ": zero coins make 0" : ": no coins cannot make " + std::to_string(a));
                const auto c = static_cast<std::uint32_t>(shared->coins[i - 1]);
                if (c > a) return ref(i, a) + " = " + ref(i - 1, a) + " = " + v + ": a " + std::to_string(c) + " coin is more than " + std::to_string(a);
                const auto with = s.at(i, a - c);
                return ref(i, a) + " = min(" + ref(i - 1, a) + ", " + ref(i, a - c) + " + 1) = min(" + formatCell(s.at(i - 1, a)) +
                       ", " + (with == infinity ? "∞" : formatCell(with + 1)) + ") = " + v;
            }
            const CellId cell = std::get<event::Trace>(e).cell;
            const auto i = s.rowOf(cell), a = s.colOf(cell);
            if (s.path.size() == 1) return "traceback starts at " + ref(i, a) + " = " + formatCell(s.value[cell]) + " coins";
            const CellId before = s.path[s.path.size() - 2];
            const auto pi = s.rowOf(before);
            if (pi == i) return "traceback: use a " + std::to_string(shared->coins[i - 1]) + " coin, " + std::to_string(a) + " left";
            return "traceback: coin " + std::to_string(shared->coins[pi - 1]) + " is not needed here, move up";
        };
        return run;
    };
    return p;
}

}  // namespace stepwise::dp
