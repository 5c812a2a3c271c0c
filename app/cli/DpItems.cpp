// `stepwise-cli run` for the dynamic-programming problems: lcs, edit-distance, knapsack, lis,
// coin-change. Every run is recorded so `steps` counts the table fills and the traceback.
#include <sstream>

#include "app/cli/NumberList.h"
#include "app/cli/RunItem.h"
#include "core/common/TextTable.h"
#include "core/common/InputError.h"
#include "core/dp/DpProblem.h"
#include "core/trace/Timeline.h"

namespace stepwise::cli {
namespace {

using dp::DpInput;
using dp::DpProblem;
using dp::DpRun;

/// Tables up to this many cells are recorded; beyond it the value alone is computed in linear
/// memory (10,000 x 10,000 edit distance still answers).
constexpr std::size_t kCellLimit = 4'000'000;

nlohmann::json cellJson(std::int64_t v) { return v == dp::infinity ? nlohmann::json(nullptr) : nlohmann::json(v); }

nlohmann::json tableJson(const DpRun& run) {
    nlohmann::json rows = nlohmann::json::array();
    if (run.table.empty()) return rows;
    for (std::uint32_t r = 0; r < run.rows; ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (std::uint32_t c = 0; c < run.cols; ++c) row.push_back(cellJson(run.table[r * run.cols + c]));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string tableText(const DpRun& run) {
    if (run.table.empty() || run.rows * run.cols > 2500) return {};
    TextTable t;
    std::vector<std::string> header{""};
    for (const auto& label : run.colLabels) header.push_back(label);
    t.add(header);
    for (std::uint32_t r = 0; r < run.rows; ++r) {
        std::vector<std::string> row{r < run.rowLabels.size() ? run.rowLabels[r] : ""};
        for (std::uint32_t c = 0; c < run.cols; ++c) row.push_back(dp::formatCell(run.table[r * run.cols + c]));
        t.add(row);
    }
    return t.str() + "\n";
}

std::string joinNumbers(const std::vector<std::int64_t>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s;
}

RunOutput runProblem(const std::string& id, const DpInput& in, const RunOptions& options) {
    const DpProblem* problem = dp::findDpProblem(id);
    DpRun run = problem->run(in, true, kCellLimit);
    RunOutput out;
    const auto& r = run.result;
    out.result["value"] = r.value ? nlohmann::json(*r.value) : nlohmann::json(nullptr);
    out.result["table"] = tableJson(run);
    nlohmann::json traceback = nlohmann::json::array();
    for (auto [row, col] : r.traceback) traceback.push_back({row, col});
    out.result["traceback"] = traceback;
    std::ostringstream text;
    text << problem->title << ": " << (r.value ? std::to_string(*r.value) : "impossible") << "\n";
    if (id == "lcs") {
        out.result["subsequence"] = r.subsequence;
        text << "subsequence: \"" << r.subsequence << "\"\n";
    } else if (id == "lis") {
        out.result["subsequence"] = r.sequence;
        text << "subsequence: " << joinNumbers(r.sequence) << "\n";
    } else if (id == "edit-distance") {
        nlohmann::json script = nlohmann::json::array();
        text << "script:";
        for (const auto& op : r.script) {
            static const char* names[] = {"keep", "substitute", "insert", "delete"};
            nlohmann::json o{{"op", names[static_cast<int>(op.kind)]}};
            if (op.from) o["from"] = std::string(1, op.from);
            if (op.to) o["to"] = std::string(1, op.to);
            script.push_back(o);
            text << " " << op.describe() << ";";
        }
        out.result["script"] = script;
        text << "\n";
    } else if (id == "knapsack") {
        out.result["items"] = r.items;
        std::vector<std::int64_t> items(r.items.begin(), r.items.end());
        text << "items: " << joinNumbers(items) << "\n";
    } else if (id == "coin-change") {
        out.result["ways"] = r.ways ? nlohmann::json(*r.ways) : nlohmann::json(nullptr);
        out.result["coins"] = r.coinsUsed;
        text << "ways: " << (r.ways ? std::to_string(*r.ways) : "?") << "\ncoins: " << joinNumbers(r.coinsUsed) << "\n";
    }
    if (!r.tableKept)
        out.warnings.push_back("the table would have " + std::to_string(std::uint64_t(run.rows) * run.cols) +
                               " cells, more than " + std::to_string(kCellLimit) +
                               ": computed the value alone, without the table, traceback or trace");
    text << tableText(run);
    out.text = text.str();
    out.steps = run.trace.size();
    if (options.trace && run.recorded) {
        trace::Timeline<dp::DpArea> timeline(run.initial, std::move(run.trace));
        while (timeline.forward())
            out.traceSteps.push_back({timeline.step(), run.lineOf(timeline.lastEvent()) + 1,
                                      run.explain(timeline.state(), timeline.lastEvent())});
    }
    return out;
}

RunItem item(const std::string& id, std::vector<RunOptionSpec> specs, std::function<DpInput(const RunOptions&)> read) {
    const DpProblem* problem = dp::findDpProblem(id);
    RunItem it;
    it.name = id;
    it.summary = problem->summary;
    it.options = std::move(specs);
    std::string usage;
    for (const auto& s : it.options) usage += (usage.empty() ? "--" : " --") + s.name + " " + s.value;
    it.usage = usage;
    std::string details;
    for (const auto& line : problem->pseudocode) details += "  " + line + "\n";
    it.details = details;
    it.handler = [id, read](const RunOptions& o) { return runProblem(id, read(o), o); };
    return it;
}

}  // namespace

std::vector<RunItem> dpRunItems() {
    std::vector<RunItem> items;
    auto strings = [](const RunOptions& o) {
        DpInput in;
        in.a = o.require("a", "TEXT");
        in.b = o.require("b", "TEXT");
        return in;
    };
    const std::vector<RunOptionSpec> stringSpecs = {{"a", "TEXT", "the first string", true},
                                                    {"b", "TEXT", "the second string", true}};
    items.push_back(item("lcs", stringSpecs, strings));
    items.push_back(item("edit-distance", stringSpecs, strings));
    items.push_back(item("knapsack",
                         {{"weights", "LIST", "item weights, e.g. 1,3,4", true},
                          {"values", "LIST", "item values, same count, e.g. 15,20,30", true},
                          {"capacity", "N", "the knapsack's capacity", true}},
                         [](const RunOptions& o) {
                             DpInput in;
                             in.weights = parseIntegerList("weights", *o.get("weights"));
                             in.values = parseIntegerList("values", *o.get("values"));
                             in.capacity = parseInteger("capacity", *o.get("capacity"));
                             return in;
                         }));
    items.push_back(item("lis",
                         {{"values", "LIST", "the sequence, e.g. 3,1,2", true},
                          {"method", "table|patience", "O(n²) table (default) or O(n log n) patience", false}},
                         [](const RunOptions& o) {
                             DpInput in;
                             in.values = parseIntegerList("values", *o.get("values"));
                             in.method = o.get("method").value_or("table");
                             return in;
                         }));
    items.push_back(item("coin-change",
                         {{"coins", "LIST", "coin values, e.g. 1,2,5", true}, {"amount", "N", "the amount to make", true}},
                         [](const RunOptions& o) {
                             DpInput in;
                             in.coins = parseIntegerList("coins", *o.get("coins"));
                             in.amount = parseInteger("amount", *o.get("amount"));
                             return in;
                         }));
    return items;
}

}  // namespace stepwise::cli
