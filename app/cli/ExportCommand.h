#pragma once
// `stepwise-cli export GRAPHFILE --algorithm ITEM [--source NAME] [--step K] --format dot [-o FILE]`:
// the graph as DOT with the state at step K drawn in (colours, shapes and labels).
// png/svg/pdf/gif need Qt and are the GUI build's; csv is for DP tables (not here yet).
#include <iosfwd>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace stepwise::cli {

struct ExportRequest {
    std::string input;
    std::string algorithm;
    std::string method;
    std::string source;
    std::string target;
    std::optional<std::size_t> step;  // default: the last step
    std::string format = "dot";
    std::string output;  // empty or "-": standard output
};

/// Declares the `export` subcommand on `app`, filling `request` when parsed.
CLI::App* addExportCommand(CLI::App& app, ExportRequest& request);

/// Writes the export. Throws InputError for bad input (unknown item, step past the end, a format
/// this build cannot write, an unwritable output file).
int executeExport(const ExportRequest& request, std::ostream& out);

}  // namespace stepwise::cli
