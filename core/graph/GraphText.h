#pragma once
// The graph text format (DESIGN.md "Graph text format"): a plain edge list a person can type.
//
//   # a comment: '#' starts a comment anywhere on a line; blank lines are ignored
//   undirected            optional, first non-comment line only: `directed` (the default) or `undirected`
//   A B 4                 an edge FROM TO [WEIGHT]; the weight defaults to 1, may be negative or
//   B C -2.5              fractional, and must be finite (no nan/inf)
//   D                     a single name declares a vertex (isolated, or just to fix its id order)
//   @ A 0 0               `@ NAME X Y` gives NAME a position (declaring it if new); A* uses positions
//   @ B 3 4               as its straight-line heuristic and the GUI layout keeps them. A graph has
//                         positions only when every vertex has one; otherwise they are dropped.
//
// Names are tokens without spaces and without '#'. `@` is reserved, and `directed`/`undirected`
// cannot be vertex names. Vertex ids follow first appearance, edge ids follow line order.
// To catch typos, a lone word on the very first line that is close to `directed`/`undirected`
// ("directd", "Undirected") is an error rather than a vertex; put the directive first to use such a name.
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "core/graph/Graph.h"

namespace stepwise::graph {

/// Parses the edge-list text. `fileName` names the source in errors ("editor" for typed text;
/// empty gives "line N: ..."). Throws InputError(message, fileName, line) naming what was expected.
Graph parseGraphText(std::string_view text, std::string_view fileName = "editor");

/// Reads the whole stream, then parses it as parseGraphText does.
Graph readGraphText(std::istream& in, std::string_view fileName);

/// Writes `g` in the edge-list format so that parseGraphText gives back the same graph: same
/// directedness, vertex names and ids, edges (order and exact weights) and positions.
/// Throws InputError when a vertex name cannot be written as a token (empty, has whitespace or '#',
/// or is `@`, `directed` or `undirected`); DOT can carry such names.
void writeGraphText(std::ostream& out, const Graph& g);
std::string toGraphText(const Graph& g);

/// A finite number in plain decimal or exponent notation ("3", "-2.5", "1e3", "+4"), else nullopt.
/// Locale-independent. Shared by the DOT reader.
std::optional<double> parseNumber(std::string_view token);

/// The shortest text that parseNumber reads back to exactly `value` ("4", "2.5", "0.1").
std::string formatNumberExact(double value);

}  // namespace stepwise::graph
