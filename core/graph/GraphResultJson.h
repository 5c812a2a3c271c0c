#pragma once
// The "result" object of `stepwise-cli run ID --json` for the graph items (DESIGN.md): only the
// parts the algorithm computed, vertices by name.
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/common/JsonStream.h"
#include "core/graph/GraphAlgorithm.h"

namespace stepwise::graph {

/// `item` is the catalogue item ("mst", "bellman-ford": some keys depend on it), `method` its
/// method ("tarjan") or empty for items without methods.
nlohmann::json graphResultJson(const Graph& g, const GraphResult& r, std::string_view item,
                               std::string_view method, const GraphQuery& query);
/// The same, written value by value: what the CLI prints for a million vertices without first
/// building the whole document.
void writeGraphResultJson(JsonSink& out, const Graph& g, const GraphResult& r, std::string_view item,
                          std::string_view method, const GraphQuery& query);

}  // namespace stepwise::graph
