#pragma once
// Reading answers as a user types them ("A C B", "A, C, B", "[3, 4]", "yes") and the checkers the
// question types are built from. Each checker refuses a malformed answer as Invalid with a hint
// before its predicate sees it, so a predicate only judges well-formed answers.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/practice/Question.h"

namespace stepwise::practice {

/// Splits on spaces and commas; drops surrounding brackets and a trailing full stop.
std::vector<std::string> answerTokens(const std::string& typed);

/// A whole number ("7", "-3"), or nullopt.
std::optional<std::int64_t> parseWhole(const std::string& token);
/// A number ("7", "-2.5"), or nullopt.
std::optional<double> parseNumber(const std::string& token);

/// One number equal to `expected` (within 1e-9).
Checker numberChecker(double expected);
/// One whole number, or "none" when `expected` is empty.
Checker wholeOrNoneChecker(std::optional<std::int64_t> expected);
/// "yes"/"no" (also y/n, true/false).
Checker yesNoChecker(bool expected);
/// One name among `known` (`what` names them in hints: "vertex", "key", "backend").
Checker nameChecker(std::vector<std::string> known, std::string what, std::string expected);
/// A list of names among `known`; `accepts` judges it (order matters or not, as it decides).
Checker namesChecker(std::vector<std::string> known, std::string what,
                     std::function<bool(const std::vector<std::string>&)> accepts);
/// "U-V": one edge as an answer writes it.
std::string edgeToken(const std::string& u, const std::string& v);
/// The ends of an edge token "U-V", or nullopt when it is not one.
std::optional<std::pair<std::string, std::string>> edgeEnds(const std::string& token);
/// A list of whole numbers; `accepts` judges it.
Checker wholesChecker(std::function<bool(const std::vector<std::int64_t>&)> accepts);
/// Edges typed "A-B C-D" (or "A B, C D" is not accepted: each edge is one token U-V).
Checker edgesChecker(std::vector<std::string> known,
                     std::function<bool(const std::vector<std::pair<std::string, std::string>>&)> accepts);
/// Words of letters a-z; `accepts` judges the list.
Checker wordsChecker(std::function<bool(const std::vector<std::string>&)> accepts);

/// The GUI's form for a yes/no answer: a choice of "yes" and "no".
AnswerForm yesNoForm();
/// Picking one of `choices` (many: each pick appends, for an ordered list).
AnswerForm choiceForm(std::vector<std::string> choices, bool many = false);

/// True when `a` and `b` hold the same items, order ignored.
bool sameSet(std::vector<std::string> a, std::vector<std::string> b);
/// "A, B, C".
std::string joined(const std::vector<std::string>& items, const std::string& separator = ", ");

}  // namespace stepwise::practice
