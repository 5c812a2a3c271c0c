#include "core/practice/History.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "core/practice/Scoring.h"

namespace stepwise::practice {
namespace {

namespace fs = std::filesystem;

/// Failures after the file opened (a full disk, say): said as they are.
[[noreturn]] void fail(sqlite3* db, const std::string& what) {
    throw std::runtime_error("history: " + what + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

void exec(sqlite3* db, const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw std::runtime_error(std::string("history: ") + message + " (in: " + std::string(sql).substr(0, 60) + ")");
    }
}

/// A prepared statement, finalized on scope exit.
class Statement {
  public:
    Statement(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) fail(db, "prepare");
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, std::int64_t v) {
        sqlite3_bind_int64(stmt_, i, v);
        return *this;
    }
    Statement& bind(int i, double v) {
        sqlite3_bind_double(stmt_, i, v);
        return *this;
    }
    Statement& bind(int i, const std::string& v) {
        sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    /// True while there is a row.
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(db_, "step");
    }
    std::int64_t integer(int c) const { return sqlite3_column_int64(stmt_, c); }
    double real(int c) const { return sqlite3_column_double(stmt_, c); }
    std::string text(int c) const {
        const auto* p = sqlite3_column_text(stmt_, c);
        return p ? reinterpret_cast<const char*>(p) : "";
    }

  private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

int userVersion(sqlite3* db) {
    Statement s(db, "PRAGMA user_version");
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

/// Why the file at `path` is not a usable database, or "" when it is (read-only look).
/// Throws HistoryError for a newer schema.
std::string inspect(const std::string& path) {
    sqlite3* db = nullptr;
    std::string problem;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        problem = db ? sqlite3_errmsg(db) : "cannot open";
    } else {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK) {
            problem = sqlite3_errmsg(db);
        } else {
            const int rc = sqlite3_step(stmt);
            if (rc != SQLITE_ROW)
                problem = sqlite3_errmsg(db);
            else if (std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))) != "ok")
                problem = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        }
        sqlite3_finalize(stmt);
        if (problem.empty()) {
            const int version = userVersion(db);
            if (version > kHistorySchemaVersion) {
                sqlite3_close(db);
                throw HistoryError(path + " was written by a newer Stepwise (history schema version " +
                                   std::to_string(version) + "; this one reads up to " +
                                   std::to_string(kHistorySchemaVersion) + "); it was left untouched");
            }
        }
    }
    sqlite3_close(db);
    return problem;
}

/// PATH.corrupt-1, -2, ...: the first name not taken.
std::string asideName(const std::string& path) {
    for (int n = 1;; ++n) {
        const std::string name = path + ".corrupt-" + std::to_string(n);
        std::error_code e;
        if (!fs::exists(name, e)) return name;
    }
}

// Version 1: sessions and their answered questions.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  started_at INTEGER NOT NULL,
  ended_at INTEGER,
  topics TEXT NOT NULL,
  level TEXT NOT NULL,
  seed INTEGER NOT NULL,
  count INTEGER NOT NULL,
  time_limit_ms INTEGER NOT NULL
);
CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id),
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  topic TEXT NOT NULL,
  level TEXT NOT NULL,
  seed INTEGER NOT NULL,
  question TEXT NOT NULL,
  instance TEXT NOT NULL,
  answer TEXT NOT NULL,
  expected TEXT NOT NULL,
  correct INTEGER NOT NULL,
  ms INTEGER NOT NULL,
  answered_at INTEGER NOT NULL
);
CREATE INDEX questions_by_type ON questions(type, answered_at);
PRAGMA user_version = 1;
)sql";

// Version 2: the grade of each answer and each question type's FSRS card.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE questions ADD COLUMN rating TEXT;
CREATE TABLE cards (
  type TEXT PRIMARY KEY,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  last_review_day INTEGER NOT NULL,
  due_day INTEGER NOT NULL
);
PRAGMA user_version = 2;
)sql";

