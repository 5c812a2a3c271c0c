#include "core/catalogue/Options.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>

#include "core/common/BoundedRead.h"
#include "core/common/InputError.h"
#include "core/common/Limits.h"

namespace stepwise::catalogue {

std::string OptionSpec::valueHint() const {
    if (kind != OptionKind::Choice || choices.empty()) return placeholder;
    std::string hint;
    for (const auto& c : choices) hint += (hint.empty() ? "" : "|") + c;
    return hint;
}

OptionSpec option(std::string name, OptionKind kind, std::string placeholder, std::string help) {
    OptionSpec spec;
    spec.name = std::move(name);
    spec.kind = kind;
    spec.placeholder = std::move(placeholder);
    spec.help = std::move(help);
    return spec;
}

OptionSpec integerOption(std::string name, std::string placeholder, std::string help, std::int64_t low,
                         std::int64_t high) {
    return option(std::move(name), OptionKind::Integer, std::move(placeholder), std::move(help))
        .within(low, high);
}

OptionSpec OptionSpec::mandatory() const {
    OptionSpec copy = *this;
    copy.required = true;
    return copy;
}

OptionSpec OptionSpec::byDefault(std::string value) const {
    OptionSpec copy = *this;
    copy.defaultValue = std::move(value);
    return copy;
}

OptionSpec OptionSpec::within(std::int64_t low, std::int64_t high) const {
    OptionSpec copy = *this;
    copy.min = low;
    copy.max = high;
    return copy;
}

OptionSpec OptionSpec::oneOf(std::vector<std::string> values) const {
    OptionSpec copy = *this;
    copy.choices = std::move(values);
    return copy;
}

OptionSpec OptionSpec::because(std::string why) const {
    OptionSpec copy = *this;
    copy.limitReason = std::move(why);
    return copy;
}

std::optional<std::string> Options::get(const std::string& name) const {
    const auto it = values_.find(name);
    return it == values_.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::string Options::text(const std::string& name, const std::string& fallback) const {
    return get(name).value_or(fallback);
}

std::int64_t Options::integer(const std::string& name, std::int64_t fallback) const {
    const auto value = get(name);
    return value ? parseInteger(name, *value) : fallback;
}

std::vector<std::int64_t> Options::integers(const std::string& name) const {
    const auto value = get(name);
    return value ? parseIntegerList(name, *value) : std::vector<std::int64_t>{};
}

std::int64_t parseInteger(const std::string& option, const std::string& text) {
    const std::size_t begin = text.find_first_not_of(' '), end = text.find_last_not_of(' ');
    const std::string item = begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
    std::int64_t value = 0;
    const auto [ptr, error] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (item.empty() || error != std::errc() || ptr != item.data() + item.size())
        throw InputError("--" + option + ": '" + item + "' is not a whole number" +
                         (error == std::errc::result_out_of_range ? " in range" : ""));
    return value;
}

std::vector<std::int64_t> parseIntegerList(const std::string& option, const std::string& text) {
    std::vector<std::int64_t> values;
    if (text.find_first_not_of(' ') == std::string::npos) return values;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = text.find(',', start);
        const std::string item =
            text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        try {
            values.push_back(parseInteger(option, item));
        } catch (const InputError&) {
            throw InputError("--" + option + ": item " + std::to_string(values.size() + 1) + " '" + item +
                             "' is not a whole number (expected a comma-separated list like 1,2,3)");
        }
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return values;
}

namespace {

std::string range(const OptionSpec& spec) {
    using L = std::numeric_limits<std::int64_t>;
    if (spec.min != L::min() && spec.max != L::max())
        return std::to_string(spec.min) + " to " + std::to_string(spec.max);
    if (spec.min != L::min()) return "at least " + std::to_string(spec.min);
    if (spec.max != L::max()) return "at most " + std::to_string(spec.max);
    return "a whole number";
}

void checkRange(const std::string& prefix, const OptionSpec& spec, std::int64_t v) {
    if (v < spec.min || v > spec.max)
        throw InputError(
            prefix + "--" + spec.name + ": expected " + range(spec) + ", got " + std::to_string(v) +
            (v > spec.max && !spec.limitReason.empty() ? " (the limit: " + spec.limitReason + ")" : ""));
}

bool looksLikePath(const std::string& value) {
    if (value.find(',') != std::string::npos) return false;
    if (value.find('/') != std::string::npos) return true;
    for (const char* ext : {".txt", ".ops", ".keys", ".list", ".calls"})
        if (value.size() > std::string_view(ext).size() && value.ends_with(ext)) return true;
    return false;
}

}  // namespace

std::string listOrFileText(const std::string& option, const std::string& value, std::string& source) {
    source.clear();
    std::error_code error;
    if (value.find(',') == std::string::npos && std::filesystem::exists(value, error)) {
        if (std::filesystem::is_directory(value, error))
            throw InputError("--" + option + ": " + value + " is a directory (expected a list or a file)");
        std::ifstream in(value, std::ios::binary);
        if (!in) throw InputError("cannot read the file", value);
        // At most the limit: /dev/zero or a huge file must not fill memory.
        std::string text;
        const bool fits = readBounded(in, limits::listFileBytes, text);
        if (in.bad()) throw InputError("cannot read the file", value);
        if (!fits)
            throw InputError("--" + option + ": the file is over the limit of " +
                                 std::to_string(limits::listFileBytes >> 20) +
                                 " MB for a list (it is read whole, and every item becomes a step)",
                             value);
        source = value;
        return text;
    }
    if (looksLikePath(value))
        throw InputError("--" + option + ": no such file '" + value +
                         "' (expected a list like a,b,c or a readable file)");
    return value;
}

Options overlayGiven(const std::vector<std::pair<std::string, std::string>>& base, const Options& given,
                     const std::vector<OptionSpec>& specs) {
    Options out;
    for (const auto& [name, value] : base) out.set(name, value);
    for (const auto& [name, value] : given.values()) {
        // A named capture: clang 14 cannot capture a structured binding.
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&key = name](const OptionSpec& s) { return s.name == key; });
        if (spec == specs.end() || spec->defaultValue != value) out.set(name, value);
    }
    return out;
}

