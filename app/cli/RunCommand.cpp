#include "app/cli/RunCommand.h"

#include <algorithm>
#include <ostream>
#include <sstream>

#include "core/catalogue/Catalogue.h"
#include "core/common/JsonStream.h"
#include "core/common/InputError.h"
#include "core/common/TextTable.h"
#include "core/run/Run.h"

namespace stepwise::cli {
namespace {

using catalogue::CatalogueItem;
using catalogue::OptionSpec;

// The options of `run` are hand-parsed rather than declared to CLI11: which options exist depends on
// the item named first, and the catalogue's option specs say which. CLI11 parses the top level.

bool isHelp(const std::string& word) {
    return word == "--help" || word == "-h";
}

std::string acceptedOptions(const CatalogueItem& item) {
    std::string list;
    for (const auto& spec : item.options) list += (list.empty() ? "--" : ", --") + spec.name;
    return list + (list.empty() ? "" : ", ") + "--preset, --json, --trace, --help";
}

const OptionSpec* findSpec(const CatalogueItem& item, const std::string& name) {
    for (const auto& spec : item.options)
        if (spec.name == name) return &spec;
    return nullptr;
}

std::string presetNames(const CatalogueItem& item) {
    std::string names = "example";
    for (const auto& p : item.presets) names += ", " + p.name;
    return names;
}

/// The value as one shell word: quoted when it holds spaces or shell characters.
std::string shellWord(const std::string& value) {
    if (!value.empty() && value.find_first_of(" \t'\"$&|;<>()*?#~`\\") == std::string::npos) return value;
    std::string quoted = "'";
    for (char c : value) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace

RunRequest parseRunArguments(const std::vector<std::string>& words) {
    RunRequest request;
    if (words.empty() || isHelp(words.front())) {
        request.help = true;
        return request;
    }
    const std::string& name = words.front();
    if (name.starts_with("-"))
        throw InputError("run: expected an item name before the options, found '" + name +
                         "' (known items: " + catalogue::knownIds() + ")");
    request.item = &catalogue::requireItem(name);
    const CatalogueItem& item = *request.item;

    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (isHelp(word)) {
            request.help = true;
            return request;
        }
        if (word == "--json" || word == "--trace") {
            (word == "--json" ? request.json : request.trace) = true;
            continue;
        }
        if (!word.starts_with("--") || word.size() == 2)
            throw InputError(name + ": unexpected argument '" + word +
                             "' (options are written --name VALUE)");
        std::string option = word.substr(2);
        std::string value;
        if (const auto eq = option.find('='); eq != std::string::npos) {
            value = option.substr(eq + 1);
            option.erase(eq);
        } else {
            // A value may start with one dash (a negative number) but not two (that is the next option).
            if (i + 1 == words.size() || words[i + 1].starts_with("--"))
                throw InputError(name + ": --" + option + " needs a value");
            value = words[++i];
        }
        if (option == "preset") {
            if (!request.preset.empty()) throw InputError(name + ": --preset is given twice");
            if (!item.findPreset(value))
                throw InputError(name + ": unknown preset '" + value +
                                 "' (its presets: " + presetNames(item) + ")");
            request.preset = value;
            continue;
        }
        if (!findSpec(item, option))
            throw InputError(name + ": unknown option --" + option + " (it takes " + acceptedOptions(item) +
                             ")");
        if (request.options.has(option)) throw InputError(name + ": --" + option + " is given twice");
        request.options.set(option, value);
    }
    return request;
}

catalogue::Options resolveOptions(const RunRequest& request) {
    const CatalogueItem& item = *request.item;
    // Nothing given: the built-in example, in the CLI as in the GUI.
    if (request.preset.empty() && request.options.values().empty()) return item.presetOptions("example");
    catalogue::Options options;
    if (!request.preset.empty())
        for (const auto& [name, value] : item.findPreset(request.preset)->values) options.set(name, value);
    for (const auto& [name, value] : request.options.values()) options.set(name, value);
    return catalogue::validate(item.id, item.options, options);
}

std::string usageLine(const CatalogueItem& item) {
    std::string usage;
    for (const auto& spec : item.options) {
        const std::string option = "--" + spec.name + " " + spec.valueHint();
        usage += (usage.empty() ? "" : " ") + (spec.required ? option : "[" + option + "]");
    }
    return usage;
}

std::string runHelp() {
    std::ostringstream out;
    out << "Run one catalogue item and print its result.\n\n"
        << "Usage: stepwise-cli run ITEM [options] [--preset NAME] [--json] [--trace]\n"
        << "       stepwise-cli run ITEM --help\n\n"
        << "  --json    print one JSON document: {\"algorithm\", \"result\", \"steps\"}\n"
        << "  --trace   print every step: its number, pseudo-code line and explanation\n"
        << "  --preset  start from one of the item's named option sets\n"
        << "With no options an item runs its built-in example.\n\n"
        << "Items:\n";
    TextTable table;
    for (const auto& item : catalogue::catalogue()) table.add({"  " + item.id, usageLine(item)});
    out << table.str() << '\n';
    return out.str();
}

std::string itemHelp(const CatalogueItem& item) {
    std::ostringstream out;
    const std::string usage = usageLine(item);
    out << "Usage: stepwise-cli run " << item.id << (usage.empty() ? "" : " " + usage)
        << " [--preset NAME] [--json] [--trace]\n\n"
        << item.summary << "\n\nOptions:\n";
    TextTable table;
    for (const auto& spec : item.options) {
        std::string help = spec.help;
        std::string hint = spec.valueHint();
        // A long list of choices would push the help column off the screen: name it in the help.
        if (hint.size() > 24 && !spec.placeholder.empty()) {
            help += "; one of " + hint;
            hint = spec.placeholder;
        }
        if (spec.required)
            help += " (required)";
        else if (!spec.defaultValue.empty() && help.find("(default") == std::string::npos)
            help += " (default " + spec.defaultValue + ")";
        table.add({"  --" + spec.name + " " + hint, help});
    }
    table.add({"  --preset NAME", "start from a named option set: " + presetNames(item)});
    table.add({"  --json", "print one JSON document instead of text"});
    table.add({"  --trace", "print every step (number, pseudo-code line, explanation)"});
    table.add({"  -h, --help", "print this help"});
    out << table.str() << '\n';
    out << "\nWith no options it runs its example:";
    for (const auto& [name, value] : item.example.values) out << " --" << name << " " << shellWord(value);
    out << '\n';
    if (!item.presets.empty()) {
        out << "\nPresets:\n";
        TextTable presets;
        for (const auto& p : item.presets) presets.add({"  " + p.name, p.title});
        out << presets.str() << '\n';
    }
    if (!item.details.empty()) {
        out << '\n' << item.details;
    } else if (!item.pseudocode.empty()) {
        out << "\nPseudo-code:\n";
        for (std::size_t i = 0; i < item.pseudocode.size(); ++i)
            out << (i + 1 < 10 ? "   " : "  ") << i + 1 << "  " << item.pseudocode[i] << '\n';
    }
    return out.str();
}

int executeRun(const RunRequest& request, std::ostream& out, std::ostream& err) {
    const CatalogueItem& item = *request.item;
    // Only --trace walks the steps; a run that prints just its result counts them, keeping none.
    catalogue::RunLimits limits;
    limits.record = request.trace;
    const std::unique_ptr<run::Run> run = item.build(resolveOptions(request), limits);
    for (const auto& warning : run->warnings()) err << "stepwise-cli: warning: " << warning << '\n';

    if (request.json) {
        // Written value by value (a million-vertex result is never one document in memory), in
        // the order algorithm, result, steps, trace; "step" before "line" and "text". JsonWriter
        // prints what nlohmann's dump(2) would, invalid UTF-8 in names replaced.
        JsonWriter doc(out);
        doc.beginObject();
        doc.key("algorithm");
        doc.string(item.id);
        doc.key("result");
        run->writeResult(doc);
        doc.key("steps");
        doc.unsignedInteger(run->stepCount());
        if (request.trace) {
            doc.key("trace");
            doc.beginArray();
            while (run->forward()) {
                doc.beginObject();
                doc.key("step");
                doc.unsignedInteger(run->step());
                doc.key("line");
                doc.integer(run->line());
                doc.key("text");
                doc.string(run->sentence());
                doc.endObject();
            }
            doc.endArray();
        }
        doc.endObject();
        out << '\n';
        return 0;
    }
    if (request.trace) {
        const std::size_t width = std::to_string(std::max<std::size_t>(run->stepCount(), 1)).size();
        while (run->forward()) {
            const std::string number = std::to_string(run->step());
            out << std::string(width - number.size(), ' ') << number << "  line " << run->line() << "  "
                << run->sentence() << '\n';
        }
        out << '\n';
    }
    const std::string text = run->resultText();
    out << text;
    if (!text.empty() && text.back() != '\n') out << '\n';
    return 0;
}

}  // namespace stepwise::cli
