#include "core/cache/KeySequence.h"

#include <sstream>

#include "core/common/InputError.h"

namespace stepwise::cache {
namespace {

void add(KeySequence& seq, std::unordered_map<std::string, Key>& ids, const std::string& name) {
    const auto [it, inserted] = ids.try_emplace(name, seq.names.size());
    if (inserted) seq.names.push_back(name);
    seq.keys.push_back(it->second);
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r"), e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace

KeySequence parseKeyList(const std::string& text) {
    KeySequence seq;
    std::unordered_map<std::string, Key> ids;
    std::size_t start = 0, item = 1;
    for (;; ++item) {
        const auto comma = text.find(',', start);
        const std::string key = trim(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (key.empty()) throw InputError("access " + std::to_string(item) + " is empty (expected keys separated by commas, like a,b,c,a)");
        if (key.find_first_of(" \t") != std::string::npos)
            throw InputError("access " + std::to_string(item) + " '" + key + "' has a space (a key is one word)");
        add(seq, ids, key);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return seq;
}

KeySequence parseKeyLines(const std::string& text, const std::string& file) {
    KeySequence seq;
    std::unordered_map<std::string, Key> ids;
    std::istringstream in(text);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const auto hash = line.find('#');
        if (hash != std::string::npos) line.erase(hash);
        std::istringstream words(line);
        std::string key, extra;
        if (!(words >> key)) continue;
        if (words >> extra) throw InputError("expected one key per line, found '" + key + " " + extra + "'", file, number);
        add(seq, ids, key);
    }
    if (seq.keys.empty()) throw InputError("no keys in the file (expected one key per line)", file);
    return seq;
}

}  // namespace stepwise::cache
