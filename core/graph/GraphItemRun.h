#pragma once
// A run of one graph item: the Run the CLI and the GUI step through, plus the typed pieces the
// graph room draws from (the graph, the algorithm, the query, the final result).
#include <memory>
#include <string>

#include "core/catalogue/CatalogueItem.h"
#include "core/graph/GraphAlgorithm.h"
#include "core/run/TimelineRun.h"

namespace stepwise::graph {

class GraphItemRun : public run::TimelineRun<GraphArea> {
  public:
    /// `run` is what `algorithm.run` returned on `*graph`; its states point into `*graph`, which
    /// this run keeps alive.
    GraphItemRun(run::RunInfo info, std::shared_ptr<const Graph> graph, GraphAlgorithm algorithm,
                 GraphQuery query, GraphRun run, std::string fileLabel);

    // The result is formatted when asked for, not kept: for a million vertices it is the biggest
    // thing the run would hold, and the CLI streams it (writeResult) instead.
    nlohmann::json result() const override;
    /// {"order": the vertices settled or finished so far, "reached": those seen so far (in input
    /// order), "distances": those reached so far (where
    /// the result has distances)}; result() at the end.
    nlohmann::json resultSoFar() const override;
    void writeResult(JsonSink& out) const override;
    std::string resultText() const override;

    const std::shared_ptr<const Graph>& graph() const { return graph_; }
    const GraphAlgorithm& algorithm() const { return algorithm_; }
    const GraphQuery& query() const { return query_; }
    /// What the algorithm computed (the state at the last step shows it being computed).
    const GraphResult& finalResult() const { return result_; }
    /// False for a run made without its trace: 0 steps, the result only.
    bool recorded() const { return recorded_; }
    /// The recording stopped at the event limit; the steps cover only a prefix of the run.
    bool truncated() const { return truncated_; }

  private:
    std::shared_ptr<const Graph> graph_;
    GraphAlgorithm algorithm_;
    GraphQuery query_;
    GraphResult result_;
    bool recorded_ = false;
    bool truncated_ = false;
    std::string fileLabel_;
};

/// The step-0 sentence: what runs, on what, from where ("start: Dijkstra's shortest paths from
/// Harbor on 8 vertices and 12 edges; step forward to begin").
std::string startSentence(const GraphAlgorithm& algorithm, const Graph& g, const GraphQuery& query);

/// Runs `algorithm` (a graph catalogue entry) on `graph` and wraps the outcome. `itemId` is the
/// catalogue item ("scc" for "scc:tarjan"), `fileLabel` names the graph in the result heading.
/// Without `record` the run has 0 steps but still its result. Throws InputError on bad input
/// (a negative weight for Dijkstra, say).
std::unique_ptr<GraphItemRun> makeGraphRun(std::string itemId, std::shared_ptr<const Graph> graph,
                                           const GraphAlgorithm& algorithm, GraphQuery query,
                                           std::string fileLabel, const catalogue::RunLimits& limits,
                                           bool record = true);

}  // namespace stepwise::graph
