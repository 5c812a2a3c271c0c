// Question types of the data structures: a random operation list run through the item's
// catalogue run; the answers are its outcomes and final contents.
#include <algorithm>
#include <set>

#include "core/practice/Answer.h"
#include "core/practice/ItemRun.h"
#include "core/practice/QuestionType.h"
#include "core/trace/Random.h"

namespace stepwise::practice {
namespace {

using nlohmann::json;
using I = std::int64_t;

std::string opsText(const std::vector<std::string>& ops) {
    return joined(ops, ", ");
}

/// The answer of the last operation, and the step where that operation begins.
std::string lastAnswer(const ItemRun& r) {
    return r.result["outcomes"].back()["answer"].get<std::string>();
}
std::size_t lastOperationStep(const ItemRun& r) {
    const auto& groups = r.run->groups();
    return groups.empty() ? r.run->stepCount() : groups.back().first;
}

/// "1 (id 3)" → 1.
I leadingNumber(const std::string& answer) {
    return *parseWhole(answer.substr(0, answer.find(' ')));
}

// ---- Heap --------------------------------------------------------------------------------------------

Question heapQuestion(Level level, std::uint64_t seed, bool pops) {
    const std::string type = pops ? "heap.pops" : "heap.top";
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    // Hard keys repeat (ties) and pops come in runs.
    const I maxKey = level == Level::Hard ? 6 : 40;
    std::vector<std::string> ops;
    for (std::size_t popCount = 0, size = 0; popCount == 0 || size == 0;) {
        ops.clear();
        popCount = size = 0;
        while (ops.size() + 1 < n) {
            if (size > 0 && random.chance(level == Level::Easy ? 0.3 : 0.45)) {
                ops.push_back("pop");
                --size;
                ++popCount;
            } else {
                ops.push_back("push " + std::to_string(random.between(0, maxKey)));
                ++size;
            }
        }
    }
    ops.push_back("top");
    Question q = questionBase(type, level, seed, json{{"ops", opsText(ops)}}, ops.size());
    auto r = runItem("heap", q.instance);
    std::vector<I> popped;
    for (const auto& o : r.result["outcomes"])
        if (o["operation"] == "pop") popped.push_back(leadingNumber(o["answer"]));
    const I top = leadingNumber(lastAnswer(r));
    if (pops) {
        q.text = "A binary min-heap runs " + opsText(ops) + ". What do the pops return, in order?";
        q.expected = spaceList(popped);
        q.check = wholesChecker([popped](const std::vector<I>& v) { return v == popped; });
        q.explanation = "Each pop removes the smallest key present: " + spaceList(popped) + ".";
        q.step = 1;
    } else {
        q.text = "A binary min-heap runs " + opsText(ops) + ". What does the final top return?";
        q.expected = std::to_string(top);
        q.check = numberChecker(static_cast<double>(top));
        q.explanation = "The smallest key left after the pushes and pops is " + q.expected + ".";
        q.step = lastOperationStep(r);
    }
    return q;
}

// ---- Trie --------------------------------------------------------------------------------------------

Question trieQuestion(Level level, std::uint64_t seed, bool prefix) {
    const std::string type = prefix ? "trie.prefix" : "trie.search";
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    const std::string letters = level == Level::Easy ? "abc" : "ab";  // fewer letters, more shared prefixes
    auto word = [&] {
        std::string w;
        const auto length = random.between(1, level == Level::Hard ? 4 : 3);
        for (I k = 0; k < length; ++k) w += letters[random.below(letters.size())];
        return w;
    };
    std::vector<std::string> ops, inserted;
    while (ops.size() + 1 < n) {
        if (!inserted.empty() && random.chance(level == Level::Easy ? 0.1 : 0.3)) {
            ops.push_back("delete " + inserted[random.below(inserted.size())]);
        } else {
            inserted.push_back(word());
            ops.push_back("insert " + inserted.back());
        }
    }
    // The last question: often a prefix of a stored word, or a deleted one (the tricky cases).
    std::string probe = word();
    if (!inserted.empty() && random.chance(0.6)) {
        probe = inserted[random.below(inserted.size())];
        if (!prefix && probe.size() > 1 && random.chance(0.5)) probe.pop_back();
        if (prefix) probe = probe.substr(0, std::max<std::size_t>(1, probe.size() - 1));
    }
    ops.push_back((prefix ? "prefix " : "search ") + probe);
    Question q = questionBase(type, level, seed, json{{"ops", opsText(ops)}}, ops.size());
    auto r = runItem("trie", q.instance);
    const std::string answer = lastAnswer(r);
    q.step = lastOperationStep(r);
    if (!prefix) {
        const bool found = answer == "true";
        q.text = "A trie runs " + opsText(ops) + ". Does the final search find \"" + probe + "\"?";
        q.expected = found ? "yes" : "no";
        q.check = yesNoChecker(found);
        q.form = yesNoForm();
        q.explanation =
            found ? "\"" + probe + "\" was inserted and is still marked as a word."
                  : "\"" + probe + "\" is not a stored word (never inserted, deleted, or only a prefix).";
        return q;
    }
    const auto words = answerTokens(answer);
    q.text = "A trie runs " + opsText(ops) + ". Which stored words start with \"" + probe +
             "\"? (none if there are none)";
    q.expected = words.empty() ? "none" : joined(words, " ");
    q.check = wordsChecker([words](const std::vector<std::string>& typed) { return sameSet(typed, words); });
    q.explanation = words.empty()
                        ? "No stored word starts with \"" + probe + "\"."
                        : "Below the node for \"" + probe + "\" the words are " + joined(words) + ".";
    return q;
}

// ---- Segment tree ----------------------------------------------------------------------------------------

Question segmentQuestion(Level level, std::uint64_t seed, bool query) {
    const std::string type = query ? "segment-tree.query" : "segment-tree.value";
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    const std::size_t length = level == Level::Easy ? 5 : 8;
    std::vector<I> values;
    for (std::size_t k = 0; k < length; ++k)
        values.push_back(random.between(level == Level::Hard ? -5 : 0, 9));
    const std::string kind = level == Level::Hard && random.chance(0.5) ? "min" : "sum";
    auto index = [&] { return random.between(0, static_cast<I>(length) - 1); };
    std::vector<std::string> ops;
    while (ops.size() + (query ? 1 : 0) < n) {
        const auto roll = random.below(level == Level::Easy ? 2 : 3);
        if (roll == 0) {
            ops.push_back("update " + std::to_string(index()) + " " + std::to_string(random.between(0, 9)));
        } else {
            I l = index(), h = index();
            if (l > h) std::swap(l, h);
            ops.push_back(roll == 1 ? "query " + std::to_string(l) + " " + std::to_string(h)
                                    : "add " + std::to_string(l) + " " + std::to_string(h) + " " +
                                          std::to_string(random.between(1, 5)));
        }
    }
    I l = index(), h = index();
    if (l > h) std::swap(l, h);
    if (query) ops.push_back("query " + std::to_string(l) + " " + std::to_string(h));
    Question q = questionBase(type, level, seed,
                      json{{"values", commaList(values)}, {"ops", opsText(ops)}, {"kind", kind}}, ops.size());
    auto r = runItem("segment-tree", q.instance);
    const std::string setup = "A " + kind + " segment tree over " + spaceList(values) +
                              " (indices from 0) runs " + opsText(ops) + ".";
    if (query) {
        const I answer = *parseWhole(lastAnswer(r));
        q.text =
            setup + " What does the final query " + std::to_string(l) + " " + std::to_string(h) + " return?";
        q.expected = std::to_string(answer);
        q.check = numberChecker(static_cast<double>(answer));
        q.explanation = "The " + kind + " of elements " + std::to_string(l) + ".." + std::to_string(h) +
                        " after the updates is " + q.expected + ".";
        q.step = lastOperationStep(r);
        return q;
    }
    const auto i = static_cast<std::size_t>(index());
    const I value = r.result["values"][i];
    q.instance["index"] = i;
    q.text = setup + " What is element " + std::to_string(i) + " afterwards?";
    q.expected = std::to_string(value);
    q.check = numberChecker(static_cast<double>(value));
    q.explanation =
        "Applying every update and range add to element " + std::to_string(i) + " gives " + q.expected + ".";
    q.step = r.run->stepCount();
    return q;
}

// ---- Union-find ------------------------------------------------------------------------------------------

Question unionFindQuestion(Level level, std::uint64_t seed, bool connected) {
    const std::string type = connected ? "union-find.connected" : "union-find.sets";
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    const I size = level == Level::Easy ? 5 : level == Level::Medium ? 7 : 10;
    std::vector<std::string> ops;
    while (ops.size() + (connected ? 1 : 0) < n)
        ops.push_back("union " + std::to_string(random.between(0, size - 1)) + " " +
                      std::to_string(random.between(0, size - 1)));
    const I a = random.between(0, size - 1), b = (a + random.between(1, size - 1)) % size;
    if (connected) ops.push_back("connected " + std::to_string(a) + " " + std::to_string(b));
    Question q =
        questionBase(type, level, seed, json{{"size", std::to_string(size)}, {"ops", opsText(ops)}}, ops.size());
    auto r = runItem("union-find", q.instance);
    const std::string setup =
        "Union-find over elements 0.." + std::to_string(size - 1) + " runs " + opsText(ops) + ".";
    if (connected) {
        const bool together = lastAnswer(r) == "true";
        q.text =
            setup + " Does the final connected " + std::to_string(a) + " " + std::to_string(b) + " say yes?";
        q.expected = together ? "yes" : "no";
        q.check = yesNoChecker(together);
        q.form = yesNoForm();
        q.explanation = std::to_string(a) + " and " + std::to_string(b) +
                        (together ? " share a root: a chain of unions joins them."
                                  : " have different roots: no chain of unions joins them.");
        q.step = lastOperationStep(r);
        return q;
    }
    I joins = 0;
    for (const auto& o : r.result["outcomes"]) joins += o["answer"] == "joined" ? 1 : 0;
    const I sets = size - joins;
    q.text = setup + " How many disjoint sets are there afterwards?";
    q.expected = std::to_string(sets);
    q.check = numberChecker(static_cast<double>(sets));
    q.explanation =
        std::to_string(size) +
        " singletons, and each union that joins two different sets removes one: " + std::to_string(joins) +
        " did, leaving " + q.expected + ".";
    q.step = r.run->stepCount();
    return q;
}

}  // namespace

std::vector<QuestionType> structureQuestionTypes() {
    using L = Level;
    using S = std::uint64_t;
    return {
        questionType("heap.pops", "what the pops return", [](L l, S s) { return heapQuestion(l, s, true); }),
        questionType("heap.top", "the minimum after the operations",
             [](L l, S s) { return heapQuestion(l, s, false); }),
        questionType("trie.search", "does a search find the word",
             [](L l, S s) { return trieQuestion(l, s, false); }),
        questionType("trie.prefix", "the stored words with a prefix",
             [](L l, S s) { return trieQuestion(l, s, true); }),
        questionType("segment-tree.query", "what a range query returns",
             [](L l, S s) { return segmentQuestion(l, s, true); }),
        questionType("segment-tree.value", "an element after updates",
             [](L l, S s) { return segmentQuestion(l, s, false); }),
        questionType("union-find.connected", "are two elements connected",
             [](L l, S s) { return unionFindQuestion(l, s, true); }),
        questionType("union-find.sets", "how many sets", [](L l, S s) { return unionFindQuestion(l, s, false); }),
    };
}

}  // namespace stepwise::practice
