#include "core/graph/GraphText.h"

#include <gtest/gtest.h>

#include <sstream>

#include "core/common/InputError.h"
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

TEST(GraphText, ReadsEdgesWithWeightsThatDefaultToOne) {
    const Graph g = parseGraphText("A B 4\nB C\nC A -2.5\n");
    EXPECT_TRUE(g.directed());
    ASSERT_EQ(g.vertexCount(), 3u);
    ASSERT_EQ(g.edgeCount(), 3u);
    EXPECT_EQ(weightOf(g, "A", "B"), 4);
    EXPECT_EQ(weightOf(g, "B", "C"), 1);
    EXPECT_EQ(weightOf(g, "C", "A"), -2.5);
}

TEST(GraphText, NumbersVerticesByFirstAppearance) {
    const Graph g = parseGraphText("Q\nZ A\nA Q\nM\n");
    ASSERT_EQ(g.vertexCount(), 4u);
    EXPECT_EQ(g.name(0), "Q");
    EXPECT_EQ(g.name(1), "Z");
    EXPECT_EQ(g.name(2), "A");
    EXPECT_EQ(g.name(3), "M");
    EXPECT_EQ(g.outDegree(3), 0u);  // M is isolated
}

TEST(GraphText, UndirectedDirectiveMakesEveryEdgeTwoArcs) {
    const Graph g = parseGraphText("# a comment first\n\nundirected\nA B 3\nB C\n");
    EXPECT_FALSE(g.directed());
    EXPECT_EQ(g.edgeCount(), 2u);
    EXPECT_EQ(g.arcCount(), 4u);
    EXPECT_TRUE(parseGraphText("directed\nA B\n").directed());
}

TEST(GraphText, IgnoresCommentsBlankLinesAndCarriageReturns) {
    const Graph g =
        parseGraphText("# header\r\n\r\n   \t\nA B 2 # trailing comment\r\nB C#tight\r\n   # indented\n");
    ASSERT_EQ(g.edgeCount(), 2u);
    EXPECT_EQ(weightOf(g, "A", "B"), 2);
    EXPECT_EQ(weightOf(g, "B", "C"), 1);
}

TEST(GraphText, AcceptsSignedFractionalAndExponentWeights) {
    const Graph g = parseGraphText("a b +4\nb c -0.125\nc d 1e3\nd e .5\n");
    EXPECT_EQ(weightOf(g, "a", "b"), 4);
    EXPECT_EQ(weightOf(g, "b", "c"), -0.125);
    EXPECT_EQ(weightOf(g, "c", "d"), 1000);
    EXPECT_EQ(weightOf(g, "d", "e"), 0.5);
}

TEST(GraphText, PositionsAreKeptWhenEveryVertexHasOne) {
    const Graph g = parseGraphText("A B 5\n@ A 0 0\n@ B 3 4\n");
    ASSERT_TRUE(g.hasPositions());
    EXPECT_EQ(g.position(*g.find("B")).x, 3);
    EXPECT_EQ(g.position(*g.find("B")).y, 4);
    EXPECT_FALSE(parseGraphText("A B 5\n@ A 0 0\n").hasPositions());
}

TEST(GraphText, APositionLineDeclaresANewVertex) {
    const Graph g = parseGraphText("@ S -1.5 2\n@ T 7 8\nS T 10\n");
    ASSERT_EQ(g.vertexCount(), 2u);
    EXPECT_EQ(g.name(0), "S");
    EXPECT_TRUE(g.hasPositions());
    EXPECT_EQ(g.position(0).x, -1.5);
}

TEST(GraphText, ALoneFirstWordThatIsNoDirectiveIsAVertex) {
    const Graph g = parseGraphText("Harbor\nMarket Castle\n");
    EXPECT_EQ(g.vertexCount(), 3u);
    EXPECT_EQ(g.edgeCount(), 1u);
}

TEST(GraphText, SkipsAByteOrderMark) {
    const Graph g = parseGraphText("\xEF\xBB\xBFundirected\nA B\n");
    EXPECT_FALSE(g.directed());
    EXPECT_EQ(g.name(0), "A");
}

TEST(GraphText, EmptyTextIsAnEmptyGraph) {
    const Graph g = parseGraphText("# nothing here\n\n");
    EXPECT_EQ(g.vertexCount(), 0u);
    EXPECT_TRUE(g.directed());
}

TEST(GraphText, NonNumericWeightNamesTheLineAndTheExpectedForm) {
    EXPECT_TRUE(failsOnLine([] { parseGraphText("A B\n# c\nB C\nC D\nD E\nE F\nF G abc\n"); }, 7,
                            "weight 'abc' is not a number (expected FROM TO [WEIGHT])"));
}

TEST(GraphText, NanAndInfinityWeightsAreRejected) {
    for (const char* bad : {"nan", "inf", "-inf", "infinity", "NaN", "1e999"}) {
        EXPECT_TRUE(failsOnLine([&] { parseGraphText(std::string("A B ") + bad + "\n"); }, 1, "finite"))
            << bad;
    }
}

