#pragma once
// Edits of the edge-list text (GraphText.h) as pure functions: the drawing's mouse edits (add a vertex,
// connect two, set a weight, delete) change the text, and the text drives the drawing as always.
// Each one rewrites only the lines it concerns, so comments, blank lines and the order of the rest
// survive. `g` must be the graph parseGraphText(text) gives (its edge lines locate the edges).
// Bad edits throw InputError and the caller keeps its text.
#include <optional>
#include <string>
#include <string_view>

#include "core/graph/Graph.h"

namespace stepwise::graph {

/// The first of A..Z, then V1, V2, ... that is not a vertex of `g`.
std::string nextFreeVertexName(const Graph& g);

/// Appends a line declaring `name`; with `at` (when `g` has positions, so they are not dropped) an
/// `@ NAME X Y` line instead. Throws InputError when the name exists or cannot be written.
std::string addVertexToText(std::string_view text, const Graph& g, std::string_view name,
                            std::optional<Point> at = std::nullopt);

/// Appends the edge line `FROM TO [WEIGHT]`. Throws InputError for a self-loop, an edge that already
/// joins the two (either way when undirected: the drawing keeps graphs simple), or a weight that is
/// not finite.
std::string addEdgeToText(std::string_view text, const Graph& g, VertexId from, VertexId to, double weight = 1.0);

/// Rewrites only the weight on edge `e`'s line (added after its ends when it had none): its spacing
/// and comment stay. Throws InputError when `e` has no line in the text or the weight is not finite.
std::string setEdgeWeightInText(std::string_view text, const Graph& g, EdgeId e, double weight);

/// The edge from `a` to `b`; either way round when `g` is undirected (the line may say `B A`).
std::optional<EdgeId> edgeJoining(const Graph& g, VertexId a, VertexId b);

/// As setEdgeWeightInText for the edge joining `a` and `b`. Throws InputError when none does.
std::string setWeightBetweenInText(std::string_view text, const Graph& g, VertexId a, VertexId b, double weight);

/// A weight as a person types it ("4", " -2.5 ", "1e3"): what the format allows for WEIGHT (finite,
/// negative or fractional). Throws InputError saying what to type instead.
double parseTypedWeight(std::string_view typed);

/// Removes edge `e`'s line. Its ends stay vertices: an end that no other line names is declared on
/// its own line where the edge was.
std::string removeEdgeFromText(std::string_view text, const Graph& g, EdgeId e);

/// Removes vertex `v`: its declaration, its position and every edge line that names it.
std::string removeVertexFromText(std::string_view text, const Graph& g, VertexId v);

/// Replaces (or adds) vertex `v`'s `@ NAME X Y` line. Only for graphs with positions (throws
/// InputError otherwise: one position alone would be dropped).
std::string setVertexPositionInText(std::string_view text, const Graph& g, VertexId v, Point at);

}  // namespace stepwise::graph
