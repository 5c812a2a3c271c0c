#include "ui/views/balance/BackendColours.h"

#include <set>

namespace stepwise::ui {

std::vector<int> BackendColours::assign(const std::vector<std::string>& names) {
    std::map<std::string, int> kept;
    std::set<int> used;
    for (const auto& n : names)
        if (const auto it = slots_.find(n); it != slots_.end() && !kept.count(n)) {
            kept.emplace(n, it->second);
            used.insert(it->second);
        }
    int next = 0;
    for (const auto& n : names) {
        if (kept.count(n)) continue;
        while (used.count(next)) ++next;
        kept.emplace(n, next);
        used.insert(next);
    }
    slots_ = std::move(kept);
    std::vector<int> out;
    out.reserve(names.size());
    for (const auto& n : names) out.push_back(slots_.at(n));
    return out;
}

int BackendColours::slotOf(const std::string& name) const {
    const auto it = slots_.find(name);
    return it == slots_.end() ? -1 : it->second;
}

}  // namespace stepwise::ui
