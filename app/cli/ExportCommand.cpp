#include "app/cli/ExportCommand.h"

#include <CLI/CLI.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/graph/Dot.h"
#include "core/graph/EdgeMarkName.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/Narration.h"

namespace stepwise::cli {
namespace {

using graph::EdgeMark;
using graph::VertexStatus;

// State is drawn by shape and line style as well as colour, so it survives a grey-scale print.
graph::DotAttributes vertexLook(const graph::GraphState& s, graph::VertexId v) {
    const graph::Graph& g = *s.graph;
    std::string label = g.name(v);
    if (std::isfinite(s.distance[v])) label += "\\n" + graph::formatNumber(s.distance[v]);
    if (s.discovered[v] != graph::none)
        label += "\\n" + std::to_string(s.discovered[v]) + "/" +
                 (s.finished[v] == graph::none ? std::string("-") : std::to_string(s.finished[v]));
    graph::DotAttributes a{{"label", label}};
    switch (s.status[v]) {
        case VertexStatus::Unseen:
            a.insert(a.end(), {{"shape", "circle"}, {"style", "dashed"}});
            break;
        case VertexStatus::Frontier:
            a.insert(a.end(), {{"shape", "circle"}, {"style", "filled,bold"}, {"fillcolor", "gold"}});
            break;
        case VertexStatus::Done:
            a.insert(a.end(), {{"shape", "doublecircle"}, {"style", "filled"}, {"fillcolor", "lightblue"}});
            break;
        case VertexStatus::Highlighted:
            a.insert(a.end(), {{"shape", "circle"}, {"style", "filled,bold"}, {"fillcolor", "orange"}});
            break;
    }
    return a;
}

graph::DotAttributes edgeLook(const graph::GraphState& s, const std::set<graph::EdgeId>& treeEdges,
                              graph::EdgeId e) {
    const graph::Graph& g = *s.graph;
    graph::DotAttributes a{{"label", graph::formatNumber(g.edge(e).weight)}};
    EdgeMark mark = s.edgeMark[e];
    if (mark == EdgeMark::None && treeEdges.count(e)) mark = EdgeMark::Tree;  // parent pointers form a tree
    if (mark != EdgeMark::None) a.push_back({"class", graph::edgeMarkName(mark)});
    switch (mark) {
        case EdgeMark::None:
            a.push_back({"color", "gray60"});
            break;
        case EdgeMark::Examined:
            a.insert(a.end(), {{"color", "gray30"}, {"style", "dashed"}});
            break;
        case EdgeMark::Tree:
        case EdgeMark::Chosen:
            a.insert(a.end(), {{"color", "blue"}, {"penwidth", "3"}});
            break;
        case EdgeMark::Back:
            a.insert(a.end(), {{"color", "red"}, {"style", "dashed"}});
            break;
        case EdgeMark::Forward:
            a.insert(a.end(), {{"color", "darkgreen"}, {"style", "dashed"}});
            break;
        case EdgeMark::Cross:
            a.insert(a.end(), {{"color", "purple"}, {"style", "dotted"}});
            break;
        case EdgeMark::Rejected:
            a.insert(a.end(), {{"color", "gray70"}, {"style", "dotted"}});
            break;
        case EdgeMark::Cycle:
            a.insert(a.end(), {{"color", "red"}, {"penwidth", "3"}});
            break;
    }
    return a;
}

}  // namespace

CLI::App* addExportCommand(CLI::App& app, ExportRequest& r) {
    auto* cmd = app.add_subcommand("export", "draw a graph item at one step as DOT (no display needed)");
    cmd->add_option("INPUT", r.input, "the graph file (edge list or DOT)")->required();
    cmd->add_option("--algorithm", r.algorithm, "the graph item: dijkstra, bfs, scc...")->required();
    cmd->add_option("--method", r.method, "the method, for items that have several");
    cmd->add_option("--source", r.source, "the start vertex");
    cmd->add_option("--target", r.target, "the goal vertex");
    cmd->add_option("--step", r.step, "draw the state after K steps (default: the last step)");
    cmd->add_option("--format", r.format, "dot (png, svg, pdf and gif come with the GUI build)");
    cmd->add_option("-o,--output", r.output, "the file to write (default: standard output)");
    return cmd;
}

int executeExport(const ExportRequest& r, std::ostream& out) {
    if (r.format != "dot") {
        const std::set<std::string> gui{"png", "svg", "pdf", "gif"};
        throw InputError("export: --format " + r.format +
                         (gui.count(r.format)
                              ? " needs the GUI build's renderer; stepwise-cli writes dot (render it "
                                "with Graphviz: dot -Tsvg)"
                              : " is not a format stepwise-cli writes (expected dot)"));
    }
    const catalogue::CatalogueItem* item = catalogue::findItem(r.algorithm);
    if (!item || item->area != catalogue::Area::Graph)
        throw InputError("export: --algorithm " + r.algorithm +
                         " is not a graph item (see stepwise-cli list)");

    catalogue::Options given;
    given.set("graph", r.input);
    if (!r.method.empty()) given.set("method", r.method);
    if (!r.source.empty()) given.set("source", r.source);
    if (!r.target.empty()) given.set("target", r.target);
    const auto started = item->start(given);
    auto* run = started->as<graph::GraphItemRun>();
    if (!run) throw std::logic_error("export: " + r.algorithm + " did not make a graph run");

    const std::size_t step = r.step.value_or(run->stepCount());
    if (step > run->stepCount())
        throw InputError("export: --step " + std::to_string(step) + " is past the last step (" +
                         std::to_string(run->stepCount()) + ")");
    run->seek(step);
    const auto& s = run->state();
    const graph::Graph& g = *run->graph();

    std::set<graph::EdgeId> treeEdges;
    for (auto arc : s.parent)
        if (arc != graph::none) treeEdges.insert(g.edgeOf(arc));

    graph::DotStyle style;
    style.graphName = r.algorithm;
    std::string caption =
        run->algorithm().title + ", step " + std::to_string(step) + " of " + std::to_string(run->stepCount());
    if (step > 0) caption += ": " + run->sentence();
    style.graphAttributes = {{"label", caption}, {"labelloc", "t"}};
    style.vertexStyle = [&s](graph::VertexId v) { return vertexLook(s, v); };
    style.edgeStyle = [&s, &treeEdges](graph::EdgeId e) { return edgeLook(s, treeEdges, e); };

    if (r.output.empty() || r.output == "-") {
        graph::writeDot(out, g, style);
        return 0;
    }
    // Written to a temporary file first, so a failed write leaves no partial file behind.
    const std::string temporary = r.output + ".part";
    std::ofstream file(temporary, std::ios::binary);
    if (!file) throw InputError("export: cannot write " + r.output);
    graph::writeDot(file, g, style);
    file.close();
    std::error_code error;
    if (!file || (std::filesystem::rename(temporary, r.output, error), error)) {
        std::filesystem::remove(temporary, error);
        throw InputError("export: cannot write " + r.output);
    }
    return 0;
}

}  // namespace stepwise::cli
