#include "core/graph/EdgeMarkName.h"

namespace stepwise::graph {

std::string edgeMarkName(EdgeMark mark) {
    switch (mark) {
        case EdgeMark::None:
            return "none";
        case EdgeMark::Examined:
            return "examined";
        case EdgeMark::Tree:
            return "tree";
        case EdgeMark::Back:
            return "back";
        case EdgeMark::Forward:
            return "forward";
        case EdgeMark::Cross:
            return "cross";
        case EdgeMark::Chosen:
            return "chosen";
        case EdgeMark::Rejected:
            return "rejected";
        case EdgeMark::Cycle:
            return "cycle";
    }
    return "none";
}

}  // namespace stepwise::graph
