#pragma once
// `stepwise-cli run ITEM [--name value ...] [--preset NAME] [--json] [--trace]`: parses the item's
// options (the catalogue's specs say which exist), builds its run, and prints text or one JSON
// document. With no options the item runs its built-in example.
#include <iosfwd>
#include <string>
#include <vector>

#include "core/catalogue/CatalogueItem.h"

namespace stepwise::cli {

struct RunRequest {
    const catalogue::CatalogueItem* item = nullptr;  // null with help: help for `run` itself
    catalogue::Options options;                      // as given, not yet validated
    std::string preset;                              // --preset NAME: start from these values
    bool json = false;
    bool trace = false;
    bool help = false;
};
/// Parses the words after `run` (item first). Throws InputError for usage errors: an unknown item
/// (naming the known ones), an unknown option, a missing value, a repeated option.
/// `help` is set for `run`, `run --help` and `run ITEM --help`.
RunRequest parseRunArguments(const std::vector<std::string>& words);

/// The options the run starts from: the preset's (or, when nothing is given, the example's)
/// overlaid with the given ones, validated against the item's specs.
catalogue::Options resolveOptions(const RunRequest& request);

/// `run` without an item, or `run --help`.
std::string runHelp();
/// `run ITEM --help`.
std::string itemHelp(const catalogue::CatalogueItem& item);
/// "--graph FILE --source NAME [--target NAME]": the item's options in one line.
std::string usageLine(const catalogue::CatalogueItem& item);

/// Runs the item and prints to `out` (results) and `err` (warnings). Returns the exit status.
/// Exceptions propagate (InputError → 2, anything else → 1, mapped by the caller).
int executeRun(const RunRequest& request, std::ostream& out, std::ostream& err);

}  // namespace stepwise::cli