void writeCard(sqlite3* db, const CardRecord& c) {
    Statement s(db,
                "INSERT OR REPLACE INTO cards(type, stability, difficulty, reps, lapses, last_review_day, due_day) "
                "VALUES(?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, c.type).bind(2, c.memory.stability).bind(3, c.memory.difficulty);
    s.bind(4, static_cast<std::int64_t>(c.memory.reps)).bind(5, static_cast<std::int64_t>(c.memory.lapses));
    s.bind(6, c.lastReviewDay).bind(7, c.dueDay);
    s.step();
}

std::optional<CardRecord> readCard(sqlite3* db, const std::string& type) {
    Statement s(db, "SELECT stability, difficulty, reps, lapses, last_review_day, due_day FROM cards WHERE type = ?");
    s.bind(1, type);
    if (!s.step()) return std::nullopt;
    CardRecord c;
    c.type = type;
    c.memory.stability = s.real(0);
    c.memory.difficulty = s.real(1);
    c.memory.reps = static_cast<int>(s.integer(2));
    c.memory.lapses = static_cast<int>(s.integer(3));
    c.lastReviewDay = s.integer(4);
    c.dueDay = s.integer(5);
    return c;
}

CardRecord reviewed(const Fsrs& fsrs, std::optional<CardRecord> card, const std::string& type, std::int64_t day,
                    Rating rating) {
    CardRecord c = card.value_or(CardRecord{type, {}, day, day});
    const int elapsed = c.memory.reps == 0 ? 0 : static_cast<int>(std::max<std::int64_t>(0, day - c.lastReviewDay));
    const auto next = fsrs.review(c.memory, elapsed, rating);
    c.memory = next.memory;
    c.lastReviewDay = day;
    c.dueDay = day + next.intervalDays;
    return c;
}

}  // namespace

std::int64_t utcDay(std::int64_t unixMs) { return unixMs >= 0 ? unixMs / 86'400'000 : (unixMs - 86'399'999) / 86'400'000; }

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string defaultHistoryPath() {
    if (const char* db = std::getenv("STEPWISE_DB"); db && *db) return db;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        return (fs::path(data) / "Stepwise" / "history.sqlite").string();
    const char* home = std::getenv("HOME");
    return (fs::path(home && *home ? home : ".") / ".local" / "share" / "Stepwise" / "history.sqlite").string();
}

History History::notSaving(const std::string& why) {
    History h;
    h.notices_.push_back(why);
    return h;
}

History History::open(const std::string& path) {
    History h;
    h.path_ = path;
    std::error_code e;
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, e)) {
        fs::create_directories(parent, e);
        if (e)
            return notSaving("cannot create the history directory " + parent.string() + " (" + e.message() +
                             "); practice continues without saving");
    }
    if (fs::exists(path, e)) {
        const std::string problem = inspect(path);  // throws HistoryError for a newer schema
        if (!problem.empty()) {
            const std::string aside = asideName(path);
            fs::rename(path, aside, e);
            if (e)
                return notSaving("the history " + path + " is unreadable (" + problem + ") and cannot be moved aside (" +
                                 e.message() + "); practice continues without saving");
            for (const char* suffix : {"-wal", "-shm"}) {
                std::error_code ignored;
                if (fs::exists(path + suffix, ignored)) fs::rename(path + suffix, aside + suffix, ignored);
            }
            h.notices_.push_back("the history " + path + " was unreadable (" + problem + "); it was moved to " + aside +
                                 " and a fresh history was started");
        }
    }
    if (sqlite3_open_v2(path.c_str(), &h.db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const std::string why = h.db_ ? sqlite3_errmsg(h.db_) : "cannot open";
        sqlite3_close(h.db_);
        h.db_ = nullptr;
        h.notices_.push_back("cannot write the history " + path + " (" + why + "); practice continues without saving");
        return h;
    }
    try {
        sqlite3_busy_timeout(h.db_, 2000);
        exec(h.db_, "PRAGMA journal_mode = WAL");
        exec(h.db_, "PRAGMA synchronous = FULL");
        exec(h.db_, "PRAGMA foreign_keys = ON");
        h.migrate();
    } catch (const std::exception& error) {
        sqlite3_close(h.db_);
        h.db_ = nullptr;
        h.notices_.push_back("cannot write the history " + path + " (" + error.what() +
                             "); practice continues without saving");
    }
    return h;
}

