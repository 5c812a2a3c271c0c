// Question types of the DP problems: the value, one cell of the table, and the reconstructed
// answer (any optimal one is accepted), each read from the item's catalogue run.
#include <algorithm>
#include <set>
#include <stdexcept>

#include "core/dp/DpItemRun.h"
#include "core/practice/Answer.h"
#include "core/practice/ItemRun.h"
#include "core/practice/QuestionType.h"
#include "core/trace/Random.h"

namespace stepwise::practice {
namespace {

using nlohmann::json;
using I = std::int64_t;

/// The first step at which the table's cell (row, col) is filled.
std::size_t cellStep(run::Run& r, std::uint32_t row, std::uint32_t col) {
    auto* dp = r.as<dp::DpItemRun>();
    dp->seek(0);
    while (dp->state().mark[dp->state().cell(row, col)] == dp::CellMark::Empty && dp->forward()) {
    }
    return dp->step();
}

std::vector<I> ints(const json& list) {
    std::vector<I> out;
    for (const auto& v : list) out.push_back(v.get<I>());
    return out;
}

// ---- LCS and edit distance -------------------------------------------------------------------------

std::string randomText(Random& random, std::size_t length, const std::string& alphabet) {
    std::string s;
    for (std::size_t i = 0; i < length; ++i) s += alphabet[random.below(alphabet.size())];
    return s;
}

Question stringQuestion(Level level, std::uint64_t seed, const std::string& item, bool cell) {
    const std::string type = item + (cell ? ".cell" : item == "lcs" ? ".length" : ".value");
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    const std::size_t m = std::max<std::size_t>(sizeBounds(type, level).first, n - random.below(2));
    const std::string alphabet = level == Level::Easy ? "ABC" : level == Level::Medium ? "ABCD" : "ABC";
    const std::string a = randomText(random, n, alphabet), b = randomText(random, m, alphabet);
    Question q = questionBase(type, level, seed, json{{"a", a}, {"b", b}}, std::max(n, m));
    auto r = runItem(item, q.instance);
    const bool lcs = item == "lcs";
    if (!cell) {
        const I value = r.result["value"];
        q.expected = std::to_string(value);
        q.check = numberChecker(static_cast<double>(value));
        if (lcs) {
            q.text =
                "What is the length of the longest common subsequence of \"" + a + "\" and \"" + b + "\"?";
            q.explanation = "One longest common subsequence is \"" +
                            r.result["subsequence"].get<std::string>() + "\", of length " + q.expected + ".";
        } else {
            q.text = "What is the edit distance (insert, delete, replace each cost 1) from \"" + a +
                     "\" to \"" + b + "\"?";
            q.explanation =
                "The table's last cell: " + q.expected + " edits turn \"" + a + "\" into \"" + b + "\".";
        }
        q.step = r.run->stepCount();
        return q;
    }
    // Hard asks a cell deep in the table, where more dependencies meet.
    const auto low = [level](std::size_t len) {
        return level == Level::Hard ? std::max<std::size_t>(1, len / 2) : 1;
    };
    const auto i = static_cast<std::uint32_t>(random.between(static_cast<I>(low(n)), static_cast<I>(n)));
    const auto j = static_cast<std::uint32_t>(random.between(static_cast<I>(low(m)), static_cast<I>(m)));
    const I value = r.result["table"][i][j];
    const std::string name = lcs ? "L" : "D";
    q.instance["row"] = i;
    q.instance["column"] = j;
    q.text = lcs ? "LCS of \"" + a + "\" and \"" + b +
                       "\": L[i][j] is the LCS length of the first i letters of the first string and the "
                       "first j of the second. Fill L[" +
                       std::to_string(i) + "][" + std::to_string(j) + "]."
                 : "Edit distance from \"" + a + "\" to \"" + b +
                       "\": D[i][j] is the fewest edits turning the first i letters of the first string into "
                       "the first j of the second. Fill D[" +
                       std::to_string(i) + "][" + std::to_string(j) + "].";
    q.expected = std::to_string(value);
    q.check = numberChecker(static_cast<double>(value));
    q.form.kind = AnswerForm::Kind::Cell;
    q.form.row = i;
    q.form.column = j;
    const std::string pa = a.substr(0, i), pb = b.substr(0, j);
    q.explanation =
        name + "[" + std::to_string(i) + "][" + std::to_string(j) + "] = " + q.expected + ": " +
        (lcs ? "the LCS of \"" + pa + "\" and \"" + pb + "\" has that length"
             : "\"" + pa + "\" becomes \"" + pb + "\" in that many edits") +
        (a[i - 1] == b[j - 1] ? "; the last letters match, so it comes from the diagonal."
                              : "; the last letters differ, so it comes from the better neighbour.");
    q.step = cellStep(*r.run, i, j);
    return q;
}

// ---- Knapsack -------------------------------------------------------------------------------------

/// How many subsets reach the best value within the capacity (small n: every subset).
int optimalSubsets(const std::vector<I>& w, const std::vector<I>& v, I capacity, I best) {
    int count = 0;
    for (std::uint32_t mask = 0; mask < (1u << w.size()); ++mask) {
        I weight = 0, value = 0;
        for (std::size_t k = 0; k < w.size(); ++k)
            if (mask >> k & 1) weight += w[k], value += v[k];
        if (weight <= capacity && value == best) ++count;
    }
    return count;
}

Question knapsackQuestion(Level level, std::uint64_t seed, bool items) {
    const std::string type = items ? "knapsack.items" : "knapsack.value";
    Random random(seed);
    for (int attempt = 0; attempt < 500; ++attempt) {
        const std::size_t n = drawSize(type, level, random);
        std::vector<I> w, v;
        I total = 0;
        for (std::size_t k = 0; k < n; ++k) {
            w.push_back(random.between(1, level == Level::Hard ? 9 : 6));
            v.push_back(random.between(1, level == Level::Hard ? 12 : 9));
            total += w.back();
        }
        const I capacity = std::max<I>(1, total / 2 + random.between(-1, 1));
        Question q = questionBase(
            type, level, seed,
            json{{"weights", commaList(w)}, {"values", commaList(v)}, {"capacity", std::to_string(capacity)}},
            n);
        auto r = runItem("knapsack", q.instance);
        const I best = r.result["value"];
        const int optima = optimalSubsets(w, v, capacity, best);
        // Easy and medium: one best set; hard: several, all accepted.
        if (items && (level == Level::Hard) != (optima > 1)) continue;
        std::string listing;
        for (std::size_t k = 0; k < n; ++k)
            listing += (k ? ", " : "") + std::to_string(k + 1) + ": weight " + std::to_string(w[k]) +
                       " value " + std::to_string(v[k]);
        std::vector<I> chosen;
        for (auto k : ints(r.result["items"])) chosen.push_back(k + 1);
        q.explanation =
            "The best value is " + std::to_string(best) + ", taking items " + spaceList(chosen) + ".";
        q.step = r.run->stepCount();
        if (!items) {
            q.text = "0/1 knapsack of capacity " + std::to_string(capacity) + " with items " + listing +
                     ". What is the best total value?";
            q.expected = std::to_string(best);
            q.check = numberChecker(static_cast<double>(best));
            return q;
        }
        q.text = "0/1 knapsack of capacity " + std::to_string(capacity) + " with items " + listing +
                 ". Which items (numbers 1 to " + std::to_string(n) + ") does a best packing take?" +
                 (optima > 1 ? " (Any best packing is right.)" : "");
        q.expected = spaceList(chosen);
        // The GUI lists the items to click: each row toggles that item in the answer.
        q.form.kind = AnswerForm::Kind::Subset;
        q.form.columns = {"Item", "Weight", "Value"};
        for (std::size_t k = 0; k < n; ++k) {
            q.form.choices.push_back(std::to_string(k + 1));
            q.form.table.push_back({std::to_string(k + 1), std::to_string(w[k]), std::to_string(v[k])});
        }
        auto check = wholesChecker([w, v, capacity, best](const std::vector<I>& picked) {
            std::set<I> seen(picked.begin(), picked.end());
            if (seen.size() != picked.size()) return false;
            I weight = 0, value = 0;
            for (auto k : picked) weight += w[k - 1], value += v[k - 1];
            return weight <= capacity && value == best;
        });
        q.check = [check, n](const std::string& typed) {
            for (const auto& t : answerTokens(typed))
                if (auto k = parseWhole(t); k && (*k < 1 || *k > static_cast<I>(n)))
                    return Verdict{Outcome::Invalid, "there is no item " + t + " (items are numbered 1 to " +
                                                         std::to_string(n) + ")"};
            return check(typed);
        };
        return q;
    }
    throw std::logic_error(type + ": no instance found within the attempts");
}

// ---- LIS --------------------------------------------------------------------------------------------

Question lisQuestion(Level level, std::uint64_t seed, bool sequence) {
    const std::string type = sequence ? "lis.subsequence" : "lis.length";
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    std::vector<I> values;
    // Hard draws from a narrow range, so repeats (which do not count as increasing) are common.
    for (std::size_t k = 0; k < n; ++k) values.push_back(random.between(1, level == Level::Hard ? 9 : 30));
    Question q = questionBase(type, level, seed, json{{"values", commaList(values)}}, n);
    auto r = runItem("lis", q.instance);
    const I best = r.result["value"];
    const auto sub = ints(r.result["subsequence"]);
    q.explanation = "A longest strictly increasing subsequence is " + spaceList(sub) + ", of length " +
                    std::to_string(best) + ".";
    q.step = r.run->stepCount();
    if (!sequence) {
        q.text =
            "What is the length of the longest strictly increasing subsequence of " + spaceList(values) + "?";
        q.expected = std::to_string(best);
        q.check = numberChecker(static_cast<double>(best));
        return q;
    }
    q.text = "Give a longest strictly increasing subsequence of " + spaceList(values) +
             " (its values; any longest one is right).";
    q.expected = spaceList(sub);
    q.check = wholesChecker([values, best](const std::vector<I>& s) {
        if (static_cast<I>(s.size()) != best) return false;
        for (std::size_t k = 0; k + 1 < s.size(); ++k)
            if (s[k] >= s[k + 1]) return false;
        std::size_t at = 0;
        for (auto x : values)
            if (at < s.size() && x == s[at]) ++at;
        return at == s.size();
    });
    return q;
}

// ---- Coin change ---------------------------------------------------------------------------------------

Question coinQuestion(Level level, std::uint64_t seed, bool ways) {
    const std::string type = ways ? "coin-change.ways" : "coin-change.fewest";
    Random random(seed);
    const std::size_t n = drawSize(type, level, random);
    std::set<I> coins;
    if (level == Level::Easy) coins.insert(1);
    while (coins.size() < n) coins.insert(random.between(2, level == Level::Hard ? 9 : 6));
    const std::vector<I> list(coins.begin(), coins.end());
    const I amount = random.between(5, level == Level::Easy ? 10 : level == Level::Medium ? 15 : 23);
    Question q =
        questionBase(type, level, seed, json{{"coins", commaList(list)}, {"amount", std::to_string(amount)}}, n);
    auto r = runItem("coin-change", q.instance);
    q.step = r.run->stepCount();
    if (ways) {
        const I count = r.result["ways"];
        q.text = "With coins " + spaceList(list) +
                 " (as many of each as you like), in how many ways can you make " + std::to_string(amount) +
                 "? (Order does not count.)";
        q.expected = std::to_string(count);
        q.check = numberChecker(static_cast<double>(count));
        q.explanation =
            "Counting combinations coin by coin, ways[a] += ways[a - coin], gives " + q.expected + ".";
        return q;
    }
    std::optional<I> fewest;
    if (!r.result["value"].is_null()) fewest = r.result["value"].get<I>();
    q.text = "With coins " + spaceList(list) + ", what is the fewest number of coins that make " +
             std::to_string(amount) + "? (Type none if it cannot be made.)";
    q.expected = fewest ? std::to_string(*fewest) : "none";
    q.check = wholeOrNoneChecker(fewest);
    q.explanation =
        fewest ? "The fewest is " + q.expected + ": " + spaceList(ints(r.result["coins"])) + "."
               : "No combination of " + spaceList(list) + " adds up to " + std::to_string(amount) + ".";
    return q;
}

}  // namespace

std::vector<QuestionType> dpQuestionTypes() {
    using L = Level;
    using S = std::uint64_t;
    return {
        questionType("lcs.length", "length of the longest common subsequence",
             [](L l, S s) { return stringQuestion(l, s, "lcs", false); }),
        questionType("lcs.cell", "one cell of the LCS table",
             [](L l, S s) { return stringQuestion(l, s, "lcs", true); }),
        questionType("edit-distance.value", "the edit distance",
             [](L l, S s) { return stringQuestion(l, s, "edit-distance", false); }),
        questionType("edit-distance.cell", "one cell of the edit-distance table",
             [](L l, S s) { return stringQuestion(l, s, "edit-distance", true); }),
        questionType("knapsack.value", "the best value", [](L l, S s) { return knapsackQuestion(l, s, false); }),
        questionType("knapsack.items", "the items of a best packing",
             [](L l, S s) { return knapsackQuestion(l, s, true); }),
        questionType("lis.length", "length of the longest increasing subsequence",
             [](L l, S s) { return lisQuestion(l, s, false); }),
        questionType("lis.subsequence", "a longest increasing subsequence",
             [](L l, S s) { return lisQuestion(l, s, true); }),
        questionType("coin-change.fewest", "the fewest coins (or none)",
             [](L l, S s) { return coinQuestion(l, s, false); }),
        questionType("coin-change.ways", "the number of ways", [](L l, S s) { return coinQuestion(l, s, true); }),
    };
}

}  // namespace stepwise::practice
