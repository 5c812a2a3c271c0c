// The practice history: schema, migration from version 1, every fault the issue names, and a
// writer killed mid-session that loses no committed answer.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/practice/History.h"
#include "core/practice/Scoring.h"

namespace stepwise::practice {
namespace {

namespace fs = std::filesystem;

class HistoryTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("stepwise-history-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(dir_);
    }
    std::string path(const std::string& name = "history.sqlite") const { return (dir_ / name).string(); }
    fs::path dir_;
};

std::string bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

AnswerRecord answer(std::int64_t session, int position, const std::string& type, bool correct, std::int64_t at) {
    AnswerRecord a;
    a.sessionId = session;
    a.position = position;
    a.type = type;
    a.topic = type.substr(0, type.find('.'));
    a.level = "easy";
    a.seed = 1000 + static_cast<std::uint64_t>(position);
    a.question = "q" + std::to_string(position);
    a.instance = "{}";
    a.answer = "A B";
    a.expected = "A B";
    a.correct = correct;
    a.ms = 1234;
    a.answeredAtMs = at;
    return a;
}

void rawExec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

TEST_F(HistoryTest, FreshHistoryIsTheCurrentSchemaInWalModeAndKeepsAnswersAndCards) {
    auto h = History::open(path());
    ASSERT_TRUE(h.saving());
    EXPECT_TRUE(h.notices().empty());
    EXPECT_EQ(h.schemaVersion(), kHistorySchemaVersion);
    const auto session = h.startSession({"graph", "easy", 7, 2, 60000, 1'700'000'000'000});
    h.recordAnswer(answer(session, 0, "dijkstra.order", true, 1'700'000'000'000), Rating::Good);
    const auto card = h.recordAnswer(answer(session, 1, "dijkstra.order", false, 1'700'100'000'000), Rating::Again);
    EXPECT_EQ(card.memory.reps, 2);
    EXPECT_EQ(card.memory.lapses, 1);
    const auto stored = h.answers(session);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].seed, 1000u);
    EXPECT_EQ(stored[1].rating, "again");
    EXPECT_FALSE(stored[1].correct);
    // The journal is a WAL: the -wal file exists while the database is open.
    EXPECT_TRUE(fs::exists(path() + "-wal"));
}

TEST_F(HistoryTest, CardsFollowFsrsDirectly) {
    auto h = History::open(path());
    const auto session = h.startSession({"graph", "easy", 7, 3, 60000, 0});
    const std::int64_t day = 86'400'000;
    const Fsrs fsrs;
    MemoryState expected;
    int last = 0;
    const int days[] = {20000, 20001, 20005};
    const Rating ratings[] = {Rating::Good, Rating::Hard, Rating::Easy};
    for (int k = 0; k < 3; ++k) {
        h.recordAnswer(answer(session, k, "lcs.cell", true, days[k] * day + 5000), ratings[k]);
        expected = fsrs.review(expected, k ? days[k] - last : 0, ratings[k]).memory;
        last = days[k];
    }
    const auto card = h.card("lcs.cell");
    ASSERT_TRUE(card);
    EXPECT_DOUBLE_EQ(card->memory.stability, expected.stability);
    EXPECT_DOUBLE_EQ(card->memory.difficulty, expected.difficulty);
    EXPECT_EQ(card->lastReviewDay, 20005);
    EXPECT_GT(card->dueDay, 20005);
}

TEST_F(HistoryTest, VersionOneIsMigratedWithItsAnswersGradedAndReplayed) {
    rawExec(path(), R"sql(
CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, ended_at INTEGER, topics TEXT NOT NULL,
  level TEXT NOT NULL, seed INTEGER NOT NULL, count INTEGER NOT NULL, time_limit_ms INTEGER NOT NULL);
CREATE TABLE questions (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id),
  position INTEGER NOT NULL, type TEXT NOT NULL, topic TEXT NOT NULL, level TEXT NOT NULL, seed INTEGER NOT NULL,
  question TEXT NOT NULL, instance TEXT NOT NULL, answer TEXT NOT NULL, expected TEXT NOT NULL,
  correct INTEGER NOT NULL, ms INTEGER NOT NULL, answered_at INTEGER NOT NULL);
