#include "core/resilience/BreakerConfigReader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/common/InputError.h"
#include "core/resilience/CallList.h"

namespace stepwise::resilience {
namespace {

// Keys Spring users write that have no meaning in a simulation: read, warned about, not applied.
const std::vector<std::string>& ignoredKeys() {
    static const std::vector<std::string> keys = {
        "registerHealthIndicator", "allowHealthIndicatorToFail", "eventConsumerBufferSize", "recordExceptions",
        "ignoreExceptions", "recordFailurePredicate", "ignoreExceptionPredicate", "writableStackTraceEnabled",
        "recordResultPredicate", "enableExponentialBackoff", "exponentialBackoffMultiplier",
        "exponentialMaxWaitDurationInOpenState", "enableRandomizedWait", "randomizedWaitFactor"};
    return keys;
}

/// Case and '-' / '_' do not count: Spring binds sliding-window-size to slidingWindowSize.
std::string canonical(const std::string& name) {
    std::string out;
    for (char c : name)
        if (c != '-' && c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

int lineOf(const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    return mark.line >= 0 ? mark.line + 1 : 0;
}

struct Reader {
    const std::string& file;
    std::vector<std::string>& warnings;

    [[noreturn]] void fail(const YAML::Node& at, const std::string& message) const {
        throw InputError(message, file, lineOf(at));
    }

    std::string scalar(const YAML::Node& value, const std::string& key) const {
        if (!value.IsScalar()) fail(value, key + ": expected a single value");
        return value.Scalar();
    }

    double percent(const YAML::Node& value, const std::string& key) const {
        const std::string text = scalar(value, key);
        double v = 0;
        try {
            std::size_t used = 0;
            v = std::stod(text, &used);
            if (used != text.size()) throw std::invalid_argument(text);
        } catch (const std::exception&) {
            fail(value, key + ": '" + text + "' is not a number (a percentage, like 50)");
        }
        if (!(v > 0 && v <= 100)) fail(value, key + ": " + text + " is outside 0–100 (it must be more than 0 and at most 100)");
        return v;
    }

    std::uint32_t count(const YAML::Node& value, const std::string& key) const {
        const std::string text = scalar(value, key);
        long long v = 0;
        try {
            std::size_t used = 0;
            v = std::stoll(text, &used);
            if (used != text.size()) throw std::invalid_argument(text);
        } catch (const std::exception&) {
            fail(value, key + ": '" + text + "' is not a whole number");
        }
        if (v <= 0) fail(value, key + ": " + text + " must be at least 1");
        if (v > 1'000'000) fail(value, key + ": " + text + " is over 1000000 (the window is kept and drawn call by call)");
        return static_cast<std::uint32_t>(v);
    }

    Time duration(const YAML::Node& value, const std::string& key, bool zeroAllowed) const {
        const std::string text = scalar(value, key);
        const auto d = parseDuration(text);
        if (!d) {
            if (!text.empty() && text.front() == '-') fail(value, key + ": " + text + " is negative");
            fail(value, key + ": '" + text + "' is not a duration (a number of milliseconds, or \"5s\", \"1500ms\")");
        }
        if (*d == 0 && !zeroAllowed) fail(value, key + ": must be more than 0");
        return *d;
    }

    bool flag(const YAML::Node& value, const std::string& key) const {
        const std::string text = canonical(scalar(value, key));
        if (text == "true") return true;
        if (text == "false") return false;
        fail(value, key + ": '" + value.Scalar() + "' is not true or false");
    }

    /// Applies one map of Resilience4j names to `c`. baseConfig is the caller's business.
    void apply(const YAML::Node& map, BreakerConfig& c) const {
        if (!map.IsMap()) fail(map, "expected a map of Resilience4j configuration names");
        for (const auto& entry : map) {
            const YAML::Node& keyNode = entry.first;
            const YAML::Node& value = entry.second;
            const std::string raw = keyNode.IsScalar() ? keyNode.Scalar() : std::string();
            const std::string key = canonical(raw);
            auto is = [&](const char* name) { return key == canonical(name); };
            if (is("failureRateThreshold")) {
                c.failureRateThreshold = percent(value, "failureRateThreshold");
            } else if (is("slowCallRateThreshold")) {
                c.slowCallRateThreshold = percent(value, "slowCallRateThreshold");
            } else if (is("slowCallDurationThreshold")) {
                c.slowCallDurationThreshold = duration(value, "slowCallDurationThreshold", false);
            } else if (is("slidingWindowType")) {
                const std::string type = canonical(scalar(value, "slidingWindowType"));
                if (type == "countbased")
                    c.slidingWindowType = WindowType::CountBased;
                else if (type == "timebased")
                    c.slidingWindowType = WindowType::TimeBased;
                else
                    fail(value, "slidingWindowType: '" + value.Scalar() + "' is not COUNT_BASED or TIME_BASED");
            } else if (is("slidingWindowSize")) {
                c.slidingWindowSize = count(value, "slidingWindowSize");
            } else if (is("minimumNumberOfCalls")) {
                c.minimumNumberOfCalls = count(value, "minimumNumberOfCalls");
            } else if (is("waitDurationInOpenState")) {
                c.waitDurationInOpenState = duration(value, "waitDurationInOpenState", false);
            } else if (is("permittedNumberOfCallsInHalfOpenState")) {
                c.permittedNumberOfCallsInHalfOpenState = count(value, "permittedNumberOfCallsInHalfOpenState");
            } else if (is("maxWaitDurationInHalfOpenState")) {
                c.maxWaitDurationInHalfOpenState = duration(value, "maxWaitDurationInHalfOpenState", true);
            } else if (is("automaticTransitionFromOpenToHalfOpenEnabled")) {
                c.automaticTransitionFromOpenToHalfOpenEnabled =
                    flag(value, "automaticTransitionFromOpenToHalfOpenEnabled");
            } else if (is("baseConfig")) {
                // Handled by the caller before the instance's own keys.
            } else if (std::any_of(ignoredKeys().begin(), ignoredKeys().end(),
                                   [&](const std::string& k) { return canonical(k) == key; })) {
                warnings.push_back(file + ":" + std::to_string(lineOf(keyNode)) + ": " + raw +
                                   " has no effect in the simulation (ignored)");
            } else {
                fail(keyNode, "unknown configuration key '" + raw + "' (did you mean '" + closestConfigKey(raw) +
                                  "'?)");
            }
        }
    }
};

/// The value under `name` (case and dashes ignored); nullopt when absent or `map` is no map.
std::optional<YAML::Node> child(const YAML::Node& map, const std::string& name) {
    if (!map.IsMap()) return std::nullopt;
    for (const auto& entry : map)
        if (entry.first.IsScalar() && canonical(entry.first.Scalar()) == canonical(name)) return entry.second;
    return std::nullopt;
}

std::string names(const YAML::Node& map) {
    std::string list;
    for (const auto& entry : map) list += (list.empty() ? "" : ", ") + entry.first.Scalar();
    return list;
}

/// The JSON parser is strict where YAML is lenient: a JSON file must be JSON. Its error gives a
/// byte offset; say the line.
void checkJson(const std::string& text, const std::string& file) {
    try {
        const auto parsed = nlohmann::json::parse(text);
        (void)parsed;
    } catch (const nlohmann::json::parse_error& e) {
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        std::string what = e.what();
        if (const auto colon = what.find("syntax error"); colon != std::string::npos) what = what.substr(colon);
        throw InputError("malformed JSON: " + what, file, line);
    } catch (const nlohmann::json::out_of_range& e) {
        // A number too large for a double ("5e999"): the parser names it but gives no position, so
        // the line is where that number first appears.
        std::string what = e.what();
        if (const auto at = what.find("number overflow"); at != std::string::npos) what = what.substr(at);
        int line = 0;
        if (const auto open = what.find('\''), close = what.rfind('\''); open != std::string::npos && close > open)
            if (const auto where = text.find(what.substr(open + 1, close - open - 1)); where != std::string::npos)
                line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(where), '\n'));
        throw InputError("malformed JSON: " + what, file, line);
    }
}

}  // namespace

const std::vector<std::string>& breakerConfigKeys() {
    static const std::vector<std::string> keys = {"failureRateThreshold",
                                                  "slowCallRateThreshold",
                                                  "slowCallDurationThreshold",
                                                  "slidingWindowType",
                                                  "slidingWindowSize",
                                                  "minimumNumberOfCalls",
                                                  "waitDurationInOpenState",
                                                  "permittedNumberOfCallsInHalfOpenState",
                                                  "maxWaitDurationInHalfOpenState",
                                                  "automaticTransitionFromOpenToHalfOpenEnabled",
                                                  "baseConfig"};
    return keys;
}

std::string closestConfigKey(const std::string& name) {
    // A key that holds the name whole (waitDuration → waitDurationInOpenState) beats edit distance,
    // which favours short keys for a truncated name.
    const std::string wanted = canonical(name);
    std::string best;
    std::size_t bestDistance = std::string::npos;
    for (const auto& key : breakerConfigKeys()) {
        const std::string k = canonical(key);
        const std::size_t d = !wanted.empty() && k.find(wanted) != std::string::npos ? 0 : 1 + editDistance(wanted, k);
        if (d < bestDistance) {
            bestDistance = d;
            best = key;
        }
    }
    return best;
}

BreakerConfigFile readBreakerConfig(const std::string& text, const std::string& file, const std::string& instance,
                                    BreakerConfig base) {
    BreakerConfigFile out;
    out.config = base;
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) throw InputError("the configuration is empty", file, 0);
    if (text[first] == '{' || text[first] == '[') checkJson(text, file);
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw InputError("malformed YAML: " + e.msg, file, e.mark.line >= 0 ? e.mark.line + 1 : 0);
    }
    Reader reader{file, out.warnings};
    if (!root.IsMap()) reader.fail(root, "expected a map of Resilience4j configuration names");

    const auto r4j = child(root, "resilience4j");
    if (!r4j) {
        if (!instance.empty())
            throw InputError("--instance " + instance + ": the file has no resilience4j.circuitbreaker.instances", file, 0);
        reader.apply(root, out.config);
        return out;
    }
    const auto breakers = child(*r4j, "circuitbreaker");
    if (!breakers || !breakers->IsMap())
        reader.fail(*r4j, "resilience4j: expected a 'circuitbreaker' map (resilience4j.circuitbreaker.instances.NAME)");
    const auto configs = child(*breakers, "configs");
    const auto instances = child(*breakers, "instances");
    if (configs && !configs->IsMap()) reader.fail(*configs, "configs: expected a map of named configurations");
    if (instances && !instances->IsMap()) reader.fail(*instances, "instances: expected a map of instances");
    for (const auto& entry : *breakers) {
        const std::string key = canonical(entry.first.Scalar());
        if (key != "configs" && key != "instances")
            reader.fail(entry.first, "resilience4j.circuitbreaker: unknown key '" + entry.first.Scalar() +
                                         "' (expected configs or instances)");
    }

    std::optional<YAML::Node> chosen;
    if (!instance.empty()) {
        chosen = instances ? child(*instances, instance) : std::nullopt;
        if (!chosen)
            throw InputError("--instance " + instance + ": no such instance" +
                                 (instances ? " (instances: " + names(*instances) + ")" : std::string(" (the file has none)")),
                             file, instances ? lineOf(*instances) : 0);
        out.instance = instance;
    } else if (instances && instances->size() == 1) {
        chosen = instances->begin()->second;
        out.instance = instances->begin()->first.Scalar();
    } else if (instances && instances->size() > 1) {
        throw InputError("the file has " + std::to_string(instances->size()) + " instances (" + names(*instances) +
                             "): pick one with --instance NAME",
                         file, lineOf(*instances));
    }
    // The base: the instance's baseConfig, else configs.default (as resilience4j-spring-boot does).
    std::optional<YAML::Node> baseNode;
    if (chosen && chosen->IsMap()) {
        if (const auto name = child(*chosen, "baseConfig")) {
            const std::string baseName = reader.scalar(*name, "baseConfig");
            baseNode = configs ? child(*configs, baseName) : std::nullopt;
            if (!baseNode)
                reader.fail(*name, "baseConfig: no configuration named '" + baseName + "' under configs" +
                                       (configs ? " (configs: " + names(*configs) + ")" : std::string()));
        }
    }
    if (!baseNode && configs) baseNode = child(*configs, "default");
    if (!chosen && !baseNode)
        reader.fail(*breakers, "resilience4j.circuitbreaker: no instances and no configs.default to read");
    if (baseNode) reader.apply(*baseNode, out.config);
    if (chosen) reader.apply(*chosen, out.config);
    if (out.instance.empty()) out.instance = "default";
    return out;
}

}  // namespace stepwise::resilience
