#pragma once
// The pseudo-code of one access under each policy, and the line each cache event belongs to: the
// run's line() for a cache step.
#include <string>
#include <string_view>
#include <vector>

#include "core/cache/CacheEvent.h"

namespace stepwise::cache {

/// The lines of access(key) for `policy` (one of policyNames()); empty for an unknown name.
const std::vector<std::string>& cachePseudocode(std::string_view policy);
/// 0-based line of `policy`'s pseudo-code where `e` happens.
int cacheLine(std::string_view policy, const CacheEvent& e);

}  // namespace stepwise::cache
