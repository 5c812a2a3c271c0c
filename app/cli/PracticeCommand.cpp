#include "app/cli/PracticeCommand.h"

#include "app/cli/TimedLineReader.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <random>
#include <sstream>

#include "core/common/InputError.h"
#include "core/practice/Answer.h"
#include "core/practice/History.h"
#include "core/practice/PracticeSession.h"
#include "core/practice/QuestionType.h"
#include "core/practice/Scoring.h"
#include "core/practice/SessionPlan.h"

namespace stepwise::cli {
namespace {

using namespace stepwise::practice;
using nlohmann::json;

/// The instance as a user reads it: multi-line values (a graph) indented below their name.
std::string instanceText(const json& instance) {
    std::string out;
    for (const auto& [name, value] : instance.items()) {
        const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
        if (text.find('\n') == std::string::npos) {
            out += "  " + name + ": " + text + "\n";
            continue;
        }
        out += "  " + name + ":\n";
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) out += "    " + line + "\n";
    }
    return out;
}

std::string seconds(std::int64_t ms) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f s", static_cast<double>(ms) / 1000);
    return buffer;
}

std::string dayText(std::int64_t day) {
    const std::time_t t = static_cast<std::time_t>(day) * 86400;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
    return buffer;
}

json questionJson(const Question& q) {
    return json{{"topic", q.item},
                {"type", q.type},
                {"level", levelName(q.level)},
                {"seed", q.seed},
                {"question", q.text},
                {"instance", q.instance},
                {"expected", q.expected},
                {"explanation", q.explanation},
                {"step", q.step}};
}

int listDue(const History& history, const PracticeRequest& r, std::ostream& out) {
    const auto today = utcDay(nowMs());
    const auto cards = history.cards();
    const auto due = dueTypes(cards, today);
    for (const auto* t : due) {
        const auto c = *history.card(t->id);
        if (r.json)
            out << json{{"type", t->id},
                        {"topic", t->item},
                        {"due", dayText(c.dueDay)},
                        {"stability", c.memory.stability},
                        {"difficulty", c.memory.difficulty},
                        {"reps", c.memory.reps},
                        {"lapses", c.memory.lapses}}
                       .dump()
                << '\n';
        else {
            char memory[80];
            std::snprintf(memory, sizeof memory, "stability %.1f days, difficulty %.1f", c.memory.stability,
                          c.memory.difficulty);
            out << t->id << "  due " << dayText(c.dueDay) << "  (" << memory << ")\n";
        }
    }
    if (!r.json) {
        if (due.empty())
            out << (cards.empty() ? "nothing practised yet" : "nothing is due today") << " (" << cards.size()
                << " question types in the history; next due "
                << (cards.empty() ? std::string("-") : dayText(cards.front().dueDay)) << ")\n";
        else
            out << due.size() << " due: stepwise-cli practice --topics due --count " << due.size() << "\n";
    }
    return 0;
}

}  // namespace

CLI::App* addPracticeCommand(CLI::App& app, PracticeRequest& r) {
    auto* c =
        app.add_subcommand("practice",
                           "a timed exercise session: practice --topics LIST --count N [--seed S] "
                           "[--level easy|medium|hard] [--time-limit S] [--db PATH] [--json] [--answers]");
    c->add_option("--topics", r.topics,
                  "areas (graph, dp, structures, cache, balancer), item ids (dijkstra), question types "
                  "(dijkstra.order), or due (what the scheduler says is due); comma-separated");
    c->add_option("--count", r.count, "how many questions (default 10)")->check(CLI::Range(1, 1000));
    c->add_option("--seed", r.seed, "seed of the session (default: random, and printed)");
    c->add_option("--level", r.level, "easy, medium (default) or hard");
    c->add_option("--time-limit", r.timeLimitSeconds, "seconds per question (default 60/90/120 by level)")
        ->check(CLI::Range(1, 3600));
    c->add_option("--db", r.db,
                  "the history database (default $STEPWISE_DB, else $XDG_DATA_HOME/Stepwise/history.sqlite)");
    c->add_flag("--json", r.json, "print one JSON object per question (JSON lines)");
    c->add_flag("--answers", r.answers,
                "print the questions with their accepted answers; read nothing, store nothing");
    c->add_flag("--due", r.due, "list the question types due for review and exit");
    return c;
}

