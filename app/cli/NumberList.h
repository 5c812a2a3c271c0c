#pragma once
// Parsing the comma-separated number lists and single numbers that run options take.
#include <cstdint>
#include <string>
#include <vector>

namespace stepwise::cli {

/// "1,2,3" → {1,2,3}; spaces around items are allowed; an empty string is an empty list.
/// Throws InputError naming the option and the bad item ("--weights: 'x' is not a whole number").
std::vector<std::int64_t> parseIntegerList(const std::string& option, const std::string& text);
/// One whole number; InputError naming the option otherwise.
std::int64_t parseInteger(const std::string& option, const std::string& text);

}  // namespace stepwise::cli
