#pragma once
// The explanation of every step of a recorded catalogue run, for tests that check the wording.
#include <algorithm>
#include <string>
#include <vector>

#include "core/graph/GraphCatalogue.h"
#include "core/trace/Timeline.h"

namespace stepwise::graph::testing {

inline std::vector<std::string> stepTexts(const char* id, const Graph& g, GraphQuery query = {}) {
    const GraphAlgorithm* algo = findGraphAlgorithm(id);
    GraphRun run = algo->run(g, query, true, 100'000);
    trace::Timeline<GraphArea> timeline(std::move(run.initial), std::move(run.trace));
    std::vector<std::string> texts;
    while (timeline.forward())
        texts.push_back(algo->explain(timeline.state(), timeline.lastEvent(), timeline.trace()));
    return texts;
}

inline bool contains(const std::vector<std::string>& texts, const std::string& text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

}  // namespace stepwise::graph::testing
