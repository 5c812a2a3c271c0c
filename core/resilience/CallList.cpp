#include "core/resilience/CallList.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/common/InputError.h"

namespace stepwise::resilience {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::optional<Time> parseDuration(std::string_view text, Time bareUnit) {
    text = trim(text);
    std::int64_t value = 0;
    const auto [ptr, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || ptr == text.data() || value < 0) return std::nullopt;
    const std::string unit = lower(trim(std::string_view(ptr, static_cast<std::size_t>(text.data() + text.size() - ptr))));
    Time scale = 0;
    if (unit.empty())
        scale = bareUnit;
    else if (unit == "us" || unit == "µs")
        scale = microsecond;
    else if (unit == "ms")
        scale = millisecond;
    else if (unit == "s")
        scale = second;
    else if (unit == "m" || unit == "min")
        scale = 60 * second;
    else if (unit == "h")
        scale = 3600 * second;
    else
        return std::nullopt;
    constexpr Time year = 365LL * 24 * 3600 * second;
    if (value > year / scale) return std::nullopt;
    return value * scale;
}

std::optional<BreakerState> parseStateName(std::string_view text) {
    std::string name = lower(trim(text));
    std::replace(name.begin(), name.end(), '_', '-');
    for (auto s : {BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen, BreakerState::Disabled,
                   BreakerState::ForcedOpen, BreakerState::MetricsOnly}) {
        std::string known = lower(stateName(s));
        std::replace(known.begin(), known.end(), '_', '-');
        if (known == name) return s;
    }
    return std::nullopt;
}

std::vector<CallToken> parseCallList(const std::string& text, const std::string& option) {
    std::vector<CallToken> tokens;
    if (trim(text).empty()) return tokens;
    std::size_t start = 0, item = 0;
    for (;;) {
        const std::size_t end = text.find_first_of(",\n", start);
        const std::string_view raw(text.data() + start, (end == std::string::npos ? text.size() : end) - start);
        const std::string_view t = trim(raw);
        ++item;
        auto bad = [&](const std::string& why) {
            return InputError("--" + option + ": item " + std::to_string(item) + " '" + std::string(t) + "' " + why +
                              " (expected S, F, S/1500ms, F/20ms, +6s, +250ms, !forced-open or !reset)");
        };
        if (tokens.size() == maxCallTokens)
            throw InputError("--" + option + ": more than " + std::to_string(maxCallTokens) +
                             " items (every item is a step group the run can return to)");
        CallToken token;
        if (t.empty()) throw bad("is empty");
        const char head = static_cast<char>(std::toupper(static_cast<unsigned char>(t.front())));
        if (head == 'S' || head == 'F') {
            token.failed = head == 'F';
            if (t.size() > 1) {
                if (t[1] != '/') throw bad("is not a call");
                const auto d = parseDuration(t.substr(2));
                if (!d) throw bad("has no valid duration after '/' (a whole number with ms, s, us, m or h)");
                token.duration = *d;
            }
        } else if (head == '+') {
            const auto d = parseDuration(t.substr(1));
            if (!d) throw bad("is not a clock advance (a whole number with ms, s, us, m or h)");
            token.kind = CallToken::Kind::Advance;
            token.duration = *d;
        } else if (head == '!') {
            if (lower(trim(t.substr(1))) == "reset") {
                token.kind = CallToken::Kind::Reset;
            } else if (const auto s = parseStateName(t.substr(1))) {
                token.kind = CallToken::Kind::Transition;
                token.target = *s;
            } else {
                throw bad("names no state (closed, open, half-open, disabled, forced-open, metrics-only, reset)");
            }
        } else {
            throw bad("is not a call");
        }
        tokens.push_back(token);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return tokens;
}

std::string tokenText(const CallToken& token) {
    auto compact = [](Time d) {
        std::string s = formatDuration(d);
        s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
        return s;
    };
    switch (token.kind) {
        case CallToken::Kind::Call:
            return std::string(token.failed ? "F" : "S") + (token.duration > 0 ? "/" + compact(token.duration) : "");
        case CallToken::Kind::Advance:
            return "+" + compact(token.duration);
        case CallToken::Kind::Transition: {
            std::string name = lower(stateName(token.target));
            std::replace(name.begin(), name.end(), '_', '-');
            return "!" + name;
        }
        case CallToken::Kind::Reset:
            return "!reset";
    }
    return {};
}

}  // namespace stepwise::resilience