void History::migrate() {
    int version = userVersion(db_);
    // Each step runs in its own transaction: a crash mid-migration leaves the previous version.
    while (version < kHistorySchemaVersion) {
        exec(db_, "BEGIN IMMEDIATE");
        try {
            if (version == 0) exec(db_, kSchemaV1);
            if (version == 1) {
                exec(db_, kSchemaV2);
                // Grade the answers v1 kept and replay them through FSRS, so the cards start from them.
                std::map<std::string, std::optional<CardRecord>> cards;
                Statement s(db_,
                            "SELECT q.id, q.type, q.correct, q.ms, s.time_limit_ms, q.answered_at FROM questions q "
                            "JOIN sessions s ON s.id = q.session_id ORDER BY q.answered_at, q.id");
                while (s.step()) {
                    const Rating rating = gradeOf(s.integer(2) != 0, s.integer(3), s.integer(4));
                    Statement u(db_, "UPDATE questions SET rating = ? WHERE id = ?");
                    u.bind(1, std::string(ratingName(rating))).bind(2, s.integer(0));
                    u.step();
                    auto& card = cards[s.text(1)];
                    card = reviewed(fsrs_, card, s.text(1), utcDay(s.integer(5)), rating);
                }
                for (const auto& [type, card] : cards) writeCard(db_, *card);
            }
            exec(db_, "COMMIT");
        } catch (...) {
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        version = userVersion(db_);
    }
}

History::History(History&& other) noexcept
    : db_(other.db_), path_(std::move(other.path_)), notices_(std::move(other.notices_)), fsrs_(other.fsrs_) {
    other.db_ = nullptr;
}

History& History::operator=(History&& other) noexcept {
    if (this != &other) {
        sqlite3_close(db_);
        db_ = other.db_;
        other.db_ = nullptr;
        path_ = std::move(other.path_);
        notices_ = std::move(other.notices_);
    }
    return *this;
}

History::~History() { sqlite3_close(db_); }

int History::schemaVersion() const { return db_ ? userVersion(db_) : 0; }

std::int64_t History::startSession(const SessionRecord& r) {
    if (!db_) return 0;
    Statement s(db_,
                "INSERT INTO sessions(started_at, topics, level, seed, count, time_limit_ms) VALUES(?, ?, ?, ?, ?, ?)");
    s.bind(1, r.startedAtMs).bind(2, r.topics).bind(3, r.level).bind(4, static_cast<std::int64_t>(r.seed));
    s.bind(5, static_cast<std::int64_t>(r.count)).bind(6, r.timeLimitMs);
    s.step();
    return sqlite3_last_insert_rowid(db_);
}

void History::finishSession(std::int64_t sessionId, std::int64_t endedAtMs) {
    if (!db_) return;
    Statement s(db_, "UPDATE sessions SET ended_at = ? WHERE id = ?");
    s.bind(1, endedAtMs).bind(2, sessionId);
    s.step();
}

CardRecord History::recordAnswer(const AnswerRecord& a, Rating rating) {
    if (!db_) return reviewed(fsrs_, std::nullopt, a.type, utcDay(a.answeredAtMs), rating);
    exec(db_, "BEGIN IMMEDIATE");
    try {
        Statement s(db_,
                    "INSERT INTO questions(session_id, position, type, topic, level, seed, question, instance, answer, "
                    "expected, correct, ms, answered_at, rating) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        s.bind(1, a.sessionId).bind(2, static_cast<std::int64_t>(a.position)).bind(3, a.type).bind(4, a.topic);
        s.bind(5, a.level).bind(6, static_cast<std::int64_t>(a.seed)).bind(7, a.question).bind(8, a.instance);
        s.bind(9, a.answer).bind(10, a.expected).bind(11, static_cast<std::int64_t>(a.correct ? 1 : 0));
        s.bind(12, a.ms).bind(13, a.answeredAtMs).bind(14, std::string(ratingName(rating)));
        s.step();
        const CardRecord card = reviewed(fsrs_, readCard(db_, a.type), a.type, utcDay(a.answeredAtMs), rating);
        writeCard(db_, card);
        exec(db_, "COMMIT");
        return card;
    } catch (...) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

std::vector<AnswerRecord> History::answers(std::optional<std::int64_t> sessionId) const {
    std::vector<AnswerRecord> out;
    if (!db_) return out;
    Statement s(db_,
                "SELECT session_id, position, type, topic, level, seed, question, instance, answer, expected, correct, ms, "
                "answered_at, coalesce(rating, '') FROM questions WHERE ?1 IS NULL OR session_id = ?1 ORDER BY id");
    if (sessionId) s.bind(1, *sessionId);
    while (s.step()) {
        AnswerRecord a;
        a.sessionId = s.integer(0);
        a.position = static_cast<int>(s.integer(1));
        a.type = s.text(2);
        a.topic = s.text(3);
        a.level = s.text(4);
        a.seed = static_cast<std::uint64_t>(s.integer(5));
        a.question = s.text(6);
        a.instance = s.text(7);
        a.answer = s.text(8);
        a.expected = s.text(9);
        a.correct = s.integer(10) != 0;
        a.ms = s.integer(11);
        a.answeredAtMs = s.integer(12);
        a.rating = s.text(13);
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<CardRecord> History::cards() const {
    std::vector<CardRecord> out;
    if (!db_) return out;
    Statement s(db_, "SELECT type FROM cards ORDER BY due_day, type");
    while (s.step()) out.push_back(*readCard(db_, s.text(0)));
    return out;
}

std::optional<CardRecord> History::card(const std::string& type) const {
    if (!db_) return std::nullopt;
    return readCard(db_, type);
}

std::int64_t History::sessionCount() const {
    if (!db_) return 0;
    Statement s(db_, "SELECT count(*) FROM sessions");
    return s.step() ? s.integer(0) : 0;
}

}  // namespace stepwise::practice