Options validate(const std::string& item, const std::vector<OptionSpec>& specs, const Options& given) {
    const std::string prefix = item.empty() ? "" : item + ": ";
    Options out;
    for (const auto& [name, value] : given.values()) {
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&, &key = name](const OptionSpec& s) { return s.name == key; });
        if (spec == specs.end()) {
            std::string known;
            for (const auto& s : specs) known += (known.empty() ? "--" : ", --") + s.name;
            throw InputError(prefix + "unknown option --" + name +
                             (known.empty() ? " (it takes no options)" : " (it takes " + known + ")"));
        }
        switch (spec->kind) {
            case OptionKind::Integer:
                checkRange(prefix, *spec, parseInteger(name, value));
                break;
            case OptionKind::IntegerList:
                for (auto v : parseIntegerList(name, value)) checkRange(prefix, *spec, v);
                break;
            case OptionKind::Choice:
                if (std::find(spec->choices.begin(), spec->choices.end(), value) == spec->choices.end())
                    throw InputError(prefix + "unknown --" + name + " '" + value + "' (expected " +
                                     spec->valueHint() + ")");
                break;
            default:
                break;
        }
        out.set(name, value);
    }
    for (const auto& spec : specs) {
        if (out.has(spec.name)) continue;
        if (spec.required)
            throw InputError(prefix + "missing --" + spec.name + " " + spec.valueHint() + " (" + spec.help +
                             ")");
        if (!spec.defaultValue.empty()) out.set(spec.name, spec.defaultValue);
    }
    return out;
}

}  // namespace stepwise::catalogue
