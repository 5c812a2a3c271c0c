#pragma once
// The contract between `stepwise-cli run` and each catalogue area. An area registers one RunItem
// per catalogue name (in its own app/cli/<Area>Items.cpp); the run command parses `--name value`
// pairs into RunOptions, calls the handler, and prints text or JSON (DESIGN.md "Command line").
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stepwise::cli {

struct RunOptions {
    std::string item;                           // "dijkstra", "cache", ...
    std::map<std::string, std::string> values;  // "--graph f.txt" -> {"graph", "f.txt"}
    bool json = false;
    bool trace = false;

    bool has(const std::string& name) const { return values.count(name) != 0; }
    /// The value, or nullopt when the option was not given.
    std::optional<std::string> get(const std::string& name) const {
        auto it = values.find(name);
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    /// The value; throws InputError("missing --name (expected ...)") when absent.
    std::string require(const std::string& name, const std::string& expected) const;
};

/// One step of a trace as the CLI prints it: JSON {"step": 1, "line": 3, "text": "..."}.
struct TraceStep {
    std::size_t step = 0;  // 1-based
    int line = 0;          // 1-based pseudo-code line; 0 = none
    std::string text;
};

struct RunOutput {
    nlohmann::json result;                // the "result" object of the JSON document
    std::size_t steps = 0;                // number of trace steps
    std::vector<std::string> traceLines;  // with --trace: one line per step ("12  line 6  relax B→D: ...")
    std::string text;                     // the human-readable result printed without --json
    /// With --trace, preferred over traceLines: the CLI formats text lines and JSON objects from it.
    /// An item that fills only traceLines gets {"step": i, "text": line} objects in JSON.
    std::vector<TraceStep> traceSteps;
    /// Printed to stderr as "stepwise-cli: warning: ..." (a truncated trace, say); exit status stays 0.
    std::vector<std::string> warnings;
};

/// A handler throws stepwise::InputError for bad input (exit 2) and anything else for a bug (exit 1).
using RunHandler = std::function<RunOutput(const RunOptions&)>;

/// One `--name VALUE` option an item takes (for --help and for rejecting unknown options).
struct RunOptionSpec {
    std::string name;       // without dashes: "graph"
    std::string value;      // placeholder for help: "FILE"
    std::string help;       // one line
    bool required = false;  // the CLI reports "missing --name" before calling the handler
};

struct RunItem {
    std::string name;
    std::string summary;  // one line for `stepwise-cli list`
    std::string usage;    // the options it takes, for `stepwise-cli run NAME --help` and errors
    RunHandler handler;
    /// Optional. When non-empty, options not listed are rejected (exit 2) and --help lists them;
    /// when empty, any `--name value` pair reaches the handler as is.
    std::vector<RunOptionSpec> options;
    /// Optional extra text for `run NAME --help` (methods, pseudo-code, an example).
    std::string details;
};

/// Every item, in catalogue order. Each area contributes a function returning its items;
/// RunItems.cpp concatenates them (one line per area).
const std::vector<RunItem>& runItems();
/// The item with this name, or nullptr.
const RunItem* findRunItem(const std::string& name);
std::vector<RunItem> graphRunItems();
std::vector<RunItem> dpRunItems();
std::vector<RunItem> structureRunItems();
std::vector<RunItem> cacheRunItems();
std::vector<RunItem> balancerRunItems();

}  // namespace stepwise::cli
