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

struct RunOutput {
    nlohmann::json result;               // the "result" object of the JSON document
    std::size_t steps = 0;               // number of trace steps
    std::vector<std::string> traceLines; // with --trace: one line per step ("12  line 6  relax B→D: ...")
    std::string text;                    // the human-readable result printed without --json
};

/// A handler throws stepwise::InputError for bad input (exit 2) and anything else for a bug (exit 1).
using RunHandler = std::function<RunOutput(const RunOptions&)>;

struct RunItem {
    std::string name;
    std::string summary;  // one line for `stepwise-cli list`
    std::string usage;    // the options it takes, for `stepwise-cli run NAME --help` and errors
    RunHandler handler;
};

/// Every item, in catalogue order. Each area contributes a function returning its items;
/// RunItems.cpp concatenates them.
const std::vector<RunItem>& runItems();
std::vector<RunItem> graphRunItems();

}  // namespace stepwise::cli