int executePractice(const PracticeRequest& r, std::istream& in, std::ostream& out, std::ostream& err,
                    bool interactive, int inputFd) {
    const Level level = parseLevel(r.level);
    const std::string path = r.db.empty() ? defaultHistoryPath() : r.db;
    std::optional<History> history;
    if (!r.answers) {
        try {
            history.emplace(History::open(path));
        } catch (const HistoryError& e) {
            throw InputError(std::string("history: ") + e.what());
        }
        for (const auto& notice : history->notices()) err << "stepwise-cli: practice: " << notice << '\n';
        if (r.due) return listDue(*history, r, out);
    } else if (r.due) {
        throw InputError("practice: --due lists the history; it cannot be combined with --answers");
    }
    if (r.topics.empty())
        throw InputError("practice: missing --topics (known topics: " + knownTopics() + ", due)");

    std::vector<const QuestionType*> types;
    const auto topics = practice::splitTopicList(r.topics);
    if (topics.size() == 1 && topics[0] == "due") {
        if (!history)
            throw InputError(
                "practice: --topics due needs the history; it cannot be combined with --answers");
        types = dueTypes(history->cards(), utcDay(nowMs()));
        if (types.empty()) {
            out << "nothing is due today; practise any topic (known topics: " << knownTopics() << ")\n";
            return 0;
        }
    } else {
        types = typesForTopics(topics);
    }
    const std::uint64_t seed = r.seed.value_or(std::random_device{}() & ((1ULL << 31) - 1));
    const std::int64_t limitMs =
        1000LL * r.timeLimitSeconds.value_or(defaultTimeLimitSeconds(levelName(level)));
    const auto plan = planSession(types, r.count, seed);

    if (!r.json)
        out << (r.answers ? "Worksheet" : "Practice") << ": " << plan.size() << " question"
            << (plan.size() == 1 ? "" : "s") << " on " << r.topics << ", level " << levelName(level)
            << ", seed " << seed
            << (r.answers ? std::string() : ", " + std::to_string(limitMs / 1000) + " s per question") << "\n"
            << (r.answers || !history->saving() ? std::string() : "History: " + history->path() + "\n");

    std::int64_t sessionId = 0;
    if (history && !r.answers)
        sessionId = history->startSession({r.topics, levelName(level), seed, r.count, limitMs, nowMs()});
    SessionScore score;
    // With a descriptor, answers are read against each question's deadline (poll on it).
    std::optional<TimedLineReader> reader;
    if (inputFd >= 0 && !r.answers) reader.emplace(inputFd, interactive);
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Question q = plan[i].type->generate(level, plan[i].seed);
        if (r.answers) {
            if (r.json) {
                out << questionJson(q).dump() << '\n';
            } else {
                out << "\n(" << i + 1 << "/" << plan.size() << ") " << q.type << " · seed " << q.seed << "\n"
                    << q.text << "\n"
                    << instanceText(q.instance) << "answer: " << q.expected << "\n  " << q.explanation
                    << "\n";
            }
            continue;
        }
        if (!r.json)
            out << "\n(" << i + 1 << "/" << plan.size() << ") " << q.type << " · seed " << q.seed << " · "
                << limitMs / 1000 << " s\n"
                << q.text << "\n"
                << instanceText(q.instance) << std::flush;  // shown before the clock runs
        const auto start = std::chrono::steady_clock::now();
        const auto deadline = start + std::chrono::milliseconds(limitMs);
        std::string line;
        Verdict verdict{Outcome::Invalid, {}};
        bool ended = false, timedOut = false;
        while (verdict.outcome == Outcome::Invalid) {
            if (interactive && !r.json) out << "> " << std::flush;
            if (reader) {
                const auto got = reader->read(line, deadline);
                if (got == TimedLineReader::Result::Ended) ended = true;
                if (got == TimedLineReader::Result::TimedOut) timedOut = true;
                if (got != TimedLineReader::Result::Line) break;
            } else if (!std::getline(in, line)) {
                ended = true;
                break;
            }
            verdict = q.check(line);
            if (verdict.outcome == Outcome::Invalid)
                (r.json ? err : out) << "  not an answer: " << verdict.hint << "; try again\n";
        }
        if (ended) {
            err << "stepwise-cli: practice: input ended after " << i << " of " << plan.size()
                << " questions\n";
            break;
        }
        if (timedOut) {
            line.clear();  // no answer: what was typed so far does not count
            if (interactive && !r.json) out << "\n";
        }
        const auto ms = timedOut ? limitMs
                                 : std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::steady_clock::now() - start)
                                       .count();
        const bool correct = !timedOut && verdict.outcome == Outcome::Right;
        const Rating rating = gradeOf(correct, ms, limitMs);
        if (timedOut)
            score.addTimedOut(limitMs);
        else
            score.add(correct, ms, limitMs);
        AnswerRecord record;
        record.sessionId = sessionId;
        record.position = static_cast<int>(i);
        record.type = q.type;
        record.topic = q.item;
        record.level = levelName(level);
        record.seed = q.seed;
        record.question = q.text;
        record.instance = q.instance.dump();
        record.answer = line;
        record.expected = q.expected;
        record.correct = correct;
        record.ms = ms;
        record.answeredAtMs = nowMs();
        const CardRecord card = history->recordAnswer(record, rating);  // committed before the next question
        if (r.json) {
            json j = questionJson(q);
            j["answer"] = line;
            j["correct"] = correct;
            j["ms"] = ms;
            j["late"] = correct && ms > limitMs;
            j["timed_out"] = timedOut;
            j["rating"] = ratingName(rating);
            j["next_review"] = dayText(card.dueDay);
            out << j.dump() << '\n' << std::flush;
        } else {
            out << (timedOut ? "time is up: timed out" : correct ? "right" : "wrong") << " (" << seconds(ms)
                << (correct && ms > limitMs ? ", late" : "") << "; graded " << ratingName(rating)
                << ", next review " << dayText(card.dueDay) << ")\n";
            if (!correct) out << "  a right answer: " << q.expected << "\n";
            out << "  " << q.explanation << "\n  (the question is about step " << q.step << " of " << q.item
                << "'s run)\n"
                << std::flush;
        }
    }
    if (history && !r.answers) {
        history->finishSession(sessionId, nowMs());
        (r.json ? err : out) << (r.json ? "stepwise-cli: practice: " : "\n") << score.summary()
                             << (history->saving() ? "" : " (not saved)") << "\n";
    }
    return 0;
}

}  // namespace stepwise::cli
