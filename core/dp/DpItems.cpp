// The catalogue entries of the dynamic-programming area: lcs, edit-distance, knapsack, lis and
// coin-change, their options, examples and presets, and how a run's result reads in JSON and text.
#include <sstream>

#include "core/catalogue/Catalogue.h"
#include "core/common/TextTable.h"
#include "core/dp/DpItemRun.h"

namespace stepwise::catalogue {
namespace {

using dp::DpInput;
using dp::DpProblem;
using dp::DpRun;

/// Past this many cells the text result leaves the table out (the JSON keeps it).
constexpr std::size_t kTextTableCells = 2500;

nlohmann::json cellJson(std::int64_t v) {
    return v == dp::infinity ? nlohmann::json(nullptr) : nlohmann::json(v);
}

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
    if (run.table.empty() || run.rows * run.cols > kTextTableCells) return {};
    TextTable t;
    std::vector<std::string> header{""};
    for (const auto& label : run.colLabels) header.push_back(label);
    t.add(header);
    for (std::uint32_t r = 0; r < run.rows; ++r) {
        std::vector<std::string> row{r < run.rowLabels.size() ? run.rowLabels[r] : ""};
        for (std::uint32_t c = 0; c < run.cols; ++c)
            row.push_back(dp::formatCell(run.table[r * run.cols + c]));
        t.add(row);
    }
    return t.str() + "\n";
}

std::string joinNumbers(const std::vector<std::int64_t>& v, const char* separator = ", ") {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? separator : "") + std::to_string(v[i]);
    return s;
}

/// "3, 1, 4" or, past a dozen, the first dozen and "...": a sentence stays one line.
std::string preview(const std::vector<std::int64_t>& v) {
    const std::size_t shown = std::min<std::size_t>(v.size(), 12);
    return joinNumbers(std::vector<std::int64_t>(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(shown))) +
           (shown < v.size() ? ", ..." : "");
}

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// Step 0: what the table is about to hold.
std::string intro(const std::string& id, const DpInput& in, const DpRun& run, std::size_t steps) {
    const std::string cells = std::to_string(std::uint64_t(run.rows) * run.cols);
    if (!run.recorded)
        return "the table would have " + cells + " cells: the value is computed alone, with no steps to show";
    const std::string table =
        "an empty " + std::to_string(run.rows) + " × " + std::to_string(run.cols) + " table";
    const std::string todo = "; " + plural(steps, "step", "steps") + " to run";
    if (id == "lcs")
        return table + " for the subsequences common to \"" + in.a + "\" and \"" + in.b + "\"" + todo;
    if (id == "edit-distance") return table + " for turning \"" + in.a + "\" into \"" + in.b + "\"" + todo;
    if (id == "knapsack")
        return table + ": " + plural(in.weights.size(), "item", "items") + ", capacities 0.." +
               std::to_string(in.capacity) + todo;
    if (id == "coin-change")
        return table + ": " + plural(in.coins.size(), "coin", "coins") + ", amounts 0.." +
               std::to_string(in.amount) + todo;
    if (id == "lis")
        return plural(in.values.size(), "value", "values") + " (" + preview(in.values) + ")" +
               (in.method == "patience" ? ", no piles yet" : ", no lengths yet") + todo;
    return table + todo;
}

/// The problem's own part of the result ("subsequence", "script", ...), in JSON and text.
void describeAnswer(const std::string& id, const dp::DpResult& r, nlohmann::json& json,
                    std::ostringstream& text) {
    if (id == "lcs") {
        json["subsequence"] = r.subsequence;
        text << "subsequence: \"" << r.subsequence << "\"\n";
    } else if (id == "lis") {
        json["subsequence"] = r.sequence;
        text << "subsequence: " << joinNumbers(r.sequence) << "\n";
    } else if (id == "edit-distance") {
        static const char* names[] = {"keep", "substitute", "insert", "delete"};
        nlohmann::json script = nlohmann::json::array();
        text << "script:";
        for (const auto& op : r.script) {
            nlohmann::json o{{"op", names[static_cast<int>(op.kind)]}};
            if (op.from) o["from"] = std::string(1, op.from);
            if (op.to) o["to"] = std::string(1, op.to);
            script.push_back(o);
            text << " " << op.describe() << ";";
        }
        json["script"] = script;
        text << "\n";
    } else if (id == "knapsack") {
        json["items"] = r.items;
        text << "items: " << joinNumbers(std::vector<std::int64_t>(r.items.begin(), r.items.end())) << "\n";
    } else if (id == "coin-change") {
        json["ways"] = r.ways ? nlohmann::json(*r.ways) : nlohmann::json(nullptr);
        json["coins"] = r.coinsUsed;
        text << "ways: " << (r.ways ? std::to_string(*r.ways) : "?")
             << "\ncoins: " << joinNumbers(r.coinsUsed) << "\n";
    }
}

