#pragma once
// Option values for one item, checked against its specs. Built by the CLI from `--name value`
// pairs and by the GUI from its forms; read by the item's factory through the typed getters.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/catalogue/OptionSpec.h"

namespace stepwise::catalogue {

class Options {
  public:
    Options() = default;
    explicit Options(std::map<std::string, std::string> values) : values_(std::move(values)) {}

    bool has(const std::string& name) const { return values_.count(name) != 0; }
    std::optional<std::string> get(const std::string& name) const;
    /// The value or the given fallback.
    std::string text(const std::string& name, const std::string& fallback = {}) const;
    /// Whole number; InputError "--name: 'x' is not a whole number".
    std::int64_t integer(const std::string& name, std::int64_t fallback = 0) const;
    std::vector<std::int64_t> integers(const std::string& name) const;
    void set(const std::string& name, std::string value) { values_[name] = std::move(value); }
    void erase(const std::string& name) { values_.erase(name); }
    const std::map<std::string, std::string>& values() const { return values_; }

    bool operator==(const Options&) const = default;

  private:
    std::map<std::string, std::string> values_;
};

/// Checks every value against `specs` and fills in defaults. Throws InputError naming the option:
/// unknown option (listing those the item takes), a missing required one, a value out of range or
/// not among the choices. `item` prefixes the messages ("knapsack: --capacity: ...").
Options validate(const std::string& item, const std::vector<OptionSpec>& specs, const Options& given);

/// `base` (an example's values) overlaid with the given values that differ from their spec's
/// default: an option still at its default counts as not given (`run cache --policy fifo` is FIFO
/// on the example's workload).
Options overlayGiven(const std::vector<std::pair<std::string, std::string>>& base, const Options& given,
                     const std::vector<OptionSpec>& specs);

/// "1,2,3" → {1,2,3}; spaces around items allowed; empty text is an empty list. InputError names
/// the option and the item that is not a whole number.
std::vector<std::int64_t> parseIntegerList(const std::string& option, const std::string& text);
/// One whole number; InputError naming the option otherwise.
std::int64_t parseInteger(const std::string& option, const std::string& text);

/// The text of a ListOrFile value: the file's contents when the value names a readable regular
/// file, otherwise the value itself. `source` is set to the file name (empty for inline text).
/// A value that looks like a path (has a '/', or no ',' and ends in .txt/.ops/.keys/.list) but
/// names no readable file is an InputError naming it.
std::string listOrFileText(const std::string& option, const std::string& value, std::string& source);

}  // namespace stepwise::catalogue
