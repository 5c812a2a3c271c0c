#include "core/practice/Answer.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>

namespace stepwise::practice {
namespace {

Verdict right() {
    return {Outcome::Right, {}};
}
Verdict wrong() {
    return {Outcome::Wrong, {}};
}
Verdict invalid(std::string hint) {
    return {Outcome::Invalid, std::move(hint)};
}

std::string knownList(const std::vector<std::string>& known, const std::string& what) {
    return "the " + what +
           (what.ends_with("x")   ? "es"
            : what.ends_with("y") ? ""
                                  : "s") +
           ": " + joined(known);
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Invalid when the answer is empty; the hint says what kind of answer is expected.
std::optional<Verdict> emptyAnswer(const std::vector<std::string>& tokens, const std::string& expected) {
    if (tokens.empty()) return invalid("type an answer: " + expected);
    return std::nullopt;
}

}  // namespace

std::vector<std::string> answerTokens(const std::string& typed) {
    std::vector<std::string> tokens;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) tokens.push_back(current);
        current.clear();
    };
    for (char c : typed) {
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '[' || c == ']' ||
            c == '{' || c == '}' || c == '(' || c == ')')
            flush();
        else
            current += c;
    }
    flush();
    if (!tokens.empty() && tokens.back().size() > 1 && tokens.back().back() == '.' &&
        !std::isdigit(static_cast<unsigned char>(tokens.back()[tokens.back().size() - 2])))
        tokens.back().pop_back();
    return tokens;
}

std::optional<std::int64_t> parseWhole(const std::string& token) {
    std::int64_t value = 0;
    const char* begin = token.data() + (token.starts_with('+') ? 1 : 0);
    const char* end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end) return std::nullopt;
    return value;
}

std::optional<double> parseNumber(const std::string& token) {
    double value = 0;
    const char* begin = token.data() + (token.starts_with('+') ? 1 : 0);
    const char* end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end || !std::isfinite(value)) return std::nullopt;
    return value;
}

Checker numberChecker(double expected) {
    return [expected](const std::string& typed) {
        const auto tokens = answerTokens(typed);
        if (auto e = emptyAnswer(tokens, "a number")) return *e;
        if (tokens.size() != 1) return invalid("one number, e.g. 7");
        const auto value = parseNumber(tokens[0]);
        if (!value) return invalid("'" + tokens[0] + "' is not a number; type digits, e.g. 7");
        return std::fabs(*value - expected) <= 1e-9 ? right() : wrong();
    };
}

Checker wholeOrNoneChecker(std::optional<std::int64_t> expected) {
    return [expected](const std::string& typed) {
        const auto tokens = answerTokens(typed);
        if (auto e = emptyAnswer(tokens, "a whole number or none")) return *e;
        if (tokens.size() != 1) return invalid("one whole number, or none");
        if (lower(tokens[0]) == "none") return expected ? wrong() : right();
        const auto value = parseWhole(tokens[0]);
        if (!value) return invalid("'" + tokens[0] + "' is not a whole number; type digits or none");
        return expected && *value == *expected ? right() : wrong();
    };
}

Checker yesNoChecker(bool expected) {
    return [expected](const std::string& typed) {
        const auto tokens = answerTokens(typed);
        if (auto e = emptyAnswer(tokens, "yes or no")) return *e;
        const std::string word = tokens.size() == 1 ? lower(tokens[0]) : std::string();
        if (word == "yes" || word == "y" || word == "true") return expected ? right() : wrong();
        if (word == "no" || word == "n" || word == "false") return expected ? wrong() : right();
        return invalid("answer yes or no");
    };
}

