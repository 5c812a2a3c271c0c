#include "app/cli/ExportCommand.h"

#include <CLI/CLI.hpp>
#include <cmath>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "app/cli/RunCommand.h"
#include "app/cli/render/ExportRender.h"
#include "core/catalogue/Catalogue.h"
#include "core/catalogue/StepKinds.h"
#include "core/common/InputError.h"
#include "core/common/Ordinal.h"
#include "core/common/Sampling.h"
#include "core/balance/BalancerChartCsv.h"
#include "core/balance/BalancerItemRun.h"
#include "core/cache/CacheChartCsv.h"
#include "core/cache/CacheItemRun.h"
#include "core/dp/DpItemRun.h"
#include "core/dp/DpTableText.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/StepDot.h"
#include "core/run/Run.h"

namespace stepwise::cli {
namespace {

const std::vector<std::string> kFormats{"png", "svg", "pdf", "gif", "dot", "csv", "md"};
/// The GIF frame and study-sheet page limits of ui/export/StepExport.h, checked here too so the
/// message comes before any drawing starts.
constexpr std::size_t kMaxGifFrames = 500;
constexpr std::size_t kMaxSheetPages = 1000;

bool isDrawing(const std::string& format) {
    return format == "png" || format == "svg" || format == "pdf" || format == "gif";
}

/// What the item exports as in this build.
std::vector<std::string> formatsOf(const run::Run& run) {
    std::vector<std::string> f;
    if (canRender()) f = {"png", "svg", "pdf", "gif"};
    if (run.as<graph::GraphItemRun>()) f.push_back("dot");
    if (run.as<dp::DpItemRun>()) f.insert(f.end(), {"csv", "md"});
    // The charts' data: the hit ratio over requests, the picks per backend.
    if (run.as<cache::CacheItemRun>() || run.as<balance::BalancerItemRun>()) f.push_back("csv");
    return f;
}

std::string join(const std::vector<std::string>& words) {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : ", ") + w;
    return s;
}

std::size_t parseStep(const std::string& what, const std::string& text, const std::string& noun = "a step number",
                      int from = 0) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 12)
        throw InputError("export: " + what + ": '" + text + "' is not " + noun + " (expected a whole number from " +
                         std::to_string(from) + ")");
    return static_cast<std::size_t>(std::stoull(text));
}

std::string suffixFormat(const std::string& output) {
    std::string ext = std::filesystem::path(output).extension().string();
    if (!ext.empty()) ext.erase(0, 1);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "gv") return "dot";
    if (ext == "markdown") return "md";
    for (const auto& f : kFormats)
        if (f == ext) return f;
    return {};
}

/// A number as a user types it: 0.5, 100, not 0.500000.
std::string shortNumber(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
}

/// A file nobody may write is kept as it is, even by root (whom the system would let replace it):
/// chmod a-w is how a user says "keep this one".
void refuseReadOnly(const std::string& output) {
    struct stat st {};
    if (::stat(output.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0222) == 0)
        throw InputError("export: " + output + " is read-only: it is kept (make it writable, or choose another -o FILE)");
}

/// Written to a temporary file beside the target (a fresh name, so a user's own file or a second
/// export to the same target is never overwritten), then renamed: a failed write leaves no file.
void writeFile(const std::string& output, const std::string& text) {
    std::string temporary = output + ".part-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) throw InputError("export: cannot write " + output + " (the directory is missing or not writable)");
    std::error_code error;
    const char* data = text.data();
    std::size_t left = text.size();
    bool written = true;
    while (left > 0 && written) {
        const ssize_t n = ::write(fd, data, left);
        written = n > 0;
        if (written) {
            data += n;
            left -= static_cast<std::size_t>(n);
        }
    }
    // mkstemp makes the file 0600; give it the permissions of the file it replaces, or those a new
    // file would have.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    struct stat existing {};
    const mode_t mode = ::stat(output.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : (0666 & ~mask);
    written = ::fchmod(fd, mode) == 0 && written;
    written = ::close(fd) == 0 && written;
    if (!written) {
        std::filesystem::remove(temporary, error);
        throw InputError("export: cannot write " + output);
    }
    std::filesystem::rename(temporary, output, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw InputError("export: cannot write " + output);
    }
}

}  // namespace

