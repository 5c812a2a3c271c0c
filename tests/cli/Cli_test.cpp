// The tool's surface end to end: list, help, exit status and the message for each kind of bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "core/graph/GraphCatalogue.h"
#include "tests/cli/CliRunner.h"
#include "TestPaths.h"

namespace stepwise::cli::testing {
namespace {

const std::string kCity = std::string(STEPWISE_SOURCE_DIR) + "/resources/examples/city.graph";

std::set<std::string> graphItems() {
    std::set<std::string> items;
    for (const auto& a : graph::graphCatalogue()) items.insert(a.id.substr(0, a.id.find(':')));
    return items;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// Bad input: exit 2, nothing on stdout, one message on stderr starting with the tool's name.
void expectBadInput(const CliResult& r, const std::vector<std::string>& parts) {
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_TRUE(r.err.starts_with("stepwise-cli: ")) << r.err;
    for (const auto& part : parts)
        EXPECT_TRUE(contains(r.err, part)) << "expected '" << part << "' in: " << r.err;
}

TEST(Cli, ListNamesEveryGraphItemOnceWithASummary) {
    const CliResult r = runCli({"list"});
    ASSERT_EQ(r.status, 0);
    EXPECT_TRUE(r.err.empty());
    std::set<std::string> listed;
    for (const auto& line : lines(r.out)) {
        const auto space = line.find(' ');
        ASSERT_NE(space, std::string::npos) << "no summary on: " << line;
        EXPECT_TRUE(listed.insert(line.substr(0, space)).second) << "listed twice: " << line;
        EXPECT_NE(line.find_first_not_of(' ', space), std::string::npos) << "empty summary on: " << line;
    }
    for (const auto& item : graphItems()) EXPECT_TRUE(listed.count(item)) << item << " is not listed";
}

TEST(Cli, MethodsAppearInTheListNotAsSeparateItems) {
    const CliResult r = runCli({"list"});
    for (const auto& a : graph::graphCatalogue()) {
        const auto colon = a.id.find(':');
        if (colon == std::string::npos) continue;
        EXPECT_FALSE(contains(r.out, a.id)) << a.id;
        EXPECT_TRUE(contains(r.out, a.id.substr(colon + 1))) << "method of " << a.id << " not mentioned";
    }
}

TEST(Cli, HelpAndVersionSucceed) {
    const CliResult top = runCli({"--help"});
    EXPECT_EQ(top.status, 0);
    EXPECT_TRUE(contains(top.out, "list"));
    EXPECT_TRUE(contains(top.out, "run"));

    const CliResult run = runCli({"run", "--help"});
    EXPECT_EQ(run.status, 0);
    for (const auto& item : graphItems()) EXPECT_TRUE(contains(run.out, item)) << item;

    const CliResult item = runCli({"run", "dijkstra", "--help"});
    EXPECT_EQ(item.status, 0);
    EXPECT_TRUE(contains(item.out, "--graph FILE"));
    EXPECT_TRUE(contains(item.out, "--source NAME"));
    EXPECT_TRUE(contains(item.out, graph::findGraphAlgorithm("dijkstra")->pseudocode.front()));

    const CliResult version = runCli({"--version"});
    EXPECT_EQ(version.status, 0);
    EXPECT_TRUE(version.out.starts_with("stepwise-cli "));
}

TEST(Cli, UnknownItemListsTheKnownOnes) {
    const CliResult r = runCli({"run", "dijkstar", "--graph", kCity});
    std::vector<std::string> parts{"unknown item 'dijkstar'"};
    for (const auto& item : graphItems()) parts.push_back(item);
    expectBadInput(r, parts);
}

TEST(Cli, UsageErrorsExitWithTwo) {
    expectBadInput(runCli({}), {"subcommand"});
    expectBadInput(runCli({"frobnicate"}), {"unknown command 'frobnicate'", "list", "run"});
    EXPECT_EQ(runCli({"run"}).status, 2);
    expectBadInput(runCli({"--colour"}), {"--colour"});
    expectBadInput(runCli({"run", "dijkstra", "--source", "Harbor"}), {"missing --graph"});
    expectBadInput(runCli({"run", "dijkstra", "--graph", kCity}), {"missing --source"});
    expectBadInput(runCli({"run", "dijkstra", "--graph", kCity, "--source", "Harbor", "--colour", "red"}),
                   {"unknown option --colour", "--graph", "--source"});
    expectBadInput(runCli({"run", "dijkstra", "--graph", kCity, "--source"}), {"--source needs a value"});
    expectBadInput(runCli({"run", "dijkstra", "--graph", kCity, "--source", "Harbor", "--source", "Park"}),
                   {"--source is given twice"});
    expectBadInput(runCli({"run", "dijkstra", "--graph", kCity, "Harbor"}), {"unexpected argument 'Harbor'"});
}

TEST(Cli, UnknownMethodListsTheMethods) {
    for (const auto& a : graph::graphCatalogue()) {
        const auto colon = a.id.find(':');
        if (colon == std::string::npos) continue;
        const std::string item = a.id.substr(0, colon);
        expectBadInput(runCli({"run", item, "--graph", kCity, "--source", "Harbor", "--method", "guess"}),
                       {"unknown --method 'guess'", a.id.substr(colon + 1)});
        return;
    }
    GTEST_SKIP() << "no catalogue item has methods yet";
}

TEST(Cli, UnreadableGraphFileIsNamed) {
    TempDir dir;
    const std::string missing = (dir.path() / "nowhere.graph").string();
    expectBadInput(runCli({"run", "dijkstra", "--graph", missing, "--source", "A"}), {missing});
}

TEST(Cli, MalformedGraphNamesFileAndLine) {
    TempDir dir;
    const std::string file =
        dir.write("bad.graph", "# two good lines, then a bad weight\nA B 1\nB C 2\nC D heavy\n");
    expectBadInput(runCli({"run", "dijkstra", "--graph", file, "--source", "A"}), {file + ":4", "heavy"});
}

TEST(Cli, UnknownSourceVertexIsNamedWithTheGraphsVertices) {
    expectBadInput(runCli({"run", "dijkstra", "--graph", kCity, "--source", "Atlantis"}),
                   {"unknown source vertex 'Atlantis'", "Harbor", "city.graph"});
}

TEST(Cli, NegativeWeightForDijkstraNamesTheEdgeAndSuggestsBellmanFord) {
    TempDir dir;
    const std::string file = dir.write("neg.graph", "A B 2\nB C -1\n");
    expectBadInput(runCli({"run", "dijkstra", "--graph", file, "--source", "A"}),
                   {"B→C", "-1", "bellman-ford"});
    if (graph::findGraphAlgorithm("astar"))
        expectBadInput(runCli({"run", "astar", "--graph", file, "--source", "A", "--target", "C"}),
                       {"B→C", "bellman-ford"});
}

// A failure that is not the user's input: the result cannot be written.
TEST(Cli, OutputThatCannotBeWrittenIsAnInternalFailure) {
    if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    const CliResult r = runCli({"list"}, "/dev/full");
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.starts_with("stepwise-cli: internal error")) << r.err;
}

}  // namespace
}  // namespace stepwise::cli::testing
