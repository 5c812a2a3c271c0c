// `stepwise-cli practice --time-limit`: answers read from a pipe that delays. A question whose
// limit passes before its answer line arrives is interrupted (timed out, wrong, what was sent of
// the unfinished line dropped) and the next one is asked; the queue and resilience worksheets'
// answers fed back are all right.
#include <gtest/gtest.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/practice/History.h"
#include "tests/cli/CliRunner.h"
#include "TestPaths.h"

namespace stepwise::cli::testing {
namespace {

/// The CLI as a child with pipes on stdin and stdout.
struct Child {
    pid_t pid = -1;
    int in = -1, out = -1;
    std::string seen;

    explicit Child(const std::vector<std::string>& args) {
        int toChild[2], fromChild[2];
        if (pipe(toChild) != 0 || pipe(fromChild) != 0) throw std::runtime_error("pipe");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        for (int fd : {toChild[0], toChild[1], fromChild[0], fromChild[1]}) posix_spawn_file_actions_addclose(&actions, fd);
        std::vector<std::string> words{STEPWISE_CLI, "practice"};
        words.insert(words.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& w : words) argv.push_back(w.data());
        argv.push_back(nullptr);
        if (posix_spawn(&pid, STEPWISE_CLI, &actions, nullptr, argv.data(), environ) != 0)
            throw std::runtime_error("spawn");
        posix_spawn_file_actions_destroy(&actions);
        close(toChild[0]);
        close(fromChild[1]);
        in = toChild[1];
        out = fromChild[0];
    }
    ~Child() {
        if (in >= 0) close(in);
        if (out >= 0) close(out);
        if (pid > 0) waitpid(pid, nullptr, 0);
    }
    void send(const std::string& text) { ASSERT_EQ(write(in, text.data(), text.size()), static_cast<ssize_t>(text.size())); }
    void closeInput() {
        close(in);
        in = -1;
    }
    /// Reads stdout until it holds `text` (true) or 20 s pass (false).
    bool waitFor(const std::string& text) {
        const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (seen.find(text) == std::string::npos) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now()).count();
            if (left <= 0) return false;
            pollfd p{out, POLLIN, 0};
            if (poll(&p, 1, static_cast<int>(left)) <= 0) return false;
            char chunk[4096];
            const ssize_t got = read(out, chunk, sizeof chunk);
            if (got <= 0) return false;
            seen.append(chunk, static_cast<std::size_t>(got));
        }
        return true;
    }
    int exitStatus() {
        int raw = 0;
        waitpid(pid, &raw, 0);
        pid = -1;
        return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    }
};

std::vector<nlohmann::json> jsonLines(const std::string& text) {
    std::vector<nlohmann::json> out;
    std::istringstream s(text);
    for (std::string line; std::getline(s, line);)
        if (!line.empty() && line[0] == '{') out.push_back(nlohmann::json::parse(line));
    return out;
}