CLI::App* addExportCommand(CLI::App& app, ExportRequest& r) {
    auto* cmd = app.add_subcommand(
        "export", "draw any item at a step or over a range of steps: png, svg, pdf (a study sheet for a range), gif, "
                  "dot, csv, md (no display needed)");
    cmd->allow_extras();
    // Our own help flag: `export ITEM --help` adds the item's options to export's.
    cmd->set_help_flag();
    cmd->add_flag("-h,--help", r.help, "print this help (with ITEM: and the item's options)");
    cmd->add_option("ITEM", r.input, "the catalogue item (then its options, as for run); the older form: a graph file");
    cmd->add_option("--algorithm", r.algorithm, "the older form: the graph item, with a graph file as ITEM");
    cmd->add_option("--method", r.method, "the method, for items that have several");
    cmd->add_option("--source", r.source, "the start vertex (graph items)");
    cmd->add_option("--target", r.target, "the goal vertex (graph items)");
    cmd->add_option("--preset", r.preset, "start from one of the item's named option sets");
    cmd->add_option("--step", r.step, "draw the state after K steps (default: the last step)")->type_name("UINT");
    cmd->add_option("--steps", r.steps, "a range A..B of steps: a pdf study sheet or a gif (default: all)");
    cmd->add_option("--every", r.every, "with a range: every K-th step (and the last)")->type_name("UINT");
    cmd->add_option("--kinds", r.kinds,
                    "with a range: only the steps of these kinds, comma-separated (relax,settle; an unknown kind "
                    "lists the item's)");
    cmd->add_option("--chart", r.chart,
                    "one of the item's charts instead of its drawing: png, svg, pdf, or csv of its data (cache: "
                    "hit-ratio, miss-ratio; balancer: counts; queue: depth, throughput, latency, retries, workers; "
                    "breaker: rates; an unknown name lists the item's)");
    cmd->add_option("--format", r.format, "png, svg, pdf, gif, dot, csv or md (default: from -o's suffix)");
    cmd->add_option("--scale", r.scale, "png and gif: pixels per drawing unit (default 2 for png, 1 for gif)");
    cmd->add_option("--theme", r.theme, "light (default, prints well) or dark");
    cmd->add_option("--frame-ms", r.frameMs, "gif: how long each step shows, in ms (default 500)");
    cmd->add_option("-o,--output", r.output, "the file to write (dot, csv, md: standard output by default)");
    return cmd;
}

std::string exportHelp(const std::string& commandHelp, const std::string& id) {
    std::string text = commandHelp;
    const catalogue::CatalogueItem* item = id.empty() ? nullptr : catalogue::findItem(id);
    if (!item) return text;
    text += "\nThe options of " + id + ", which export takes as run does (not --json or --trace):\n\n" + itemHelp(*item);
    return text;
}

