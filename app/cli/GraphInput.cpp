#include "app/cli/GraphInput.h"

#include <fstream>
#include <sstream>

#include "core/common/InputError.h"

namespace stepwise::cli {

// Interim reader of the text edge-list format (DESIGN.md "Graph text format") until
// core/graph/GraphFile.h lands; then this forwards to it.
graph::Graph loadGraph(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError("cannot open the graph file", path);
    graph::GraphBuilder builder(true);
    std::string line;
    int number = 0;
    bool seenContent = false;
    while (std::getline(in, line)) {
        ++number;
        if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        std::istringstream words(line);
        std::vector<std::string> tokens;
        for (std::string w; words >> w;) tokens.push_back(w);
        if (tokens.empty()) continue;
        if (!seenContent && tokens.size() == 1 && (tokens[0] == "directed" || tokens[0] == "undirected")) {
            builder.setDirected(tokens[0] == "directed");
            seenContent = true;
            continue;
        }
        seenContent = true;
        if (tokens.size() == 1) {
            builder.vertex(tokens[0]);
            continue;
        }
        if (tokens.size() > 3) throw InputError("expected FROM TO [WEIGHT], found " + std::to_string(tokens.size()) + " words", path, number);
        double weight = 1.0;
        if (tokens.size() == 3) {
            std::size_t used = 0;
            try {
                weight = std::stod(tokens[2], &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != tokens[2].size()) throw InputError("expected a number as the weight, found '" + tokens[2] + "'", path, number);
        }
        const auto from = builder.vertex(tokens[0]);
        const auto to = builder.vertex(tokens[1]);
        builder.addEdge(from, to, weight);
    }
    return builder.build();
}

}  // namespace stepwise::cli
