#include "core/graph/Dot.h"

#include <gtest/gtest.h>

#include <sstream>

#include "core/common/InputError.h"
#include "core/graph/GraphFile.h"
#include "tests/core/graph/GraphIoTestSupport.h"

namespace stepwise::graph {
namespace {

using iotest::failsOnLine;

double weightOf(const Graph& g, std::string_view from, std::string_view to) {
    for (const Edge& e : g.edges())
        if (g.name(e.from) == from && g.name(e.to) == to) return e.weight;
    ADD_FAILURE() << "no edge " << from << " -> " << to;
    return 0;
}

TEST(Dot, ReadsADigraphWithWeights) {
    const Graph g = parseDot("digraph roads {\n  a -> b [weight=3];\n  b -> c [weight=-2.5]\n  c -> a\n}\n");
    EXPECT_TRUE(g.directed());
    ASSERT_EQ(g.vertexCount(), 3u);
    ASSERT_EQ(g.edgeCount(), 3u);
    EXPECT_EQ(weightOf(g, "a", "b"), 3);
    EXPECT_EQ(weightOf(g, "b", "c"), -2.5);
    EXPECT_EQ(weightOf(g, "c", "a"), 1);
}

TEST(Dot, ReadsAnUndirectedGraphWithoutAName) {
    const Graph g = parseDot("graph { a -- b [weight=2.5, label=\"x\"]; b -- c }");
    EXPECT_FALSE(g.directed());
    EXPECT_EQ(g.arcCount(), 4u);
    EXPECT_EQ(weightOf(g, "a", "b"), 2.5);
}

TEST(Dot, AChainIsOneEdgePerHopSharingTheAttributes) {
    const Graph g = parseDot("digraph { a -> b -> c -> a [weight=4] }");
    ASSERT_EQ(g.edgeCount(), 3u);
    EXPECT_EQ(weightOf(g, "b", "c"), 4);
    EXPECT_EQ(weightOf(g, "c", "a"), 4);
}

TEST(Dot, NodeStatementsDeclareVerticesAndPositions) {
    const Graph g =
        parseDot("digraph {\n z;\n a [pos=\"1,2\", shape=circle]\n z [pos=\"-3.5,4!\"]\n a -> z\n}");
    ASSERT_EQ(g.vertexCount(), 2u);
    EXPECT_EQ(g.name(0), "z");
    ASSERT_TRUE(g.hasPositions());
    EXPECT_EQ(g.position(1).x, 1);
    EXPECT_EQ(g.position(1).y, 2);
    EXPECT_EQ(g.position(0).x, -3.5);
}

TEST(Dot, QuotedIdsKeepSpacesAndEscapes) {
    const Graph g =
        parseDot("digraph { \"New York\" -> \"say \\\"hi\\\"\" -> \"back\\\\slash\" -> \"two\\\nlines\" }");
    ASSERT_EQ(g.vertexCount(), 4u);
    EXPECT_EQ(g.name(0), "New York");
    EXPECT_EQ(g.name(1), "say \"hi\"");
    EXPECT_EQ(g.name(2), "back\\slash");
    EXPECT_EQ(g.name(3), "twolines");
}

TEST(Dot, SkipsAllThreeCommentStyles) {
    const Graph g = parseDot(
        "# preprocessor-style line\n"
        "digraph { // the graph\n"
        "  a -> b /* a block\n comment */ [weight=2]\n"
        "  # an inner comment\n"
        "}\n");
    EXPECT_EQ(weightOf(g, "a", "b"), 2);
}

TEST(Dot, NumericLabelIsTheWeightWhenThereIsNoWeight) {
    const Graph g =
        parseDot("digraph { a -> b [label=\"7\"]; b -> c [label=\"x\"]; c -> d [label=9, weight=2] }");
    EXPECT_EQ(weightOf(g, "a", "b"), 7);
    EXPECT_EQ(weightOf(g, "b", "c"), 1);
    EXPECT_EQ(weightOf(g, "c", "d"), 2);
}

TEST(Dot, EdgeDefaultsApplyToLaterEdges) {
    const Graph g = parseDot("digraph { a -> b; edge [weight=5]; b -> c; c -> d [weight=1] }");
    EXPECT_EQ(weightOf(g, "a", "b"), 1);
    EXPECT_EQ(weightOf(g, "b", "c"), 5);
    EXPECT_EQ(weightOf(g, "c", "d"), 1);
}

TEST(Dot, IgnoresGraphAttributesUnknownAttributesAndPorts) {
    const Graph g = parseDot(
        "strict digraph \"my graph\" {\n rankdir=LR; graph [bgcolor=white]; node [shape=box]\n"
        " a:n -> b:p:s [color=red, penwidth=2, weight=3]\n 1 -> -2.5\n <<b>html</b>> -> a\n}");
    EXPECT_EQ(weightOf(g, "a", "b"), 3);
    EXPECT_TRUE(g.find("1") && g.find("-2.5") && g.find("<b>html</b>"));
    EXPECT_EQ(g.vertexCount(), 5u);
}

TEST(Dot, WrongEdgeOperatorNamesTheLine) {
    EXPECT_TRUE(
        failsOnLine([] { parseDot("digraph {\n a -> b\n b -- c\n}"); }, 3, "'--' is for undirected graphs"));
    EXPECT_TRUE(failsOnLine([] { parseDot("graph {\n\n a -> b\n}"); }, 3, "'->' is for digraphs"));
}

TEST(Dot, MissingBracesAreErrors) {
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n a -> b\n"); }, 3,
                            "missing '}' to close the graph opened on line 1"));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph G\n a -> b\n}"); }, 2, "expected '{'"));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph { a -> b [weight=2 \n}"); }, 2,
                            "expected an attribute name or ']'"));
}

