#include "core/graph/GraphItemRun.h"

#include <cmath>

#include "core/graph/GraphResultJson.h"
#include "core/graph/GraphResultText.h"

namespace stepwise::graph {
namespace {

std::string methodOf(const std::string& id) {
    const auto colon = id.find(':');
    return colon == std::string::npos ? std::string() : id.substr(colon + 1);
}

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string startSentence(const GraphAlgorithm& algorithm, const Graph& g, const GraphQuery& query) {
    std::string text = "start: " + algorithm.title;
    if (query.source != none) text += " from " + g.name(query.source);
    if (query.target != none) text += " to " + g.name(query.target);
    return text + " on " + counted(g.vertexCount(), "vertex", "vertices") + " and " +
           counted(g.edgeCount(), "edge", "edges") + "; step forward to begin";
}

GraphItemRun::GraphItemRun(run::RunInfo info, std::shared_ptr<const Graph> graph, GraphAlgorithm algorithm,
                           GraphQuery query, GraphRun run, std::string fileLabel)
    : TimelineRun(std::move(info), Timeline(std::move(run.initial), std::move(run.trace)), algorithm.lineOf,
                  algorithm.explain),
      graph_(std::move(graph)),
      algorithm_(std::move(algorithm)),
      query_(query),
      result_(std::move(run.result)),
      recorded_(run.recorded),
      truncated_(run.truncated),
      fileLabel_(std::move(fileLabel)) {}

namespace {
/// The formats key on the item ("mst", "cycle"), which the entry's id starts with.
std::string itemOf(const GraphAlgorithm& a) {
    return a.id.substr(0, a.id.find(':'));
}
}  // namespace

nlohmann::json GraphItemRun::result() const {
    return graphResultJson(*graph_, result_, itemOf(algorithm_), methodOf(algorithm_.id), query_);
}

nlohmann::json GraphItemRun::resultSoFar() const {
    if (atEnd()) return result();
    const GraphState& s = state();
    nlohmann::json order = nlohmann::json::array();
    for (auto v : s.order) order.push_back(graph_->name(v));
    nlohmann::json reached = nlohmann::json::array();
    for (VertexId v = 0; v < graph_->vertexCount() && v < s.status.size(); ++v)
        if (s.status[v] != VertexStatus::Unseen) reached.push_back(graph_->name(v));
    nlohmann::json r{{"order", std::move(order)}, {"reached", std::move(reached)}};
    if (result().contains("distances")) {
        nlohmann::json distances = nlohmann::json::object();
        for (VertexId v = 0; v < graph_->vertexCount(); ++v)
            if (v < s.distance.size() && std::isfinite(s.distance[v])) distances[graph_->name(v)] = s.distance[v];
        r["distances"] = std::move(distances);
    }
    return r;
}

void GraphItemRun::writeResult(JsonSink& out) const {
    writeGraphResultJson(out, *graph_, result_, itemOf(algorithm_), methodOf(algorithm_.id), query_);
}

std::string GraphItemRun::resultText() const {
    return graphResultHeading(algorithm_.title, fileLabel_, *graph_, query_, stepCount()) + "\n" +
           graphResultText(*graph_, result_, itemOf(algorithm_), query_);
}

std::unique_ptr<GraphItemRun> makeGraphRun(std::string itemId, std::shared_ptr<const Graph> graph,
                                           const GraphAlgorithm& algorithm, GraphQuery query,
                                           std::string fileLabel, const catalogue::RunLimits& limits,
                                           bool record) {
    const Graph& g = *graph;
    GraphRun outcome = algorithm.run(g, query, record && limits.record, limits.eventLimit);
    const std::size_t steps = outcome.recorded ? outcome.trace.size() : outcome.counted;

    run::RunInfo info;
    info.itemId = std::move(itemId);
    info.title = algorithm.title;
    info.pseudocode = algorithm.pseudocode;
    info.intro = startSentence(algorithm, g, query);
    if (!outcome.recorded) info.countedSteps = steps;
    if (outcome.truncated)
        info.warnings.push_back("the trace stopped after " + std::to_string(limits.eventLimit) +
                                " steps (the recording limit); \"steps\" and --trace cover only those");
    return std::make_unique<GraphItemRun>(std::move(info), std::move(graph), algorithm, query,
                                          std::move(outcome), std::move(fileLabel));
}

}  // namespace stepwise::graph
