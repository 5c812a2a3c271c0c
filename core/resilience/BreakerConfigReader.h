#pragma once
// Reads a breaker configuration as a Resilience4j user writes it: JSON with Resilience4j's names
// ({"failureRateThreshold": 50, "waitDurationInOpenState": "5s"}), or the Spring Boot YAML layout
// (resilience4j.circuitbreaker.instances.NAME.…, with configs.NAME and baseConfig), or a flat YAML
// map of the names. Keys may be camelCase or kebab-case (Spring's relaxed binding). Durations are a
// string with a unit ("5s", "1500ms") or a number of milliseconds.
#include <string>
#include <vector>

#include "core/resilience/BreakerConfig.h"

namespace stepwise::resilience {

struct BreakerConfigFile {
    BreakerConfig config;
    std::string instance;               // the Spring instance read, empty for a flat map
    std::vector<std::string> warnings;  // keys Stepwise reads but does not simulate
};

/// Resilience4j's name for every key the reader knows, in its order ("failureRateThreshold", ...).
const std::vector<std::string>& breakerConfigKeys();

/// The known key closest to `name` by edit distance (case and dashes ignored).
std::string closestConfigKey(const std::string& name);

/// Reads `text` (the contents of `file`, named in errors). `instance` picks a Spring instance; it
/// may be empty when the file has one. InputError with the file and line for malformed JSON/YAML,
/// an unknown key (with the closest known one), a value of the wrong kind or out of range (a
/// threshold outside (0, 100], a zero or negative window, wait or duration), an unknown instance.
BreakerConfigFile readBreakerConfig(const std::string& text, const std::string& file,
                                    const std::string& instance = {}, BreakerConfig base = {});

}  // namespace stepwise::resilience