TEST(GraphText, TooManyTokensIsAnError) {
    EXPECT_TRUE(failsOnLine([] { parseGraphText("A B 1\nB C 2\nNew York 3 4\n"); }, 3, "too many tokens"));
}

TEST(GraphText, MisspeltDirectiveOnTheFirstLineIsAnError) {
    EXPECT_TRUE(
        failsOnLine([] { parseGraphText("# kind\ndirectd\nA B\n"); }, 2,
                    "unknown directive 'directd' (expected 'directed' or 'undirected' on the first line"));
    EXPECT_TRUE(failsOnLine([] { parseGraphText("Undirected\nA B\n"); }, 1, "unknown directive"));
    EXPECT_TRUE(failsOnLine([] { parseGraphText("undirectde\nA B\n"); }, 1, "unknown directive"));
}

TEST(GraphText, DirectiveAfterTheFirstLineIsAnError) {
    EXPECT_TRUE(failsOnLine([] { parseGraphText("A B\nundirected\n"); }, 2, "must be the first line"));
    EXPECT_TRUE(failsOnLine([] { parseGraphText("directed\nundirected\n"); }, 2, "must be the first line"));
}

TEST(GraphText, DirectiveWordsAndAtAreNotVertexNames) {
    EXPECT_TRUE(
        failsOnLine([] { parseGraphText("A directed 3\n"); }, 1, "is a directive, not a vertex name"));
    EXPECT_TRUE(failsOnLine([] { parseGraphText("A B\nB @\n"); }, 2, "'@' is reserved"));
}

TEST(GraphText, MalformedPositionLinesNameTheExpectedForm) {
    EXPECT_TRUE(failsOnLine([] { parseGraphText("A B\n@ A 1\n"); }, 2,
                            "too few tokens after '@' (expected @ NAME X Y)"));
    EXPECT_TRUE(failsOnLine([] { parseGraphText("@ A 1 2 3\n"); }, 1, "too many tokens after '@'"));
    EXPECT_TRUE(failsOnLine([] { parseGraphText("A B\n\n@ A x 2\n"); }, 3,
                            "x 'x' is not a number (expected @ NAME X Y)"));
    EXPECT_TRUE(failsOnLine([] { parseGraphText("@ A 1 inf\n"); }, 1, "y 'inf' is not a finite number"));
}

TEST(GraphText, ErrorsNameTheFileOrJustTheLine) {
    try {
        parseGraphText("A B\nA B C D\n", "roads.graph");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "roads.graph");
        EXPECT_EQ(std::string(e.what()).rfind("roads.graph:2: too many tokens", 0), 0u) << e.what();
    }
    try {
        parseGraphText("A B x\n", "");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("line 1: weight 'x' is not a number", 0), 0u) << e.what();
    }
    try {
        parseGraphText("A B x\n");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "editor");
    }
}

TEST(GraphText, ReadsFromAStream) {
    std::istringstream in("undirected\nA B 2\n");
    const Graph g = readGraphText(in, "stream");
    EXPECT_FALSE(g.directed());
    EXPECT_EQ(g.edgeCount(), 1u);
}

TEST(GraphText, WriterOutputReadsBackToTheSameGraph) {
    Random rng(2024);
    for (int round = 0; round < 500; ++round) {
        const Graph g =
            iotest::awkwardGraph(rng, [](std::size_t i) { return "n" + std::to_string(i * 7 % 13); });
        const std::string text = toGraphText(g);
        const Graph back = parseGraphText(text, "round-trip");
        ASSERT_TRUE(iotest::sameGraph(g, back)) << "round " << round << "\n" << text;
    }
}

TEST(GraphText, WriterOmitsDefaultWeightsAndDeclaresIsolatedVertices) {
    GraphBuilder b(false);
    const auto a = b.vertex("a"), c = b.vertex("c");
    b.vertex("lonely");
    b.addEdge(a, c, 1.0);
    b.addEdge(c, a, 0.1);
    EXPECT_EQ(toGraphText(b.build()), "undirected\na c\nc a 0.1\nlonely\n");
}

TEST(GraphText, WriterRejectsNamesThatAreNotTokens) {
    for (const char* name : {"New York", "a#b", "", "@", "undirected"}) {
        GraphBuilder b;
        b.vertex(name);
        EXPECT_THROW(toGraphText(b.build()), InputError) << name;
    }
}

TEST(GraphText, NumbersRoundTripExactly) {
    Random rng(7);
    for (int i = 0; i < 2000; ++i) {
        const double x = rng.uniform(-1e6, 1e6) * (rng.chance(0.5) ? 1e-9 : 1.0);
        const auto back = parseNumber(formatNumberExact(x));
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, x);
    }
    EXPECT_EQ(formatNumberExact(4), "4");
    EXPECT_EQ(formatNumberExact(-2.5), "-2.5");
    EXPECT_FALSE(parseNumber("").has_value());
    EXPECT_FALSE(parseNumber("++1").has_value());
    EXPECT_FALSE(parseNumber("1,5").has_value());
    EXPECT_FALSE(parseNumber("0x10").has_value());
}

}  // namespace
}  // namespace stepwise::graph
