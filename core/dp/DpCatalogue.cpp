#include "core/dp/DpCatalogueEntries.h"

namespace stepwise::dp {

const std::vector<DpProblem>& dpCatalogue() {
    static const std::vector<DpProblem> all = {lcsProblem(), editDistanceProblem(), knapsackProblem(), lisProblem(),
                                               coinChangeProblem()};
    return all;
}

const DpProblem* findDpProblem(const std::string& id) {
    for (const auto& p : dpCatalogue())
        if (p.id == id) return &p;
    return nullptr;
}

std::string formatCell(std::int64_t v) { return v == infinity ? "∞" : std::to_string(v); }

std::string EditOperation::describe() const {
    switch (kind) {
        case Kind::Keep: return std::string("keep ") + from;
        case Kind::Substitute: return std::string("substitute ") + from + "→" + to;
        case Kind::Insert: return std::string("insert ") + to;
        case Kind::Delete: return std::string("delete ") + from;
    }
    return {};
}

}  // namespace stepwise::dp