Checker namesChecker(std::vector<std::string> known, std::string what,
                     std::function<bool(const std::vector<std::string>&)> accepts) {
    return [known = std::move(known), what = std::move(what),
            accepts = std::move(accepts)](const std::string& typed) {
        const auto tokens = answerTokens(typed);
        if (auto e =
                emptyAnswer(tokens, "a list of " + what + "s, e.g. " + known.front() + " " + known.back()))
            return *e;
        for (const auto& t : tokens)
            if (std::find(known.begin(), known.end(), t) == known.end())
                return invalid("unknown " + what + " '" + t + "' (" + knownList(known, what) + ")");
        return accepts(tokens) ? right() : wrong();
    };
}

Checker nameChecker(std::vector<std::string> known, std::string what, std::string expected) {
    auto list = namesChecker(known, what, [expected](const std::vector<std::string>& names) {
        return names.size() == 1 && names[0] == expected;
    });
    return [list = std::move(list), what](const std::string& typed) {
        if (answerTokens(typed).size() > 1) return invalid("one " + what + ", not a list");
        return list(typed);
    };
}

Checker wholesChecker(std::function<bool(const std::vector<std::int64_t>&)> accepts) {
    return [accepts = std::move(accepts)](const std::string& typed) {
        const auto tokens = answerTokens(typed);
        if (auto e = emptyAnswer(tokens, "whole numbers, e.g. 0 2")) return *e;
        std::vector<std::int64_t> values;
        for (const auto& t : tokens) {
            const auto v = parseWhole(t);
            if (!v)
                return invalid("'" + t +
                               "' is not a whole number; type numbers with spaces or commas between");
            values.push_back(*v);
        }
        return accepts(values) ? right() : wrong();
    };
}

std::string edgeToken(const std::string& u, const std::string& v) {
    return u + "-" + v;
}

std::optional<std::pair<std::string, std::string>> edgeEnds(const std::string& token) {
    const auto dash = token.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == token.size()) return std::nullopt;
    return std::pair{token.substr(0, dash), token.substr(dash + 1)};
}

Checker edgesChecker(std::vector<std::string> known,
                     std::function<bool(const std::vector<std::pair<std::string, std::string>>&)> accepts) {
    return [known = std::move(known), accepts = std::move(accepts)](const std::string& typed) {
        const auto tokens = answerTokens(typed);
        if (auto e = emptyAnswer(tokens, "edges as U-V, e.g. " + known[0] + "-" + known[1])) return *e;
        std::vector<std::pair<std::string, std::string>> edges;
        for (const auto& t : tokens) {
            auto edge = edgeEnds(t);
            if (!edge)
                return invalid("'" + t + "' is not an edge; write each edge as U-V, e.g. " + known[0] + "-" +
                               known[1]);
            for (const auto& v : {edge->first, edge->second})
                if (std::find(known.begin(), known.end(), v) == known.end())
                    return invalid("unknown vertex '" + v + "' (" + knownList(known, "vertex") + ")");
            edges.push_back(std::move(*edge));
        }
        return accepts(edges) ? right() : wrong();
    };
}

Checker wordsChecker(std::function<bool(const std::vector<std::string>&)> accepts) {
    return [accepts = std::move(accepts)](const std::string& typed) {
        auto tokens = answerTokens(typed);
        if (auto e = emptyAnswer(tokens, "words with spaces between, or none")) return *e;
        if (tokens.size() == 1 && lower(tokens[0]) == "none") tokens.clear();
        for (const auto& t : tokens)
            if (!std::all_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                return invalid("'" + t +
                               "' is not a word of letters a-z; type words with spaces between, or none");
        return accepts(tokens) ? right() : wrong();
    };
}

AnswerForm yesNoForm() {
    return choiceForm({"yes", "no"});
}

AnswerForm choiceForm(std::vector<std::string> choices, bool many) {
    AnswerForm form;
    form.kind = many ? AnswerForm::Kind::Choices : AnswerForm::Kind::Choice;
    form.choices = std::move(choices);
    return form;
}

bool sameSet(std::vector<std::string> a, std::vector<std::string> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

}  // namespace stepwise::practice
