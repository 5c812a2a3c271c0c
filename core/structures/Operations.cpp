#include "core/structures/Operations.h"

#include <charconv>
#include <memory>
#include <sstream>

#include "core/common/InputError.h"
#include "core/common/Limits.h"

namespace stepwise::structures {

std::string Operation::text() const {
    std::string s = name;
    for (const auto& a : args) s += " " + a;
    return s;
}

std::int64_t Operation::integer(std::size_t i) const {
    const std::string& word = args.at(i);
    std::int64_t v = 0;
    const auto [ptr, failure] = std::from_chars(word.data(), word.data() + word.size(), v);
    if (failure != std::errc() || ptr != word.data() + word.size())
        throw error("'" + word + "' is not a whole number");
    return v;
}

InputError Operation::error(const std::string& what) const {
    return InputError("operation " + std::to_string(number) + " '" + text() + "': " + what, source ? *source : std::string(),
                      source ? line : 0);
}

void Operation::expectArgs(std::size_t count, const char* usage) const {
    if (args.size() != count)
        throw error("expected '" + std::string(usage) + "'");
}

std::vector<Operation> parseOperations(const std::string& text, const std::string& source) {
    std::vector<Operation> ops;
    // One copy of the file name shared by every operation read from it.
    const auto file = source.empty() ? nullptr : std::make_shared<const std::string>(source);
    int line = 1;
    std::string item;
    auto flush = [&](int atLine) {
        const auto hash = item.find('#');
        if (hash != std::string::npos) item.erase(hash);
        std::istringstream words(item);
        Operation op;
        if (words >> op.name) {
            for (std::string w; words >> w;) op.args.push_back(w);
            op.number = static_cast<int>(ops.size()) + 1;
            op.source = file;
            op.line = atLine;
            ops.push_back(std::move(op));
        }
        item.clear();
    };
    for (char c : text) {
        if (c == ',' || c == '\n') {
            flush(line);
            if (c == '\n') ++line;
        } else {
            item.push_back(c);
        }
    }
    flush(line);
    if (ops.size() > limits::operations)
        throw InputError("more than " + std::to_string(limits::operations) + " operations (" + std::to_string(ops.size()) +
                             " given; " + limits::operationsWhy + ")",
                         source);
    if (ops.empty()) throw InputError("no operations given (expected e.g. 'push 5, push 3, pop')", source);
    return ops;
}

}  // namespace stepwise::structures
