#include "core/practice/PracticeSession.h"

#include <exception>

#include "core/common/InputError.h"
#include "core/practice/QuestionType.h"

namespace stepwise::practice {

std::vector<std::string> splitTopicList(const std::string& text) {
    std::vector<std::string> topics;
    std::string current;
    for (char c : text + ",") {
        if (c == ',' || c == ' ') {
            if (!current.empty()) topics.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    return topics;
}

PracticeSession::PracticeSession(SessionSettings settings, History* history)
    : settings_(std::move(settings)), history_(history) {
    if (settings_.count < 1) throw InputError("practice: the number of questions must be at least 1");
    if (settings_.timeLimitMs < 1) throw InputError("practice: the time per question must be positive");
    plan_ = planSession(typesForTopics(settings_.topics), settings_.count, settings_.seed);
    if (history_) {
        for (const auto& n : history_->notices()) notices_.push_back(n);
        std::string topics;
        for (const auto& t : settings_.topics) topics += (topics.empty() ? "" : ",") + t;
        try {
            sessionId_ = history_->startSession(
                {topics, levelName(settings_.level), settings_.seed, settings_.count, settings_.timeLimitMs, nowMs()});
        } catch (const std::exception& e) {
            saveFailed_ = true;
            notices_.push_back(std::string(e.what()) + "; practice goes on without saving");
        }
    }
    advance();
}

Verdict PracticeSession::answer(const std::string& typed, std::int64_t ms) {
    if (finished()) return {Outcome::Invalid, "the session is over"};
    const Verdict verdict = current_->check(typed);
    if (verdict.outcome == Outcome::Invalid) return verdict;
    record(typed, verdict.outcome == Outcome::Right, false, ms);
    return verdict;
}

void PracticeSession::timeOut(const std::string& typed, std::int64_t ms) {
    if (finished()) return;
    record(typed, false, true, ms);
}

void PracticeSession::record(const std::string& typed, bool correct, bool timedOut, std::int64_t ms) {
    const Question& q = *current_;
    GradedAnswer graded;
    graded.question = q;
    graded.answer = typed;
    graded.correct = correct;
    graded.timedOut = timedOut;
    graded.ms = ms;
    graded.late = correct && ms > settings_.timeLimitMs;
    graded.rating = gradeOf(correct, ms, settings_.timeLimitMs);
    score_.add(correct, ms, settings_.timeLimitMs);
    if (saving()) {
        AnswerRecord r;
        r.sessionId = sessionId_;
        r.position = static_cast<int>(answered_.size());
        r.type = q.type;
        r.topic = q.item;
        r.level = levelName(settings_.level);
        r.seed = q.seed;
        r.question = q.text;
        r.instance = q.instance.dump();
        r.answer = typed;
        r.expected = q.expected;
        r.correct = correct;
        r.ms = ms;
        r.answeredAtMs = nowMs();
        try {
            graded.nextReviewDay = history_->recordAnswer(r, graded.rating).dueDay;  // committed now
        } catch (const std::exception& e) {
            saveFailed_ = true;
            graded.saveError = e.what();
            notices_.push_back(std::string(e.what()) + "; practice goes on without saving");
        }
    }
    answered_.push_back(std::move(graded));
    advance();
}

void PracticeSession::advance() {
    if (finished()) {
        current_.reset();
        if (saving()) {
            try {
                history_->finishSession(sessionId_, nowMs());
            } catch (const std::exception& e) {
                notices_.push_back(e.what());
            }
        }
        return;
    }
    const auto& next = plan_[answered_.size()];
    current_ = next.type->generate(settings_.level, next.seed);
}

}  // namespace stepwise::practice
