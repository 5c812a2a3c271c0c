#include "core/graph/GraphTextEdit.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/common/InputError.h"
#include "core/graph/GraphText.h"

namespace stepwise::graph {
namespace {

constexpr std::string_view kCity =
    "# a small map\n"
    "undirected\n"
    "A B 4   # the bridge\n"
    "\n"
    "B C 2\n"
    "C A 7\n"
    "D       # alone\n";

std::optional<EdgeId> edgeBetween(const Graph& g, std::string_view a, std::string_view b) {
    for (EdgeId e = 0; e < g.edgeCount(); ++e) {
        const std::string& from = g.name(g.edge(e).from);
        const std::string& to = g.name(g.edge(e).to);
        if ((from == a && to == b) || (!g.directed() && from == b && to == a)) return e;
    }
    return std::nullopt;
}

VertexId id(const Graph& g, std::string_view name) {
    const auto v = g.find(name);
    if (!v) ADD_FAILURE() << "no vertex " << name;
    return v.value_or(0);
}

TEST(GraphTextEdit, NextFreeNameSkipsTakenLettersThenCounts) {
    EXPECT_EQ(nextFreeVertexName(parseGraphText(kCity)), "E");
    EXPECT_EQ(nextFreeVertexName(parseGraphText("B C\n")), "A");
    std::string all;
    for (char c = 'A'; c <= 'Z'; ++c) all += std::string(1, c) + "\n";
    EXPECT_EQ(nextFreeVertexName(parseGraphText(all)), "V1");
    EXPECT_EQ(nextFreeVertexName(parseGraphText(all + "V1\nV3\n")), "V2");
}

TEST(GraphTextEdit, AddVertexAppendsALineAndKeepsTheRest) {
    const Graph g = parseGraphText(kCity);
    const std::string out = addVertexToText(kCity, g, "E");
    EXPECT_EQ(out, std::string(kCity) + "E\n");
    const Graph h = parseGraphText(out);
    EXPECT_EQ(h.vertexCount(), 5u);
    EXPECT_EQ(h.name(4), "E");
    EXPECT_EQ(h.edgeCount(), g.edgeCount());
    // A text without a final newline gets one before the new line.
    EXPECT_EQ(addVertexToText("A B", parseGraphText("A B"), "C"), "A B\nC\n");
    EXPECT_THROW(addVertexToText(kCity, g, "A"), InputError);
    EXPECT_THROW(addVertexToText(kCity, g, "two words"), InputError);
    EXPECT_THROW(addVertexToText(kCity, g, "directed"), InputError);
}

TEST(GraphTextEdit, AddVertexWithAPositionKeepsTheGraphsPositions) {
    const std::string text = "A B\n@ A 0 0\n@ B 3 4\n";
    const Graph g = parseGraphText(text);
    ASSERT_TRUE(g.hasPositions());
    const Graph h = parseGraphText(addVertexToText(text, g, "C", Point{1.5, -2}));
    ASSERT_TRUE(h.hasPositions());
    EXPECT_EQ(h.position(id(h, "C")).x, 1.5);
    EXPECT_EQ(h.position(id(h, "C")).y, -2);
}

TEST(GraphTextEdit, AddEdgeAppendsTheLineWithItsWeight) {
    const Graph g = parseGraphText(kCity);
    const std::string out = addEdgeToText(kCity, g, id(g, "D"), id(g, "A"), 2.5);
    EXPECT_EQ(out, std::string(kCity) + "D A 2.5\n");
    const Graph h = parseGraphText(out);
    const auto e = edgeBetween(h, "D", "A");
    ASSERT_TRUE(e);
    EXPECT_EQ(h.edge(*e).weight, 2.5);
    // Weight 1 is the default and is not written.
    EXPECT_EQ(addEdgeToText(kCity, g, id(g, "D"), id(g, "B")), std::string(kCity) + "D B\n");
}

TEST(GraphTextEdit, AddEdgeRefusesDuplicatesSelfLoopsAndNonFiniteWeights) {
    const Graph g = parseGraphText(kCity);
    // Undirected: B A is the same edge as A B.
    try {
        (void)addEdgeToText(kCity, g, id(g, "B"), id(g, "A"));
        FAIL() << "a duplicate edge was accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("already joined"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
    }
    EXPECT_THROW(addEdgeToText(kCity, g, id(g, "A"), id(g, "A")), InputError);
    EXPECT_THROW(addEdgeToText(kCity, g, id(g, "A"), id(g, "D"), std::nan("")), InputError);
    // Directed: the reverse edge is another edge.
    const std::string directed = "A B\n";
    const Graph d = parseGraphText(directed);
    EXPECT_EQ(addEdgeToText(directed, d, 1, 0), "A B\nB A\n");
    EXPECT_THROW(addEdgeToText(directed, d, 0, 1), InputError);
}

TEST(GraphTextEdit, SetWeightRewritesOnlyThatLineAndKeepsItsComment) {
    const Graph g = parseGraphText(kCity);
    const EdgeId ab = *edgeBetween(g, "A", "B");
    const std::string out = setEdgeWeightInText(kCity, g, ab, 9);
    EXPECT_EQ(out,
              "# a small map\n"
              "undirected\n"
              "A B 9   # the bridge\n"
              "\n"
              "B C 2\n"
              "C A 7\n"
              "D       # alone\n");
    EXPECT_EQ(parseGraphText(out).edge(ab).weight, 9);
    // An edge without a weight gets one.
    const Graph plain = parseGraphText("A B\nB C\n");
    EXPECT_EQ(setEdgeWeightInText("A B\nB C\n", plain, 1, -0.5), "A B\nB C -0.5\n");
    EXPECT_THROW(setEdgeWeightInText(kCity, g, ab, std::numeric_limits<double>::infinity()), InputError);
    EXPECT_THROW(setEdgeWeightInText(kCity, g, 99, 1), InputError);
}

TEST(GraphTextEdit, SetWeightChangesOnlyTheWeightTokenAndKeepsTheLinesSpacing) {
    const std::string text = "A\tB   2.5  # tabs and spaces\n  B  C\n";
    const Graph g = parseGraphText(text);
    EXPECT_EQ(setEdgeWeightInText(text, g, 0, 10), "A\tB   10  # tabs and spaces\n  B  C\n");
    EXPECT_EQ(setEdgeWeightInText(text, g, 1, 0.125), "A\tB   2.5  # tabs and spaces\n  B  C 0.125\n");
}

TEST(GraphTextEdit, SetWeightBetweenFindsAnUndirectedEdgeWrittenEitherWayRound) {
    const Graph g = parseGraphText(kCity);  // "C A 7": written from C
    const std::string out = setWeightBetweenInText(kCity, g, id(g, "A"), id(g, "C"), -3);
    EXPECT_NE(out.find("\nC A -3\n"), std::string::npos) << out;
    EXPECT_NE(out.find("A B 4   # the bridge\n"), std::string::npos) << out;  // the rest as it was
    EXPECT_EQ(parseGraphText(out).edge(*edgeBetween(g, "C", "A")).weight, -3);
    EXPECT_EQ(edgeJoining(g, id(g, "A"), id(g, "C")), edgeJoining(g, id(g, "C"), id(g, "A")));
    EXPECT_THROW(setWeightBetweenInText(kCity, g, id(g, "A"), id(g, "D"), 1), InputError);

    // Directed: B A is not A B.
    const Graph d = parseGraphText("A B 2\n");
    EXPECT_FALSE(edgeJoining(d, 1, 0).has_value());
    EXPECT_THROW(setWeightBetweenInText("A B 2\n", d, 1, 0, 5), InputError);
    EXPECT_EQ(setWeightBetweenInText("A B 2\n", d, 0, 1, 5), "A B 5\n");
}

TEST(GraphTextEdit, ATypedWeightIsWhatTheFormatAllowsAndABadOneIsRefusedWithWhatToType) {
    EXPECT_EQ(parseTypedWeight("4"), 4);
    EXPECT_EQ(parseTypedWeight("  -2.5 "), -2.5);
    EXPECT_EQ(parseTypedWeight("1e3"), 1000);
    EXPECT_EQ(parseTypedWeight("0.1"), 0.1);
    for (const char* bad : {"", "  ", "abc", "2,5", "inf", "nan", "1e999", "3 4"}) {
        try {
            (void)parseTypedWeight(bad);
            ADD_FAILURE() << "accepted \"" << bad << "\"";
        } catch (const InputError& e) {
            const std::string what = e.what();
            EXPECT_NE(what.find("number such as 4"), std::string::npos) << what;
        }
    }
    try {
        (void)parseTypedWeight("2,5");
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("\"2,5\" is not a weight"), std::string::npos) << e.what();
    }
}

TEST(GraphTextEdit, RemoveEdgeKeepsItsEndsAsVertices) {
    const Graph g = parseGraphText(kCity);
    const std::string out = removeEdgeFromText(kCity, g, *edgeBetween(g, "B", "C"));
    EXPECT_EQ(out, "# a small map\nundirected\nA B 4   # the bridge\n\nC A 7\nD       # alone\n");
    const Graph h = parseGraphText(out);
    EXPECT_EQ(h.vertexCount(), 4u);
    EXPECT_EQ(h.edgeCount(), 2u);
    EXPECT_FALSE(edgeBetween(h, "B", "C"));
    // An end named nowhere else is declared where the edge was, with the line's comment.
    const std::string lone = "A B\nX Y 3 # only here\n";
    const Graph l = parseGraphText(lone);
    const std::string kept = removeEdgeFromText(lone, l, 1);
    EXPECT_EQ(kept, "A B\nX\nY # only here\n");
    EXPECT_EQ(parseGraphText(kept).vertexCount(), 4u);
}

TEST(GraphTextEdit, RemoveVertexRemovesEveryLineThatNamesIt) {
    const std::string text = "# map\nA B 4 # bridge\nB C\nC A\nA\n@ A 0 0\n@ B 1 0\n@ C 0 1\n";
    const Graph g = parseGraphText(text);
    const std::string out = removeVertexFromText(text, g, id(g, "A"));
    EXPECT_EQ(out, "# map\n# bridge\nB C\n@ B 1 0\n@ C 0 1\n");
    const Graph h = parseGraphText(out);
    EXPECT_EQ(h.vertexCount(), 2u);
    EXPECT_EQ(h.edgeCount(), 1u);
    EXPECT_FALSE(h.find("A"));
    EXPECT_TRUE(h.hasPositions());  // the others keep theirs
}

TEST(GraphTextEdit, SetPositionReplacesTheLineOrRefusesWithoutPositions) {
    const std::string text = "A B\n@ A 0 0 # origin\n@ B 3 4\n";
    const Graph g = parseGraphText(text);
    EXPECT_EQ(setVertexPositionInText(text, g, id(g, "A"), {2, -1}), "A B\n@ A 2 -1 # origin\n@ B 3 4\n");
    EXPECT_THROW(setVertexPositionInText("A B\n", parseGraphText("A B\n"), 0, {1, 1}), InputError);
}

// Every edit gives a text that parses to what the edit says, and text -> graph -> text through the
// writer keeps the graph; a sequence of edits keeps the comments it did not touch.
TEST(GraphTextEdit, ASequenceOfEditsRoundTripsAndKeepsUntouchedComments) {
    std::string text(kCity);
    Graph g = parseGraphText(text);
    text = addVertexToText(text, g, nextFreeVertexName(g));  // E
    g = parseGraphText(text);
    text = addEdgeToText(text, g, id(g, "E"), id(g, "D"), 3);
    g = parseGraphText(text);
    text = setEdgeWeightInText(text, g, *edgeBetween(g, "C", "A"), 1.25);
    g = parseGraphText(text);
    text = removeVertexFromText(text, g, id(g, "B"));
    g = parseGraphText(text);
    EXPECT_NE(text.find("# a small map\n"), std::string::npos);
    EXPECT_NE(text.find("# alone"), std::string::npos);
    EXPECT_EQ(g.vertexCount(), 4u);  // A C D E
    EXPECT_EQ(g.edgeCount(), 2u);    // C A 1.25, E D 3
    EXPECT_EQ(g.edge(*edgeBetween(g, "C", "A")).weight, 1.25);
    EXPECT_EQ(g.edge(*edgeBetween(g, "E", "D")).weight, 3);
    const Graph again = parseGraphText(toGraphText(g));
    ASSERT_EQ(again.vertexCount(), g.vertexCount());
    ASSERT_EQ(again.edgeCount(), g.edgeCount());
    EXPECT_EQ(again.directed(), g.directed());
    for (VertexId v = 0; v < g.vertexCount(); ++v) EXPECT_EQ(again.name(v), g.name(v));
    for (EdgeId e = 0; e < g.edgeCount(); ++e) {
        EXPECT_EQ(again.edge(e).from, g.edge(e).from);
        EXPECT_EQ(again.edge(e).to, g.edge(e).to);
        EXPECT_EQ(again.edge(e).weight, g.edge(e).weight);
    }
}

}  // namespace
}  // namespace stepwise::graph
