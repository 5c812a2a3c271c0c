#pragma once
// Reading a whole input stream with a ceiling, so /dev/zero or a huge file is refused instead of
// filling memory. Shared by the graph reader and the list reader.
#include <istream>
#include <string>

namespace stepwise {

/// Appends the stream's bytes to `text`, at most `limit`. False when the stream held more (then
/// `text` holds `limit` bytes and one more was seen). Check the stream's bad() for read errors.
inline bool readBounded(std::istream& in, std::size_t limit, std::string& text) {
    char chunk[1 << 16];
    while (in) {
        in.read(chunk, sizeof chunk);
        const auto got = static_cast<std::size_t>(in.gcount());
        if (text.size() + got > limit) {
            text.append(chunk, limit - text.size());
            return false;
        }
        text.append(chunk, got);
    }
    return true;
}

}  // namespace stepwise
