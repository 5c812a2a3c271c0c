#pragma once
// `stepwise-cli export ITEM [the item's options, as for run] --step K | --steps A..B [--every K]
// [--kinds K1,K2] --format png|svg|pdf|gif|dot|csv|md [--scale S] [--theme light|dark] [--frame-ms MS]
// -o FILE`: any catalogue item at one step, or over a range (a PDF study sheet, an animated GIF),
// optionally only the steps of some kinds; `--chart NAME` draws one of the item's charts (png, svg,
// pdf) or writes its data (csv). No display is needed. The older `export GRAPHFILE --algorithm ITEM [--source NAME] [--step K]` form stays.
// DOT, CSV and Markdown come from the core; the drawings need the GUI build's renderer
// (render/ExportRender.h), which a build without the UI leaves out.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace stepwise::cli {

struct ExportRequest {
    std::string input;      // ITEM; in the older form the graph file
    std::string algorithm;  // the older form's item
    std::string method;
    std::string source;
    std::string target;
    std::string preset;
    std::optional<std::string> step;  // read as text: CLI11 would wrap "-1" round to a huge number
    std::string steps;  // "A..B"
    std::optional<std::string> every;
    std::optional<std::string> kinds;  // "relax,settle": a sheet or gif of only the steps of these kinds
    std::string chart;  // "hit-ratio": one of the room's charts (png, svg, pdf, csv)
    std::string format;  // empty: from -o's suffix (dot in the older form)
    std::optional<double> scale;
    std::string theme = "light";
    std::optional<int> frameMs;
    std::string output;  // empty or "-": standard output (text formats only)
    bool help = false;   // export [ITEM] --help: export's options, then the item's
    /// Whatever CLI11 did not declare: the item's own options, handed to the run's parser.
    std::vector<std::string> itemOptions;
};

/// Declares the `export` subcommand on `app`, filling `request` when parsed (itemOptions: read
/// the command's remaining() after parsing).
CLI::App* addExportCommand(CLI::App& app, ExportRequest& request);

/// Writes the export. Throws InputError for bad input (exit 2): an unknown item, format or option,
/// a format the item does not have (naming those it has), a step out of range, a range too long
/// for a GIF (naming the limit), an unwritable output file. A failed export leaves no file.
int executeExport(const ExportRequest& request, std::ostream& out);

/// `export --help` (the command's own help, `exportHelp`), followed with an item by that item's
/// options, which export takes as run does.
std::string exportHelp(const std::string& commandHelp, const std::string& item);

}  // namespace stepwise::cli
