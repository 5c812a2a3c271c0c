#pragma once
// The practice history in SQLite: sessions, every answered question (its seed, instance, answer,
// correctness and time) and the FSRS state of each question type. WAL journal; each answer is
// its own transaction, committed before the next question is asked, so a killed process loses
// nothing answered. Schema versions in PRAGMA user_version, migrated forward on open.
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/practice/Fsrs.h"

struct sqlite3;

namespace stepwise::practice {

/// The schema this build writes (1: sessions and questions; 2: adds ratings and FSRS cards).
inline constexpr int kHistorySchemaVersion = 2;

/// A database that cannot be used and must not be changed: a newer schema version.
class HistoryError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// $STEPWISE_DB, else $XDG_DATA_HOME/Stepwise/history.sqlite, else ~/.local/share/Stepwise/history.sqlite.
std::string defaultHistoryPath();

struct SessionRecord {
    std::string topics;  // as given: "graph,lcs"
    std::string level;
    std::uint64_t seed = 0;
    int count = 0;
    std::int64_t timeLimitMs = 0;
    std::int64_t startedAtMs = 0;  // Unix time
};

struct AnswerRecord {
    std::int64_t sessionId = 0;
    int position = 0;       // 0-based in its session
    std::string type;       // "dijkstra.order"
    std::string topic;      // the item: "dijkstra"
    std::string level;
    std::uint64_t seed = 0;
    std::string question;
    std::string instance;   // JSON
    std::string answer;     // as typed ("" when skipped or timed out)
    std::string expected;
    bool correct = false;
    std::int64_t ms = 0;
    std::int64_t answeredAtMs = 0;
    std::string rating;     // "again" | "hard" | "good" | "easy"
};

/// A question type's FSRS card.
struct CardRecord {
    std::string type;
    MemoryState memory;
    std::int64_t lastReviewDay = 0;  // days since the Unix epoch (UTC)
    std::int64_t dueDay = 0;
};

class History {
  public:
    /// Opens or creates the history at `path` (creating its directory). A newer schema version
    /// throws HistoryError and leaves the file as it was. A file that is not a readable database
    /// is moved aside to PATH.corrupt-N (kept; notices() names it) and a fresh one is created.
    /// A path that cannot be written (read-only directory) gives a history that saves nothing:
    /// saving() is false and notices() says why.
    static History open(const std::string& path);
    /// A history that saves nothing (and says so in notices()).
    static History notSaving(const std::string& why);

    History(History&&) noexcept;
    History& operator=(History&&) noexcept;
    ~History();

    bool saving() const { return db_ != nullptr; }
    const std::string& path() const { return path_; }
    const std::vector<std::string>& notices() const { return notices_; }
    int schemaVersion() const;

    std::int64_t startSession(const SessionRecord& session);
    void finishSession(std::int64_t sessionId, std::int64_t endedAtMs);
    /// Stores the answer and updates its type's card with the FSRS review, in one transaction
    /// committed before it returns. Returns the card after the review.
    CardRecord recordAnswer(const AnswerRecord& answer, Rating rating);

    std::vector<AnswerRecord> answers(std::optional<std::int64_t> sessionId = std::nullopt) const;
    std::vector<CardRecord> cards() const;
    std::optional<CardRecord> card(const std::string& type) const;
    std::int64_t sessionCount() const;

  private:
    History() = default;
    void migrate();

    sqlite3* db_ = nullptr;
    std::string path_;
    std::vector<std::string> notices_;
    Fsrs fsrs_;
};

/// Days since the Unix epoch (UTC) of a Unix time in milliseconds.
std::int64_t utcDay(std::int64_t unixMs);
/// Milliseconds since the Unix epoch, now.
std::int64_t nowMs();

}  // namespace stepwise::practice
