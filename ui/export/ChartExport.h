#pragma once
// A chart a room shows, as export sees it: its name (what `stepwise-cli export ITEM --chart NAME`
// and File → Export chart… take), its title, the view that draws it at the current step (PNG, SVG,
// PDF) and its data at the current step as CSV. A room lists its charts (Room::charts()), so a
// room added later brings its charts to the export by listing them.
#include <QString>
#include <functional>
#include <string>

namespace stepwise::ui {

class StepView;

struct ChartExport {
    QString name;              // "hit-ratio": lower case, no blanks
    QString title;             // "Hit ratio so far (%)"
    StepView* view = nullptr;  // draws the chart as it stands at the room's current step
    /// The chart's data at the room's current step, as CSV (a header row, then one row per point).
    std::function<std::string()> csv;
};

}  // namespace stepwise::ui
