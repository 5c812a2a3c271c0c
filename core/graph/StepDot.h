#pragma once
// A graph run at its current step as Graphviz DOT: the graph reads back unchanged (parseDot), and
// each vertex's shape, style and label and each edge's colour show the state at that step.
#include <iosfwd>
#include <string>

namespace stepwise::graph {

class GraphItemRun;

/// Writes `run`'s graph at the run's current step, with a caption naming the item, the step and
/// its sentence. `graphName` is the DOT graph's name (the item id, say).
void writeStepDot(std::ostream& out, const GraphItemRun& run, const std::string& graphName);

}  // namespace stepwise::graph
