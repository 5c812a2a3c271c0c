#pragma once
// `stepwise-cli run ITEM [--name value ...] [--json] [--trace]`: parses the item's options, calls its
// handler and prints text or one JSON document.
#include <iosfwd>
#include <string>
#include <vector>

#include "app/cli/RunItem.h"

namespace stepwise::cli {

struct RunRequest {
    const RunItem* item = nullptr;  // null with help: help for `run` itself
    RunOptions options;
    bool help = false;
};
/// Parses the words after `run` (item first). Throws InputError for usage errors: an unknown item
/// (naming the known ones), an unknown option, a missing value or required option, a repeated option.
/// `help` is set for `run`, `run --help` and `run ITEM --help`.
RunRequest parseRunArguments(const std::vector<std::string>& words);

/// `run` without an item, or `run --help`.
std::string runHelp();
/// `run ITEM --help`.
std::string itemHelp(const RunItem& item);

/// Runs the item and prints to `out` (results) and `err` (warnings). Returns the exit status.
/// Exceptions from the handler propagate (InputError → 2, anything else → 1, mapped by the caller).
int executeRun(const RunRequest& request, std::ostream& out, std::ostream& err);

}  // namespace stepwise::cli
