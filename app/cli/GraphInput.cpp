#include "app/cli/GraphInput.h"

#include "core/graph/GraphFile.h"

namespace stepwise::cli {

graph::Graph loadGraph(const std::string& path) {
    return graph::loadGraphFile(path);
}

}  // namespace stepwise::cli
