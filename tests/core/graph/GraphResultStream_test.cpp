// The graph result written value by value (what the CLI prints) must be the bytes the built
// nlohmann::json dumps to, for every algorithm, on names JSON must escape or repair.
#include <gtest/gtest.h>

#include <sstream>

#include "core/common/InputError.h"
#include "core/common/JsonStream.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/GraphText.h"

namespace stepwise::graph {
namespace {

std::string streamed(const run::Run& r) {
    std::ostringstream out;
    {
        JsonWriter writer(out);
        r.writeResult(writer);
    }
    return out.str();
}

void expectSameForEveryAlgorithm(const std::string& text, const std::string& source,
                                 const std::string& target) {
    auto graph = std::make_shared<const Graph>(parseGraphText(text));
    for (const auto& algorithm : graphCatalogue()) {
        GraphQuery query;
        if (algorithm.needsSource || !source.empty()) query.source = *graph->find(source);
        if (algorithm.needsTarget || algorithm.id == "dijkstra") query.target = *graph->find(target);
        std::unique_ptr<GraphItemRun> r;
        try {
            r = makeGraphRun(algorithm.id, graph, algorithm, query, "test", {});
        } catch (const InputError&) {
            continue;  // a negative weight for Dijkstra, say
        }
        EXPECT_EQ(streamed(*r), r->result().dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
            << algorithm.id;
    }
}

TEST(GraphResultStream, MatchesTheBuiltResultOnAWeightedDigraph) {
    expectSameForEveryAlgorithm("A B 4\nA C 1.5\nC B 2\nB D 1\nD A 3\nC D 7\nE\n", "A", "D");
}

TEST(GraphResultStream, MatchesOnNamesThatNeedEscapingOrRepair) {
    expectSameForEveryAlgorithm(
        "undirected\na\"q b\\s 2\nb\\s →x 1\n→x \xff\xfe 0.25\n\xff\xfe a\"q 3\nv10 v9\nv9 v10\n", "a\"q",
        "→x");
}

TEST(GraphResultStream, MatchesOnADagWithUnreachableParts) {
    expectSameForEveryAlgorithm("s t 1\nt u 2\ns u 5\nx y 1\nz\n", "s", "u");
}

}  // namespace
}  // namespace stepwise::graph
