#pragma once
// One loaded graph with one run of one algorithm over it: what the graph room shows. Built whole
// before it replaces the previous session, so bad input never loses what was loaded.
#include <QString>
#include <memory>
#include <optional>

#include "core/graph/GraphAlgorithm.h"
#include "core/layout/GraphLayout.h"
#include "core/trace/Timeline.h"

namespace stepwise::ui {

struct GraphSession {
    std::shared_ptr<const graph::Graph> graph;  // shared with the next session when the text is unchanged
    std::shared_ptr<const layout::GraphLayout> layout;
    QString text;  // the editor text the graph was read from
    bool drawn = true;  // false when the graph is too big to draw; the view then shows nothing
    const graph::GraphAlgorithm* algorithm = nullptr;
    graph::GraphQuery query;
    graph::GraphResult result;
    /// The stepped run; empty for a run without the trace.
    std::optional<trace::Timeline<graph::GraphArea>> timeline;
    /// What the view shows for a run without the trace (the graph untouched).
    std::optional<graph::GraphState> still;

    std::size_t stepCount() const { return timeline ? timeline->stepCount() : 0; }
    const graph::GraphState& state() const { return timeline ? timeline->state() : *still; }
};

}  // namespace stepwise::ui
