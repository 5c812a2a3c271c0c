#pragma once
// One entry of the catalogue: everything the CLI, the GUI, practice and export need to know about
// an item, and the factory that builds a run of it. Nothing else lists items (Catalogue.cpp holds
// the one list).
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/catalogue/OptionSpec.h"
#include "core/catalogue/Options.h"

namespace stepwise::run {
class Run;
}

namespace stepwise::catalogue {

enum class Area { Graph, DynamicProgramming, Structures, Caching, LoadBalancing, Queue, Resilience, Lab };

/// "Graph search", "Dynamic programming", ...: the sidebar's headings.
const char* areaTitle(Area area);

/// Bounds a run keeps to (a recording stops at eventLimit events; DP tables beyond cellLimit are
/// computed without a table).
struct RunLimits {
    std::size_t eventLimit = 8'000'000;
    std::size_t cellLimit = 4'000'000;
    /// False: the run keeps no trace, only counts its events (stepCount() is right, the cursor
    /// stays at step 0). For a caller that prints only the result (the CLI without --trace).
    /// Areas whose steps cost no memory until visited (the checkpointed simulations) ignore it.
    bool record = true;
};

struct CatalogueItem {
    std::string id;  // "dijkstra", "scc", "cache": the same in the CLI, the GUI and practice
    Area area = Area::Graph;
    std::string title;    // "Dijkstra's shortest paths"
    std::string summary;  // one line for `stepwise-cli list` and the sidebar's tooltip
    std::vector<OptionSpec> options;
    /// The pseudo-code of the default method (a run knows its own: Run::pseudocode()).
    std::vector<std::string> pseudocode;
    /// Extra lines for `run ID --help` (every method's pseudo-code, the load model, ...).
    std::string details;
    /// What runs when no input is given: in the CLI with no options, in the GUI when it opens.
    Preset example;
    /// Named option sets: the GUI's preset menu, `stepwise --open ID --preset NAME`.
    std::vector<Preset> presets;
    /// Builds a run from options that went through validate(). Throws InputError on bad input
    /// (an unknown vertex, a negative weight, an unreadable file).
    std::function<std::unique_ptr<run::Run>(const Options&, const RunLimits&)> build;

    /// The preset with this name (the example is "example"), or nullptr.
    const Preset* findPreset(const std::string& name) const;
    /// Validated options of a preset (the example by default).
    Options presetOptions(const std::string& name = "example") const;
    /// validate() + build().
    std::unique_ptr<run::Run> start(const Options& given, const RunLimits& limits = {}) const;
};

}  // namespace stepwise::catalogue
