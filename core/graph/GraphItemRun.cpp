#include "core/graph/GraphItemRun.h"

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
                           GraphQuery query, GraphRun run)
    : TimelineRun(std::move(info), Timeline(std::move(run.initial), std::move(run.trace)), algorithm.lineOf,
                  algorithm.explain),
      graph_(std::move(graph)),
      algorithm_(std::move(algorithm)),
      query_(query),
      result_(std::move(run.result)),
      recorded_(run.recorded),
      truncated_(run.truncated) {}

std::unique_ptr<GraphItemRun> makeGraphRun(std::string itemId, std::shared_ptr<const Graph> graph,
                                           const GraphAlgorithm& algorithm, GraphQuery query,
                                           std::string fileLabel, const catalogue::RunLimits& limits,
                                           bool record) {
    const Graph& g = *graph;
    GraphRun outcome = algorithm.run(g, query, record, limits.eventLimit);
    // The formats key on the item ("mst", "cycle"), which the entry's id starts with.
    const std::string item = algorithm.id.substr(0, algorithm.id.find(':'));

    run::RunInfo info;
    info.itemId = std::move(itemId);
    info.title = algorithm.title;
    info.pseudocode = algorithm.pseudocode;
    info.intro = startSentence(algorithm, g, query);
    info.result = graphResultJson(g, outcome.result, item, methodOf(algorithm.id), query);
    info.resultText = graphResultHeading(algorithm.title, fileLabel, g, query, outcome.trace.size()) + "\n" +
                      graphResultText(g, outcome.result, item, query);
    if (outcome.truncated)
        info.warnings.push_back("the trace stopped after " + std::to_string(limits.eventLimit) +
                                " steps (the recording limit); \"steps\" and --trace cover only those");
    return std::make_unique<GraphItemRun>(std::move(info), std::move(graph), algorithm, query,
                                          std::move(outcome));
}

}  // namespace stepwise::graph
