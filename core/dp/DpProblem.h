#pragma once
// One entry of the DP catalogue, and what a run of it produces. A run carries closures over its
// own input (labels, dependencies, sentences), so a view needs nothing but the run.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/dp/DpState.h"

namespace stepwise::dp {

/// Inputs, by problem: strings (LCS, edit distance), weights/values/capacity (knapsack),
/// values (LIS), coins/amount (coin change). `method` picks a variant ("patience" for LIS).
struct DpInput {
    std::string a, b;
    std::vector<std::int64_t> weights, values;
    std::int64_t capacity = 0;
    std::vector<std::int64_t> coins;
    std::int64_t amount = 0;
    std::string method;
};

struct EditOperation {
    enum class Kind { Keep, Substitute, Insert, Delete } kind;
    std::size_t positionA = 0;  // index into a (Keep/Substitute/Delete)
    std::size_t positionB = 0;  // index into b (Keep/Substitute/Insert)
    char from = 0;
    char to = 0;
    /// "keep i", "substitute k→s", "insert g", "delete e".
    std::string describe() const;
};

struct DpResult {
    std::optional<std::int64_t> value;  // nullopt: coin change cannot make the amount
    std::vector<std::pair<std::uint32_t, std::uint32_t>> traceback;  // [row, col], from the answer back
    std::string subsequence;                 // LCS
    std::vector<std::int64_t> sequence;      // LIS
    std::vector<EditOperation> script;       // edit distance, in order from a to b
    std::vector<std::size_t> items;          // knapsack: chosen item indices, ascending
    std::optional<std::int64_t> ways;        // coin change: combinations, order not counted
    std::vector<std::int64_t> coinsUsed;     // coin change: one optimal multiset, ascending
    bool tableKept = true;                   // false when the input was too large for a full table
};

struct DpRun {
    DpResult result;
    std::uint32_t rows = 0, cols = 0;
    std::vector<std::string> rowLabels, colLabels;
    std::vector<std::int64_t> table;  // final values, row-major (empty when !result.tableKept)
    DpState initial;
    DpTrace trace;
    bool recorded = false;
    bool truncated = false;
    /// Cells a cell's value is computed from (for the arrows).
    std::function<std::vector<CellId>(CellId)> dependencies;
    /// 0-based pseudo-code line of an event.
    std::function<int(const DpEvent&)> lineOf;
    /// A sentence with the actual numbers; `after` has the event applied.
    std::function<std::string(const DpState& after, const DpEvent&)> explain;
};

struct DpProblem {
    std::string id, title, summary;
    std::vector<std::string> pseudocode;
    /// Validates (InputError on bad input), runs, and records when asked. Tables with more than
    /// `cellLimit` cells are computed without a table (value only, in linear memory where possible).
    std::function<DpRun(const DpInput&, bool record, std::size_t cellLimit)> run;
};

const std::vector<DpProblem>& dpCatalogue();
const DpProblem* findDpProblem(const std::string& id);

/// "∞" for infinity, the number otherwise.
std::string formatCell(std::int64_t v);

}  // namespace stepwise::dp
