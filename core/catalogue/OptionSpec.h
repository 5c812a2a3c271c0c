#pragma once
// One option an item takes, as data: parsing, validation, `run ID --help`, the GUI's option forms
// and the man pages all follow from it (the way CLI11's option objects work).
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace stepwise::catalogue {

enum class OptionKind {
    Text,         // any string ("kitten")
    Integer,      // a whole number within [min, max]
    IntegerList,  // "1,2,3", each within [min, max]
    Choice,       // one of `choices`
    File,         // a path to a file the item reads (a graph, say); `example:NAME` names a built-in one
    ListOrFile,   // an inline list ("a,b,c") or a file holding one item per line
};

struct OptionSpec {
    std::string name;  // without dashes: "graph"
    OptionKind kind = OptionKind::Text;
    std::string placeholder;   // for help: "FILE", "N", "LIST"
    std::string help;          // one line
    std::string defaultValue;  // what an absent option means (empty: no default)
    bool required = false;     // the item cannot run without it (unless it runs its example)
    std::int64_t min = std::numeric_limits<std::int64_t>::min();
    std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::vector<std::string> choices;  // Choice only
    /// Why `max` is what it is, said when a value is above it ("each access is a step ...").
    std::string limitReason;

    /// "kahn|dfs" for choices, the placeholder otherwise.
    std::string valueHint() const;

    // Chainable setters, so an entry reads as one expression:
    //   option("capacity", OptionKind::Integer, "N", "how many keys fit").byDefault("8").within(1, 1'000'000)
    OptionSpec mandatory() const;
    OptionSpec byDefault(std::string value) const;
    OptionSpec within(std::int64_t low, std::int64_t high) const;
    OptionSpec oneOf(std::vector<std::string> values) const;
    /// Why `max` is what it is (limitReason).
    OptionSpec because(std::string why) const;
};

/// An optional option with no default; chain mandatory(), byDefault(), within(), oneOf().
OptionSpec option(std::string name, OptionKind kind, std::string placeholder, std::string help);
/// option(name, OptionKind::Integer, ...).within(low, high).
OptionSpec integerOption(std::string name, std::string placeholder, std::string help, std::int64_t low,
                         std::int64_t high);

/// A named set of option values: the item's example or one of its presets ("TTL expiry").
struct Preset {
    std::string name;   // the id used by `--preset NAME`: "ttl"
    std::string title;  // what the GUI shows: "TTL expiry"
    std::vector<std::pair<std::string, std::string>> values;
};

}  // namespace stepwise::catalogue