std::unique_ptr<run::Run> buildRun(const DpProblem& problem, DpInput in, const RunLimits& limits) {
    DpRun data = problem.run(in, true, limits.cellLimit);
    const auto& r = data.result;
    run::RunInfo info;
    info.itemId = problem.id;
    info.title = problem.title;
    info.pseudocode = problem.pseudocode;
    info.intro = intro(problem.id, in, data, data.trace.size());
    info.result["value"] = r.value ? nlohmann::json(*r.value) : nlohmann::json(nullptr);
    info.result["table"] = tableJson(data);
    nlohmann::json traceback = nlohmann::json::array();
    for (auto [row, col] : r.traceback) traceback.push_back({row, col});
    info.result["traceback"] = traceback;
    std::ostringstream text;
    text << problem.title << ": " << (r.value ? std::to_string(*r.value) : "impossible") << "\n";
    describeAnswer(problem.id, r, info.result, text);
    if (!r.tableKept)
        info.warnings.push_back("the table would have " +
                                std::to_string(std::uint64_t(data.rows) * data.cols) + " cells, more than " +
                                std::to_string(limits.cellLimit) +
                                ": computed the value alone, without the table, traceback or trace");
    text << tableText(data);
    info.resultText = text.str();
    return std::make_unique<dp::DpItemRun>(std::move(info), std::move(data), std::move(in));
}

OptionSpec list(std::string name, std::string help) {
    return option(std::move(name), OptionKind::IntegerList, "LIST", std::move(help)).mandatory();
}
OptionSpec number(std::string name, std::string help) {
    return option(std::move(name), OptionKind::Integer, "N", std::move(help)).mandatory();
}
OptionSpec text(std::string name, std::string help) {
    return option(std::move(name), OptionKind::Text, "TEXT", std::move(help)).mandatory();
}

CatalogueItem item(const std::string& id, std::vector<OptionSpec> options,
                   std::function<DpInput(const Options&)> read, Preset example,
                   std::vector<Preset> presets = {}) {
    const DpProblem* problem = dp::findDpProblem(id);
    CatalogueItem it;
    it.id = id;
    it.area = Area::DynamicProgramming;
    it.title = problem->title;
    it.summary = problem->summary;
    it.options = std::move(options);
    it.pseudocode = problem->pseudocode;
    for (const auto& line : problem->pseudocode) it.details += "  " + line + "\n";
    it.example = std::move(example);
    it.presets = std::move(presets);
    it.build = [problem, read = std::move(read)](const Options& o, const RunLimits& limits) {
        return buildRun(*problem, read(o), limits);
    };
    return it;
}

DpInput readStrings(const Options& o) {
    DpInput in;
    in.a = o.text("a");
    in.b = o.text("b");
    return in;
}

}  // namespace

std::vector<CatalogueItem> dpItems() {
    const std::vector<OptionSpec> strings = {text("a", "the first string"), text("b", "the second string")};
    const OptionSpec method =
        option("method", OptionKind::Choice, "table|patience", "O(n²) table (default) or O(n log n) patience")
            .oneOf({"table", "patience"})
            .byDefault("table");
    const std::pair<std::string, std::string> lisValues{"values", "10,9,2,5,3,7,101,18"};

    std::vector<CatalogueItem> items;
    // The examples are the classic inputs the GUI's DP room opens each problem with.
    items.push_back(item("lcs", strings, readStrings,
                         {"example", "ABCBDAB and BDCABA", {{"a", "ABCBDAB"}, {"b", "BDCABA"}}}));
    items.push_back(item("edit-distance", strings, readStrings,
                         {"example", "kitten → sitting", {{"a", "kitten"}, {"b", "sitting"}}}));
    items.push_back(item("knapsack",
                         {list("weights", "item weights, e.g. 1,3,4"),
                          list("values", "item values, same count, e.g. 15,20,30"),
                          number("capacity", "the knapsack's capacity")},
                         [](const Options& o) {
                             DpInput in;
                             in.weights = o.integers("weights");
                             in.values = o.integers("values");
                             in.capacity = o.integer("capacity");
                             return in;
                         },
                         {"example",
                          "4 items, capacity 7",
                          {{"weights", "1,3,4,5"}, {"values", "1,4,5,7"}, {"capacity", "7"}}}));
    items.push_back(item("lis", {list("values", "the sequence, e.g. 3,1,2"), method},
                         [](const Options& o) {
                             DpInput in;
                             in.values = o.integers("values");
                             in.method = o.text("method", "table");
                             return in;
                         },
                         {"example", "Table, O(n²)", {lisValues, {"method", "table"}}},
                         {{"patience", "Patience piles, O(n log n)", {lisValues, {"method", "patience"}}}}));
    items.push_back(item(
        "coin-change", {list("coins", "coin values, e.g. 1,2,5"), number("amount", "the amount to make")},
        [](const Options& o) {
            DpInput in;
            in.coins = o.integers("coins");
            in.amount = o.integer("amount");
            return in;
        },
        {"example", "Coins 1, 2, 5 for 11", {{"coins", "1,2,5"}, {"amount", "11"}}},
        {{"impossible", "An amount the coins cannot make", {{"coins", "2"}, {"amount", "3"}}}}));
    return items;
}

}  // namespace stepwise::catalogue
