#include "core/graph/StepDot.h"

#include <cmath>
#include <ostream>
#include <set>

#include "core/graph/Dot.h"
#include "core/graph/EdgeMarkName.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/Narration.h"

namespace stepwise::graph {
namespace {

/// Text as a Graphviz label shows it: a backslash is doubled, since `\n`, `\l` and `\N` in a
/// label are Graphviz's own escapes (a vertex named `c\` would have run into the line break after).
std::string literalLabel(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += '\\';
        out += c;
    }
    return out;
}

// State is drawn by shape and line style as well as colour, so it survives a grey-scale print.
DotAttributes vertexLook(const GraphState& s, VertexId v) {
    const Graph& g = *s.graph;
    std::string label = literalLabel(g.name(v));
    if (std::isfinite(s.distance[v])) label += "\\n" + formatNumber(s.distance[v]);
    if (s.discovered[v] != none && s.finishKeepsOnStack && s.low[v] != none)  // Tarjan: index/low-link
        label += "\\n" + std::to_string(s.discovered[v]) + "/" + std::to_string(s.low[v]);
    else if (s.discovered[v] != none)
        label += "\\n" + std::to_string(s.discovered[v]) + "/" +
                 (s.finished[v] == none ? std::string("-") : std::to_string(s.finished[v]));
    DotAttributes a{{"label", label}};
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

DotAttributes edgeLook(const GraphState& s, const std::set<EdgeId>& treeEdges, EdgeId e) {
    const Graph& g = *s.graph;
    DotAttributes a{{"label", formatNumber(g.edge(e).weight)}};
    EdgeMark mark = s.edgeMark[e];
    if (mark == EdgeMark::None && treeEdges.count(e)) mark = EdgeMark::Tree;  // parent pointers form a tree
    if (mark != EdgeMark::None) a.push_back({"class", edgeMarkName(mark)});
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

void writeStepDot(std::ostream& out, const GraphItemRun& run, const std::string& graphName) {
    const GraphState& s = run.state();
    const Graph& g = *run.graph();
    std::set<EdgeId> treeEdges;
    for (auto arc : s.parent)
        if (arc != none) treeEdges.insert(g.edgeOf(arc));

    DotStyle style;
    style.graphName = graphName;
    std::string caption = run.algorithm().title + ", step " + std::to_string(run.step()) + " of " +
                          std::to_string(run.stepCount());
    if (run.step() > 0) caption += ": " + run.sentence();
    style.graphAttributes = {{"label", literalLabel(caption)}, {"labelloc", "t"}};
    style.vertexStyle = [&s](VertexId v) { return vertexLook(s, v); };
    style.edgeStyle = [&s, &treeEdges](EdgeId e) { return edgeLook(s, treeEdges, e); };
    writeDot(out, g, style);
}

}  // namespace stepwise::graph