TEST(Dot, BadWeightNamesTheLineAndTheExpectedForm) {
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n a -> b\n b -> c [weight=abc]\n}"); }, 3,
                            "weight 'abc' is not a finite number (expected e.g. [weight=3]"));
    EXPECT_TRUE(
        failsOnLine([] { parseDot("digraph {\n a -> b [weight=\"inf\"]\n}"); }, 2, "not a finite number"));
    EXPECT_TRUE(
        failsOnLine([] { parseDot("digraph {\n a -> b [weight=nan]\n}"); }, 2, "not a finite number"));
}

TEST(Dot, BadPositionIsAnError) {
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n a [pos=\"1;2\"]\n}"); }, 2, "expected pos=\"X,Y\""));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n a [pos=\"1,y\"]\n}"); }, 2, "is not a position"));
}

TEST(Dot, OtherMalformedInputIsReportedWithItsLine) {
    EXPECT_TRUE(
        failsOnLine([] { parseDot("\n\nflowchart { a -> b }"); }, 3, "expected 'digraph' or 'graph'"));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n subgraph cluster { a }\n}"); }, 2,
                            "subgraphs are not supported"));
    EXPECT_TRUE(
        failsOnLine([] { parseDot("digraph {\n a -> { b c }\n}"); }, 2, "subgraphs are not supported"));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph { a }\ndigraph { b }"); }, 2, "after the closing '}'"));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n \"open -> b\n}"); }, 3,
                            "unterminated quoted string (opened on line 2"));
    EXPECT_TRUE(
        failsOnLine([] { parseDot("digraph {\n /* never closed\n}"); }, 3, "unterminated /* comment"));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n a -> b [color]\n}"); }, 2,
                            "expected '=' after the attribute 'color'"));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n a -> b\n a -> node\n}"); }, 3,
                            "expected a node after the edge operator"));
    EXPECT_TRUE(failsOnLine([] { parseDot("digraph {\n a ! b\n}"); }, 2, "unexpected character '!'"));
}

TEST(Dot, ErrorsNameTheFile) {
    try {
        parseDot("digraph {\n a -- b }", "map.dot");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "map.dot");
        EXPECT_EQ(e.line(), 2);
    }
}

