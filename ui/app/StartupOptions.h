#pragma once
// What the command line (and STEPWISE_* environment variables) ask the window to show at start.
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

#include "ui/app/Theme.h"

namespace stepwise::ui {

struct StartupOptions {
    QString graphFile;   // a graph to open instead of the example
    QString algorithm;   // catalogue id ("dijkstra")
    QString open;        // a catalogue item of any room to show at start ("segment-tree")
    QString preset;      // with open: one of the item's presets ("ttl")
    QString source;      // vertex names
    QString target;
    std::optional<std::size_t> step;  // start paused at this step
    std::optional<Theme> theme;       // overrides the saved theme for this run (not saved)
    QString practice;  // --practice TOPICS: open the practice setup with these topics ticked
    QString db;        // --db PATH: the practice history (default $STEPWISE_DB, else XDG)
    bool predict = false;   // --predict: the room shown starts with Predict on
    bool progress = false;  // --progress: open the Progress window (the history of --db)
    std::optional<std::uint64_t> seed;  // --seed S: with --practice, the setup's seed (replays a session)
};

/// Parses `stepwise [--theme light|dark] [--open ITEM [--preset NAME]] [--algorithm ID] [--source NAME] [--target NAME] [--step K]
/// [--practice TOPICS [--seed S]] [--progress] [--predict] [--db PATH] [FILE]`; STEPWISE_THEME and STEPWISE_STEP give defaults for --theme and --step. On bad arguments
/// returns nullopt and sets `error` (usage text is printed by the caller): an --open id the
/// catalogue does not know (listing the known ones), a preset the item does not have, a practice
/// topic the core does not know.
std::optional<StartupOptions> parseStartupOptions(const QStringList& arguments, QString* error, QString* helpText);

}  // namespace stepwise::ui
