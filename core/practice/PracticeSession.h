#pragma once
// One practice session as a GUI runs it: the plan from the topics, count and seed, the question
// asked now, grading each answer (a malformed one refused with the checker's hint, a timed-out one
// graded wrong), the score, and every answer written to the history as soon as it is given. The
// CLI's `practice` reads the same calls; the GUI keeps no grading of its own.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/practice/History.h"
#include "core/practice/Question.h"
#include "core/practice/Scoring.h"
#include "core/practice/SessionPlan.h"

namespace stepwise::practice {

struct SessionSettings {
    std::vector<std::string> topics;  // as typesForTopics() takes them
    int count = 10;
    Level level = Level::Medium;
    std::int64_t timeLimitMs = 90'000;
    std::uint64_t seed = 0;
};

/// One graded question, for the feedback and the review.
struct GradedAnswer {
    Question question;
    std::string answer;  // as given ("" when nothing was given in time)
    bool correct = false;
    bool timedOut = false;
    bool late = false;  // right but over the limit (only when the limit is not enforced)
    std::int64_t ms = 0;
    Rating rating = Rating::Again;
    std::optional<std::int64_t> nextReviewDay;  // when the history saved it
    std::string saveError;                      // why it was not saved, when it could not be
};

class PracticeSession {
  public:
    /// Plans the session (InputError for an unknown topic or a count below 1) and starts it in
    /// `history` (may be null: nothing saved). The history must outlive the session.
    PracticeSession(SessionSettings settings, History* history);

    const SessionSettings& settings() const { return settings_; }
    std::size_t count() const { return plan_.size(); }
    /// 0-based position of the question asked now; count() when the session is over.
    std::size_t position() const { return answered_.size(); }
    bool finished() const { return answered_.size() == plan_.size(); }
    /// The question asked now (generated from its seed when it is reached). Not when finished().
    const Question& question() const { return *current_; }

    /// Judges `typed` given `ms` after the question appeared. A malformed answer returns Invalid
    /// with the checker's hint and changes nothing (no penalty: answer again). Otherwise the answer
    /// is graded, recorded in the history and the session moves on to the next question.
    Verdict answer(const std::string& typed, std::int64_t ms);
    /// The time ran out: graded wrong with whatever was typed, recorded, and the session moves on.
    void timeOut(const std::string& typed, std::int64_t ms);

    /// Every graded answer so far, in order (the last is the one just given).
    const std::vector<GradedAnswer>& answered() const { return answered_; }
    const SessionScore& score() const { return score_; }
    /// What the history said when it could not save (read-only, corrupt, a failed write); empty when
    /// all is well. The session goes on without saving after a failed write.
    const std::vector<std::string>& historyNotices() const { return notices_; }
    bool saving() const { return history_ && history_->saving() && !saveFailed_; }

  private:
    void record(const std::string& typed, bool correct, bool timedOut, std::int64_t ms);
    void advance();

    SessionSettings settings_;
    History* history_;
    std::vector<PlannedQuestion> plan_;
    std::optional<Question> current_;
    std::vector<GradedAnswer> answered_;
    SessionScore score_;
    std::int64_t sessionId_ = 0;
    bool saveFailed_ = false;
    std::vector<std::string> notices_;
};

/// Splits "graph, lcs dijkstra" into topics.
std::vector<std::string> splitTopicList(const std::string& text);

}  // namespace stepwise::practice
