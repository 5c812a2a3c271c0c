// `stepwise-cli practice` end to end: a worksheet's answers fed back as a scripted session are
// all right, land in the history, and bad usage exits 2 naming what is known.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/practice/History.h"
#include "tests/cli/CliRunner.h"
#include "TestPaths.h"

namespace stepwise::cli::testing {
namespace {

struct Shell {
    int status;
    std::string out;
    std::string err;
};

/// Runs the CLI through the shell with `input` on standard input (a file, so not a terminal).
Shell practice(const TempDir& dir, const std::string& args, const std::string& input) {
    const std::string in = dir.write("in.txt", input);
    const std::string out = (dir.path() / "out.txt").string(), err = (dir.path() / "err.txt").string();
    const std::string command =
        std::string(STEPWISE_CLI) + " practice " + args + " < " + in + " > " + out + " 2> " + err;
    const int raw = std::system(command.c_str());
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out), slurp(err)};
}

std::vector<nlohmann::json> lines(const std::string& text) {
    std::vector<nlohmann::json> out;
    std::istringstream s(text);
    for (std::string line; std::getline(s, line);)
        if (!line.empty()) out.push_back(nlohmann::json::parse(line));
    return out;
}

TEST(PracticeCli, WorksheetAnswersFedBackAreAllRightAndStored) {
    TempDir dir;
    const std::string db = (dir.path() / "h.sqlite").string();
    const auto sheet =
        practice(dir, "--topics graph,dp,cache --count 6 --seed 9 --level hard --answers --json", "");
    ASSERT_EQ(sheet.status, 0) << sheet.err;
    const auto questions = lines(sheet.out);
    ASSERT_EQ(questions.size(), 6u);
    std::string answers = "this is not an answer at all ###\n";  // refused with a hint, no penalty
    for (const auto& q : questions) {
        for (const char* key : {"topic", "type", "seed", "question", "instance", "expected"})
            EXPECT_TRUE(q.contains(key)) << key;
        answers += q["expected"].get<std::string>() + "\n";
    }
    const auto session =
        practice(dir, "--topics graph,dp,cache --count 6 --seed 9 --level hard --json --db " + db, answers);
    ASSERT_EQ(session.status, 0) << session.err;
    const auto results = lines(session.out);
    ASSERT_EQ(results.size(), 6u);
    for (std::size_t k = 0; k < 6; ++k) {
        EXPECT_EQ(results[k]["type"], questions[k]["type"]);
        EXPECT_EQ(results[k]["seed"], questions[k]["seed"]);
        EXPECT_EQ(results[k]["instance"], questions[k]["instance"]);
        EXPECT_EQ(results[k]["correct"], true) << results[k].dump();
        for (const char* key : {"answer", "correct", "expected", "ms"})
            EXPECT_TRUE(results[k].contains(key)) << key;
    }
    EXPECT_NE(session.err.find("not an answer"), std::string::npos) << session.err;
    EXPECT_NE(session.err.find("6/6 right"), std::string::npos) << session.err;
    auto history = practice::History::open(db);
    const auto stored = history.answers();
    ASSERT_EQ(stored.size(), 6u);
    for (std::size_t k = 0; k < 6; ++k) {
        EXPECT_TRUE(stored[k].correct);
        EXPECT_EQ(stored[k].seed, results[k]["seed"].get<std::uint64_t>());
    }
    EXPECT_FALSE(history.cards().empty());
}

TEST(PracticeCli, WrongAnswersAreWrongAndTheTextSessionSaysWhy) {
    TempDir dir;
    const auto session =
        practice(dir, "--topics lcs.length --count 2 --seed 3 --db " + (dir.path() / "h.sqlite").string(),
                 "999\n999\n");
    ASSERT_EQ(session.status, 0) << session.err;
    EXPECT_NE(session.out.find("wrong"), std::string::npos);
    EXPECT_NE(session.out.find("a right answer:"), std::string::npos);
    EXPECT_NE(session.out.find("0/2 right"), std::string::npos) << session.out;
}

TEST(PracticeCli, StdinEndingEarlyKeepsWhatWasAnswered) {
    TempDir dir;
    const std::string db = (dir.path() / "h.sqlite").string();
    const auto session = practice(dir, "--topics heap --count 5 --seed 1 --db " + db, "1\n");
    EXPECT_EQ(session.status, 0);
    EXPECT_NE(session.err.find("input ended after 1 of 5"), std::string::npos) << session.err;
    EXPECT_EQ(practice::History::open(db).answers().size(), 1u);
}

TEST(PracticeCli, UnknownTopicExits2NamingTheKnownOnes) {
    TempDir dir;
    const auto r = practice(dir, "--topics nosuch --count 2 --db " + (dir.path() / "h.sqlite").string(), "");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("unknown topic 'nosuch'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("dijkstra"), std::string::npos) << r.err;
}

TEST(PracticeCli, EnvironmentVariableChoosesTheDatabase) {
    TempDir dir;
    const std::string db = (dir.path() / "env.sqlite").string();
    ::setenv("STEPWISE_DB", db.c_str(), 1);
    const auto s = practice(dir, "--topics balancer.next --count 1 --seed 2", "a\n");
    ::unsetenv("STEPWISE_DB");
    EXPECT_EQ(s.status, 0) << s.err;
    EXPECT_EQ(practice::History::open(db).answers().size(), 1u);
}

}  // namespace
}  // namespace stepwise::cli::testing
