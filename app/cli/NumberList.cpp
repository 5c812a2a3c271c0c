#include "app/cli/NumberList.h"

#include <charconv>

#include "core/common/InputError.h"

namespace stepwise::cli {

std::int64_t parseInteger(const std::string& option, const std::string& text) {
    std::size_t begin = text.find_first_not_of(' '), end = text.find_last_not_of(' ');
    const std::string item = begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
    std::int64_t value = 0;
    const auto [ptr, error] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (item.empty() || error != std::errc() || ptr != item.data() + item.size())
        throw InputError("--" + option + ": '" + item + "' is not a whole number" +
                         (error == std::errc::result_out_of_range ? " in range" : ""));
    return value;
}

std::vector<std::int64_t> parseIntegerList(const std::string& option, const std::string& text) {
    std::vector<std::int64_t> values;
    if (text.find_first_not_of(' ') == std::string::npos) return values;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = text.find(',', start);
        const std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        try {
            values.push_back(parseInteger(option, item));
        } catch (const InputError&) {
            throw InputError("--" + option + ": item " + std::to_string(values.size() + 1) + " '" + item +
                             "' is not a whole number (expected a comma-separated list like 1,2,3)");
        }
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return values;
}

}  // namespace stepwise::cli
