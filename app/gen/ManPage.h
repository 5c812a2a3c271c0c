#pragma once
// The man pages of stepwise-cli and stepwise, written as troff from what the programs themselves
// declare (the catalogue's items, option specs and presets; the CLI's export options; the GUI's
// command-line options), so the pages cannot fall behind the code. Built and installed by
// packaging/CMakeLists.txt.
#include <string>
#include <vector>

namespace stepwise::man {

/// One option as the page lists it.
struct ManOption {
    std::string names;     // "-o, --output" or "--theme"
    std::string argument;  // "FILE", "light|dark"; empty for a flag
    std::string help;
};

/// Text for troff: backslashes, leading dots and quotes escaped; `dashes` writes '-' as "\-" (for
/// option names and commands, which the reader may copy).
std::string escape(const std::string& text, bool dashes = false);

/// stepwise-cli(1): commands, every catalogue item with its options, example and presets, export's
/// options, exit status.
std::string cliManPage(const std::string& version, const std::vector<ManOption>& exportOptions);

/// stepwise(1): the GUI's options, the environment variables they name ("(env NAME)"), the items
/// --open takes with their presets, and where settings are kept.
std::string guiManPage(const std::string& version, const std::vector<ManOption>& options,
                       const std::vector<ManOption>& arguments);

}  // namespace stepwise::man
