#include "app/cli/RunCommand.h"

#include <algorithm>
#include <ostream>
#include <sstream>

#include "app/cli/TextTable.h"
#include "core/common/InputError.h"

namespace stepwise::cli {
namespace {

// The options of `run` are hand-parsed rather than declared to CLI11: which options exist depends on
// the item named first, and the contract with each area (RunOptions) is a plain name → value map.
// CLI11 still parses the top level (Cli.cpp).

std::string knownItems() {
    std::string list;
    for (const auto& item : runItems()) list += (list.empty() ? "" : ", ") + item.name;
    return list;
}

const RunOptionSpec* findSpec(const RunItem& item, const std::string& name) {
    for (const auto& spec : item.options)
        if (spec.name == name) return &spec;
    return nullptr;
}

std::string acceptedOptions(const RunItem& item) {
    std::string list;
    for (const auto& spec : item.options) list += (list.empty() ? "--" : ", --") + spec.name;
    return list + (list.empty() ? "" : ", ") + "--json, --trace, --help";
}

bool isHelp(const std::string& word) {
    return word == "--help" || word == "-h";
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
                         "' (known items: " + knownItems() + ")");
    request.item = findRunItem(name);
    if (!request.item) throw InputError("unknown item '" + name + "' (known items: " + knownItems() + ")");
    const RunItem& item = *request.item;
    request.options.item = name;

    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (isHelp(word)) {
            request.help = true;
            return request;
        }
        if (word == "--json") {
            request.options.json = true;
            continue;
        }
        if (word == "--trace") {
            request.options.trace = true;
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
        if (!item.options.empty() && !findSpec(item, option))
            throw InputError(name + ": unknown option --" + option + " (it takes " + acceptedOptions(item) +
                             ")");
        if (!request.options.values.emplace(option, value).second)
            throw InputError(name + ": --" + option + " is given twice");
    }
    for (const auto& spec : item.options)
        if (spec.required && !request.options.has(spec.name))
            throw InputError(name + ": missing --" + spec.name + " " + spec.value + " (" + spec.help + ")");
    return request;
}

std::string runHelp() {
    std::ostringstream out;
    out << "Run one catalogue item and print its result.\n\n"
        << "Usage: stepwise-cli run ITEM [options] [--json] [--trace]\n"
        << "       stepwise-cli run ITEM --help\n\n"
        << "  --json    print one JSON document: {\"algorithm\", \"result\", \"steps\"}\n"
        << "  --trace   print every step: its number, pseudo-code line and explanation\n\n"
        << "Items:\n";
    TextTable table;
    for (const auto& item : runItems()) table.add({"  " + item.name, item.usage});
    out << table.str() << '\n';
    return out.str();
}

std::string itemHelp(const RunItem& item) {
    std::ostringstream out;
    out << "Usage: stepwise-cli run " << item.name << (item.usage.empty() ? "" : " " + item.usage)
        << " [--json] [--trace]\n\n"
        << item.summary << "\n\nOptions:\n";
    TextTable table;
    for (const auto& spec : item.options)
        table.add({"  --" + spec.name + " " + spec.value, spec.help + (spec.required ? " (required)" : "")});
    table.add({"  --json", "print one JSON document instead of text"});
    table.add({"  --trace", "print every step (number, pseudo-code line, explanation)"});
    table.add({"  -h, --help", "print this help"});
    out << table.str() << '\n';
    if (!item.details.empty()) out << '\n' << item.details;
    return out.str();
}

int executeRun(const RunRequest& request, std::ostream& out, std::ostream& err) {
    const RunItem& item = *request.item;
    RunOutput output = item.handler(request.options);
    for (const auto& warning : output.warnings) err << "stepwise-cli: warning: " << warning << '\n';

    // Items that fill only traceLines still print them; traceSteps is the structured form.
    if (request.options.json) {
        // Ordered so the document reads algorithm, result, steps, trace; "step" before "line" and "text".
        nlohmann::ordered_json doc;
        doc["algorithm"] = item.name;
        doc["result"] = nlohmann::ordered_json(output.result);
        doc["steps"] = output.steps;
        if (request.options.trace) {
            auto& list = doc["trace"] = nlohmann::ordered_json::array();
            for (const auto& step : output.traceSteps)
                list.push_back({{"step", step.step}, {"line", step.line}, {"text", step.text}});
            if (output.traceSteps.empty())
                for (std::size_t i = 0; i < output.traceLines.size(); ++i)
                    list.push_back({{"step", i + 1}, {"text", output.traceLines[i]}});
        }
        // Names come from user files: replace invalid UTF-8 rather than fail.
        out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
        return 0;
    }
    if (request.options.trace) {
        const std::size_t width = std::to_string(std::max<std::size_t>(output.traceSteps.size(), 1)).size();
        for (const auto& step : output.traceSteps) {
            const std::string number = std::to_string(step.step);
            out << std::string(width - number.size(), ' ') << number << "  line " << step.line << "  "
                << step.text << '\n';
        }
        if (output.traceSteps.empty())
            for (const auto& line : output.traceLines) out << line << '\n';
        out << '\n';
    }
    out << output.text;
    if (!output.text.empty() && output.text.back() != '\n') out << '\n';
    return 0;
}

}  // namespace stepwise::cli