CREATE INDEX questions_by_type ON questions(type, answered_at);
INSERT INTO sessions VALUES (1, 1728000000000, 1728000100000, 'dp', 'easy', 5, 2, 60000);
INSERT INTO questions VALUES (1, 1, 0, 'lcs.cell', 'lcs', 'easy', 11, 'Fill L[1][1]', '{}', '1', '1', 1, 10000, 1728000010000);
INSERT INTO questions VALUES (2, 1, 1, 'lcs.cell', 'lcs', 'easy', 12, 'Fill L[2][2]', '{}', '3', '2', 0, 20000, 1728000030000);
PRAGMA user_version = 1;
)sql");
    auto h = History::open(path());
    ASSERT_TRUE(h.saving());
    EXPECT_EQ(h.schemaVersion(), 2);
    const auto stored = h.answers();
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].rating, "easy");  // 10 s of 60: within a quarter
    EXPECT_EQ(stored[1].rating, "again");
    const Fsrs fsrs;
    const auto first = fsrs.review({}, 0, Rating::Easy).memory;
    const auto second = fsrs.review(first, 0, Rating::Again).memory;
    const auto card = h.card("lcs.cell");
    ASSERT_TRUE(card);
    EXPECT_DOUBLE_EQ(card->memory.stability, second.stability);
    EXPECT_EQ(card->memory.reps, 2);
}

TEST_F(HistoryTest, NewerSchemaIsRefusedAndTheFileLeftUntouched) {
    { History::open(path()); }
    rawExec(path(), "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    const std::string before = bytes(path());
    try {
        History::open(path());
        FAIL() << "a newer schema was opened";
    } catch (const HistoryError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find(path()), std::string::npos) << message;
        EXPECT_NE(message.find("newer"), std::string::npos) << message;
        EXPECT_NE(message.find("99"), std::string::npos) << message;
    }
    EXPECT_EQ(bytes(path()), before);
}

TEST_F(HistoryTest, CorruptFileIsMovedAsideNamedAndAFreshOneCreated) {
    {
        std::ofstream out(path());
        out << "this is not a database, it is a shopping list: eggs, milk\n";
        for (int k = 0; k < 200; ++k) out << "garbage line " << k << "\n";
    }
    const std::string before = bytes(path());
    auto h = History::open(path());
    ASSERT_TRUE(h.saving());
    ASSERT_EQ(h.notices().size(), 1u);
    EXPECT_NE(h.notices()[0].find(path() + ".corrupt-1"), std::string::npos) << h.notices()[0];
    EXPECT_EQ(bytes(path() + ".corrupt-1"), before);
    EXPECT_EQ(h.schemaVersion(), kHistorySchemaVersion);
    EXPECT_EQ(h.sessionCount(), 0);
}

