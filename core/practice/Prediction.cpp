#include "core/practice/Prediction.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/balance/BalancerItemRun.h"
#include "core/cache/CacheItemRun.h"
#include "core/catalogue/Catalogue.h"
#include "core/dp/DpItemRun.h"
#include "core/graph/GraphItemRun.h"
#include "core/practice/Answer.h"
#include "core/queue/QueueItemRun.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/PolicyItemRun.h"

namespace stepwise::practice {
namespace {

/// Moves a run forward one step for as long as it lives, and back to where it was.
class PeekNext {
  public:
    explicit PeekNext(run::Run& run) : run_(run), at_(run.step()) { moved_ = run_.forward(); }
    ~PeekNext() { run_.seek(at_); }
    PeekNext(const PeekNext&) = delete;
    PeekNext& operator=(const PeekNext&) = delete;
    bool moved() const { return moved_; }

  private:
    run::Run& run_;
    std::size_t at_;
    bool moved_ = false;
};

std::string folded(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    std::string out = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// One of `choices`, as a whole (a choice may hold spaces: "joins the tree"), case ignored.
Checker choiceChecker(std::vector<std::string> choices, std::string expected) {
    return [choices = std::move(choices), expected = folded(expected)](const std::string& typed) -> Verdict {
        const std::string answer = folded(typed);
        for (const auto& c : choices)
            if (folded(c) == answer) return {answer == expected ? Outcome::Right : Outcome::Wrong, {}};
        return {Outcome::Invalid, "one of: " + joined(choices)};
    };
}

Prediction choice(std::size_t step, std::string prompt, std::vector<std::string> choices, std::string expected) {
    Prediction p;
    p.kind = PredictionKind::Choice;
    p.step = step;
    p.prompt = std::move(prompt);
    p.check = choiceChecker(choices, expected);
    p.choices = std::move(choices);
    p.expected = std::move(expected);
    return p;
}

// ---- Graphs: which vertex the search takes next ------------------------------------------------------

std::optional<Prediction> graphPrediction(const graph::GraphItemRun& r) {
    const auto& events = r.timeline().trace().events;
    const std::size_t k = r.step();
    if (k >= events.size()) return std::nullopt;
    const graph::Graph& g = *r.graph();
    const std::string& title = r.algorithm().title;
    const graph::GraphEvent& e = events[k];
    std::optional<graph::VertexId> v;
    std::string what;
    if (const auto* s = std::get_if<graph::event::Settle>(&e)) {
        v = s->v;
        what = "which vertex is settled next (taken off the frontier and done)?";
    } else if (const auto* n = std::get_if<graph::event::Enter>(&e)) {
        v = n->v;
        what = "which vertex does the search enter next?";
    } else if (const auto* f = std::get_if<graph::event::Finish>(&e)) {
        v = f->v;
        what = "which vertex finishes next?";
    } else if (const auto* p = std::get_if<graph::event::Push>(&e)) {
        v = p->v;
        what = "which vertex joins the frontier next?";
    } else if (const auto* m = std::get_if<graph::event::MarkEdge>(&e);
               m && r.algorithm().id.find("kruskal") != std::string::npos &&
               (m->mark == graph::EdgeMark::Chosen || m->mark == graph::EdgeMark::Rejected)) {
        const graph::Edge& edge = g.edge(m->edge);
        char weight[32];
        std::snprintf(weight, sizeof weight, "%g", edge.weight);
        return choice(k + 1,
                      title + ": the next edge is " + g.name(edge.from) + "–" + g.name(edge.to) + " (weight " +
                          weight + "). Does it join the tree?",
                      {"joins the tree", "rejected (a cycle)"},
                      m->mark == graph::EdgeMark::Chosen ? "joins the tree" : "rejected (a cycle)");
    }
    if (!v) return std::nullopt;
    Prediction p;
    p.kind = PredictionKind::Vertex;
    p.step = k + 1;
    p.prompt = title + ": " + what;
    for (graph::VertexId u = 0; u < g.vertexCount(); ++u) p.choices.push_back(g.name(u));
    p.expected = g.name(*v);
    p.check = choiceChecker(p.choices, p.expected);  // whole names: a vertex may be "server room"
    return p;
}

// ---- DP: the value of the next cell, and where the traceback goes ----------------------------------

std::string cellName(const dp::DpItemRun& r, std::uint32_t row, std::uint32_t col) {
    std::string name = "[" + std::to_string(row) + "][" + std::to_string(col) + "]";
    const auto& rows = r.dpRun().rowLabels;
    const auto& cols = r.dpRun().colLabels;
    std::string labels;
    if (row < rows.size() && !rows[row].empty()) labels += "row " + rows[row];
    if (col < cols.size() && !cols[col].empty()) labels += (labels.empty() ? "" : ", ") + ("column " + cols[col]);
    return labels.empty() ? name : name + " (" + labels + ")";
}

std::optional<Prediction> dpPrediction(dp::DpItemRun& r) {
    const auto& events = r.timeline().trace().events;
    const std::size_t k = r.step();
    if (k >= events.size()) return std::nullopt;
    const dp::DpEvent& e = events[k];
    const dp::DpState& now = r.state();
    std::optional<dp::CellId> cell = dp::filledCell(e);
    if (const auto* o = std::get_if<dp::event::Overwrite>(&e)) cell = o->cell;
    if (cell) {
        std::int64_t value = 0;
        {
            PeekNext peek(r);
            value = r.state().value[*cell];
        }
        Prediction p;
        p.kind = PredictionKind::Cell;
        p.step = k + 1;
        p.row = now.rowOf(*cell);
        p.col = now.colOf(*cell);
        p.prompt = r.title() + ": what value goes in cell " + cellName(r, p.row, p.col) + "?";
        if (value == dp::infinity) {
            p.expected = "∞";
            p.check = [](const std::string& typed) -> Verdict {
                const auto tokens = answerTokens(typed);
                if (tokens.size() != 1) return {Outcome::Invalid, "one number (or ∞, inf)"};
                const std::string& t = tokens[0];
                if (t == "∞" || t == "inf" || t == "infinity") return {Outcome::Right, {}};
                if (parseWhole(t)) return {Outcome::Wrong, {}};
                return {Outcome::Invalid, "a whole number, or ∞ (inf) for an amount not made yet"};
            };
        } else {
            p.expected = std::to_string(value);
            p.check = [value](const std::string& typed) -> Verdict {
                const auto tokens = answerTokens(typed);
                if (tokens.size() != 1) return {Outcome::Invalid, "one whole number"};
                if (tokens[0] == "∞" || tokens[0] == "inf" || tokens[0] == "infinity") return {Outcome::Wrong, {}};
                const auto n = parseWhole(tokens[0]);
                if (!n) return {Outcome::Invalid, "a whole number, like 3 or -2"};
                return {*n == value ? Outcome::Right : Outcome::Wrong, {}};
            };
        }
        return p;
    }
    // The traceback's next cell, among the cells the current one was computed from.
    const auto* t = std::get_if<dp::event::Trace>(&e);
    if (!t || now.path.empty()) return std::nullopt;
    const auto from = r.dependencies(now.path.back());
    if (std::find(from.begin(), from.end(), t->cell) == from.end() || from.size() < 2) return std::nullopt;
    std::vector<std::string> names;
    for (dp::CellId c : from) names.push_back(cellName(r, now.rowOf(c), now.colOf(c)));
    const std::uint32_t row = now.rowOf(now.path.back()), col = now.colOf(now.path.back());
    return choice(k + 1, r.title() + ": the traceback is at " + cellName(r, row, col) + ". Which cell does it go to next?",
                  names, cellName(r, now.rowOf(t->cell), now.colOf(t->cell)));
}

// ---- Structures: what the next operation answers ----------------------------------------------------

bool isNumber(const std::string& s) {
    return parseWhole(s).has_value();
}

/// The right answer and up to three others from the run's answers (numbers near it when there are
/// too few), in reading order: ascending numbers, or as they came.
std::vector<std::string> answerChoices(const std::string& answer, const nlohmann::json& outcomes) {
    static const std::set<std::string> booleans = {"true", "false"};
    if (booleans.count(answer)) return {"true", "false"};
    std::vector<std::string> pool;
    for (const auto& o : outcomes) {
        const std::string a = o.value("answer", "");
        if (!a.empty() && a != answer && !booleans.count(a) && isNumber(a) == isNumber(answer) &&
            std::find(pool.begin(), pool.end(), a) == pool.end())
            pool.push_back(a);
    }
    if (isNumber(answer)) {
        const std::int64_t n = *parseWhole(answer);
        for (std::int64_t d : {1, -1, 2, -2, 3}) {
            const std::string near = std::to_string(n + d);
            if (std::find(pool.begin(), pool.end(), near) == pool.end()) pool.push_back(near);
        }
        // The nearest three.
        std::stable_sort(pool.begin(), pool.end(), [n](const std::string& a, const std::string& b) {
            return std::llabs(*parseWhole(a) - n) < std::llabs(*parseWhole(b) - n);
        });
    }
    if (pool.size() > 3) pool.resize(3);
    pool.push_back(answer);
    if (isNumber(answer))
        std::sort(pool.begin(), pool.end(),
                  [](const std::string& a, const std::string& b) { return *parseWhole(a) < *parseWhole(b); });
    else
        std::sort(pool.begin(), pool.end());
    return pool;
}

std::optional<Prediction> structurePrediction(const run::Run& r) {
    const auto& groups = r.groups();
    const nlohmann::json outcomes = r.result().value("outcomes", nlohmann::json::array());
    if (groups.empty() || !outcomes.is_array()) return std::nullopt;
    const std::size_t offset = groups.size() == outcomes.size() + 1 ? 1 : 0;  // a leading "build" group
    const std::size_t next = r.step() + 1;
    for (std::size_t g = offset; g < groups.size(); ++g) {
        if (groups[g].first != next || groups[g].first > groups[g].last) continue;
        const auto& outcome = outcomes[g - offset];
        const std::string answer = outcome.value("answer", "");
        if (answer.empty()) return std::nullopt;  // an update answers nothing
        auto choices = answerChoices(answer, outcomes);
        if (choices.size() < 2) return std::nullopt;  // one possible answer is no question
        return choice(next, r.title() + ": what does `" + outcome.value("operation", "") + "` answer?",
                      std::move(choices), answer);
    }
    return std::nullopt;
}

// ---- Caches: hit or miss, and which key is evicted --------------------------------------------------

std::optional<Prediction> cachePrediction(cache::CacheItemRun& r) {
    const std::size_t k = r.step();
    std::vector<std::vector<cache::SlotWords>> before;
    for (std::size_t side = 0; side < r.sides(); ++side) before.push_back(r.slots(side));
    std::optional<cache::CacheEventWords> next;
    std::size_t side = 0, request = 0;
    {
        PeekNext peek(r);
        if (!peek.moved()) return std::nullopt;
        next = r.currentEvent();
        side = r.currentSide();
        request = r.requestsServed();
    }
    if (!next) return std::nullopt;
    const std::string policy = r.policy(side);
    const std::string key = r.keyName(next->key);
    const std::string who = r.sides() > 1 ? " (" + policy + ")" : std::string();
    if (next->kind == cache::CacheEventKind::Hit || next->kind == cache::CacheEventKind::Miss)
        return choice(k + 1, "Request " + std::to_string(request) + " asks for key " + key + who + ": hit or miss?",
                      {"hit", "miss"}, next->kind == cache::CacheEventKind::Hit ? "hit" : "miss");
    if (next->kind != cache::CacheEventKind::Evict) return std::nullopt;
    // The slots already show the request's outcome (the requested key in, the victim out): the
    // choices are the keys held before it, the victim among them.
    const std::string requested = r.keyName(r.requestKey(request));
    std::vector<std::string> keys{key};
    for (const auto& s : before[side])
        if (s.name != requested && s.name != key) keys.push_back(s.name);
    std::sort(keys.begin(), keys.end());
    if (std::find(keys.begin(), keys.end(), key) == keys.end() || keys.size() < 2) return std::nullopt;
    return choice(k + 1, "The cache" + who + " is full: which key does " + policy + " evict next?", keys, key);
}

// ---- Balancers: which backend the next request goes to ----------------------------------------------

std::optional<Prediction> balancerPrediction(balance::BalancerItemRun& r) {
    const std::size_t k = r.step();
    std::optional<balance::BalancerPick> pick;
    {
        PeekNext peek(r);
        if (!peek.moved()) return std::nullopt;
        pick = r.lastPick();
    }
    if (!pick || r.backends().size() < 2) return std::nullopt;
    std::vector<std::string> names;
    for (const auto& b : r.backends()) names.push_back(b.name);
    return choice(k + 1,
                  "Which backend does " + r.spec().policy + " pick for request " + std::to_string(pick->request + 1) + "?",
                  names, names[pick->backend]);
}

// ---- The circuit breaker: permitted or rejected, and where a transition goes -------------------------

std::optional<Prediction> breakerPrediction(resilience::BreakerItemRun& r) {
    const std::size_t k = r.step();
    const resilience::BreakerState from = r.stateAtStep();
    std::optional<resilience::BreakerEvent> next;
    {
        PeekNext peek(r);
        if (!peek.moved() || !r.currentEvent()) return std::nullopt;
        next = *r.currentEvent();
    }
    using Kind = resilience::BreakerEvent::Kind;
    if (next->kind == Kind::Permitted || next->kind == Kind::Rejected)
        return choice(k + 1, std::string("The breaker is ") + resilience::stateName(from) + ": is the next call permitted or rejected?",
                      {"permitted", "rejected"}, next->kind == Kind::Permitted ? "permitted" : "rejected");
    if (next->kind != Kind::Transition) return std::nullopt;
    std::vector<std::string> states;
    for (auto s : {resilience::BreakerState::Closed, resilience::BreakerState::Open, resilience::BreakerState::HalfOpen})
        if (s != from) states.push_back(resilience::stateName(s));
    const std::string to = resilience::stateName(next->transition.to);
    if (std::find(states.begin(), states.end(), to) == states.end()) return std::nullopt;
    return choice(k + 1, std::string("The breaker leaves ") + resilience::stateName(from) + ": to which state?", states, to);
}

// ---- The job queue: which ready job a worker receives (highest priority lane first, FIFO within) ----

std::optional<Prediction> queuePrediction(queue::QueueItemRun& r) {
    const std::size_t k = r.step();
    // The ready jobs now, in lane order: the choices (the first few of each lane, so the answer is
    // among them and so are the tempting ones: the oldest of a lower lane, the newest of this one).
    std::vector<std::string> choices;
    for (const auto& lane : r.sim().lanes())
        for (std::size_t i = 0; i < lane.size() && i < 3; ++i) choices.push_back("job " + std::to_string(lane[i] + 1));
    std::optional<queue::QueueStep> next;
    {
        PeekNext peek(r);
        if (!peek.moved()) return std::nullopt;
        next = r.sim().last();
    }
    if (next->kind != queue::QueueStep::Kind::Received || next->jobs.empty() || choices.size() < 2) return std::nullopt;
    const std::string first = "job " + std::to_string(next->jobs.front() + 1);
    if (std::find(choices.begin(), choices.end(), first) == choices.end()) return std::nullopt;
    return choice(k + 1,
                  "Worker " + std::to_string(next->worker + 1) + " polls the queue: which ready job does it receive" +
                      (next->jobs.size() > 1 ? " first?" : "?"),
                  choices, first);
}

// ---- Retry, rate limiter, bulkhead: what the policy does with the next attempt, request or call ----

std::optional<Prediction> policyPrediction(resilience::PolicyItemRun& r) {
    using resilience::StepKind;
    const std::size_t k = r.step();
    const resilience::ScriptStep* before = r.current();
    std::optional<resilience::ScriptStep> next;
    {
        PeekNext peek(r);
        if (!peek.moved() || !r.current()) return std::nullopt;
        next = *r.current();
    }
    const bool retry = r.itemId() == "retry";
    if (retry) {
        // After a failed attempt: another try (after a backoff) or the end, out of attempts.
        if (!before || before->kind != StepKind::Attempt || !before->failed) return std::nullopt;
        if (next->kind != StepKind::Backoff && next->kind != StepKind::Done) return std::nullopt;
        return choice(k + 1,
                      "Attempt " + std::to_string(before->attempt) + " of operation " + std::to_string(before->number) +
                          " failed: does the Retry wait and try again, or give up?",
                      {"tries again", "gives up"}, next->kind == StepKind::Backoff ? "tries again" : "gives up");
    }
    if (next->kind != StepKind::Permitted && next->kind != StepKind::Waited && next->kind != StepKind::Rejected)
        return std::nullopt;
    const bool bulkhead = r.itemId() == "bulkhead";
    const std::string what = (bulkhead ? "call " : "request ") + std::to_string(next->number);
    return choice(k + 1,
                  std::string(bulkhead ? "The bulkhead: " : "The rate limiter: ") + "is " + what +
                      " let through at once, after a wait, or refused?",
                  {"at once", "after a wait", "refused"},
                  next->kind == StepKind::Permitted ? "at once" : next->kind == StepKind::Waited ? "after a wait" : "refused");
}

}  // namespace

std::optional<Prediction> predictNext(run::Run& run) {
    if (run.atEnd()) return std::nullopt;
    if (auto* g = run.as<graph::GraphItemRun>()) return graphPrediction(*g);
    if (auto* d = run.as<dp::DpItemRun>()) return dpPrediction(*d);
    if (auto* c = run.as<cache::CacheItemRun>()) return cachePrediction(*c);
    if (auto* b = run.as<balance::BalancerItemRun>()) return balancerPrediction(*b);
    if (auto* b = run.as<resilience::BreakerItemRun>()) return breakerPrediction(*b);
    if (auto* q = run.as<queue::QueueItemRun>()) return queuePrediction(*q);
    if (auto* p = run.as<resilience::PolicyItemRun>()) return policyPrediction(*p);
    const auto* item = catalogue::findItem(run.itemId());
    if (item && item->area == catalogue::Area::Structures) return structurePrediction(run);
    return std::nullopt;
}

}  // namespace stepwise::practice
