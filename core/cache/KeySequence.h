#pragma once
// Access sequences as users type them ("a,b,c,a") or keep them in files (one key per line, `#`
// comments): names are mapped to dense keys in order of first appearance.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/cache/CacheEvent.h"

namespace stepwise::cache {

struct KeySequence {
    std::vector<Key> keys;
    std::vector<std::string> names;  // key → name

    const std::string& name(Key k) const { return names[k]; }
};

/// From a comma-separated list. InputError for an empty item ("item 3 is empty").
KeySequence parseKeyList(const std::string& text);
/// From a file's text, one key per line. InputError(file, line) for a line with more than one word.
KeySequence parseKeyLines(const std::string& text, const std::string& file);

}  // namespace stepwise::cache