TEST(PracticeTimeLimit, AQuestionWhoseLimitPassesWhileTheAnswerIsOnItsWayIsTimedOutAndTheNextAsked) {
    TempDir dir;
    const std::string db = (dir.path() / "h.sqlite").string();
    const std::vector<std::string> common{"--topics", "lcs.length", "--count", "2", "--seed", "5"};
    auto sheetArgs = common;
    sheetArgs.insert(sheetArgs.end(), {"--answers", "--json"});
    const auto sheet = runCli([&] {
        std::vector<std::string> a{"practice"};
        a.insert(a.end(), sheetArgs.begin(), sheetArgs.end());
        return a;
    }());
    ASSERT_EQ(sheet.status, 0) << sheet.err;
    const auto questions = jsonLines(sheet.out);
    ASSERT_EQ(questions.size(), 2u);

    auto args = common;
    args.insert(args.end(), {"--time-limit", "2", "--db", db});
    Child cli(args);
    ASSERT_TRUE(cli.waitFor("(1/2)")) << cli.seen;
    const auto asked = std::chrono::steady_clock::now();
    cli.send("12");  // half an answer, never finished: dropped at the limit
    ASSERT_TRUE(cli.waitFor("(2/2)")) << cli.seen;
    const auto waited = std::chrono::steady_clock::now() - asked;
    EXPECT_GE(waited, std::chrono::milliseconds(1500)) << "interrupted before the limit";
    cli.send(questions[1]["expected"].get<std::string>() + "\n");
    ASSERT_TRUE(cli.waitFor("2 right")) << cli.seen;  // the session's summary line
    cli.closeInput();
    EXPECT_EQ(cli.exitStatus(), 0);
    EXPECT_NE(cli.seen.find("time is up: timed out (2.0 s"), std::string::npos) << cli.seen;
    EXPECT_NE(cli.seen.find("1/2 right (0 late, 1 timed out)"), std::string::npos) << cli.seen;

    const auto stored = practice::History::open(db).answers();
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_FALSE(stored[0].correct);
    EXPECT_EQ(stored[0].answer, "");
    EXPECT_EQ(stored[0].ms, 2000);
    EXPECT_TRUE(stored[1].correct) << stored[1].answer;
}

TEST(PracticeTimeLimit, JsonLinesSayTimedOutAndAScriptFromAFileNeverTimesOut) {
    TempDir dir;
    Child cli({"--topics", "heap.top", "--count", "2", "--seed", "3", "--time-limit", "1", "--json", "--db",
               (dir.path() / "h.sqlite").string()});
    ASSERT_TRUE(cli.waitFor("\"timed_out\":true")) << cli.seen;  // nothing sent: the first times out
    cli.closeInput();                                              // the second: input ended
    EXPECT_EQ(cli.exitStatus(), 0);
    const auto lines = jsonLines(cli.seen);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0]["correct"], false);
    EXPECT_EQ(lines[0]["answer"], "");
    EXPECT_EQ(lines[0]["ms"], 1000);
    EXPECT_EQ(lines[0]["rating"], "again");
}

TEST(PracticeTimeLimit, QueueAndResilienceWorksheetAnswersFedBackAreAllRight) {
    TempDir dir;
    const auto sheet = runCli({"practice", "--topics", "breaker,queue,retry,rate-limiter,bulkhead", "--count", "12",
                               "--seed", "4", "--level", "hard", "--answers", "--json"});
    ASSERT_EQ(sheet.status, 0) << sheet.err;
    const auto questions = jsonLines(sheet.out);
    ASSERT_EQ(questions.size(), 12u);
    std::string answers;
    std::set<std::string> items;
    for (const auto& q : questions) {
        for (const char* key : {"topic", "type", "seed", "question", "instance", "expected"})
            EXPECT_TRUE(q.contains(key)) << key;
        items.insert(q["topic"].get<std::string>());
        answers += q["expected"].get<std::string>() + "\n";
    }
    EXPECT_EQ(items.size(), 5u);
    const std::string in = dir.write("in.txt", answers);
    const std::string out = (dir.path() / "out.txt").string();
    const std::string command = std::string(STEPWISE_CLI) +
                                " practice --topics breaker,queue,retry,rate-limiter,bulkhead --count 12 --seed 4 "
                                "--level hard --json --time-limit 1 --db " +
                                (dir.path() / "h.sqlite").string() + " < " + in + " > " + out + " 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0);
    const auto results = jsonLines(slurp(out));
    ASSERT_EQ(results.size(), 12u);
    for (const auto& r : results) {
        EXPECT_EQ(r["correct"], true) << r.dump();
        EXPECT_EQ(r["timed_out"], false) << r.dump();
        for (const char* key : {"answer", "correct", "expected", "ms"}) EXPECT_TRUE(r.contains(key)) << key;
    }
}

}  // namespace
}  // namespace stepwise::cli::testing