TEST_F(HistoryTest, DamagedPagesAreMovedAsideToo) {
    {
        auto h = History::open(path());
        const auto session = h.startSession({"graph", "easy", 1, 50, 60000, 0});
        for (int k = 0; k < 50; ++k) h.recordAnswer(answer(session, k, "bfs.level", true, 1000 + k), Rating::Good);
    }
    rawExec(path(), "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
    std::string data = bytes(path());
    ASSERT_GT(data.size(), 8192u);
    for (std::size_t k = 4096 + 100; k < data.size(); k += 7) data[k] = static_cast<char>(data[k] ^ 0x5a);
    std::ofstream(path(), std::ios::binary | std::ios::trunc) << data;
    auto h = History::open(path());
    EXPECT_TRUE(h.saving());
    ASSERT_EQ(h.notices().size(), 1u);
    EXPECT_TRUE(fs::exists(path() + ".corrupt-1"));
}

TEST_F(HistoryTest, UnwritableDirectoryIsReportedAndNothingIsSaved) {
    std::ofstream(path("file")) << "x";
    auto h = History::open(path("file") + "/sub/history.sqlite");  // the parent is a regular file
    EXPECT_FALSE(h.saving());
    ASSERT_EQ(h.notices().size(), 1u);
    EXPECT_NE(h.notices()[0].find("without saving"), std::string::npos);
    // Still usable: answers are graded and "recorded" without a database.
    EXPECT_EQ(h.recordAnswer(answer(0, 0, "lis.length", true, 0), Rating::Good).memory.reps, 1);
    EXPECT_TRUE(h.answers().empty());
}

TEST_F(HistoryTest, ReadOnlyDirectoryIsReported) {
    const fs::path ro = dir_ / "ro";
    fs::create_directories(ro);
    fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec, fs::perm_options::replace);
    if (::access(ro.c_str(), W_OK) == 0) {
        fs::permissions(ro, fs::perms::owner_all, fs::perm_options::replace);
        GTEST_SKIP() << "this user (root?) can write a read-only directory";
    }
    auto h = History::open((ro / "history.sqlite").string());
    fs::permissions(ro, fs::perms::owner_all, fs::perm_options::replace);
    EXPECT_FALSE(h.saving());
    ASSERT_EQ(h.notices().size(), 1u);
    EXPECT_NE(h.notices()[0].find("without saving"), std::string::npos);
}

TEST_F(HistoryTest, KilledWriterLosesNoCommittedAnswer) {
    int pipeFds[2];
    ASSERT_EQ(::pipe(pipeFds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(pipeFds[0]);
        auto h = History::open(path());
        const auto session = h.startSession({"graph", "hard", 3, 1'000'000, 60000, 0});
        for (int k = 0;; ++k) {
            h.recordAnswer(answer(session, k, k % 2 ? "scc.count" : "mst.weight", k % 3 != 0, 1'700'000'000'000 + k),
                           k % 3 ? Rating::Good : Rating::Again);
            // Told only after the commit returned: everything reported must survive the kill.
            if (::write(pipeFds[1], &k, sizeof k) != sizeof k) ::_exit(3);
        }
    }
    ::close(pipeFds[1]);
    int last = -1, k = 0;
    while (last < 40 && ::read(pipeFds[0], &k, sizeof k) == sizeof k) last = k;
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(pipeFds[0]);
    ASSERT_TRUE(WIFSIGNALED(status));
    ASSERT_GE(last, 40);
    auto h = History::open(path());
    ASSERT_TRUE(h.saving());
    EXPECT_TRUE(h.notices().empty());
    const auto stored = h.answers();
    ASSERT_GE(stored.size(), static_cast<std::size_t>(last + 1));
    for (int p = 0; p <= last; ++p) EXPECT_EQ(stored[static_cast<std::size_t>(p)].position, p);
    const auto cards = h.cards();
    EXPECT_EQ(cards.size(), 2u);
    int reps = 0;
    for (const auto& c : cards) reps += c.memory.reps;
    EXPECT_EQ(static_cast<std::size_t>(reps), stored.size());  // each answer and its card in one transaction
}

TEST(HistoryPath, EnvironmentOverridesThenXdgThenHome) {
    const char* saved = std::getenv("STEPWISE_DB");
    ::setenv("STEPWISE_DB", "/tmp/x.sqlite", 1);
    EXPECT_EQ(defaultHistoryPath(), "/tmp/x.sqlite");
    ::unsetenv("STEPWISE_DB");
    ::setenv("XDG_DATA_HOME", "/data", 1);
    EXPECT_EQ(defaultHistoryPath(), "/data/Stepwise/history.sqlite");
    ::unsetenv("XDG_DATA_HOME");
    ::setenv("HOME", "/home/u", 1);
    EXPECT_EQ(defaultHistoryPath(), "/home/u/.local/share/Stepwise/history.sqlite");
    if (saved) ::setenv("STEPWISE_DB", saved, 1);
}

}  // namespace
}  // namespace stepwise::practice