int executeExport(const ExportRequest& r, std::ostream& out) {
    if (r.input.empty())
        throw InputError("export: missing ITEM (see stepwise-cli list; stepwise-cli export ITEM --help for its options)");
    // The older form names a graph file first and the item with --algorithm.
    const bool older = !r.algorithm.empty();
    const std::string id = older ? r.algorithm : r.input;
    const catalogue::CatalogueItem* item = catalogue::findItem(id);
    if (older && (!item || item->area != catalogue::Area::Graph))
        throw InputError("export: --algorithm " + id + " is not a graph item (see stepwise-cli list)");
    if (!item) {
        std::error_code ec;
        if (std::filesystem::exists(id, ec))
            throw InputError("export: " + id + " is a file, not an item: name the graph item with --algorithm ITEM, or "
                             "write export ITEM --graph " + id);
        catalogue::requireItem(id);  // throws "unknown item 'x' (known items: ...)"
    }

    std::vector<std::string> words{id};
    if (older) words.insert(words.end(), {"--graph", r.input});
    for (const auto& [flag, value] : {std::pair{"--method", &r.method}, {"--source", &r.source},
                                      {"--target", &r.target}, {"--preset", &r.preset}})
        if (!value->empty()) words.insert(words.end(), {flag, *value});
    for (const auto& w : r.itemOptions) {
        if (w == "--json" || w == "--trace")
            throw InputError("export: " + w + " is an option of run, not of export");
        words.push_back(w);
    }
    const RunRequest runRequest = parseRunArguments(words);
    const catalogue::Options options = resolveOptions(runRequest);
    const std::unique_ptr<run::Run> run = item->start(options);

    // The format: --format, else the output's suffix, else dot in the older form.
    std::string format = r.format;
    for (auto& c : format) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (format == "markdown") format = "md";
    if (format.empty() && !r.output.empty() && r.output != "-") format = suffixFormat(r.output);
    if (format.empty() && older) format = "dot";
    if (format.empty()) throw InputError("export: give --format (" + join(kFormats) + ") or an -o FILE with one of those suffixes");
    if (std::find(kFormats.begin(), kFormats.end(), format) == kFormats.end())
        throw InputError("export: unknown format '" + r.format + "' (expected " + join(kFormats) + ")");
    std::vector<std::string> has = formatsOf(*run);
    std::vector<std::string> textOnly;  // what needs no room to draw it
    for (const auto& f : has)
        if (!isDrawing(f)) textOnly.push_back(f);
    if (!r.chart.empty()) {
        // A chart is drawn by the item's room, its data read there too: png, svg, pdf or csv.
        if (format != "png" && format != "svg" && format != "pdf" && format != "csv")
            throw InputError("export: a chart exports as png, svg, pdf or csv, not " + format);
        if (!canRender()) {
            RenderJob refused;
            refused.format = format;
            renderExport(refused);  // says why: this build has no renderer
        }
    } else if (std::find(has.begin(), has.end(), format) == has.end()) {
        if (isDrawing(format) && !canRender()) {
            RenderJob refused;
            refused.format = format;
            renderExport(refused);  // says why: this build has no renderer
        }
        // The drawings only where a room draws the item: the list must not promise a png it cannot make.
        if (canRender() && !canDraw(*item)) has = textOnly;
        throw InputError("export: " + id + " has no " + format + " export (its formats: " +
                         (has.empty() ? std::string("none in this build") : join(has)) + ")");
    }

    // Which steps: --step K, --steps A..B [--every K]; by default the last step, or all for a gif
    // and a pdf (a study sheet).
    if (r.step && !r.steps.empty()) throw InputError("export: give --step or --steps, not both");
    const std::size_t count = run->stepCount();
    std::size_t first = 0, last = count;
    const bool range = !r.steps.empty() || (!r.step && r.chart.empty() && (format == "gif" || format == "pdf"));
    if (r.step) first = last = parseStep("--step", *r.step);
    if (!r.steps.empty()) {
        const auto dots = r.steps.find("..");
        if (dots == std::string::npos)
            throw InputError("export: --steps " + r.steps + ": expected a range A..B (for example 0..12)");
        first = parseStep("--steps", r.steps.substr(0, dots));
        last = parseStep("--steps", r.steps.substr(dots + 2));
        if (first > last) throw InputError("export: --steps " + r.steps + " ends before it starts");
    }
    if (last > count)
        throw InputError("export: --step" + std::string(r.steps.empty() ? " " : "s ") +
                         (r.steps.empty() ? std::to_string(last) : r.steps) + " is past the last step (" +
                         std::to_string(count) + ")");
    if (range && !(format == "gif" || format == "pdf"))
        throw InputError("export: " + format + " draws one step: give --step K (a range makes a pdf study sheet or a gif)");
    const std::size_t every = r.every ? parseStep("--every", *r.every, "a number of steps", 1) : 1;
    if (every == 0) throw InputError("export: --every must be at least 1");
    if (r.every && !range) throw InputError("export: --every samples a range: give --steps A..B");
    if (!r.chart.empty() && range)
        throw InputError("export: a chart draws one step: give --step K (default: the last)");
    const std::vector<std::string> kinds = catalogue::splitKinds(r.kinds.value_or(""));
    if (r.kinds && !range) throw InputError("export: --kinds samples a range: a pdf study sheet or a gif");
    if (r.kinds && kinds.empty())
        throw InputError("export: --kinds names no kind (expected kinds, comma-separated, such as relax,settle)");
    std::size_t candidates = last - first + 1;  // the steps sampled: the range's, or its steps of kinds
    std::size_t frames = sampledCount(candidates, every);
    if (!kinds.empty()) {
        const std::vector<std::string> itemKinds = catalogue::stepKinds(*run, 0, count);
        if (itemKinds.empty())
            throw InputError("export: " + id + " does not name its steps' kinds: sample it with --every K instead");
        for (const auto& k : kinds)
            if (std::find(itemKinds.begin(), itemKinds.end(), k) == itemKinds.end())
                throw InputError("export: --kinds: " + id + " has no " + k + " steps (its kinds: " + join(itemKinds) + ")");
        const std::size_t matching = catalogue::stepsOfKinds(*run, first, last, kinds).size();
        if (matching == 0)
            throw InputError("export: --kinds " + *r.kinds + ": no such step in steps " + std::to_string(first) + ".." +
                             std::to_string(last));
        candidates = matching;
        frames = sampledCount(candidates, every);
    }
    const auto tooMany = [&](const std::string& what, std::size_t limit, const std::string& unit) {
        const std::size_t fits = fittingEvery(candidates, limit);
        return InputError("export: " + std::to_string(frames) + " steps are too many for " + what + " (at most " +
                          std::to_string(limit) + " " + unit + "): choose a shorter --steps range or sample it (--every " +
                          std::to_string(fits) + " fits: every " + ordinal(fits) + " step)");
    };
    if (format == "gif" && frames > kMaxGifFrames) throw tooMany("a GIF", kMaxGifFrames, "frames");
    if (format == "pdf" && range && frames > kMaxSheetPages) throw tooMany("a study sheet", kMaxSheetPages, "pages");
    if (r.theme != "light" && r.theme != "dark")
        throw InputError("export: --theme " + r.theme + ": expected light or dark");
    const double scale = r.scale.value_or(format == "gif" ? 1.0 : 2.0);
    if (!(scale > 0) || scale > 16 || !std::isfinite(scale))
        throw InputError("export: --scale " + shortNumber(scale) + " is out of range (more than 0, at most 16)");
    if (r.frameMs && (*r.frameMs < 20 || *r.frameMs > 60000))
        throw InputError("export: --frame-ms " + std::to_string(*r.frameMs) + " is out of range (20 to 60000)");
    const bool toStdout = r.output.empty() || r.output == "-";
    if (!toStdout) refuseReadOnly(r.output);

    if (isDrawing(format) || !r.chart.empty()) {
        const bool chartToStdout = toStdout && format == "csv";  // a chart's data may go to standard output
        if (toStdout && !chartToStdout) throw InputError("export: " + format + " needs -o FILE");
        RenderJob job;
        job.item = item;
        job.options = options;
        job.format = format;
        job.sheet = range && format == "pdf";
        job.first = first;
        job.last = last;
        job.every = every;
        job.scale = scale;
        job.dark = r.theme == "dark";
        job.frameMs = r.frameMs.value_or(500);
        job.output = r.output;
        job.steps = count;
        job.kinds = kinds;
        job.chart = r.chart;
        job.textFormats = join(textOnly);
        if (chartToStdout) {
            std::error_code ec;
            const auto temporary = std::filesystem::temp_directory_path(ec) /
                                   ("stepwise-chart-" + std::to_string(::getpid()) + ".csv");
            job.output = temporary.string();
            renderExport(job);
            std::ifstream in(temporary, std::ios::binary);
            out << in.rdbuf();
            std::filesystem::remove(temporary, ec);
            return 0;
        }
        renderExport(job);
        return 0;
    }

    run->seek(last);
    std::ostringstream text;
    if (format == "dot") graph::writeStepDot(text, *run->as<graph::GraphItemRun>(), id);
    if (format == "csv" && run->as<dp::DpItemRun>()) dp::writeDpCsv(text, dp::dpTextTable(*run->as<dp::DpItemRun>()));
    if (format == "csv" && run->as<cache::CacheItemRun>()) cache::writeHitRatioCsv(text, *run->as<cache::CacheItemRun>());
    if (format == "csv" && run->as<balance::BalancerItemRun>())
        balance::writeCountsCsv(text, *run->as<balance::BalancerItemRun>());
    if (format == "md") dp::writeDpMarkdown(text, *run->as<dp::DpItemRun>());
    if (toStdout)
        out << text.str();
    else
        writeFile(r.output, text.str());
    return 0;
}

}  // namespace stepwise::cli
