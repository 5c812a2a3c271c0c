#pragma once
// Graphviz DOT, the common subset: enough to read graphs drawn or exported elsewhere and to export
// ours (with colours and labels) for `dot -Tsvg`.
//
// Read:  [strict] digraph|graph [NAME] { statements }
//   statements, separated by ';' or just by newlines:
//     a -> b [weight=3]          edge (use '--' in a `graph`); chains a -> b -> c make one edge per hop
//     a -- b [weight=2.5, label="x"]
//     a;   a [pos="1,2"]         node statement; pos "X,Y" (an optional trailing '!' is allowed) is the
//                                vertex position, taken as is (no axis flip)
//     edge [weight=2]            default attributes for the edges that follow (node/graph defaults ignored)
//     rankdir=LR                 graph attributes, ignored
//   IDs: bare words (letters, digits, '_'), numerals (-1.5), "quoted strings" (\" and \\ escapes, and
//   backslash-newline continues the line), <HTML> strings; ports (a:p) are ignored.
//   Comments: // and # to the end of the line, /* ... */.
//   Weight: the `weight` attribute; when an edge has none, a numeric `label` is the weight (textbook
//   drawings put weights in labels), otherwise 1. A non-numeric or non-finite `weight` is an error.
//   Other attributes are ignored. Subgraphs are not supported (an error says so).
// Errors (InputError with the line): wrong edge operator for the graph kind, missing braces,
// bad weight or pos, unexpected tokens.
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/graph/Graph.h"

namespace stepwise::graph {

/// Parses DOT text. `fileName` names the source in errors ("editor" for typed text).
Graph parseDot(std::string_view text, std::string_view fileName = "editor");

/// Reads the whole stream, then parses it as parseDot does.
Graph readDot(std::istream& in, std::string_view fileName);

/// Extra attributes for export, as key/value pairs; values are quoted by the writer.
using DotAttributes = std::vector<std::pair<std::string, std::string>>;

/// How writeDot decorates its output. Callbacks may be empty. The writer always emits `weight` on
/// edges and `pos` on vertices (when the graph has positions); callback pairs with those keys are
/// dropped so the output still reads back to the same graph.
struct DotStyle {
    std::string graphName = "G";
    DotAttributes graphAttributes;                       // e.g. {{"rankdir", "LR"}}
    std::function<DotAttributes(VertexId)> vertexStyle;  // e.g. {{"color", "red"}, {"label", "A\n3"}}
    std::function<DotAttributes(EdgeId)> edgeStyle;      // e.g. {{"penwidth", "3"}}
};

/// Writes `g` as DOT that parseDot reads back to the same graph: directedness, vertex names and ids
/// (every vertex gets a node statement, in id order), edges in order with exact weights, positions.
void writeDot(std::ostream& out, const Graph& g, const DotStyle& style = {});
std::string toDot(const Graph& g, const DotStyle& style = {});

/// `id` as a DOT ID: bare when it is a plain word or numeral and not a keyword, quoted otherwise.
std::string dotId(std::string_view id);

}  // namespace stepwise::graph