TEST(Dot, WriterOutputReadsBackToTheSameGraph) {
    const std::vector<std::string> names{"a",    "New York", "node", "Graph",  "say \"hi\"", "back\\slash",
                                         "-1.5", "42",       "x_1",  "Zürich", "",           "two\nlines",
                                         "a->b", "{",        "é"};
    Random rng(99);
    for (int round = 0; round < 500; ++round) {
        const auto offset = rng.below(names.size());
        const Graph g = iotest::awkwardGraph(rng, [&](std::size_t i) {
            const std::string& base = names[(i + offset) % names.size()];
            return i < names.size() ? base : base + std::to_string(i);
        });
        const std::string text = toDot(g);
        const Graph back = parseDot(text, "round-trip");
        ASSERT_TRUE(iotest::sameGraph(g, back)) << "round " << round << "\n" << text;
    }
}

TEST(Dot, StylingCallbacksDecorateWithoutChangingTheGraph) {
    GraphBuilder b(true);
    const auto s = b.vertex("s"), t = b.vertex("t");
    b.setPosition(s, {0, 0});
    b.setPosition(t, {3, 4});
    b.addEdge(s, t, 5);
    const Graph g = b.build();
    DotStyle style;
    style.graphName = "step 3";
    style.graphAttributes = {{"rankdir", "LR"}};
    style.vertexStyle = [&](VertexId v) {
        return DotAttributes{{"color", v == s ? "red" : "gray"}, {"label", "d=\"0\""}, {"pos", "99,99"}};
    };
    style.edgeStyle = [](EdgeId) {
        return DotAttributes{{"penwidth", "3"}, {"label", "12"}, {"weight", "8"}};
    };
    const std::string text = toDot(g, style);
    EXPECT_NE(text.find("digraph \"step 3\" {"), std::string::npos) << text;
    EXPECT_NE(text.find("rankdir=\"LR\""), std::string::npos) << text;
    EXPECT_NE(text.find("s [pos=\"0,0\", color=\"red\", label=\"d=\\\"0\\\"\"]"), std::string::npos) << text;
    EXPECT_NE(text.find("s -> t [weight=\"5\", penwidth=\"3\", label=\"12\"]"), std::string::npos) << text;
    EXPECT_TRUE(iotest::sameGraph(g, parseDot(text)));
}

TEST(Dot, StyleValuesWithQuotesAndBackslashesStillParse) {
    GraphBuilder b(false);
    b.addEdge(b.vertex("a"), b.vertex("b"), 2);
    const Graph g = b.build();
    for (const char* label : {"C:\\", "x\\\\", "\\", "say \"hi\"", "two\\nlines"}) {
        DotStyle style;
        style.edgeStyle = [&](EdgeId) { return DotAttributes{{"label", label}}; };
        const std::string text = toDot(g, style);
        EXPECT_TRUE(iotest::sameGraph(g, parseDot(text))) << text;
    }
}

TEST(Dot, IdsAreBareOnlyWhenDotReadsThemAsTheSameWord) {
    EXPECT_EQ(dotId("abc_1"), "abc_1");
    EXPECT_EQ(dotId("-1.5"), "-1.5");
    EXPECT_EQ(dotId(".5"), ".5");
    EXPECT_EQ(dotId("node"), "\"node\"");
    EXPECT_EQ(dotId("1a"), "\"1a\"");
    EXPECT_EQ(dotId("1.2.3"), "\"1.2.3\"");
    EXPECT_EQ(dotId("a b"), "\"a b\"");
    EXPECT_EQ(dotId(""), "\"\"");
    EXPECT_EQ(dotId("-"), "\"-\"");
}

TEST(Dot, SkipsAByteOrderMark) {
    EXPECT_EQ(parseDot("\xEF\xBB\xBFgraph { a -- b }").edgeCount(), 1u);
    EXPECT_EQ(detectGraphFormat("", "\xEF\xBB\xBFgraph { a -- b }"), GraphFormat::Dot);
}

TEST(Dot, ReadsFromAStream) {
    std::istringstream in("graph { a -- b }");
    EXPECT_EQ(readDot(in, "s").edgeCount(), 1u);
}

}  // namespace
}  // namespace stepwise::graph
