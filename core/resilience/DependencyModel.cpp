#include "core/resilience/DependencyModel.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>

#include "core/common/InputError.h"

namespace stepwise::resilience {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view text, char by) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(by, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

/// A plain decimal number ("12", "12.5"); nullopt otherwise.
std::optional<double> number(std::string_view s) {
    s = trim(s);
    if (s.empty()) return std::nullopt;
    double value = 0;
    const auto [ptr, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string decimal(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.10g", v);
    return text;
}

/// splitmix64: the call's randomness from (seed, call number) only.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
double unit(std::uint64_t bits) { return static_cast<double>(bits >> 11) * 0x1.0p-53; }

Time parseTime(std::string_view text, const std::function<InputError(const std::string&)>& bad) {
    const auto t = parseDuration(text, millisecond);
    if (!t) throw bad("starts at '" + std::string(trim(text)) + "', not a time (like 0s, 20s, 1500ms)");
    if (*t >= maxModelDuration) throw bad("starts at or after 1 h, the longest run");
    return *t;
}

constexpr const char* fieldsHint = " (expected TIME:error=10%,latency=100ms,rate=5/s, phases separated by ';')";

}  // namespace

std::string compactDuration(Time t) {
    if (t == 0) return "0s";
    std::string s = formatDuration(t);
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

std::vector<DependencyPhase> parseDependency(const std::string& text, const std::string& option) {
    std::vector<DependencyPhase> phases;
    if (trim(text).empty()) throw InputError("--" + option + ": is empty" + fieldsHint);
    std::size_t index = 0;
    for (const std::string_view raw : split(text, ';')) {
        ++index;
        const std::string_view item = trim(raw);
        auto bad = [&](const std::string& why) {
            return InputError("--" + option + ": phase " + std::to_string(index) + " '" + std::string(item) + "' " +
                              why + fieldsHint);
        };
        const std::size_t colon = item.find(':');
        if (item.empty()) throw bad("is empty");
        if (colon == std::string_view::npos) throw bad("has no ':' after its start time");
        DependencyPhase phase;
        phase.from = parseTime(item.substr(0, colon), bad);
        if (!phases.empty() && phase.from <= phases.back().from)
            throw bad("starts at " + compactDuration(phase.from) + ", not after phase " + std::to_string(index - 1) +
                      " (" + compactDuration(phases.back().from) + "): phases go in time order");
        const std::string_view fields = trim(item.substr(colon + 1));
        if (fields.empty()) throw bad("sets nothing after ':'");
        for (const std::string_view f : split(fields, ',')) {
            const std::string_view field = trim(f);
            const std::size_t eq = field.find('=');
            if (eq == std::string_view::npos) throw bad("has '" + std::string(field) + "', not a field=value");
            const std::string name(trim(field.substr(0, eq)));
            std::string_view value = trim(field.substr(eq + 1));
            if (name == "error") {
                if (!value.empty() && value.back() == '%') value.remove_suffix(1);
                const auto v = number(value);
                if (!v || *v < 0 || *v > 100) throw bad("has error=" + std::string(field.substr(eq + 1)) +
                                                        ": expected a percentage from 0 to 100, like error=10%");
                if (phase.errorPercent) throw bad("sets error twice");
                phase.errorPercent = *v;
            } else if (name == "latency") {
                const auto d = parseDuration(value, millisecond);
                if (!d || *d > 600 * second)
                    throw bad("has latency=" + std::string(value) + ": expected a duration up to 10 min, like 100ms or 2s");
                if (phase.latency) throw bad("sets latency twice");
                phase.latency = *d;
            } else if (name == "rate") {
                double per = 1;
                std::string_view n = value;
                if (n.ends_with("/s")) {
                    n.remove_suffix(2);
                } else if (n.ends_with("/min")) {
                    n.remove_suffix(4);
                    per = 60;
                }
                const auto v = number(n);
                const double rate = v ? *v / per : 0;
                if (!v || rate < 0.1 || rate > maxCallsPerSecond)
                    throw bad("has rate=" + std::string(value) + ": expected calls per second from 0.1 to 1000, like 5/s or 30/min");
                if (phase.callsPerSecond) throw bad("sets rate twice");
                phase.callsPerSecond = rate;
            } else {
                throw bad("has an unknown field '" + name + "' (the fields are error, latency and rate)");
            }
        }
        phases.push_back(phase);
    }
    return phases;
}

std::string dependencyText(const std::vector<DependencyPhase>& phases) {
    std::string out;
    for (const auto& p : phases) {
        if (!out.empty()) out += ';';
        out += compactDuration(p.from) + ':';
        std::string fields;
        auto add = [&](const std::string& f) { fields += (fields.empty() ? "" : ",") + f; };
        if (p.errorPercent) add("error=" + decimal(*p.errorPercent) + "%");
        if (p.latency) add("latency=" + compactDuration(*p.latency));
        if (p.callsPerSecond) add("rate=" + decimal(*p.callsPerSecond) + "/s");
        out += fields;
    }
    return out;
}

std::vector<DependencyAction> parseActions(const std::string& text, const std::string& option) {
    std::vector<DependencyAction> actions;
    if (trim(text).empty()) return actions;
    std::size_t index = 0;
    for (const std::string_view raw : split(text, ',')) {
        ++index;
        const std::string_view item = trim(raw);
        auto bad = [&](const std::string& why) {
            return InputError("--" + option + ": item " + std::to_string(index) + " '" + std::string(item) + "' " + why +
                              " (expected TIME:!STATE like 12s:!forced-open or 30s:!reset, separated by ',')");
        };
        const std::size_t colon = item.find(':');
        if (item.empty()) throw bad("is empty");
        if (colon == std::string_view::npos) throw bad("has no ':' after its time");
        DependencyAction a;
        a.at = parseTime(item.substr(0, colon), bad);
        const std::string token(trim(item.substr(colon + 1)));
        if (token.empty() || token.front() != '!') throw bad("is not a !STATE or !reset");
        try {
            a.token = parseCallList(token, option).at(0);
        } catch (const InputError&) {
            throw bad("names no state (closed, open, half-open, disabled, forced-open, metrics-only, reset)");
        }
        if (!actions.empty() && a.at < actions.back().at)
            throw bad("is at " + compactDuration(a.at) + ", before item " + std::to_string(index - 1) +
                      ": actions go in time order");
        actions.push_back(a);
    }
    return actions;
}

std::string actionsText(const std::vector<DependencyAction>& actions) {
    std::string out;
    for (const auto& a : actions) out += (out.empty() ? "" : ",") + compactDuration(a.at) + ":" + tokenText(a.token);
    return out;
}

DependencyLevels levelsAt(const std::vector<DependencyPhase>& phases, Time t) {
    DependencyLevels l;
    for (const auto& p : phases) {
        if (p.from > t) break;
        if (p.errorPercent) l.errorPercent = *p.errorPercent;
        if (p.latency) l.latency = *p.latency;
        if (p.callsPerSecond) l.callsPerSecond = *p.callsPerSecond;
    }
    return l;
}

std::vector<DependencyPhase> withPhase(std::vector<DependencyPhase> phases, const DependencyPhase& phase) {
    const auto next = std::find_if(phases.begin(), phases.end(), [&](const DependencyPhase& p) { return p.from > phase.from; });
    if (next != phases.end()) {
        // The phase after keeps the values it had: write out what it inherited.
        const DependencyLevels was = levelsAt(phases, next->from);
        if (!next->errorPercent) next->errorPercent = was.errorPercent;
        if (!next->latency) next->latency = was.latency;
        if (!next->callsPerSecond) next->callsPerSecond = was.callsPerSecond;
    }
    const auto same = std::find_if(phases.begin(), phases.end(), [&](const DependencyPhase& p) { return p.from == phase.from; });
    if (same != phases.end()) {
        if (phase.errorPercent) same->errorPercent = phase.errorPercent;
        if (phase.latency) same->latency = phase.latency;
        if (phase.callsPerSecond) same->callsPerSecond = phase.callsPerSecond;
    } else {
        const auto at = std::find_if(phases.begin(), phases.end(), [&](const DependencyPhase& p) { return p.from > phase.from; });
        phases.insert(at, phase);
    }
    return phases;
}

std::vector<CallToken> generateCalls(const DependencyModel& model) {
    for (const auto& a : model.actions)
        if (a.at >= model.duration)
            throw InputError("--actions: " + compactDuration(a.at) + ":" + tokenText(a.token) + " is not before the --duration of " +
                             compactDuration(model.duration));
    auto interval = [](double rate) { return std::max<Time>(1, static_cast<Time>(std::llround(second / rate))); };
    std::vector<CallToken> tokens;
    Time now = 0;
    auto moveTo = [&](Time t) {
        if (t <= now) return;
        CallToken advance;
        advance.kind = CallToken::Kind::Advance;
        advance.duration = t - now;
        tokens.push_back(advance);
        now = t;
    };
    auto push = [&](const CallToken& t) {
        if (tokens.size() + 2 > maxCallTokens)
            throw InputError("--dependency, --duration: over " + std::to_string(maxCallTokens) +
                             " calls and clock moves (every one is a step group); lower the rate or the duration");
        tokens.push_back(t);
    };
    std::size_t nextAction = 0, nextPhase = 0;
    std::uint64_t callNumber = 0;
    Time call = 0;
    while (call < model.duration) {
        while (nextAction < model.actions.size() && model.actions[nextAction].at <= call) {
            moveTo(model.actions[nextAction].at);
            push(model.actions[nextAction++].token);
        }
        const DependencyLevels l = levelsAt(model.phases, call);
        const std::uint64_t bits = mix(mix(model.seed) ^ callNumber++);
        CallToken c;
        c.failed = unit(bits) * 100 < l.errorPercent;
        const double stretch = 0.5 + unit(mix(bits));
        c.duration = static_cast<Time>(std::llround(static_cast<double>(l.latency) * stretch / millisecond)) * millisecond;
        moveTo(call);
        push(c);
        // The next call at this rate, unless a phase changing the rate starts first: it starts with a call.
        Time next = call + interval(l.callsPerSecond);
        while (nextPhase < model.phases.size() && model.phases[nextPhase].from <= call) ++nextPhase;
        for (std::size_t p = nextPhase; p < model.phases.size() && model.phases[p].from < next; ++p)
            if (levelsAt(model.phases, model.phases[p].from).callsPerSecond != l.callsPerSecond) {
                next = model.phases[p].from;
                break;
            }
        call = next;
    }
    while (nextAction < model.actions.size()) {
        moveTo(model.actions[nextAction].at);
        push(model.actions[nextAction++].token);
    }
    moveTo(model.duration);
    return tokens;
}

}  // namespace stepwise::resilience
