// Question types of the caches and the balancers: an access or request sequence run through the
// item's catalogue run; the answers are its evictions, hits and picks.
#include <algorithm>
#include <set>
#include <stdexcept>

#include "core/practice/Answer.h"
#include "core/practice/ItemRun.h"
#include "core/practice/QuestionType.h"
#include "core/trace/Random.h"

namespace stepwise::practice {
namespace {

using nlohmann::json;
using I = std::int64_t;

std::string upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(c - 'a' + 'A');
    return s;
}

std::vector<std::string> keysOf(const std::vector<std::string>& ops) {
    std::set<std::string> keys(ops.begin(), ops.end());
    return {keys.begin(), keys.end()};
}

// ---- Caches ------------------------------------------------------------------------------------------

json cacheInstance(const std::string& policy, I capacity, const std::vector<std::string>& ops) {
    return json{{"policy", policy}, {"capacity", std::to_string(capacity)}, {"ops", joined(ops, ",")}};
}

Question cacheEvict(Level level, std::uint64_t seed) {
    const std::string type = "cache.evict";
    Random random(seed);
    static const std::vector<std::vector<std::string>> policies = {
        {"lru"}, {"lru", "fifo"}, {"lru", "fifo", "lfu"}};
    for (int attempt = 0; attempt < 500; ++attempt) {
        const auto& choices = policies[static_cast<std::size_t>(level)];
        const std::string policy = choices[random.below(choices.size())];
        const std::size_t n = drawSize(type, level, random);
        const I capacity = level == Level::Easy ? 2 : level == Level::Medium ? 3 : 4;
        const std::string keys = std::string("abcdefg").substr(0, static_cast<std::size_t>(capacity) + 2);
        std::vector<std::string> ops;
        while (ops.size() + 1 < n) ops.emplace_back(1, keys[random.below(keys.size())]);
        const auto before = runItem("cache", cacheInstance(policy, capacity, ops)).result;
        // The asked access: a key seen before when one misses (trickier), else a new one.
        std::vector<std::string> candidates = keysOf(ops);
        candidates.emplace_back(1, keys[random.below(keys.size())]);
        const std::string next = candidates[random.below(candidates.size())];
        ops.push_back(next);
        Question q = questionBase(type, level, seed, cacheInstance(policy, capacity, ops), ops.size());
        auto r = runItem("cache", q.instance);
        if (r.result["evictions"].size() != before["evictions"].size() + 1)
            continue;  // no eviction: draw again
        const std::string victim = r.result["evictions"].back();
        std::vector<std::string> prefix(ops.begin(), ops.end() - 1);
        q.text = "A " + upper(policy) + " cache holding " + std::to_string(capacity) +
                 " keys sees the accesses " + joined(prefix, " ") + ". Which key does the next access, " +
                 next + ", evict?";
        q.expected = victim;
        q.check = nameChecker(keysOf(ops), "key", victim);
        q.form = choiceForm(keysOf(ops));
        const std::string why = policy == "lru" ? "it is the least recently used"
                                : policy == "fifo"
                                    ? "it was inserted first of those in the cache"
                                    : "it is the least frequently used (ties: least recently used)";
        q.explanation =
            next + " misses with the cache full, so " + policy + " evicts " + victim + ": " + why + ".";
        const auto& groups = r.run->groups();
        q.step = groups.empty() ? r.run->stepCount() : groups.back().first;
        return q;
    }
    throw std::logic_error(type + ": no instance found within the attempts");
}

Question cacheHits(Level level, std::uint64_t seed) {
    const std::string type = "cache.hits";
    Random random(seed);
    static const std::vector<std::string> all = {"lru", "fifo", "lfu"};
    const std::string policy = level == Level::Easy ? "lru" : all[random.below(all.size())];
    const std::size_t n = drawSize(type, level, random);
    const I capacity = level == Level::Easy ? 2 : 3;
    const std::string keys = std::string("abcdef").substr(0, static_cast<std::size_t>(capacity) + 2);
    std::vector<std::string> ops;
    while (ops.size() < n) ops.emplace_back(1, keys[random.below(keys.size())]);
    Question q = questionBase(type, level, seed, cacheInstance(policy, capacity, ops), ops.size());
    auto r = runItem("cache", q.instance);
    const I hits = r.result["hits"];
    q.text = "A " + upper(policy) + " cache holding " + std::to_string(capacity) +
             " keys, empty at first, sees the accesses " + joined(ops, " ") + ". How many of them are hits?";
    q.expected = std::to_string(hits);
    q.check = numberChecker(static_cast<double>(hits));
    std::vector<std::string> evicted;
    for (const auto& e : r.result["evictions"]) evicted.push_back(e);
    q.explanation = q.expected + " hits and " + std::to_string(r.result["misses"].get<I>()) +
                    " misses; evicted in order: " + (evicted.empty() ? "none" : joined(evicted, " ")) + ".";
    q.step = r.run->stepCount();
    return q;
}

// ---- Balancers ----------------------------------------------------------------------------------------

Question balancerQuestion(Level level, std::uint64_t seed, bool sequence) {
    const std::string type = sequence ? "balancer.sequence" : "balancer.next";
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    const std::size_t count = level == Level::Easy ? 2 : level == Level::Medium ? 3 : 4;
    std::vector<std::string> names;
    std::string backends;
    for (std::size_t k = 0; k < count; ++k) {
        names.emplace_back(1, static_cast<char>('a' + k));
        backends += (k ? "," : "") + names.back() + ":" +
                    std::to_string(random.between(1, level == Level::Hard ? 6 : 4));
    }
    Question q = questionBase(
        type, level, seed,
        json{{"policy", "weighted-round-robin"}, {"backends", backends}, {"requests", std::to_string(n)}}, n);
    auto r = runItem("balancer", q.instance);
    std::vector<std::string> picks;
    for (const auto& p : r.result["picks"]) picks.push_back(p);
    const std::string setup = "Smooth weighted round robin (nginx's) over backends " + backends +
                              " (name:weight), all current weights 0 at first.";
    q.explanation =
        "Each pick adds every backend's weight to its current weight, takes the largest (first listed on a "
        "tie) "
        "and subtracts the total weight from it: " +
        joined(picks, " ") + ".";
    if (sequence) {
        q.text = setup + " Which backends get the first " + std::to_string(n) + " requests, in order?";
        q.expected = joined(picks, " ");
        q.check = namesChecker(names, "backend", [picks](const auto& typed) { return typed == picks; });
        q.form = choiceForm(names, true);
        q.step = 1;
        return q;
    }
    std::vector<std::string> before(picks.begin(), picks.end() - 1);
    q.text = setup + (before.empty() ? std::string(" Which backend gets the first request?")
                                     : " The first " + std::to_string(before.size()) + " requests went to " +
                                           joined(before, " ") + ". Which backend gets the next one?");
    q.expected = picks.back();
    q.check = nameChecker(names, "backend", picks.back());
    q.form = choiceForm(names);
    q.step = r.run->stepCount();
    return q;
}

}  // namespace

std::vector<QuestionType> cacheQuestionTypes() {
    return {questionType("cache.evict", "which key the policy evicts next", cacheEvict),
            questionType("cache.hits", "how many accesses hit", cacheHits)};
}

std::vector<QuestionType> balancerQuestionTypes() {
    using L = Level;
    using S = std::uint64_t;
    return {questionType("balancer.next", "which backend smooth WRR picks next",
                 [](L l, S s) { return balancerQuestion(l, s, false); }),
            questionType("balancer.sequence", "the first picks of smooth WRR",
                 [](L l, S s) { return balancerQuestion(l, s, true); })};
}

}  // namespace stepwise::practice
