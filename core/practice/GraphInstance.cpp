#include "core/practice/GraphInstance.h"

#include <algorithm>
#include <numeric>
#include <set>

#include "core/graph/GraphCatalogue.h"
#include "core/graph/GraphGenerators.h"
#include "core/graph/GraphText.h"

namespace stepwise::practice {

std::vector<std::string> vertexNames(std::size_t count) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < count; ++i) names.push_back(graph::generatedName(i, count, graph::Naming::Letters));
    return names;
}

std::string randomGraphText(const GraphShape& shape, Random& random) {
    const auto names = vertexNames(shape.vertices);
    std::vector<std::size_t> rank(shape.vertices);
    std::iota(rank.begin(), rank.end(), 0);
    for (std::size_t i = rank.size(); i > 1; --i) std::swap(rank[i - 1], rank[random.below(i)]);
    const std::size_t pairs = shape.vertices * (shape.vertices - 1) / (shape.directed && !shape.acyclic ? 1 : 2);
    const std::size_t edges = std::min(shape.edges, pairs);
    std::set<std::pair<std::size_t, std::size_t>> taken;
    std::vector<bool> touched(shape.vertices, false);
    std::string text = shape.directed ? "directed\n" : "undirected\n";
    while (taken.size() < edges) {
        std::size_t u = random.below(shape.vertices), v = random.below(shape.vertices);
        if (u == v) continue;
        if (shape.acyclic && rank[u] > rank[v]) std::swap(u, v);
        if (!shape.directed && u > v) std::swap(u, v);
        if (!taken.insert({u, v}).second) continue;
        touched[u] = touched[v] = true;
        text += names[u] + " " + names[v];
        if (shape.weighted) text += " " + std::to_string(random.between(shape.minWeight, shape.maxWeight));
        text += "\n";
    }
    for (std::size_t v = 0; v < shape.vertices; ++v)
        if (!touched[v]) text += names[v] + "\n";
    return text;
}

GraphCase runGraph(const std::string& algorithm, std::string text, const std::string& source,
                   const std::string& target) {
    GraphCase c;
    c.text = std::move(text);
    c.graph = std::make_shared<const graph::Graph>(graph::parseGraphText(c.text, "practice"));
    graph::GraphQuery query;
    if (!source.empty()) query.source = *c.graph->find(source);
    if (!target.empty()) query.target = *c.graph->find(target);
    const graph::GraphAlgorithm* entry = graph::findGraphAlgorithm(algorithm);
    c.run = graph::makeGraphRun(algorithm.substr(0, algorithm.find(':')), c.graph, *entry, query, "practice", {});
    c.result = c.run->result();
    for (graph::VertexId v = 0; v < c.graph->vertexCount(); ++v) c.names.push_back(c.graph->name(v));
    return c;
}

std::size_t firstStepWhere(graph::GraphItemRun& run, const std::function<bool(const graph::GraphState&)>& done) {
    run.seek(0);
    while (!done(run.state()) && run.forward()) {
    }
    return run.step();
}

}  // namespace stepwise::practice
